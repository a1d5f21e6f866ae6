package guichet.platform.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A module's contribution to the statistics: its measures, the names of their dimensions' members, where a figure
 * leads, and every fact its own records hold, for a rebuild. Each module registers at most one as a bean; the
 * statistics module shows a source's figures only to tenants that bought its module.
 */
public interface FigureSource {

    /** The id of the module that contributes these figures. */
    String module();

    /** What the module counts. */
    List<Measure> measures();

    /** The charts the dashboard shows of these measures, in order. */
    List<Chart> charts();

    /**
     * The current tenant's facts, as its records hold them today, each handed to {@code sink}: the statistics rebuild
     * their rollups from them. Called in a read-only transaction with the tenant bound.
     */
    void replay(Consumer<Fact> sink);

    /**
     * The names of a dimension's members, in a language, for the current tenant: a site's name for its id. A member
     * it cannot name is left out (the page shows its key).
     */
    Map<String, String> names(String dimension, Collection<String> members, Locale language);

    /**
     * The page listing what a figure counts: the tickets of a service opened in a week. Empty where no list shows
     * them.
     *
     * @param member the dimension's member, or empty for all of the measure's facts
     * @param from the first day, in the tenant's time zone
     * @param to the last day, included
     */
    Optional<String> drill(String measure, String dimension, Optional<String> member, LocalDate from, LocalDate to);
}
