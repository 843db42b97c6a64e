package vn.dunghan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A plain day-by-day implementation of the working-day semantics of DESIGN.md, written
 * independently of the indexed {@link WorkCalendar} to cross-check it.
 */
final class ReferenceCalendar {

    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workingDays;

    ReferenceCalendar(Set<DayOfWeek> weekend, Set<LocalDate> daysOff, Set<LocalDate> workingDays) {
        this.weekend = weekend;
        this.daysOff = daysOff;
        this.workingDays = workingDays;
    }

    boolean isWorkingDay(LocalDate date) {
        if (workingDays.contains(date)) {
            return true;
        }
        return !weekend.contains(date.getDayOfWeek()) && !daysOff.contains(date);
    }

    /** Working days d with a < d <= b, negated when b < a. */
    int workingDaysBetween(LocalDate a, LocalDate b) {
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        int count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** Steps one day at a time; returns null when the walk leaves [min, max]. */
    LocalDate plusWorkingDays(LocalDate date, int n, LocalDate min, LocalDate max) {
        LocalDate d = date;
        int left = Math.abs(n);
        int step = n > 0 ? 1 : -1;
        while (left > 0) {
            d = d.plusDays(step);
            if (d.isBefore(min) || d.isAfter(max)) {
                return null;
            }
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
