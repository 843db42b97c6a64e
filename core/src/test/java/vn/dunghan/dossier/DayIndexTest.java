package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.WorkCalendar;

/** The seconds of {@link DayIndex} against {@code LocalDateTime.toEpochSecond}, inside and far outside the range. */
class DayIndexTest {

    private static final WorkCalendar CALENDAR = WorkCalendar.builder(LocalDate.of(1999, 3, 15),
            LocalDate.of(2031, 10, 2)).build();
    private static final long BASE = LocalDate.of(1999, 3, 15).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

    @Test
    void everyDayOfTheRangeAndItsEdgesAgreeWithEpochSeconds() {
        DayIndex index = DayIndex.of(CALENDAR);
        for (LocalDate d = LocalDate.of(1998, 1, 1); d.isBefore(LocalDate.of(2033, 1, 1)); d = d.plusDays(1)) {
            LocalDateTime time = d.atTime(d.getDayOfMonth() % 24, d.getMonthValue() * 4, 59, 999_999_999);
            assertEquals(time.toEpochSecond(ZoneOffset.UTC) - BASE, index.secondOf(time), time.toString());
        }
    }

    @Test
    void yearsFarAwayDoNotWrapIntoTheTable() {
        DayIndex index = DayIndex.of(CALENDAR);
        // (357,915,941 - 1999) * 12 overflows an int to 8, a month of the table
        for (LocalDateTime time : new LocalDateTime[] {LocalDateTime.of(357_915_941, 5, 1, 0, 0),
                LocalDateTime.of(357_915_941, 1, 1, 8, 0), LocalDateTime.MAX, LocalDateTime.MIN,
                LocalDateTime.of(-1, 12, 31, 23, 59)}) {
            assertEquals(time.toEpochSecond(ZoneOffset.UTC) - BASE, index.secondOf(time), time.toString());
        }
    }
}
