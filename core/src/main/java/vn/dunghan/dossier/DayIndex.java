package vn.dunghan.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.dunghan.calendar.WorkCalendar;

/**
 * Seconds counted from the first day of a calendar's range, read from a table of month starts:
 * the evaluator's durations without the divisions of {@link LocalDate#toEpochDay()}. A moment
 * outside the range, such as an evaluation instant years ahead, is counted by {@code toEpochDay}.
 * <p>
 * This class is immutable and thread-safe.
 */
final class DayIndex {

    private final int minYear;
    private final long minEpochDay;
    /** monthStarts[(year - minYear) * 12 + month - 1] = days from the range's first day to day 1 of that month. */
    private final int[] monthStarts;

    private DayIndex(WorkCalendar calendar) {
        LocalDate min = calendar.getMinDate();
        this.minYear = min.getYear();
        this.minEpochDay = min.toEpochDay();
        this.monthStarts = new int[(calendar.getMaxDate().getYear() - minYear + 1) * 12];
        for (int m = 0; m < monthStarts.length; m++) {
            monthStarts[m] = (int) (LocalDate.of(minYear + m / 12, m % 12 + 1, 1).toEpochDay() - minEpochDay);
        }
    }

    static DayIndex of(WorkCalendar calendar) {
        return new DayIndex(calendar);
    }

    /** The seconds from 00:00 of the range's first day to a moment, fractions of a second dropped. */
    long secondOf(LocalDateTime time) {
        LocalDate date = time.toLocalDate();
        // the year is checked first: a year hundreds of millions away must not wrap into the table
        int year = date.getYear() - minYear;
        long day = year >= 0 && year < monthStarts.length / 12
                ? monthStarts[year * 12 + date.getMonthValue() - 1] + date.getDayOfMonth() - 1L
                : date.toEpochDay() - minEpochDay;
        return day * 86_400 + time.toLocalTime().toSecondOfDay();
    }
}
