package vn.dunghan.holidays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.DayKind;
import vn.dunghan.calendar.WorkCalendar;

/**
 * Every day of 2011–2026 of {@link VietnamCalendars#civilService()} against a known-answer table of
 * each year's official schedule: the breaks as announced (weekends inside them included) and the
 * make-up days, as listed in docs/holidays.md §6 with the documents cited per year.
 */
class CivilServiceCalendarTest {

    /** One announced break, inclusive, or a single day when {@code to} equals {@code from}. */
    private record Break(String from, String to) {
    }

    private static Break off(String from, String to) {
        return new Break(from, to);
    }

    private static Break off(String day) {
        return new Break(day, day);
    }

    /** The breaks of 2011–2026 (and the adjacent New Year breaks), by source document. */
    private static final List<Break> BREAKS = List.of(
            // 2011: Công văn 9529/VPCP-KGVX (31/12/2010); MOLISA notice of 07/01/2011
            off("2011-01-01", "2011-01-03"), off("2011-01-31", "2011-02-07"), off("2011-04-10", "2011-04-12"),
            off("2011-04-30", "2011-05-03"), off("2011-09-02", "2011-09-04"),
            // 2012: PM approval of 27/12/2011 of the MOLISA proposal
            off("2011-12-31", "2012-01-02"), off("2012-01-21", "2012-01-29"), off("2012-03-31", "2012-04-02"),
            off("2012-04-28", "2012-05-01"), off("2012-09-01", "2012-09-03"),
            // 2013: notice on the holidays of 2013 (baothainguyen.vn, 28/12/2012)
            off("2012-12-29", "2013-01-01"), off("2013-02-09", "2013-02-17"), off("2013-04-19", "2013-04-21"),
            off("2013-04-27", "2013-05-01"), off("2013-08-31", "2013-09-02"),
            // 2014: Công văn 10525/VPCP-KGVX (12/12/2013)
            off("2014-01-01"), off("2014-01-28", "2014-02-05"), off("2014-04-09"), off("2014-04-30", "2014-05-04"),
            off("2014-08-30", "2014-09-02"),
            // 2015: MOLISA submission 89/TTr-LĐTBXH (20/11/2014) as approved
            off("2015-01-01", "2015-01-04"), off("2015-02-15", "2015-02-23"), off("2015-04-28", "2015-05-03"),
            off("2015-09-02"),
            // 2016: Government meeting of 29/10/2015
            off("2016-01-01", "2016-01-03"), off("2016-02-06", "2016-02-14"), off("2016-04-16", "2016-04-18"),
            off("2016-04-30", "2016-05-03"), off("2016-09-02", "2016-09-04"),
            // 2017: Công văn 9794/VPCP-KGVX (14/11/2016)
            off("2016-12-31", "2017-01-02"), off("2017-01-26", "2017-02-01"), off("2017-04-06"),
            off("2017-04-29", "2017-05-02"), off("2017-09-02", "2017-09-04"),
            // 2018: Thông báo 573/TB-VPCP (14/12/2017)
            off("2017-12-30", "2018-01-01"), off("2018-02-14", "2018-02-20"), off("2018-04-25"),
            off("2018-04-28", "2018-05-01"), off("2018-09-01", "2018-09-03"),
            // 2019: Công văn 6519/VPCP-KGVX (11/07/2018); Thông báo 3238/TB-LĐTBXH
            off("2018-12-29", "2019-01-01"), off("2019-02-02", "2019-02-10"), off("2019-04-13", "2019-04-15"),
            off("2019-04-27", "2019-05-01"), off("2019-08-31", "2019-09-02"),
            // 2020: MOLISA notice (number not found)
            off("2020-01-01"), off("2020-01-23", "2020-01-29"), off("2020-04-02"), off("2020-04-30", "2020-05-03"),
            off("2020-09-02"),
            // 2021: PM approval of 27/11/2020
            off("2021-01-01", "2021-01-03"), off("2021-02-10", "2021-02-16"), off("2021-04-21"),
            off("2021-04-30", "2021-05-03"), off("2021-09-02", "2021-09-05"),
            // 2022: Công văn 245/VPCP-KGVX (11/01/2022)
            off("2022-01-01", "2022-01-03"), off("2022-01-29", "2022-02-06"), off("2022-04-09", "2022-04-11"),
            off("2022-04-30", "2022-05-03"), off("2022-09-01", "2022-09-04"),
            // 2023: Công văn 8056/VPCP-KGVX (01/12/2022)
            off("2022-12-31", "2023-01-02"), off("2023-01-20", "2023-01-26"), off("2023-04-29", "2023-05-03"),
            off("2023-09-01", "2023-09-04"),
            // 2024: Thông báo 5015/TB-LĐTBXH (22/11/2023); Công văn 2450/VPCP-KGVX (12/04/2024)
            off("2023-12-30", "2024-01-01"), off("2024-02-08", "2024-02-14"), off("2024-04-18"),
            off("2024-04-27", "2024-05-01"), off("2024-08-31", "2024-09-03"),
            // 2025: Công văn 8726/VPCP-KGVX (26/11/2024)
            off("2025-01-01"), off("2025-01-25", "2025-02-02"), off("2025-04-05", "2025-04-07"),
            off("2025-04-30", "2025-05-04"), off("2025-08-30", "2025-09-02"),
            // 2026: Công văn 12729/VPCP-KGVX (25/12/2025); Thông báo 9441/TB-BNV; Culture Day (grade S)
            off("2026-01-01", "2026-01-04"), off("2026-02-14", "2026-02-22"), off("2026-04-25", "2026-04-27"),
            off("2026-04-30", "2026-05-03"), off("2026-08-29", "2026-09-02"), off("2026-11-24"));

    /** Make-up working days of 2011–2026, from the same documents. */
    private static final List<String> MAKE_UP_DAYS = List.of(
            "2011-01-29", "2011-01-30", "2011-04-09", "2012-02-04", "2013-01-05", "2013-02-23", "2013-05-04",
            "2014-01-25", "2014-02-08", "2014-04-26", "2014-09-06", "2014-12-27", "2015-02-14", "2015-04-25",
            "2019-01-05", "2019-05-04", "2024-05-04", "2025-04-26", "2026-01-10", "2026-08-22");

    @Test
    void everyDayOf2011To2026MatchesTheOfficialSchedules() {
        Set<LocalDate> off = new HashSet<>();
        for (Break b : BREAKS) {
            for (LocalDate d = LocalDate.parse(b.from()); !d.isAfter(LocalDate.parse(b.to())); d = d.plusDays(1)) {
                off.add(d);
            }
        }
        Set<LocalDate> makeUp = new HashSet<>();
        MAKE_UP_DAYS.forEach(day -> makeUp.add(LocalDate.parse(day)));
        WorkCalendar calendar = VietnamCalendars.civilService();
        int checked = 0;
        for (LocalDate d = LocalDate.of(2011, 1, 1); d.getYear() <= 2026; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean expected = makeUp.contains(d) || (!weekend && !off.contains(d));
            LocalDate date = d;
            assertEquals(expected, calendar.isWorkingDay(date), () -> VietnamHolidays.explain(date).toEnglishText());
            checked++;
        }
        assertEquals(5844, checked);
    }

    @Test
    void makeUpWorkingDaysOfEachYear() {
        for (int year = 2011; year <= 2026; year++) {
            List<LocalDate> expected = new java.util.ArrayList<>();
            for (String day : MAKE_UP_DAYS) {
                if (day.startsWith(Integer.toString(year))) {
                    expected.add(LocalDate.parse(day));
                }
            }
            assertEquals(expected, VietnamHolidays.makeUpWorkingDays(year), "make-up days of " + year);
        }
    }

    @Test
    void tet2013WasStillFourDaysWithASwap() {
        YearSchedule schedule = VietnamHolidays.scheduleOf(2013);
        long tetDays = schedule.getDaysOff().stream()
                .filter(d -> d.getOccasion() == Occasion.TET && d.getKind() == DayKind.HOLIDAY).count();
        assertEquals(4, tetDays);
        ScheduledDay swapped = schedule.find(LocalDate.of(2013, 2, 15)).orElseThrow();
        assertEquals(DayKind.SWAPPED, swapped.getKind());
        assertEquals(LocalDate.of(2013, 2, 23), swapped.getRelatedDate().orElseThrow());
        assertEquals(DayKind.COMPENSATORY, schedule.find(LocalDate.of(2013, 2, 13)).orElseThrow().getKind());
    }

    @Test
    void nationalDayHasTwoDaysFrom2021() {
        YearSchedule schedule = VietnamHolidays.scheduleOf(2021);
        assertEquals(List.of(LocalDate.of(2021, 9, 2), LocalDate.of(2021, 9, 3)), schedule.getDaysOff().stream()
                .filter(d -> d.getOccasion() == Occasion.NATIONAL_DAY).map(ScheduledDay::getDate).toList());
        assertEquals(1, VietnamHolidays.scheduleOf(2020).getDaysOff().stream()
                .filter(d -> d.getOccasion() == Occasion.NATIONAL_DAY).count());
    }

    @Test
    void compensation2023SkipsTheLabourDayHoliday() {
        // Hùng Kings Sat 29/4 and 30/4 Sun are made up on Tue 2/5 and Wed 3/5; Mon 1/5 is a holiday
        YearSchedule schedule = VietnamHolidays.scheduleOf(2023);
        ScheduledDay tuesday = schedule.find(LocalDate.of(2023, 5, 2)).orElseThrow();
        ScheduledDay wednesday = schedule.find(LocalDate.of(2023, 5, 3)).orElseThrow();
        assertEquals(DayKind.COMPENSATORY, tuesday.getKind());
        assertEquals(LocalDate.of(2023, 4, 29), tuesday.getRelatedDate().orElseThrow());
        assertEquals(Occasion.HUNG_KINGS, tuesday.getOccasion());
        assertEquals(LocalDate.of(2023, 4, 30), wednesday.getRelatedDate().orElseThrow());
        // the same from the statutory rules alone
        assertEquals(schedule.getDaysOff().stream().map(ScheduledDay::getDate).toList(),
                StatutoryHolidays.civilService().scheduleOf(2023, false).getDaysOff().stream()
                        .map(ScheduledDay::getDate).toList());
    }

    @Test
    void theMakeUpSundayOf2011() {
        WorkCalendar calendar = VietnamCalendars.civilService();
        LocalDate sunday = LocalDate.of(2011, 1, 30);
        assertEquals(DayOfWeek.SUNDAY, sunday.getDayOfWeek());
        assertTrue(calendar.isWorkingDay(sunday));
        assertEquals(DayKind.MAKE_UP, calendar.makeUpDay(sunday).orElseThrow().getKind());
        assertFalse(calendar.isWorkingDay(LocalDate.of(2011, 2, 1)));
    }

    @Test
    void rangeAndProvisionalYears() {
        WorkCalendar calendar = VietnamCalendars.civilService();
        assertEquals(LocalDate.of(2000, 1, 1), calendar.getMinDate());
        assertEquals(LocalDate.of(2199, 12, 31), calendar.getMaxDate());
        assertEquals(2027, VietnamHolidays.lastOfficialYear());
        assertTrue(VietnamHolidays.daysOff(2030).stream().allMatch(d -> d.isProvisional()));
        assertTrue(VietnamHolidays.daysOff(2026).stream().noneMatch(d -> d.isProvisional()));
        assertTrue(VietnamHolidays.daysOff(2005).stream().noneMatch(d -> d.isProvisional()));
        // 2027: Tết and National Day announced (grade S), the rest derived and provisional
        assertFalse(calendar.dayOff(LocalDate.of(2027, 2, 4)).orElseThrow().isProvisional());
        assertTrue(calendar.dayOff(LocalDate.of(2027, 4, 16)).orElseThrow().isProvisional());
        assertTrue(VietnamHolidays.scheduleOf(2027).isProvisional());
        assertFalse(VietnamHolidays.scheduleOf(2030).isOfficial());
    }
}
