package guichet.shops.sites;

import static org.assertj.core.api.Assertions.assertThat;

import guichet.platform.ids.SiteId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Open now, until when, and when next: a week with a lunch break, special days, the tenant's time zone. */
class ScheduleTest {

    private static final ZoneId TUNIS = ZoneId.of("Africa/Tunis");
    private static final SiteId SITE = new SiteId(UUID.randomUUID());

    /** Monday to Friday 08:00-12:30 and 15:00-18:30, Saturday 08:00-12:00 (seed 000's agencies). */
    private static final List<Hours> WEEK = week();

    // Thursday 10 December 2026.
    private static final LocalDate THURSDAY = LocalDate.of(2026, 12, 10);

    @Test
    void openDuringARangeUntilItsEnd() {
        OpeningState state = new Schedule(WEEK, Map.of()).at(at(THURSDAY, "10:15"), TUNIS);

        assertThat(state.open()).isTrue();
        assertThat(state.closesAt()).isEqualTo(at(THURSDAY, "12:30"));
        assertThat(state.nextOpening()).isNull();
        assertThat(state.specialDay()).isNull();
    }

    @Test
    void closedDuringTheLunchBreakOpensAgainInTheAfternoon() {
        OpeningState state = new Schedule(WEEK, Map.of()).at(at(THURSDAY, "13:00"), TUNIS);

        assertThat(state.open()).isFalse();
        assertThat(state.nextOpening()).isEqualTo(at(THURSDAY, "15:00"));
    }

    @Test
    void aRangeEndsAtItsClosingMinute() {
        OpeningState state = new Schedule(WEEK, Map.of()).at(at(THURSDAY, "18:30"), TUNIS);

        assertThat(state.open()).isFalse();
        assertThat(state.nextOpening()).isEqualTo(at(THURSDAY.plusDays(1), "08:00"));
    }

    @Test
    void saturdayEveningOpensOnMondayMorning() {
        LocalDate saturday = THURSDAY.plusDays(2);

        OpeningState state = new Schedule(WEEK, Map.of()).at(at(saturday, "12:00"), TUNIS);

        assertThat(state.open()).isFalse();
        assertThat(state.nextOpening()).isEqualTo(at(saturday.plusDays(2), "08:00"));
    }

    @Test
    void aHolidayClosesTheDayAndSaysWhy() {
        SpecialDay holiday = new SpecialDay(SITE, THURSDAY, null, null, "Fête de la Révolution");

        OpeningState state = new Schedule(WEEK, Map.of(THURSDAY, holiday)).at(at(THURSDAY, "10:15"), TUNIS);

        assertThat(state.open()).isFalse();
        assertThat(state.specialDay()).isEqualTo("Fête de la Révolution");
        assertThat(state.nextOpening()).isEqualTo(at(THURSDAY.plusDays(1), "08:00"));
    }

    @Test
    void shorterHoursOnASpecialDayReplaceTheWeekdays() {
        SpecialDay eve = new SpecialDay(SITE, THURSDAY, LocalTime.of(9, 0), LocalTime.of(11, 0), "Veille de fête");
        Schedule schedule = new Schedule(WEEK, Map.of(THURSDAY, eve));

        assertThat(schedule.at(at(THURSDAY, "10:00"), TUNIS).closesAt()).isEqualTo(at(THURSDAY, "11:00"));
        assertThat(schedule.at(at(THURSDAY, "15:30"), TUNIS).open()).isFalse();
    }

    @Test
    void nowIsReadInTheTenantsTimeZone() {
        // 07:30 UTC is 08:30 in Tunis (UTC+1): open there.
        ZonedDateTime utc = THURSDAY.atTime(7, 30).atZone(ZoneId.of("UTC"));

        assertThat(new Schedule(WEEK, Map.of()).at(utc, TUNIS).open()).isTrue();
    }

    @Test
    void aSiteWithoutHoursIsNeverOpenAndHasNoNextOpening() {
        OpeningState state = new Schedule(List.of(), Map.of()).at(at(THURSDAY, "10:00"), TUNIS);

        assertThat(state.open()).isFalse();
        assertThat(state.nextOpening()).isNull();
    }

    private static ZonedDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(TUNIS);
    }

    private static List<Hours> week() {
        List<Hours> week = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.add(new Hours(day, LocalTime.of(15, 0), LocalTime.of(18, 30)));
            week.add(new Hours(day, LocalTime.of(8, 0), LocalTime.of(12, 30)));
        }
        week.add(new Hours(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        return week;
    }
}
