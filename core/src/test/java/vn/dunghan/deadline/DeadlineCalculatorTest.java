package vn.dunghan.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.DayKind;
import vn.dunghan.calendar.DayOff;
import vn.dunghan.calendar.OfficeHours;
import vn.dunghan.calendar.Session;
import vn.dunghan.calendar.Timetable;
import vn.dunghan.calendar.WorkCalendar;

/**
 * Counting per the Civil Code 2015, Arts 147–148, on a calendar with the New Year 2027 break of
 * the worked example in docs/counting.md §5 (1 January 2027 a holiday).
 */
class DeadlineCalculatorTest {

    private static final WorkCalendar CALENDAR = WorkCalendar.builder(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))
            .dayOff(DayOff.of(LocalDate.of(2027, 1, 1), "New Year's Day", "Tết Dương lịch", DayKind.HOLIDAY,
                    "Labour Code 2019, Art. 112(1)(a)", false))
            .officeHours(OfficeHours.of(Timetable.ofWeekdays(Session.parse("07:30-11:30"), Session.parse("13:00-17:00"))))
            .build();
    private static final DeadlineCalculator CALCULATOR = DeadlineCalculator.of(CALENDAR);

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    @Test
    void workedExampleOfTenWorkingDaysAndTenDays() {
        // receipt Thu 24 Dec 2026: Fri 25 (1), Mon 28 .. Thu 31 (5), Fri 1 Jan off, Mon 4 .. Fri 8 (10)
        assertEquals(LocalDate.of(2027, 1, 8), CALCULATOR.dueDate(at("2026-12-24T10:00"), TimeLimit.ofWorkingDays(10), null));
        // 10 calendar days: Sun 3 Jan 2027, moved to Mon 4 Jan (Art. 148(5))
        assertEquals(LocalDate.of(2027, 1, 4), CALCULATOR.dueDate(at("2026-12-24T10:00"), TimeLimit.of(10, LimitUnit.DAYS),
                null));
        assertEquals(at("2027-01-09T00:00"), CALCULATOR.dueMoment(at("2026-12-24T10:00"), TimeLimit.ofWorkingDays(10), null));
    }

    @Test
    void derivationForCitizensAndInspectors() {
        Deadline deadline = CALCULATOR.compute(at("2026-12-24T10:00"), TimeLimit.ofWorkingDays(10), null);
        assertEquals("accepted Thu 2026-12-24 10:00; 10 working days; skips 2027-01-01..2027-01-03 (New Year's Day;"
                + " Labour Code 2019, Art. 112(1)(a)); due Fri 2027-01-08, 24:00", deadline.toText());
        assertEquals(1, deadline.getSkippedDaysOff().size());
        Deadline days = CALCULATOR.compute(at("2026-12-24T10:00"), TimeLimit.of(10, LimitUnit.DAYS), null);
        assertEquals(Optional.of(LocalDate.of(2027, 1, 3)), days.getRolledFrom());
        assertEquals("accepted Thu 2026-12-24 10:00; 10 days; skips 2027-01-01..2027-01-03 (New Year's Day; Labour Code"
                + " 2019, Art. 112(1)(a)); the last day Sun 2027-01-03 is not a working day, moved to the next (Civil"
                + " Code 2015, Art. 148(5)); due Mon 2027-01-04, 24:00", days.toText());
    }

    @Test
    void vietnameseDerivationUsesLocalNamesAndVietnameseUnits() {
        // the same derivations as above, in the words of a Vietnamese appointment slip
        assertEquals("tiếp nhận thứ Năm 2026-12-24 10:00; 10 ngày làm việc; bỏ qua 2027-01-01..2027-01-03 (Tết Dương"
                + " lịch; Labour Code 2019, Art. 112(1)(a)); hạn thứ Sáu 2027-01-08, 24:00",
                CALCULATOR.compute(at("2026-12-24T10:00"), TimeLimit.ofWorkingDays(10), null).toVietnameseText());
        assertEquals("tiếp nhận thứ Năm 2026-12-24 10:00; 10 ngày; bỏ qua 2027-01-01..2027-01-03 (Tết Dương lịch;"
                + " Labour Code 2019, Art. 112(1)(a)); ngày cuối Chủ nhật 2027-01-03 là ngày nghỉ, chuyển sang ngày làm"
                + " việc tiếp theo (Bộ luật Dân sự 2015, Điều 148(5)); hạn thứ Hai 2027-01-04, 24:00",
                CALCULATOR.compute(at("2026-12-24T10:00"), TimeLimit.of(10, LimitUnit.DAYS), null).toVietnameseText());
        assertEquals("tiếp nhận thứ Năm 2026-12-31 15:30 sau 15:00, tính như tiếp nhận thứ Hai 2027-01-04; 3 ngày làm"
                + " việc; hạn thứ Năm 2027-01-07, 24:00", CALCULATOR.compute(at("2026-12-31T15:30"),
                        TimeLimit.ofWorkingDays(3), LocalTime.of(15, 0)).toVietnameseText());
        assertEquals("tiếp nhận thứ Tư 2026-12-30 09:00; trong ngày làm việc; hạn thứ Tư 2026-12-30, 24:00",
                CALCULATOR.compute(at("2026-12-30T09:00"), TimeLimit.ofWorkingDays(0), null).toVietnameseText());
        // 31 Jan 2027 + 1 month is Sun 28 Feb, moved to Mon 1 Mar; 24 hours and 4 working hours run to the minute
        assertEquals("tiếp nhận Chủ nhật 2027-01-31 10:00; 1 tháng; ngày cuối Chủ nhật 2027-02-28 là ngày nghỉ,"
                + " chuyển sang ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148(5)); hạn thứ Hai 2027-03-01, 24:00",
                CALCULATOR.compute(at("2027-01-31T10:00"), TimeLimit.of(1, LimitUnit.MONTHS), null).toVietnameseText());
        assertEquals("tiếp nhận thứ Hai 2027-01-04 08:00; 24 giờ; hạn thứ Ba 2027-01-05, 08:00",
                CALCULATOR.compute(at("2027-01-04T08:00"), TimeLimit.of(24, LimitUnit.HOURS), null).toVietnameseText());
        assertEquals("tiếp nhận thứ Hai 2027-01-04 08:00; 4 giờ làm việc; hạn thứ Hai 2027-01-04, 13:30",
                CALCULATOR.compute(at("2027-01-04T08:00"), TimeLimit.of(4, LimitUnit.WORKING_HOURS), null)
                        .toVietnameseText());
        // the weekdays as written mid-sentence, Monday 4 January 2027 first
        String[] names = {"thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"};
        for (int i = 0; i < 7; i++) {
            LocalDateTime start = at("2027-01-04T08:00").plusDays(i);
            assertTrue(CALCULATOR.compute(start, TimeLimit.of(1, LimitUnit.DAYS), null).toVietnameseText()
                    .startsWith("tiếp nhận " + names[i] + " " + start.toLocalDate() + " 08:00; 1 ngày; "), names[i]);
        }
    }

    @Test
    void deadlinesAreValuesWithTheirParts() {
        Deadline deadline = CALCULATOR.compute(at("2026-12-31T15:30"), TimeLimit.ofWorkingDays(3), LocalTime.of(15, 0));
        assertEquals(at("2026-12-31T15:30"), deadline.getStart());
        assertEquals(TimeLimit.ofWorkingDays(3), deadline.getLimit());
        assertEquals(Optional.of(LocalTime.of(15, 0)), deadline.getCutoffApplied());
        assertEquals(LocalDate.of(2027, 1, 4), deadline.getCountedAfter());
        assertEquals(LocalDate.of(2027, 1, 7), deadline.getDueDate());
        assertEquals(at("2027-01-08T00:00"), deadline.getDueMoment());
        assertEquals(deadline.toText(), deadline.toString());
        Deadline same = CALCULATOR.compute(at("2026-12-31T15:30"), TimeLimit.ofWorkingDays(3), LocalTime.of(15, 0));
        assertEquals(same, deadline);
        assertEquals(same.hashCode(), deadline.hashCode());
        for (Deadline other : new Deadline[] {
            CALCULATOR.compute(at("2026-12-31T15:31"), TimeLimit.ofWorkingDays(3), LocalTime.of(15, 0)),
            CALCULATOR.compute(at("2026-12-31T15:30"), TimeLimit.of(3, LimitUnit.DAYS), LocalTime.of(15, 0)),
            CALCULATOR.compute(at("2026-12-31T15:30"), TimeLimit.ofWorkingDays(3), LocalTime.of(16, 0)),
            CALCULATOR.compute(at("2026-12-31T15:30"), TimeLimit.ofWorkingDays(3), null),
            CALCULATOR.compute(at("2026-12-31T15:30"), TimeLimit.ofWorkingDays(4), LocalTime.of(15, 0))}) {
            assertNotEquals(deadline, other, other.toText());
        }
        assertNotEquals(deadline, "a deadline");
        // the cut-off is applied only when the start is after it
        assertEquals(Optional.empty(), CALCULATOR.compute(at("2026-12-31T09:00"), TimeLimit.ofWorkingDays(3),
                LocalTime.of(15, 0)).getCutoffApplied());
        assertEquals(CALENDAR, CALCULATOR.getCalendar());
        // time limits are values too
        assertEquals(TimeLimit.of(3, LimitUnit.WORKING_DAYS), TimeLimit.ofWorkingDays(3));
        assertEquals(TimeLimit.ofWorkingDays(3).hashCode(), TimeLimit.of(3, LimitUnit.WORKING_DAYS).hashCode());
        assertNotEquals(TimeLimit.ofWorkingDays(3).hashCode(), TimeLimit.of(3, LimitUnit.DAYS).hashCode());
        assertNotEquals(TimeLimit.ofWorkingDays(3).hashCode(), TimeLimit.ofWorkingDays(4).hashCode());
        assertNotEquals(TimeLimit.ofWorkingDays(3), TimeLimit.of(3, LimitUnit.DAYS));
        assertNotEquals(TimeLimit.ofWorkingDays(3), TimeLimit.ofWorkingDays(4));
        assertEquals(TimeLimit.of(10_000, LimitUnit.DAYS).getAmount(), 10_000);
    }

    @Test
    void cutoffMovesALateStartToTheNextWorkingDay() {
        LocalTime cutoff = LocalTime.of(15, 0);
        // Thu 31 Dec 2026 at 15:30: counted after Mon 4 Jan; 3 working days: Tue 5, Wed 6, Thu 7
        assertEquals(LocalDate.of(2027, 1, 7), CALCULATOR.dueDate(at("2026-12-31T15:30"), TimeLimit.ofWorkingDays(3), cutoff));
        // exactly 15:00 is not after the cut-off
        assertEquals(LocalDate.of(2027, 1, 6), CALCULATOR.dueDate(at("2026-12-31T15:00"), TimeLimit.ofWorkingDays(3), cutoff));
        // the same day: before the cut-off that day, after it the next working day
        assertEquals(LocalDate.of(2026, 12, 31), CALCULATOR.dueDate(at("2026-12-31T09:00"), TimeLimit.ofWorkingDays(0),
                cutoff));
        assertEquals(LocalDate.of(2027, 1, 4), CALCULATOR.dueDate(at("2026-12-31T15:01"), TimeLimit.ofWorkingDays(0),
                cutoff));
        assertEquals(LocalDate.of(2027, 1, 4), CALCULATOR.dueDate(at("2027-01-02T09:00"), TimeLimit.ofWorkingDays(0), null));
        assertEquals(LocalDate.of(2027, 1, 4), CALCULATOR.countedAfter(at("2026-12-31T15:30"), cutoff));
    }

    @Test
    void monthsHoursAndWorkingHours() {
        // 31 Jan + 1 month ends on the last day of February (Art. 148(1)(c)): Sun 28 Feb 2027 -> Mon 1 Mar
        assertEquals(LocalDate.of(2027, 3, 1), CALCULATOR.dueDate(at("2027-01-31T10:00"), TimeLimit.of(1, LimitUnit.MONTHS),
                null));
        // hours run from the stated moment, over nights and days off (Art. 147(1))
        assertEquals(at("2027-01-01T22:00"), CALCULATOR.dueMoment(at("2026-12-31T22:00"), TimeLimit.of(24, LimitUnit.HOURS),
                null));
        // working hours: Thu 31 Dec 16:00 + 4 h = 1 h that day, then Mon 4 Jan 07:30 + 3 h = 10:30
        assertEquals(at("2027-01-04T10:30"), CALCULATOR.dueMoment(at("2026-12-31T16:00"),
                TimeLimit.of(4, LimitUnit.WORKING_HOURS), null));
        // after the cut-off the working hours start with the next working day
        assertEquals(at("2027-01-04T11:30"), CALCULATOR.dueMoment(at("2026-12-31T15:30"),
                TimeLimit.of(4, LimitUnit.WORKING_HOURS), LocalTime.of(15, 0)));
        assertEquals("accepted Thu 2026-12-31 16:00; 4 working hours; skips 2027-01-01..2027-01-03 (New Year's Day;"
                + " Labour Code 2019, Art. 112(1)(a)); due Mon 2027-01-04, 10:30",
                CALCULATOR.compute(at("2026-12-31T16:00"), TimeLimit.of(4, LimitUnit.WORKING_HOURS), null).toText());
    }

    @Test
    void timeLimitValidation() {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> TimeLimit.of(-1, LimitUnit.DAYS));
        assertEquals("Time limit -1 DAYS must be from 0 to 10000", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> TimeLimit.of(0, LimitUnit.HOURS));
        assertEquals("Time limit 0 HOURS is invalid; only 0 WORKING_DAYS (the same day) may be zero", ex.getMessage());
        ex = assertThrows(IllegalArgumentException.class, () -> TimeLimit.of(10_001, LimitUnit.WORKING_DAYS));
        assertEquals("Time limit 10001 WORKING_DAYS must be from 0 to 10000", ex.getMessage());
        assertEquals("15 working days", TimeLimit.ofWorkingDays(15).toString());
        assertEquals("1 month", TimeLimit.of(1, LimitUnit.MONTHS).toString());
        assertEquals("the same working day", TimeLimit.ofWorkingDays(0).toString());
        assertEquals(TimeLimit.ofWorkingDays(15), TimeLimit.of(15, LimitUnit.WORKING_DAYS));
        DateTimeException range = assertThrows(DateTimeException.class,
                () -> CALCULATOR.dueDate(at("2027-12-20T10:00"), TimeLimit.ofWorkingDays(15), null));
        assertEquals("Adding 15 working days to 2027-12-20 leaves the calendar's range 2026-01-01..2027-12-31",
                range.getMessage());
    }

    @Test
    void aLimitIsReadFromItsAmountAndUnit() {
        assertEquals(vn.dunghan.deadline.TimeLimit.ofWorkingDays(15), TimeLimit.parse(" 15  WORKING_DAYS "));
        assertEquals(TimeLimit.of(3, LimitUnit.MONTHS), TimeLimit.parse("3 MONTHS"));
        assertEquals("Unit 'WEEKS' is not one of [WORKING_DAYS, DAYS, WORKING_HOURS, HOURS, MONTHS].",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> TimeLimit.parse("2 WEEKS")).getMessage());
        assertEquals("Time limit 'fifteen' is not an amount and a unit, such as \"15 WORKING_DAYS\".",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> TimeLimit.parse("fifteen")).getMessage());
        assertEquals("Time limit 'x DAYS' takes a whole amount, such as \"15 WORKING_DAYS\".",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> TimeLimit.parse("x DAYS")).getMessage());
    }
}
