package guichet.claims.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Business time of a tenant: weekly opening hours in its time zone, minus its holidays. SLA targets are counted in
 * business minutes, so a four-hour target set on Friday at 16:00 falls due on Monday morning. A calendar with no
 * opening hours at all counts every minute (a round-the-clock service). Daylight saving changes are those of the zone:
 * a span is taken at its local times on that day.
 */
public final class BusinessCalendar {

    /** How far ahead a deadline is looked for before giving up (a calendar of holidays only). */
    private static final int HORIZON_DAYS = 3_660;

    /** A span of a weekday, minutes from midnight: [opens, closes). */
    public record Span(DayOfWeek day, int opens, int closes) {
        public Span {
            if (opens < 0 || closes > 1440 || opens >= closes) {
                throw new IllegalArgumentException("A span is within a day and not empty: " + opens + "-" + closes);
            }
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, List<Span>> week = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays;
    private final boolean roundTheClock;

    public BusinessCalendar(ZoneId zone, List<Span> spans, Set<LocalDate> holidays) {
        this.zone = zone;
        this.holidays = Set.copyOf(holidays);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, merged(spans.stream().filter(s -> s.day() == day).toList()));
        }
        this.roundTheClock = spans.isEmpty();
    }

    /** Every minute of every day counts. */
    public static BusinessCalendar roundTheClock(ZoneId zone) {
        return new BusinessCalendar(zone, List.of(), Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant {@code minutes} business minutes after {@code start} (itself when zero or less). */
    public Instant plus(Instant start, long minutes) {
        if (minutes <= 0) {
            return start;
        }
        if (roundTheClock) {
            return start.plus(Duration.ofMinutes(minutes));
        }
        Duration left = Duration.ofMinutes(minutes);
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            for (Instant[] open : openings(day)) {
                Instant from = open[0].isAfter(start) ? open[0] : start;
                if (!from.isBefore(open[1])) {
                    continue;
                }
                Duration available = Duration.between(from, open[1]);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalStateException("No business time within ten years");
    }

    /** Business minutes from {@code from} to {@code to}, rounded down; zero when {@code to} is not after it. */
    public long minutesBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        if (roundTheClock) {
            return Duration.between(from, to).toMinutes();
        }
        Duration total = Duration.ZERO;
        LocalDate day = from.atZone(zone).toLocalDate();
        LocalDate last = to.atZone(zone).toLocalDate();
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            for (Instant[] open : openings(day)) {
                Instant a = open[0].isAfter(from) ? open[0] : from;
                Instant b = open[1].isBefore(to) ? open[1] : to;
                if (b.isAfter(a)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
        }
        return total.toMinutes();
    }

    /** Business minutes in an ordinary week (no holiday). */
    public long minutesPerWeek() {
        if (roundTheClock) {
            return 7 * 1440;
        }
        return week.values().stream()
                .flatMap(List::stream)
                .mapToLong(s -> s.closes() - s.opens())
                .sum();
    }

    private List<Instant[]> openings(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<Instant[]> openings = new ArrayList<>();
        for (Span span : week.get(day.getDayOfWeek())) {
            Instant opens =
                    day.atStartOfDay().plusMinutes(span.opens()).atZone(zone).toInstant();
            Instant closes =
                    day.atStartOfDay().plusMinutes(span.closes()).atZone(zone).toInstant();
            if (closes.isAfter(opens)) {
                openings.add(new Instant[] {opens, closes});
            }
        }
        return openings;
    }

    /** Overlapping or touching spans of one day become one, in order. */
    private static List<Span> merged(List<Span> spans) {
        List<Span> sorted =
                spans.stream().sorted(Comparator.comparingInt(Span::opens)).toList();
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            if (!merged.isEmpty() && merged.getLast().closes() >= span.opens()) {
                Span last = merged.removeLast();
                merged.add(new Span(last.day(), last.opens(), Math.max(last.closes(), span.closes())));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }
}
