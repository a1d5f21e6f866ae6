package guichet.shops.sites;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a site is open: its week, and the special days that replace a weekday's hours (closed for a holiday, shorter
 * on its eve). Times are the tenant's, in its time zone; « now » is given by the caller's clock.
 */
public record Schedule(List<Hours> week, Map<LocalDate, SpecialDay> specialDays) {

    /** How many days ahead the next opening is looked for. */
    static final int HORIZON_DAYS = 14;

    public Schedule {
        week = week.stream()
                .sorted(Comparator.comparing(Hours::day).thenComparing(Hours::opens))
                .toList();
        specialDays = Map.copyOf(specialDays);
    }

    /** The hours of a date: its special day's if it has one, else its weekday's. */
    public List<Hours> on(LocalDate date) {
        SpecialDay special = specialDays.get(date);
        if (special != null) {
            return special.hours().stream().toList();
        }
        return week.stream().filter(h -> h.day() == date.getDayOfWeek()).toList();
    }

    /** Whether the site is open at this moment, until when, or when it opens next, and why not today. */
    public OpeningState at(ZonedDateTime now, ZoneId zone) {
        ZonedDateTime local = now.withZoneSameInstant(zone);
        LocalDate today = local.toLocalDate();
        SpecialDay special = specialDays.get(today);
        String reason = special == null ? null : special.reason();
        for (Hours hours : on(today)) {
            if (hours.contains(local.toLocalTime())) {
                return new OpeningState(true, today.atTime(hours.closes()).atZone(zone), null, reason);
            }
        }
        return new OpeningState(false, null, nextOpening(local, zone).orElse(null), reason);
    }

    private Optional<ZonedDateTime> nextOpening(ZonedDateTime local, ZoneId zone) {
        LocalDate today = local.toLocalDate();
        for (int ahead = 0; ahead <= HORIZON_DAYS; ahead++) {
            LocalDate date = today.plusDays(ahead);
            for (Hours hours : on(date)) {
                if (ahead > 0 || hours.opens().isAfter(local.toLocalTime())) {
                    return Optional.of(date.atTime(hours.opens()).atZone(zone));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the site opens at all in a week (a site without hours is shown as « hours not given »). */
    public boolean hasHours() {
        return !week.isEmpty();
    }
}
