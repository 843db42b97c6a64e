package vn.dunghan.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.threeten.extra.LocalDateRange;

/**
 * A calendar of working days, and optionally of office hours, over a bounded range of dates.
 * <p>
 * A date is a working day unless it is a weekly rest day of the calendar's weekend or a declared
 * day off; a weekend day declared a working day (a make-up day) is a working day.
 * <p>
 * Counting follows the Civil Code 2015 of Vietnam, Art. 147(2): the first day of a period is not
 * counted. Hence {@link #workingDaysBetween(LocalDate, LocalDate)} counts the working days
 * {@code d} with {@code start < d <= end}, and {@link #plusWorkingDays(LocalDate, int)} with
 * {@code n = 1} gives the next working day, whether or not the start is one.
 * <p>
 * Every query runs in constant time: building the calendar precomputes, over its range, the
 * cumulative number of working days (one {@code long} per month, reached from a date's fields by
 * arithmetic alone, holding the working days before the month and a bit per worked day: 19 KB
 * for two centuries), the ordinal-to-date table
 * of working days (holding the
 * {@code LocalDate} instances, so that results are not allocated) and, where office hours are set,
 * the cumulative working seconds. A calendar of 200 years takes about two megabytes.
 * <p>
 * A date outside {@link #getMinDate()}..{@link #getMaxDate()}, or a result that would fall
 * outside it, throws {@link DateTimeException} naming the date and the range.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class WorkCalendar {

    /** The largest number of days a calendar may span, about 2,700 years. */
    public static final int MAX_DAYS = 1_000_000;

    private final LocalDate minDate;
    private final LocalDate maxDate;
    private final long minEpochDay;
    private final int minYear;
    /** monthStarts[(year - minYear) * 12 + month - 1] = index of day 1 of that month (negative before the range). */
    private final int[] monthStarts;
    private final Set<DayOfWeek> weekend;
    private final NavigableMap<LocalDate, DayOff> daysOff;
    private final NavigableMap<LocalDate, DayOff> workingDays;
    private final OfficeHours officeHours;

    /**
     * Per month, (year - minYear) * 12 + month - 1: the working days of the range before its first
     * day in the high 32 bits; bit {@code d - 1} set if day {@code d} is worked (never for a day
     * outside the range).
     */
    private final long[] months;
    /**
     * The range check in one comparison. A date's {@link #key(int, int, int) key} orders dates as
     * their epoch days do; {@code key - keyOrigin} is the offset from {@code minDate}'s key plus
     * {@code Long.MIN_VALUE}, and {@code keyLimit} the offset of {@code maxDate}'s plus
     * {@code Long.MIN_VALUE}, so the signed comparison of the two is the unsigned comparison of the
     * offsets: a date before the range has a negative offset, which the bias turns into one larger
     * than any in the range, so that one comparison rejects dates on both sides of the range.
     */
    private final long keyOrigin;
    private final long keyLimit;
    /** workingDates[k] = the (k + 1)-th working day of the range, so results need no allocation. */
    private final LocalDate[] workingDates;
    /** Working-time index, null without office hours. */
    private final WorkingTimeIndex time;
    /** The days off and make-up days that are provisional or carry a caveat, in date order. */
    private final DayOff[] uncertain;
    /** The epoch days of {@link #uncertain}, searched by the deadline caveat check. */
    private final long[] uncertainEpochDays;

    private WorkCalendar(Builder builder) {
        this.minDate = builder.minDate;
        this.maxDate = builder.maxDate;
        this.minEpochDay = minDate.toEpochDay();
        this.weekend = Collections.unmodifiableSet(EnumSet.copyOf(builder.weekend));
        this.daysOff = Collections.unmodifiableNavigableMap(new TreeMap<>(builder.daysOff));
        this.workingDays = Collections.unmodifiableNavigableMap(new TreeMap<>(builder.workingDays));
        this.officeHours = builder.officeHours;

        int days = (int) (maxDate.toEpochDay() - minEpochDay + 1);
        this.minYear = minDate.getYear();
        long minKey = key(minDate);
        this.keyOrigin = minKey + Long.MIN_VALUE;
        this.keyLimit = key(maxDate) - minKey + Long.MIN_VALUE;
        this.monthStarts = new int[(maxDate.getYear() - minYear + 1) * 12];
        for (int m = 0; m < monthStarts.length; m++) {
            monthStarts[m] = (int) (LocalDate.of(minYear + m / 12, m % 12 + 1, 1).toEpochDay() - minEpochDay);
        }
        boolean[] working = new boolean[days];
        int firstDow = minDate.getDayOfWeek().ordinal();
        boolean[] restByDow = new boolean[7];
        for (DayOfWeek day : weekend) {
            restByDow[day.ordinal()] = true;
        }
        for (int i = 0; i < days; i++) {
            working[i] = !restByDow[(firstDow + i) % 7];
        }
        for (LocalDate date : daysOff.keySet()) {
            working[index(date)] = false;
        }
        for (LocalDate date : workingDays.keySet()) {
            working[index(date)] = true;
        }
        this.months = new long[monthStarts.length];
        int count = 0;
        for (int m = 0; m < monthStarts.length; m++) {
            int next = m + 1 < monthStarts.length ? monthStarts[m + 1] : monthStarts[m] + 31;
            int from = Math.max(monthStarts[m], 0);
            int to = Math.min(next, days);
            long bits = (long) count << 32;
            for (int i = from; i < to; i++) {
                if (working[i]) {
                    bits |= 1L << (i - monthStarts[m]);
                    count++;
                }
            }
            months[m] = bits;
        }
        this.workingDates = new LocalDate[count];
        for (int i = 0, k = 0; i < days; i++) {
            if (working[i]) {
                workingDates[k++] = LocalDate.ofEpochDay(minEpochDay + i);
            }
        }
        this.time = officeHours == null ? null : new WorkingTimeIndex(this, working);
        TreeMap<LocalDate, DayOff> uncertainDays = new TreeMap<>();
        for (DayOff day : daysOff.values()) {
            if (day.isUncertain()) {
                uncertainDays.put(day.getDate(), day);
            }
        }
        for (DayOff day : workingDays.values()) {
            if (day.isUncertain()) {
                uncertainDays.put(day.getDate(), day);
            }
        }
        this.uncertain = uncertainDays.values().toArray(new DayOff[0]);
        this.uncertainEpochDays = new long[uncertain.length];
        for (int i = 0; i < uncertain.length; i++) {
            uncertainEpochDays[i] = uncertain[i].getDate().toEpochDay();
        }
    }

    /**
     * Creates a builder of a calendar over a range of dates, with a Saturday and Sunday weekend
     * and no days off.
     *
     * @param minDate  the first supported date, not null
     * @param maxDate  the last supported date, not before {@code minDate}, not null
     * @return the builder, not null
     * @throws DateTimeException if the range is empty or longer than {@link #MAX_DAYS} days
     */
    public static Builder builder(LocalDate minDate, LocalDate maxDate) {
        Objects.requireNonNull(minDate, "minDate");
        Objects.requireNonNull(maxDate, "maxDate");
        checkRange(minDate, maxDate);
        return new Builder(minDate, maxDate);
    }

    private static void checkRange(LocalDate minDate, LocalDate maxDate) {
        if (maxDate.isBefore(minDate)) {
            throw new DateTimeException("Calendar range " + minDate + ".." + maxDate + " must not end before it starts");
        }
        if (maxDate.toEpochDay() - minDate.toEpochDay() + 1 > MAX_DAYS) {
            throw new DateTimeException("Calendar range " + minDate + ".." + maxDate + " must span at most "
                    + MAX_DAYS + " days");
        }
    }

    /**
     * Returns a copy in which every declared make-up working day is a rest day again, as one-stop
     * software that knows no make-up Saturday keeps its calendar.
     *
     * @return the calendar without make-up days, this calendar if it declares none, not null
     */
    public WorkCalendar withoutMakeUpDays() {
        if (getMakeUpDays().isEmpty()) {
            return this;
        }
        Builder builder = toBuilder();
        getMakeUpDays().keySet().forEach(builder::removeWorkingDay);
        return builder.build();
    }

    /**
     * Creates a builder holding everything this calendar holds, to derive another calendar, such
     * as a one-stop unit that also works Saturday mornings.
     *
     * @return the builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(minDate, maxDate);
        builder.weekend = EnumSet.copyOf(weekend);
        builder.daysOff.putAll(daysOff);
        builder.workingDays.putAll(workingDays);
        builder.officeHours = officeHours;
        return builder;
    }

    //-----------------------------------------------------------------------
    /**
     * Gets the first supported date.
     *
     * @return the first date, not null
     */
    public LocalDate getMinDate() {
        return minDate;
    }

    /**
     * Gets the last supported date.
     *
     * @return the last date, not null
     */
    public LocalDate getMaxDate() {
        return maxDate;
    }

    /**
     * Gets the supported range.
     *
     * @return the closed range {@code minDate..maxDate}, not null
     */
    public LocalDateRange getRange() {
        return LocalDateRange.ofClosed(minDate, maxDate);
    }

    /**
     * Gets the days of the week that are weekly rest days.
     *
     * @return the unmodifiable set, possibly empty, not null
     */
    public Set<DayOfWeek> getWeekend() {
        return weekend;
    }

    /**
     * Gets the office hours.
     *
     * @return the office hours, empty if the calendar has none
     */
    public Optional<OfficeHours> getOfficeHours() {
        return Optional.ofNullable(officeHours);
    }

    /**
     * Gets every declared day off, including those on weekly rest days, in date order.
     *
     * @return the unmodifiable map from date to day off, not null
     */
    public NavigableMap<LocalDate, DayOff> getDaysOff() {
        return daysOff;
    }

    /**
     * Gets every weekend day declared a working day, in date order.
     *
     * @return the unmodifiable map from date to its declaration (kind {@link DayKind#MAKE_UP}), not null
     */
    public NavigableMap<LocalDate, DayOff> getMakeUpDays() {
        return workingDays;
    }

    //-----------------------------------------------------------------------
    /**
     * Checks if a date is a working day.
     *
     * @param date  the date, not null
     * @return true if the date is a working day
     * @throws DateTimeException if the date is outside the range
     */
    public boolean isWorkingDay(LocalDate date) {
        return (monthBits(date) >>> (date.getDayOfMonth() - 1) & 1) != 0;
    }

    /**
     * Returns the date a number of working days after or before a date.
     * <p>
     * For {@code n > 0} this is the n-th working day after {@code date}: the earliest {@code e > date}
     * with {@code workingDaysBetween(date, e) == n}. For {@code n < 0} it is the |n|-th working day
     * before: the latest {@code e < date} such that {@code [e, date)} holds exactly {@code -n} working
     * days. For {@code n == 0} it is {@code date} itself. On a Monday-to-Friday calendar without days
     * off, Friday 2026-01-02 plus 1 is Monday 2026-01-05, and Saturday 2026-01-03 minus 1 is Friday
     * 2026-01-02.
     *
     * @param date  the date, not null
     * @param n  the number of working days, negative to go back
     * @return the resulting date, not null
     * @throws DateTimeException if the date or the result is outside the range
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        long bits = monthBits(date);
        // the index in workingDates of the result: for n > 0, (working days through date) + n - 1;
        // for n < 0, (working days before date) + n. The count is at most workingDates.length, so
        // a sum that overflows wraps to a negative index, rejected with every other one outside
        int k;
        if (n > 0) {
            k = throughDay(bits, date.getDayOfMonth()) + n - 1;
        } else if (n < 0) {
            k = beforeDay(bits, date.getDayOfMonth()) + n;
        } else {
            return date;
        }
        if (k < 0 || k >= workingDates.length) {
            throw new DateTimeException("Adding " + n + " working days to " + date + " leaves the calendar's range "
                    + minDate + ".." + maxDate);
        }
        return workingDates[k];
    }

    /**
     * Returns the date a number of working days before a date; the same as
     * {@code plusWorkingDays(date, -n)}.
     *
     * @param date  the date, not null
     * @param n  the number of working days
     * @return the resulting date, not null
     * @throws DateTimeException if the date or the result is outside the range
     * @throws ArithmeticException if {@code n} is {@link Integer#MIN_VALUE}
     */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        return plusWorkingDays(date, Math.negateExact(n));
    }

    /**
     * Counts the working days {@code d} with {@code start < d <= end}, the first day not counted
     * (Civil Code 2015, Art. 147(2)); negative, {@code -workingDaysBetween(end, start)}, when
     * {@code end} is before {@code start}.
     *
     * @param start  the start date, not counted, not null
     * @param end  the end date, counted, not null
     * @return the number of working days, negative if end is before start
     * @throws DateTimeException if either date is outside the range
     */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        return throughDay(monthBits(end), end.getDayOfMonth()) - throughDay(monthBits(start), start.getDayOfMonth());
    }

    /**
     * Counts the working days of the range through a day of a month: the month's count before it
     * and the day's bits {@code 0..day - 1} (the shift, 1 to 31, drops the later days). Every
     * working-day count and addition goes through this and {@link #monthBits(LocalDate)}.
     */
    private static int throughDay(long bits, int day) {
        return (int) (bits >>> 32) + Integer.bitCount((int) bits << 32 - day);
    }

    /** Counts the working days of the range before a day of a month: bits {@code 0..day - 2}. */
    private static int beforeDay(long bits, int day) {
        // the first shift moves bit day - 1 where the second drops it, even for day 1 (a shift by
        // 32 would be one by 0)
        return (int) (bits >>> 32) + Integer.bitCount((int) bits << 1 << 32 - day);
    }

    /** The bits of a date's month, checking the range. */
    private long monthBits(LocalDate date) {
        return months[monthIndex(date)];
    }

    /**
     * The index of a date's month in {@link #months} and {@link #monthStarts}, checking the range
     * with one comparison: the range check of every query.
     */
    private int monthIndex(LocalDate date) {
        int year = Objects.requireNonNull(date, "date").getYear();
        int month = date.getMonthValue();
        if (key(year, month, date.getDayOfMonth()) - keyOrigin > keyLimit) {
            throw outOfRange(date);
        }
        return (year - minYear) * 12 + month - 1;
    }

    /** A key of a date that orders dates as their epoch days do, without dividing. */
    private static long key(int year, int month, int day) {
        return (long) year << 9 | (month << 5 | day);
    }

    private static long key(LocalDate date) {
        return key(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private DateTimeException outOfRange(LocalDate date) {
        return new DateTimeException("Date " + date + " is outside the calendar's range " + minDate + ".." + maxDate);
    }

    /**
     * Returns the next working day after a date.
     *
     * @param date  the date, not null
     * @return the earliest working day after the date, not null
     * @throws DateTimeException if the date or the result is outside the range
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return plusWorkingDays(date, 1);
    }

    /**
     * Returns the date itself if it is a working day, else the next working day.
     *
     * @param date  the date, not null
     * @return the earliest working day on or after the date, not null
     * @throws DateTimeException if the date or the result is outside the range
     */
    public LocalDate nextWorkingDayOrSame(LocalDate date) {
        return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
    }

    /**
     * Returns the previous working day before a date.
     *
     * @param date  the date, not null
     * @return the latest working day before the date, not null
     * @throws DateTimeException if the date or the result is outside the range
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        return plusWorkingDays(date, -1);
    }

    /**
     * Returns the date itself if it is a working day, else the previous working day.
     *
     * @param date  the date, not null
     * @return the latest working day on or before the date, not null
     * @throws DateTimeException if the date or the result is outside the range
     */
    public LocalDate previousWorkingDayOrSame(LocalDate date) {
        return isWorkingDay(date) ? date : plusWorkingDays(date, -1);
    }

    /**
     * Explains why a date is not a working day.
     * <p>
     * A declared day off is returned as declared, even on a weekly rest day; an ordinary weekly
     * rest day is returned as a day of kind {@link DayKind#WEEKLY_REST}.
     *
     * @param date  the date, not null
     * @return the reason, empty if the date is a working day
     * @throws DateTimeException if the date is outside the range
     */
    public Optional<DayOff> dayOff(LocalDate date) {
        if (isWorkingDay(date)) {
            return Optional.empty();
        }
        DayOff declared = daysOff.get(date);
        if (declared != null) {
            return Optional.of(declared);
        }
        return Optional.of(DayOff.of(date, "Weekly rest day (" + date.getDayOfWeek() + ")", DayKind.WEEKLY_REST));
    }

    /**
     * Gets the declaration of a weekend day as a working day.
     *
     * @param date  the date, not null
     * @return the declaration, of kind {@link DayKind#MAKE_UP}, empty if the date is not a make-up day
     * @throws DateTimeException if the date is outside the range
     */
    public Optional<DayOff> makeUpDay(LocalDate date) {
        index(date);
        return Optional.ofNullable(workingDays.get(date));
    }

    /**
     * Lists the declared days off between two dates, inclusive, including those on weekly rest
     * days but not the ordinary weekly rest days themselves.
     *
     * @param from  the first date, not null
     * @param to  the last date, not before {@code from}, not null
     * @return the days off in date order, not null
     * @throws DateTimeException if either date is outside the range, or {@code to} is before {@code from}
     */
    public List<DayOff> daysOff(LocalDate from, LocalDate to) {
        index(from);
        index(to);
        if (to.isBefore(from)) {
            throw new DateTimeException("Date range " + from + ".." + to + " must not end before it starts");
        }
        return List.copyOf(daysOff.subMap(from, true, to, true).values());
    }

    /**
     * Lists the declared days off within a range, as {@link #daysOff(LocalDate, LocalDate)} does.
     *
     * @param range  the range, not empty, within this calendar's range, not null
     * @return the days off in date order, not null
     * @throws DateTimeException if the range is empty or leaves this calendar's range
     */
    public List<DayOff> daysOff(LocalDateRange range) {
        Objects.requireNonNull(range, "range");
        if (range.isEmpty()) {
            throw new DateTimeException("Date range " + range + " must not be empty");
        }
        return daysOff(range.getStart(), range.getEndInclusive());
    }

    /**
     * Lists the declared days off and make-up days between two dates, inclusive, that are
     * provisional or carry a caveat ({@link DayOff#isUncertain()}): the days a deadline counted
     * over that interval depends on without an official text behind them. Nothing is allocated
     * when there are none.
     *
     * @param from  the first date, not null
     * @param to  the last date, not null; before {@code from} for an empty interval
     * @return the uncertain days in date order, not null
     * @throws DateTimeException if either date is outside the range
     */
    public List<DayOff> uncertainDays(LocalDate from, LocalDate to) {
        index(from);
        index(to);
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        int i = Arrays.binarySearch(uncertainEpochDays, first);
        int start = i >= 0 ? i : -i - 1;
        int end = start;
        while (end < uncertainEpochDays.length && uncertainEpochDays[end] <= last) {
            end++;
        }
        return end == start ? List.of() : List.of(Arrays.copyOfRange(uncertain, start, end));
    }

    /**
     * Counts the working days of the calendar's whole range.
     *
     * @return the number of working days
     */
    public int countWorkingDays() {
        return workingDates.length;
    }

    //-----------------------------------------------------------------------
    /**
     * Checks if a moment lies within a session of a working day.
     *
     * @param dateTime  the moment, not null
     * @return true if working time
     * @throws DateTimeException if the calendar has no office hours or the date is outside the range
     */
    public boolean isWorkingTime(LocalDateTime dateTime) {
        return time().isWorkingTime(dateTime);
    }

    /**
     * Returns the moment itself if it is working time, else the start of the next session.
     *
     * @param dateTime  the moment, not null
     * @return the next working moment, not null
     * @throws DateTimeException if the calendar has no office hours, or the date or the result is
     *     outside the range
     */
    public LocalDateTime nextWorkingMoment(LocalDateTime dateTime) {
        return time().nextWorkingMoment(dateTime);
    }

    /**
     * Returns the moment at which a given amount of working time has passed after a moment.
     * <p>
     * For a positive amount this is the earliest moment by which that much working time has
     * passed, so the result may be the end of a session: with sessions 07:30–11:30 and
     * 13:00–17:00, 10:30 on a working day plus one hour is 11:30, plus two hours 14:00. For a
     * negative amount it is the latest moment that much working time before, possibly the start of
     * a session. A zero amount returns the moment unchanged.
     *
     * @param dateTime  the moment, not null
     * @param amount  the working time to add, negative to go back, not null
     * @return the resulting moment, not null
     * @throws DateTimeException if the calendar has no office hours, or the date or the result is
     *     outside the range
     */
    public LocalDateTime plusWorkingTime(LocalDateTime dateTime, Duration amount) {
        Objects.requireNonNull(amount, "amount");
        return time().plusWorkingTime(dateTime, amount);
    }

    /**
     * Measures the working time from one moment to another, negative if the end is earlier.
     *
     * @param start  the start moment, not null
     * @param end  the end moment, not null
     * @return the working time, not null
     * @throws DateTimeException if the calendar has no office hours or a date is outside the range
     */
    public Duration workingTimeBetween(LocalDateTime start, LocalDateTime end) {
        return time().workingTimeBetween(start, end);
    }

    /**
     * Gets the sessions worked on a date: none on a day off.
     *
     * @param date  the date, not null
     * @return the sorted sessions, not null
     * @throws DateTimeException if the calendar has no office hours or the date is outside the range
     */
    public List<Session> sessionsOn(LocalDate date) {
        WorkingTimeIndex index = time();
        return index.sessionsOn(index(date));
    }

    private WorkingTimeIndex time() {
        if (time == null) {
            throw new DateTimeException("Working-time arithmetic needs office hours, and this calendar has none");
        }
        return time;
    }

    //-----------------------------------------------------------------------
    /**
     * Converts a date to its index in the range, checking the range.
     *
     * @param date  the date, not null
     * @return the index from 0
     */
    int index(LocalDate date) {
        // the index of the month's first day, from the month table, plus the day of the month
        return monthStarts[monthIndex(date)] + date.getDayOfMonth() - 1;
    }

    LocalDate dateAt(int index) {
        return LocalDate.ofEpochDay(minEpochDay + index);
    }

    /**
     * Checks if this calendar equals another: same range, weekend, days off, make-up days and
     * office hours.
     *
     * @param obj  the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof WorkCalendar other
                && minDate.equals(other.minDate)
                && maxDate.equals(other.maxDate)
                && weekend.equals(other.weekend)
                && daysOff.equals(other.daysOff)
                && workingDays.equals(other.workingDays)
                && Objects.equals(officeHours, other.officeHours);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minDate, maxDate, weekend, daysOff, workingDays, officeHours);
    }

    /**
     * Outputs a summary, such as {@code WorkCalendar[2000-01-01..2199-12-31, weekend [SATURDAY, SUNDAY], 1500 days off, 90 make-up days]}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "WorkCalendar[" + minDate + ".." + maxDate + ", weekend " + weekend + ", " + daysOff.size()
                + " days off, " + workingDays.size() + " make-up days" + (officeHours != null ? ", office hours" : "")
                + "]";
    }

    //-----------------------------------------------------------------------
    /**
     * A builder of {@link WorkCalendar}. Invalid input is reported by {@link #build()}, naming the
     * date and the rule. It is not thread-safe.
     */
    public static final class Builder {
        private final LocalDate minDate;
        private final LocalDate maxDate;
        private EnumSet<DayOfWeek> weekend = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        private final Map<LocalDate, DayOff> daysOff = new HashMap<>();
        private final Map<LocalDate, DayOff> workingDays = new HashMap<>();
        private final List<String> conflicts = new ArrayList<>();
        private OfficeHours officeHours;

        private Builder(LocalDate minDate, LocalDate maxDate) {
            this.minDate = minDate;
            this.maxDate = maxDate;
        }

        /**
         * Sets the weekly rest days, replacing the default Saturday and Sunday.
         *
         * @param days  the weekly rest days, none for a calendar without weekend, not null
         * @return this builder, not null
         */
        public Builder weekend(DayOfWeek... days) {
            Objects.requireNonNull(days, "days");
            EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : days) {
                set.add(Objects.requireNonNull(day, "day"));
            }
            weekend = set;
            return this;
        }

        /**
         * Declares a day that is not worked, of kind {@link DayKind#OTHER}.
         *
         * @param date  the date, within the range, not null
         * @param name  the name, not null or blank
         * @return this builder, not null
         */
        public Builder dayOff(LocalDate date, String name) {
            return dayOff(DayOff.of(date, name));
        }

        /**
         * Declares a day that is not worked. Declaring the same day twice is allowed; declaring
         * two different days off on one date is reported by {@link #build()}.
         *
         * @param dayOff  the day off, within the range, not null
         * @return this builder, not null
         */
        public Builder dayOff(DayOff dayOff) {
            Objects.requireNonNull(dayOff, "dayOff");
            if (dayOff.getKind() == DayKind.MAKE_UP) {
                throw new IllegalArgumentException("Day " + dayOff + " is a make-up working day, not a day off");
            }
            DayOff previous = daysOff.putIfAbsent(dayOff.getDate(), dayOff);
            if (previous != null && !previous.equals(dayOff)) {
                conflicts.add("Day off " + dayOff + " conflicts with day off " + previous + " on the same date");
            }
            return this;
        }

        /**
         * Declares a weekly rest day to be a working day (a make-up day).
         *
         * @param date  the date, a weekly rest day within the range, not null
         * @param name  the name, not null or blank
         * @return this builder, not null
         */
        public Builder workingDay(LocalDate date, String name) {
            return workingDay(DayOff.of(date, name, DayKind.MAKE_UP));
        }

        /**
         * Declares a weekly rest day to be a working day (a make-up day), fully described.
         *
         * @param declaration  the declaration, of kind {@link DayKind#MAKE_UP}, not null
         * @return this builder, not null
         */
        public Builder workingDay(DayOff declaration) {
            Objects.requireNonNull(declaration, "declaration");
            if (declaration.getKind() != DayKind.MAKE_UP) {
                throw new IllegalArgumentException("Working day " + declaration + " must be of kind MAKE_UP");
            }
            DayOff previous = workingDays.putIfAbsent(declaration.getDate(), declaration);
            if (previous != null && !previous.equals(declaration)) {
                conflicts.add("Working day " + declaration + " conflicts with working day " + previous
                        + " on the same date");
            }
            return this;
        }

        /**
         * Removes a declared day off, for example when deriving a local calendar.
         *
         * @param date  the date, not null
         * @return this builder, not null
         */
        public Builder removeDayOff(LocalDate date) {
            daysOff.remove(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Removes a declared working day, for example when a derived calendar works that day of
         * the week anyway.
         *
         * @param date  the date, not null
         * @return this builder, not null
         */
        public Builder removeWorkingDay(LocalDate date) {
            workingDays.remove(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Sets the office hours, enabling working-time arithmetic.
         *
         * @param officeHours  the office hours, null to remove them
         * @return this builder, not null
         */
        public Builder officeHours(OfficeHours officeHours) {
            this.officeHours = officeHours;
            return this;
        }

        /**
         * Builds the calendar and its indexes.
         *
         * @return the calendar, not null
         * @throws DateTimeException if a day off or working day lies outside the range, a working day
         *     is not a weekly rest day, a date is declared both a day off and a working day, or two
         *     different declarations share a date
         */
        public WorkCalendar build() {
            if (!conflicts.isEmpty()) {
                throw new DateTimeException(conflicts.get(0));
            }
            for (LocalDate date : sorted(daysOff.keySet())) {
                checkInRange(date, "Day off");
            }
            for (LocalDate date : sorted(workingDays.keySet())) {
                checkInRange(date, "Working day");
                if (!weekend.contains(date.getDayOfWeek())) {
                    throw new DateTimeException("Working day " + date + " is a " + date.getDayOfWeek()
                            + ", not a weekly rest day of " + weekend + "; only a rest day can be declared a working day");
                }
                if (daysOff.containsKey(date)) {
                    throw new DateTimeException("Date " + date + " is declared both a day off ("
                            + daysOff.get(date).getName() + ") and a working day (" + workingDays.get(date).getName() + ")");
                }
            }
            return new WorkCalendar(this);
        }

        private static LocalDate[] sorted(Set<LocalDate> dates) {
            LocalDate[] array = dates.toArray(new LocalDate[0]);
            Arrays.sort(array);
            return array;
        }

        private void checkInRange(LocalDate date, String what) {
            if (date.isBefore(minDate) || date.isAfter(maxDate)) {
                throw new DateTimeException(what + " " + date + " is outside the calendar's range " + minDate + ".."
                        + maxDate);
            }
        }
    }

}
