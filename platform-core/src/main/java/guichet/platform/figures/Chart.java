package guichet.platform.figures;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A chart a module shows by default on the dashboard: a measure over the periods of the chosen range, or broken down
 * by one of its dimensions, period by period.
 */
public record Chart(String measure, @Nullable String dimension) {

    /** The measure over time. */
    public static Chart overTime(String measure) {
        return new Chart(measure, null);
    }

    /** The measure by one of its dimensions. */
    public static Chart by(String measure, String dimension) {
        return new Chart(measure, dimension);
    }

    /** The dimension it breaks the measure down by; empty for the measure over time. */
    public Optional<String> breakdown() {
        return Optional.ofNullable(dimension);
    }
}
