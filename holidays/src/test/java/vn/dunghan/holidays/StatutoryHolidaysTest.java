package vn.dunghan.holidays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.DayKind;
import vn.dunghan.calendar.WorkCalendar;

/** The statutory rules of each legal period, against the statutes and the announced years. */
class StatutoryHolidaysTest {

    /**
     * The number of statutory holiday days of each year: Labour Code 1994 Art. 73, 8 days; with
     * Law 84/2007/QH11, 9; Labour Code 2012 Art. 115, 10 (Tết 2013 still 4 days, so 9 in 2013);
     * Labour Code 2019 Art. 112(1), 11; plus Vietnam Culture Day from 2026, 12.
     */
    @Test
    void everyYearHasTheStatutoryNumberOfHolidaysOfItsPeriod() {
        for (int year = 2000; year <= 2199; year++) {
            int expected;
            if (year < 2007) {
                expected = 8;
            } else if (year <= 2013) {
                expected = 9;
            } else if (year <= 2020) {
                expected = 10;
            } else if (year <= 2025) {
                expected = 11;
            } else {
                expected = 12;
            }
            List<ScheduledDay> holidays = StatutoryHolidays.civilService().holidaysOf(year);
            assertEquals(expected, holidays.size(), "holidays of " + year);
            Set<LocalDate> dates = new HashSet<>();
            holidays.forEach(day -> dates.add(day.getDate()));
            // no two holidays ever share a date in 1995-2199 (10/3 lunar falls on 29 April at the latest)
            assertEquals(expected, dates.size(), "distinct holiday dates of " + year);
        }
    }

    /** The rules alone reproduce each official year that has no swap (same dates, kinds and occasions). */
    @Test
    void yearsWithoutSwapsAreReproducedByTheRulesAlone() {
        int reproduced = 0;
        for (YearSchedule official : Schedules.bundled().getYears().values()) {
            boolean swaps = !official.getMakeUpDays().isEmpty()
                    || official.getDaysOff().stream().anyMatch(d -> d.getKind() == DayKind.SWAPPED);
            if (swaps) {
                continue;
            }
            YearSchedule rules = StatutoryHolidays.civilService().scheduleOf(official.getYear(), false);
            assertEquals(summary(official), summary(rules), "year " + official.getYear());
            reproduced++;
        }
        // 2016, 2017, 2020, 2021, 2022, 2023, 2027
        assertEquals(7, reproduced);
    }

    private static List<String> summary(YearSchedule schedule) {
        return schedule.getDaysOff().stream()
                .map(d -> d.getDate() + " " + d.getKind() + " " + d.getOccasion() + " " + d.getRelatedDate().orElse(null))
                .toList();
    }

    @Test
    void tetPlacementBeforeAndAfter2013() {
        StatutoryHolidays rules = StatutoryHolidays.civilService();
        // 2012: 4 days, the eve and mùng 1-3 (Labour Code 1994 Art. 73): Tết 2012-01-23
        assertEquals(List.of(LocalDate.of(2012, 1, 22), LocalDate.of(2012, 1, 23), LocalDate.of(2012, 1, 24),
                LocalDate.of(2012, 1, 25)), tet(rules, 2012));
        // 2026: Tết on Tuesday 17 Feb, 1 day before: 16-20 Feb (Thông báo 9441/TB-BNV)
        assertEquals(LocalDate.of(2026, 2, 16), tet(rules, 2026).get(0));
        assertEquals(5, tet(rules, 2026).size());
        // 2027: Tết on Saturday 6 Feb, 2 days before: 4-8 Feb (Công văn 10065/VPCP-KGVX, grade S)
        assertEquals(LocalDate.of(2027, 2, 4), tet(rules, 2027).get(0));
        StatutoryHolidays employer = StatutoryHolidays.privateEmployer(3, DayOfWeek.SUNDAY);
        assertEquals(LocalDate.of(2026, 2, 14), tet(employer, 2026).get(0));
        assertEquals(LocalDate.of(2026, 2, 18), tet(employer, 2026).get(4));
        assertEquals(LocalDate.of(2012, 1, 22), tet(employer, 2012).get(0));
    }

    private static List<LocalDate> tet(StatutoryHolidays rules, int year) {
        return rules.holidaysOf(year).stream().filter(d -> d.getOccasion() == Occasion.TET)
                .map(ScheduledDay::getDate).toList();
    }

    @Test
    void cultureDayGetsNoSubstituteUnlessConfigured() {
        // 24/11/2029 is a Saturday; Labour Code 2019 Art. 111(3) covers only Art. 112(1) holidays
        YearSchedule literal = StatutoryHolidays.civilService().scheduleOf(2029, true);
        assertTrue(literal.find(LocalDate.of(2029, 11, 26)).isEmpty());
        assertEquals(Grade.S, literal.find(LocalDate.of(2029, 11, 24)).orElseThrow().getGrade());
        YearSchedule compensated = StatutoryHolidays.civilService().withCultureDaySubstitute(true).scheduleOf(2029, true);
        ScheduledDay monday = compensated.find(LocalDate.of(2029, 11, 26)).orElseThrow();
        assertEquals(DayKind.COMPENSATORY, monday.getKind());
        assertEquals(Occasion.CULTURE_DAY, monday.getOccasion());
        assertTrue(monday.isProvisional());
    }

    @Test
    void privateEmployerWithSundayRest() {
        WorkCalendar calendar = VietnamCalendars.privateEmployer(2, DayOfWeek.SUNDAY);
        // Tết 2024 (Sat 10 Feb), 2 days before: 8-12 Feb; Sunday 11 compensated on Tue 13 (Mon 12 is Tết)
        assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 2, 10)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2024, 2, 13)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 2, 14)));
        // no swap: the civil service's make-up Saturday 4 May 2024 is an ordinary working day here,
        // and its swapped Monday 29 April is worked
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 4, 29)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2024, 5, 4)));
        assertEquals(DayKind.COMPENSATORY, calendar.dayOff(LocalDate.of(2024, 2, 13)).orElseThrow().getKind());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class,
                () -> VietnamCalendars.privateEmployer(4, DayOfWeek.SUNDAY));
        assertEquals("Days before Tết 4 must be 1, 2 or 3", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> VietnamCalendars.privateEmployer(2));
        assertEquals("A private employer's calendar needs at least one weekly rest day", ex.getMessage());
        // a whole week of rest leaves no day to move a holiday to: refused rather than searched forever
        ex = assertThrows(IllegalArgumentException.class, () -> VietnamCalendars.privateEmployer(2, DayOfWeek.values()));
        assertEquals("A private employer's calendar needs at least one working day in the week, not a weekend of"
                + " [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]", ex.getMessage());
    }

    @Test
    void yearsOutsideTheModelledPeriods() {
        DateTimeException ex = assertThrows(DateTimeException.class,
                () -> StatutoryHolidays.civilService().holidaysOf(1990));
        assertEquals("Year 1990 is outside the modelled legal periods 1995..2199 (Labour Code 1994, in force"
                + " 1995-01-01, onwards)", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> VietnamHolidays.daysOff(2200));
        assertEquals("Year 2200 is outside the supported range 2000..2199", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> VietnamHolidays.makeUpWorkingDays(1999));
        assertEquals("Year 1999 is outside the supported range 2000..2199", ex.getMessage());
    }

    @Test
    void explainsADate() {
        DayExplanation tet = VietnamHolidays.explain(LocalDate.of(2026, 2, 17));
        assertFalse(tet.workingDay());
        assertEquals("2026-02-17 (Tuesday) is not a working day: Lunar New Year (Tết), day 1 of month 1 (HOLIDAY;"
                + " Công văn 12729/VPCP-KGVX (25/12/2025); Thông báo 9441/TB-BNV (16/10/2025); grade V2)",
                tet.toEnglishText());
        assertEquals("2026-02-17 (thứ Ba) là ngày nghỉ: Tết Nguyên đán (mùng 1 tháng Giêng) (Công văn 12729/VPCP-KGVX"
                + " (25/12/2025); Thông báo 9441/TB-BNV (16/10/2025); mức V2)", tet.toVietnameseText());
        DayExplanation makeUp = VietnamHolidays.explain(LocalDate.of(2026, 1, 10));
        assertTrue(makeUp.workingDay());
        assertEquals("2026-01-10 (Saturday) is a working day: Make-up working day for 2026-01-02 (New Year's Day)"
                + " (MAKE_UP; Công văn 12729/VPCP-KGVX (25/12/2025); Thông báo 9441/TB-BNV (16/10/2025); grade V2)",
                makeUp.toEnglishText());
        assertEquals("2026-01-17 (Saturday) is not a working day: weekly rest day",
                VietnamHolidays.explain(LocalDate.of(2026, 1, 17)).toEnglishText());
        assertEquals("2026-01-19 (Monday) is a working day", VietnamHolidays.explain(LocalDate.of(2026, 1, 19))
                .toEnglishText());
        assertEquals("2030-09-03 (Tuesday) is not a working day: National Day (HOLIDAY; Labour Code 2019,"
                + " Art. 112(1)(đ); grade D; provisional)", VietnamHolidays.explain(LocalDate.of(2030, 9, 3))
                .toEnglishText());
    }
}
