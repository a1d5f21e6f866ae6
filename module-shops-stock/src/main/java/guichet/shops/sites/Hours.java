package guichet.shops.sites;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A site's opening on a weekday, from {@code opens} to {@code closes} (tenant's time zone, same day). */
public record Hours(DayOfWeek day, LocalTime opens, LocalTime closes) {

    public Hours {
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("A site closes after it opens: " + opens + "-" + closes);
        }
    }

    boolean contains(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }
}
