package vn.dunghan.deadline;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.dunghan.calendar.DayOff;
import vn.dunghan.calendar.WorkCalendar;

/**
 * Counts time limits on a work calendar as the Civil Code 2015 counts them:
 * <ul>
 * <li>Art. 147: a period in days, weeks, months or years starts the day after the start, which is
 * not counted; a period in hours runs from the stated moment;</li>
 * <li>Art. 148: a period in days ends at 24:00 of its last day; a period in months ends on the
 * matching day of the last month, or its last day; a last day that is a weekly rest day or a
 * holiday moves to the end of the next working day (Art. 148(5));</li>
 * <li>an optional per-procedure cut-off hour: a start after it counts from the next working day
 * (e.g. Decree 23/2015/NĐ-CP, Art. 7: after 15:00, the next working day). There is no general
 * cut-off rule; it is a parameter of each procedure.</li>
 * </ul>
 * Working days skip the calendar's days off; zero working days is the same working day (the next
 * one when the start is not a working day or is after the cut-off). Working hours run on the
 * calendar's office hours from the first working moment at or after the start.
 * <p>
 * {@link #dueDate} and {@link #dueMoment} allocate nothing but their result; {@link #compute}
 * adds the derivation. This class is immutable and thread-safe.
 */
public final class DeadlineCalculator {

    private final WorkCalendar calendar;

    private DeadlineCalculator(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * Obtains a calculator on a calendar.
     *
     * @param calendar  the work calendar, not null
     * @return the calculator, not null
     */
    public static DeadlineCalculator of(WorkCalendar calendar) {
        return new DeadlineCalculator(Objects.requireNonNull(calendar, "calendar"));
    }

    /**
     * Gets the calendar.
     *
     * @return the calendar, not null
     */
    public WorkCalendar getCalendar() {
        return calendar;
    }

    /**
     * Gets the day after which a day-based period is counted: the start's date, or the next working
     * day when the start is after the cut-off.
     *
     * @param start  the start moment, not null
     * @param cutoff  the cut-off hour, null if none
     * @return the date, not null
     * @throws DateTimeException if a date leaves the calendar's range
     */
    public LocalDate countedAfter(LocalDateTime start, LocalTime cutoff) {
        LocalDate date = start.toLocalDate();
        return cutoff != null && start.toLocalTime().isAfter(cutoff) ? calendar.nextWorkingDay(date) : date;
    }

    /**
     * Computes the last day of a period.
     *
     * @param start  the start moment, such as the acceptance, not null
     * @param limit  the time limit, not null
     * @param cutoff  the cut-off hour, null if none
     * @return the due date, not null
     * @throws DateTimeException if a date leaves the calendar's range, or working hours are asked
     *     of a calendar without office hours
     */
    public LocalDate dueDate(LocalDateTime start, TimeLimit limit, LocalTime cutoff) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        switch (limit.getUnit()) {
            case WORKING_DAYS: {
                LocalDate after = countedAfter(start, cutoff);
                return limit.getAmount() == 0 ? calendar.nextWorkingDayOrSame(after)
                        : calendar.plusWorkingDays(after, limit.getAmount());
            }
            case DAYS:
            case MONTHS:
                return calendar.nextWorkingDayOrSame(lastDay(start, limit, cutoff));
            default:
                return dueMoment(start, limit, cutoff).toLocalDate();
        }
    }

    /**
     * Computes when a period ends: the end of its last day for day-based limits, the moment the
     * hours are spent for hour-based ones.
     *
     * @param start  the start moment, not null
     * @param limit  the time limit, not null
     * @param cutoff  the cut-off hour, null if none
     * @return the due, not null
     * @throws DateTimeException if a date leaves the calendar's range, or working hours are asked
     *     of a calendar without office hours
     */
    public Due due(LocalDateTime start, TimeLimit limit, LocalTime cutoff) {
        return limit.getUnit().isDayBased() ? Due.endOf(dueDate(start, limit, cutoff))
                : Due.at(dueMoment(start, limit, cutoff));
    }

    /**
     * Computes the last day of a period in calendar days or months as counted, before a last day
     * that is not a working day moves to the next working day (Civil Code 2015, Art. 148(5)). A
     * pause of the clock extends this day, and the move comes after.
     *
     * @param start  the start moment, not null
     * @param limit  the time limit, in {@link LimitUnit#DAYS} or {@link LimitUnit#MONTHS}, not null
     * @param cutoff  the cut-off hour, null if none
     * @return the last day, not null
     * @throws IllegalArgumentException if the limit is in another unit
     * @throws DateTimeException if a date leaves the calendar's range
     */
    public LocalDate lastDay(LocalDateTime start, TimeLimit limit, LocalTime cutoff) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        LocalDate after = countedAfter(start, cutoff);
        switch (limit.getUnit()) {
            case DAYS:
                return after.plusDays(limit.getAmount());
            case MONTHS:
                return after.plusMonths(limit.getAmount());
            default:
                throw new IllegalArgumentException("Limit " + limit + " is not in calendar days or months");
        }
    }

    /**
     * Computes the moment a period ends: 24:00 of the due date for day-based limits, the moment the
     * hours are spent for hour-based ones.
     *
     * @param start  the start moment, not null
     * @param limit  the time limit, not null
     * @param cutoff  the cut-off hour, null if none
     * @return the due moment, not null
     * @throws DateTimeException if a date leaves the calendar's range, or working hours are asked
     *     of a calendar without office hours
     */
    public LocalDateTime dueMoment(LocalDateTime start, TimeLimit limit, LocalTime cutoff) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(limit, "limit");
        switch (limit.getUnit()) {
            case HOURS:
                return start.plusHours(limit.getAmount());
            case WORKING_HOURS: {
                LocalDateTime from = cutoff != null && start.toLocalTime().isAfter(cutoff)
                        ? calendar.nextWorkingDay(start.toLocalDate()).atStartOfDay() : start;
                return calendar.plusWorkingTime(calendar.nextWorkingMoment(from), Duration.ofHours(limit.getAmount()));
            }
            default:
                return dueDate(start, limit, cutoff).plusDays(1).atStartOfDay();
        }
    }

    /**
     * Computes a deadline with its derivation.
     *
     * @param start  the start moment, not null
     * @param limit  the time limit, not null
     * @param cutoff  the cut-off hour, null if none
     * @return the deadline, not null
     * @throws DateTimeException if a date leaves the calendar's range
     */
    public Deadline compute(LocalDateTime start, TimeLimit limit, LocalTime cutoff) {
        LocalDateTime due = dueMoment(start, limit, cutoff);
        LocalDate dueDate = limit.getUnit().isDayBased() ? due.toLocalDate().minusDays(1) : due.toLocalDate();
        boolean cut = cutoff != null && start.toLocalTime().isAfter(cutoff);
        LocalDate after = countedAfter(start, cutoff);
        LocalDate rolledFrom = null;
        if (limit.getUnit() == LimitUnit.DAYS || limit.getUnit() == LimitUnit.MONTHS) {
            LocalDate last = lastDay(start, limit, cutoff);
            rolledFrom = last.equals(dueDate) ? null : last;
        }
        LocalDate from = after.plusDays(1);
        List<DayOff> skipped = from.isAfter(dueDate) ? List.of() : calendar.daysOff(from, dueDate);
        List<DayOff> uncertain = from.isAfter(dueDate) ? List.of() : calendar.uncertainDays(from, dueDate);
        return new Deadline(start, limit, cut ? cutoff : null, after, dueDate, due, rolledFrom, skipped,
                breaks(skipped, from, dueDate), uncertain);
    }

    /** Groups the days off into runs of days not worked, extended over the weekends around them. */
    private List<Deadline.Break> breaks(List<DayOff> skipped, LocalDate from, LocalDate to) {
        List<Deadline.Break> breaks = new ArrayList<>();
        for (DayOff day : skipped) {
            if (!breaks.isEmpty() && !day.getDate().isAfter(breaks.get(breaks.size() - 1).to())) {
                continue;
            }
            LocalDate first = day.getDate();
            while (first.isAfter(from) && !calendar.isWorkingDay(first.minusDays(1))) {
                first = first.minusDays(1);
            }
            LocalDate last = day.getDate();
            while (last.isBefore(to) && !calendar.isWorkingDay(last.plusDays(1))) {
                last = last.plusDays(1);
            }
            breaks.add(new Deadline.Break(first, last, day));
        }
        return breaks;
    }
}
