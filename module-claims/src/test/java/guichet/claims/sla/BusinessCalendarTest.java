package guichet.claims.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Business-time arithmetic: opening hours, lunch breaks, week-ends, holidays and daylight saving. */
class BusinessCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Monday to Friday, 08:00-12:00 and 13:00-17:00: 40 hours a week. */
    private static final BusinessCalendar OFFICE = office(Set.of());

    private static BusinessCalendar office(Set<LocalDate> holidays) {
        List<BusinessCalendar.Span> spans = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            spans.add(new BusinessCalendar.Span(day, 8 * 60, 12 * 60));
            spans.add(new BusinessCalendar.Span(day, 13 * 60, 17 * 60));
        }
        return new BusinessCalendar(PARIS, spans, holidays);
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    @Test
    void aTargetSetLateOnFridayFallsDueOnMonday() {
        assertThat(OFFICE.plus(paris("2026-11-27T16:00"), 4 * 60)).isEqualTo(paris("2026-11-30T11:00"));
    }

    @Test
    void theLunchBreakDoesNotCount() {
        assertThat(OFFICE.plus(paris("2026-11-24T11:00"), 2 * 60)).isEqualTo(paris("2026-11-24T14:00"));
        assertThat(OFFICE.minutesBetween(paris("2026-11-24T11:30"), paris("2026-11-24T13:30")))
                .isEqualTo(60);
    }

    @Test
    void timeOutsideOpeningHoursStartsAtTheNextOpening() {
        assertThat(OFFICE.plus(paris("2026-11-28T10:00"), 30)).isEqualTo(paris("2026-11-30T08:30"));
        assertThat(OFFICE.plus(paris("2026-11-24T19:00"), 1)).isEqualTo(paris("2026-11-25T08:01"));
    }

    @Test
    void holidaysAreSkipped() {
        BusinessCalendar withChristmas = office(Set.of(LocalDate.of(2026, 12, 25)));
        assertThat(withChristmas.plus(paris("2026-12-24T16:00"), 2 * 60)).isEqualTo(paris("2026-12-28T09:00"));
        assertThat(withChristmas.minutesBetween(paris("2026-12-24T00:00"), paris("2026-12-29T00:00")))
                .isEqualTo(2 * 8 * 60);
    }

    @Test
    void aWeekEndIsWorthNothingAndAWeekItsOpeningHours() {
        assertThat(OFFICE.minutesBetween(paris("2026-11-28T00:00"), paris("2026-11-30T00:00")))
                .isZero();
        assertThat(OFFICE.minutesBetween(paris("2026-11-23T00:00"), paris("2026-11-30T00:00")))
                .isEqualTo(OFFICE.minutesPerWeek())
                .isEqualTo(40 * 60);
    }

    @Test
    void openingHoursFollowTheLocalClockAcrossDaylightSaving() {
        // Clocks go forward on Sunday 29 March 2026: Monday still opens at 08:00 local time.
        assertThat(OFFICE.plus(paris("2026-03-27T16:30"), 60)).isEqualTo(paris("2026-03-30T08:30"));
        BusinessCalendar always = BusinessCalendar.roundTheClock(PARIS);
        assertThat(always.plus(paris("2026-03-29T01:30"), 60))
                .isEqualTo(paris("2026-03-29T01:30").plusSeconds(3600));
    }

    @Test
    void overlappingSpansCountOnce() {
        BusinessCalendar doubled = new BusinessCalendar(
                PARIS,
                List.of(
                        new BusinessCalendar.Span(DayOfWeek.MONDAY, 8 * 60, 12 * 60),
                        new BusinessCalendar.Span(DayOfWeek.MONDAY, 10 * 60, 14 * 60)),
                Set.of());
        assertThat(doubled.minutesPerWeek()).isEqualTo(6 * 60);
        assertThat(doubled.minutesBetween(paris("2026-11-30T00:00"), paris("2026-12-01T00:00")))
                .isEqualTo(6 * 60);
    }

    @Test
    void withoutOpeningHoursEveryMinuteCounts() {
        BusinessCalendar always = BusinessCalendar.roundTheClock(PARIS);
        assertThat(always.plus(paris("2026-11-28T10:00"), 90)).isEqualTo(paris("2026-11-28T11:30"));
        assertThat(always.minutesBetween(paris("2026-11-28T10:00"), paris("2026-11-29T10:00")))
                .isEqualTo(1440);
    }

    @Property
    void countingTheMinutesAddedGivesThemBack(
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long start,
            @ForAll @IntRange(min = 1, max = 50_000) int minutes) {
        Instant from = Instant.ofEpochSecond(start);
        assertThat(OFFICE.minutesBetween(from, OFFICE.plus(from, minutes))).isEqualTo(minutes);
    }

    @Property
    void moreMinutesNeverEndEarlier(
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long start,
            @ForAll @IntRange(min = 0, max = 20_000) int minutes,
            @ForAll @IntRange(min = 0, max = 20_000) int more) {
        Instant from = Instant.ofEpochSecond(start);
        assertThat(OFFICE.plus(from, minutes + more)).isAfterOrEqualTo(OFFICE.plus(from, minutes));
    }

    @Test
    void aDeadlineCarriesItsSecondsIntoTheAfternoon() {
        assertThat(OFFICE.plus(paris("2023-11-16T10:46:01"), 74)).isEqualTo(paris("2023-11-16T13:00:01"));
    }

    @Property
    void aDeadlineFallsWithinOpeningHours(
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long start,
            @ForAll @IntRange(min = 1, max = 20_000) int minutes) {
        LocalDateTime due = LocalDateTime.ofInstant(OFFICE.plus(Instant.ofEpochSecond(start), minutes), PARIS);
        // Seconds count: from 10:46:01, 74 business minutes end at 13:00:01, one second into the afternoon.
        int secondOfDay = due.toLocalTime().toSecondOfDay();
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(secondOfDay).isBetween(8 * 3600, 17 * 3600);
        assertThat(secondOfDay <= 12 * 3600 || secondOfDay > 13 * 3600).isTrue();
    }

    @Property
    void businessMinutesAddUpOverConsecutiveIntervals(
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long a,
            @ForAll @LongRange(min = 0, max = 2_000_000L) long ab,
            @ForAll @LongRange(min = 0, max = 2_000_000L) long bc) {
        // Whole minutes from a minute boundary, so that no truncation splits a minute between the two parts.
        Instant first = Instant.ofEpochSecond(a - a % 60);
        Instant second = first.plusSeconds(ab - ab % 60);
        Instant third = second.plusSeconds(bc - bc % 60);
        assertThat(OFFICE.minutesBetween(first, second) + OFFICE.minutesBetween(second, third))
                .isEqualTo(OFFICE.minutesBetween(first, third));
    }
}
