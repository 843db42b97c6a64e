package vn.dunghan.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.ThaiBuddhistDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Known answers and error paths of {@link WorkCalendar} and {@link WorkingDays}.
 * <p>
 * The Tết 2026 days used here (Mon 2026-02-16 to Fri 2026-02-20 off, with the weekends around them)
 * are those of the civil-service schedule for 2026 (Official Dispatch of the Ministry of Home Affairs
 * on Tết Bính Ngọ; see docs/holidays.md §6); here they only serve as realistic days off.
 */
class WorkCalendarTest {

    private static final LocalDate MIN = LocalDate.of(2026, 1, 1);
    private static final LocalDate MAX = LocalDate.of(2026, 12, 31);

    private static WorkCalendar tet2026() {
        WorkCalendar.Builder builder = WorkCalendar.builder(MIN, MAX);
        for (LocalDate d = LocalDate.of(2026, 2, 16); !d.isAfter(LocalDate.of(2026, 2, 20)); d = d.plusDays(1)) {
            builder.dayOff(DayOff.of(d, "Lunar New Year", "Tết Nguyên đán", DayKind.HOLIDAY, "test", false));
        }
        return builder.dayOff(LocalDate.of(2026, 1, 1), "New Year's Day").build();
    }

    @Test
    void countsTheFirstDayOutAndTheLastDayIn() {
        WorkCalendar calendar = tet2026();
        // Thu 2026-02-12 + 1 working day = Fri 2026-02-13; the Tết week is skipped
        assertEquals(LocalDate.of(2026, 2, 13), calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 1));
        assertEquals(LocalDate.of(2026, 2, 23), calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 2));
        // the README's example: accepted Thu 2026-02-12, 15 working days, due Thu 2026-03-12
        assertEquals(LocalDate.of(2026, 3, 12), calendar.plusWorkingDays(LocalDate.of(2026, 2, 12), 15));
        // accepted Fri 2026-02-13 (after a 15:00 cut-off): due Fri 2026-03-13
        assertEquals(LocalDate.of(2026, 3, 13), calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 15));
        assertEquals(15, calendar.workingDaysBetween(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 12)));
        assertEquals(-15, calendar.workingDaysBetween(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 2, 12)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 22)));
    }

    @Test
    void plusFromADayOffCountsFromThatDay() {
        WorkCalendar calendar = tet2026();
        assertEquals(LocalDate.of(2026, 2, 23), calendar.plusWorkingDays(LocalDate.of(2026, 2, 18), 1));
        assertEquals(LocalDate.of(2026, 2, 13), calendar.plusWorkingDays(LocalDate.of(2026, 2, 18), -1));
        assertEquals(LocalDate.of(2026, 2, 12), calendar.plusWorkingDays(LocalDate.of(2026, 2, 18), -2));
        assertEquals(LocalDate.of(2026, 2, 18), calendar.plusWorkingDays(LocalDate.of(2026, 2, 18), 0));
        assertEquals(LocalDate.of(2026, 2, 12), calendar.minusWorkingDays(LocalDate.of(2026, 2, 23), 2));
    }

    @Test
    void neighboursOfWorkingAndNonWorkingDays() {
        WorkCalendar calendar = tet2026();
        LocalDate friday = LocalDate.of(2026, 2, 13);
        LocalDate sunday = LocalDate.of(2026, 2, 22);
        assertEquals(LocalDate.of(2026, 2, 23), calendar.nextWorkingDay(friday));
        assertEquals(friday, calendar.nextWorkingDayOrSame(friday));
        assertEquals(LocalDate.of(2026, 2, 23), calendar.nextWorkingDayOrSame(sunday));
        assertEquals(friday, calendar.previousWorkingDay(sunday));
        assertEquals(friday, calendar.previousWorkingDayOrSame(sunday));
        assertEquals(LocalDate.of(2026, 2, 12), calendar.previousWorkingDay(friday));
    }

    @Test
    void explainsDaysOff() {
        WorkCalendar calendar = tet2026();
        DayOff tet = calendar.dayOff(LocalDate.of(2026, 2, 17)).orElseThrow();
        assertEquals(DayKind.HOLIDAY, tet.getKind());
        assertEquals(Optional.of("Tết Nguyên đán"), tet.getLocalName());
        assertEquals(DayKind.WEEKLY_REST, calendar.dayOff(LocalDate.of(2026, 2, 21)).orElseThrow().getKind());
        assertEquals(Optional.empty(), calendar.dayOff(LocalDate.of(2026, 2, 23)));
        List<DayOff> tetWeek = calendar.daysOff(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22));
        assertEquals(5, tetWeek.size());
        assertEquals(LocalDate.of(2026, 2, 16), tetWeek.get(0).getDate());
        assertEquals(tetWeek, calendar.daysOff(org.threeten.extra.LocalDateRange.ofClosed(
                LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22))));
    }

    @Test
    void makeUpDayIsAWorkingDay() {
        // 2011-01-30 was a make-up Sunday of the civil service (docs/holidays.md §6, 2011)
        WorkCalendar calendar = WorkCalendar.builder(LocalDate.of(2011, 1, 1), LocalDate.of(2011, 12, 31))
                .workingDay(LocalDate.of(2011, 1, 30), "Make-up for Fri 2011-02-07")
                .build();
        assertTrue(calendar.isWorkingDay(LocalDate.of(2011, 1, 30)));
        assertEquals(DayKind.MAKE_UP, calendar.makeUpDay(LocalDate.of(2011, 1, 30)).orElseThrow().getKind());
        assertEquals(LocalDate.of(2011, 1, 30), calendar.nextWorkingDay(LocalDate.of(2011, 1, 28)));
        assertEquals(Optional.empty(), calendar.makeUpDay(LocalDate.of(2011, 1, 31)));
    }

    @Test
    void unusualWeekends() {
        WorkCalendar fridaySaturday = WorkCalendar.builder(MIN, MAX).weekend(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).build();
        // Thu 2026-01-01 + 1 = Sun 2026-01-04
        assertEquals(LocalDate.of(2026, 1, 4), fridaySaturday.plusWorkingDays(LocalDate.of(2026, 1, 1), 1));
        WorkCalendar noWeekend = WorkCalendar.builder(MIN, MAX).weekend().build();
        assertEquals(365, noWeekend.countWorkingDays());
        assertEquals(LocalDate.of(2026, 1, 3), noWeekend.plusWorkingDays(MIN, 2));
    }

    @Test
    void derivesACalendarThatAlsoWorksSaturdays() {
        WorkCalendar national = tet2026();
        WorkCalendar local = national.toBuilder().weekend(DayOfWeek.SUNDAY).build();
        assertTrue(local.isWorkingDay(LocalDate.of(2026, 2, 14)));
        assertFalse(local.isWorkingDay(LocalDate.of(2026, 2, 17)));
        assertFalse(national.isWorkingDay(LocalDate.of(2026, 2, 14)));
        assertEquals(national, national.toBuilder().build());
        WorkCalendar noNewYear = national.toBuilder().removeDayOff(LocalDate.of(2026, 1, 1)).build();
        assertTrue(noNewYear.isWorkingDay(LocalDate.of(2026, 1, 1)));
    }

    @Test
    void adjustersAndQueriesKeepTheTimeOfDay() {
        WorkCalendar calendar = tet2026();
        LocalDateTime accepted = LocalDateTime.of(2026, 2, 12, 15, 40);
        assertEquals(LocalDateTime.of(2026, 3, 12, 15, 40), accepted.with(WorkingDays.plus(calendar, 15)));
        assertEquals(LocalDate.of(2026, 2, 23), LocalDate.of(2026, 2, 13).with(WorkingDays.next(calendar)));
        assertEquals(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 13).with(WorkingDays.nextOrSame(calendar)));
        assertEquals(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 22).with(WorkingDays.previous(calendar)));
        assertEquals(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 22).with(WorkingDays.previousOrSame(calendar)));
        ZonedDateTime zoned = ZonedDateTime.of(2026, 2, 13, 9, 0, 0, 0, ZoneOffset.ofHours(7));
        assertEquals(zoned.withDayOfMonth(23), zoned.with(WorkingDays.next(calendar)));
        assertFalse(LocalDate.of(2026, 2, 17).query(WorkingDays.isWorkingDay(calendar)));
        assertTrue(LocalDate.of(2026, 2, 17).query(WorkingDays.dayOff(calendar)).isPresent());
        DateTimeException ex = assertThrows(DateTimeException.class,
                () -> ThaiBuddhistDate.of(2569, 2, 13).with(WorkingDays.next(calendar)));
        assertTrue(ex.getMessage().startsWith("Working days need an ISO date"), ex.getMessage());
    }

    @Test
    void rangeEdges() {
        WorkCalendar calendar = tet2026();
        assertEquals(LocalDate.of(2026, 12, 31), calendar.plusWorkingDays(LocalDate.of(2026, 12, 30), 1));
        DateTimeException ex = assertThrows(DateTimeException.class,
                () -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 30), 2));
        assertEquals("Adding 2 working days to 2026-12-30 leaves the calendar's range 2026-01-01..2026-12-31",
                ex.getMessage());
        // 2026-01-01 is a day off and the range starts there: no working day before 2026-01-02
        ex = assertThrows(DateTimeException.class, () -> calendar.previousWorkingDay(LocalDate.of(2026, 1, 2)));
        assertEquals("Adding -1 working days to 2026-01-02 leaves the calendar's range 2026-01-01..2026-12-31",
                ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertEquals("Date 2027-01-01 is outside the calendar's range 2026-01-01..2026-12-31", ex.getMessage());
        assertThrows(DateTimeException.class, () -> calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), MAX));
        assertThrows(DateTimeException.class, () -> calendar.dayOff(LocalDate.of(2025, 12, 31)));
        assertThrows(ArithmeticException.class, () -> calendar.minusWorkingDays(MIN, Integer.MIN_VALUE));
        assertThrows(DateTimeException.class, () -> calendar.plusWorkingDays(MIN, Integer.MAX_VALUE));
        assertThrows(DateTimeException.class, () -> calendar.plusWorkingDays(MAX, Integer.MIN_VALUE));
        // counted + n overflows an int here: still outside the range, never a wrapped index
        assertThrows(DateTimeException.class, () -> calendar.plusWorkingDays(MAX, Integer.MAX_VALUE));
        assertThrows(DateTimeException.class, () -> calendar.plusWorkingDays(MIN, Integer.MIN_VALUE));
        assertThrows(DateTimeException.class, () -> calendar.plusWorkingDays(MAX, Integer.MAX_VALUE - 1));
        assertEquals(0, calendar.workingDaysBetween(MAX, MAX));
    }

    /**
     * A range that starts and ends inside a month: every date within 40 days of either end is
     * accepted exactly when it lies in the range, by every query, as are the far years whose keys
     * would wrap if they were computed in an {@code int}, and the first and last dates of
     * {@code LocalDate}, also for a calendar at the very start of {@code LocalDate}'s years.
     */
    @Test
    void rangeEdgesInsideMonthsAndFarYears() {
        LocalDate min = LocalDate.of(2026, 3, 17);
        LocalDate max = LocalDate.of(2027, 5, 9);
        WorkCalendar calendar = WorkCalendar.builder(min, max).build();
        for (LocalDate edge : List.of(min, max)) {
            for (LocalDate d = edge.minusDays(40); !d.isAfter(edge.plusDays(40)); d = d.plusDays(1)) {
                checkRange(calendar, d, !d.isBefore(min) && !d.isAfter(max));
            }
        }
        for (int years : new int[] {1 << 22, 1 << 23, -(1 << 22), -(1 << 23), 100_000_000}) {
            checkRange(calendar, min.plusYears(years), false);
            checkRange(calendar, max.plusYears(years), false);
        }
        checkRange(calendar, LocalDate.MIN, false);
        checkRange(calendar, LocalDate.MAX, false);

        WorkCalendar first = WorkCalendar.builder(LocalDate.MIN, LocalDate.MIN.plusDays(100)).build();
        checkRange(first, LocalDate.MIN, true);
        checkRange(first, LocalDate.MIN.plusDays(100), true);
        checkRange(first, LocalDate.MIN.plusDays(101), false);
        checkRange(first, LocalDate.MAX, false);
        assertEquals(LocalDate.MIN.plusDays(3), first.plusWorkingDays(LocalDate.MIN, 3),
                "-999999999-01-01 is a Monday");
        WorkCalendar last = WorkCalendar.builder(LocalDate.MAX.minusDays(100), LocalDate.MAX).build();
        checkRange(last, LocalDate.MAX, true);
        checkRange(last, LocalDate.MAX.minusDays(101), false);
        checkRange(last, LocalDate.MIN, false);
    }

    private static void checkRange(WorkCalendar calendar, LocalDate date, boolean inRange) {
        String where = date + " in " + calendar.getRange();
        if (inRange) {
            assertEquals(date.getDayOfWeek().getValue() < 6, calendar.isWorkingDay(date), where);
            assertEquals(0, calendar.workingDaysBetween(date, date), where);
            assertEquals(date, calendar.plusWorkingDays(date, 0), where);
            return;
        }
        String message = "Date " + date + " is outside the calendar's range " + calendar.getMinDate() + ".."
                + calendar.getMaxDate();
        assertEquals(message, assertThrows(DateTimeException.class, () -> calendar.isWorkingDay(date), where)
                .getMessage(), where);
        assertEquals(message, assertThrows(DateTimeException.class, () -> calendar.plusWorkingDays(date, 1), where)
                .getMessage(), where);
        assertEquals(message, assertThrows(DateTimeException.class, () -> calendar.plusWorkingDays(date, -1), where)
                .getMessage(), where);
        assertEquals(message, assertThrows(DateTimeException.class, () -> calendar.plusWorkingDays(date, 0), where)
                .getMessage(), where);
        assertThrows(DateTimeException.class, () -> calendar.workingDaysBetween(date, calendar.getMinDate()), where);
        assertThrows(DateTimeException.class, () -> calendar.workingDaysBetween(calendar.getMaxDate(), date), where);
        assertThrows(DateTimeException.class, () -> calendar.dayOff(date), where);
    }

    @Test
    void builderErrors() {
        DateTimeException ex = assertThrows(DateTimeException.class,
                () -> WorkCalendar.builder(MAX, MIN));
        assertEquals("Calendar range 2026-12-31..2026-01-01 must not end before it starts", ex.getMessage());
        ex = assertThrows(DateTimeException.class,
                () -> WorkCalendar.builder(LocalDate.of(1, 1, 1), LocalDate.of(9999, 1, 1)));
        assertEquals("Calendar range 0001-01-01..9999-01-01 must span at most 1000000 days", ex.getMessage());
        ex = assertThrows(DateTimeException.class,
                () -> WorkCalendar.builder(MIN, MAX).workingDay(LocalDate.of(2026, 1, 5), "Monday").build());
        assertEquals("Working day 2026-01-05 is a MONDAY, not a weekly rest day of [SATURDAY, SUNDAY];"
                + " only a rest day can be declared a working day", ex.getMessage());
        ex = assertThrows(DateTimeException.class,
                () -> WorkCalendar.builder(MIN, MAX).dayOff(LocalDate.of(2027, 1, 1), "Later").build());
        assertEquals("Day off 2027-01-01 is outside the calendar's range 2026-01-01..2026-12-31", ex.getMessage());
        ex = assertThrows(DateTimeException.class,
                () -> WorkCalendar.builder(MIN, MAX).workingDay(LocalDate.of(2025, 12, 27), "Earlier").build());
        assertEquals("Working day 2025-12-27 is outside the calendar's range 2026-01-01..2026-12-31", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> WorkCalendar.builder(MIN, MAX)
                .dayOff(LocalDate.of(2026, 1, 3), "Off").workingDay(LocalDate.of(2026, 1, 3), "On").build());
        assertEquals("Date 2026-01-03 is declared both a day off (Off) and a working day (On)", ex.getMessage());
        ex = assertThrows(DateTimeException.class, () -> WorkCalendar.builder(MIN, MAX)
                .dayOff(LocalDate.of(2026, 1, 2), "One").dayOff(LocalDate.of(2026, 1, 2), "Two").build());
        assertEquals("Day off 2026-01-02 Two (OTHER) conflicts with day off 2026-01-02 One (OTHER) on the same date",
                ex.getMessage());
        // the same declaration twice is not a conflict
        WorkCalendar.builder(MIN, MAX).dayOff(LocalDate.of(2026, 1, 2), "One").dayOff(LocalDate.of(2026, 1, 2), "One")
                .build();
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> DayOff.of(LocalDate.of(2026, 1, 2), " "));
        assertEquals("The name of the day 2026-01-02 must not be blank", blank.getMessage());
        assertThrows(NullPointerException.class, () -> WorkCalendar.builder(null, MAX));
        assertThrows(NullPointerException.class, () -> tet2026().isWorkingDay(null));
        assertThrows(NullPointerException.class, () -> WorkCalendar.builder(MIN, MAX).weekend((DayOfWeek) null));
        assertThrows(DateTimeException.class, () -> tet2026().isWorkingTime(LocalDateTime.of(2026, 1, 5, 9, 0)));
        assertThrows(DateTimeException.class, () -> tet2026().daysOff(MAX, MIN));
    }
}
