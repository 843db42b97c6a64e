package vn.dunghan.holidays.lunar;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date in the Vietnamese lunisolar calendar (âm lịch), such as mùng 1 tháng Giêng năm Bính Ngọ,
 * the lunar new year (Tết) that fell on 2026-02-17.
 * <p>
 * <b>Convention.</b> Months and leap months follow the astronomical rules at UTC+7 (105°E), the
 * meridian of Vietnam's official calendar since 1968, for the whole supported range: a month
 * begins on the local day of a new moon; the winter solstice lies in month 11; in a year of 13
 * months the first month without a major solar term after month 11 is the leap month and takes
 * the number of the month before it. The lunar year is numbered by the Gregorian year in which its
 * first day (Tết) falls, so 2026-01-10, before Tết, lies in lunar year 2025.
 * <p>
 * <b>Before 1968</b> the calendar used in Vietnam followed other meridians (Beijing time; Huế
 * local time 1841–1954; UTC+8 from 1954 to 1967). This class still applies UTC+7 there, as
 * python-holidays does. The years of 1900–1967 in which UTC+8 gives a different Tết or leap month
 * are 1903, 1916, 1917, 1922, 1935, 1938 and 1965; in those years dates may differ by a day or a
 * month from almanacs of the time, from Ho Ngoc Duc's table (which follows the Chinese calendar
 * before 1968 and also gives Tết 1925 as 25 January, where both meridians give 24 January) and
 * from Time4J's {@code VietnameseCalendar}.
 * <p>
 * <b>Accuracy.</b> New moons follow Meeus, <i>Astronomical Algorithms</i>, ch. 49 with all terms,
 * the Sun's apparent longitude ch. 25 with nutation and aberration, and ΔT the Espenak–Meeus
 * polynomials. From 1968 to 2199 every Tết and leap month agrees with Ho Ngoc Duc's published
 * Vietnamese table, and from 1968 to 2100 every day agrees with Time4J, except single months
 * whose new moon falls within minutes of local midnight, where any two sources may differ by a
 * day: the month starting 2054-05-08 (new moon at 00:00; the table starts it on 2054-05-07) and
 * those starting 2072-12-09, 2077-11-15 and 2085-10-18 (new moons at 23:58–23:59 by our
 * reckoning; Time4J starts them a day earlier). The tests {@code LunarHndTableTest} and
 * {@code LunarTime4jTest} pin exactly these. Tết of 2175 and 2199 hinge on new moons at 23:59
 * and 23:57 local time, within the uncertainty of ΔT: no source can settle them.
 * <p>
 * <b>Supported range:</b> 1900-01-01 to 2199-12-31 (lunar years 1899 to 2199, where their days
 * fall in that range); outside it, {@link DateTimeException}.
 * <p>
 * <b>Speed.</b> The astronomy runs once, at class initialisation (about 20 ms), into a month table
 * of a few kilobytes; conversions in both directions are a few array reads. A lunar date keeps
 * its Gregorian date, the one given to {@link #from(LocalDate)} or the one computed by
 * {@link #of(int, int, boolean, int)}, so {@link #toLocalDate()} does no work.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class LunarDate implements Comparable<LunarDate>, Serializable {

    private static final long serialVersionUID = 1L;

    /** The first supported Gregorian date. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** The last supported Gregorian date. */
    public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

    private static final LunarTable TABLE = LunarTable.VIETNAM;
    private static final long MIN_EPOCH_DAY = MIN_DATE.toEpochDay();
    private static final long MAX_EPOCH_DAY = MAX_DATE.toEpochDay();
    private static final String[] VIETNAMESE_MONTHS = {
        "Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Chạp",
    };

    private final int year;
    private final int month;
    private final boolean leapMonth;
    private final int day;
    private final transient long epochDay;
    /** The same day in the ISO calendar, kept so that {@link #toLocalDate()} is a field read. */
    private final transient LocalDate date;

    private LunarDate(int year, int month, boolean leapMonth, int day, LocalDate date, long epochDay) {
        this.year = year;
        this.month = month;
        this.leapMonth = leapMonth;
        this.day = day;
        this.date = date;
        this.epochDay = epochDay;
    }

    /**
     * Obtains the lunar date of a Gregorian date.
     *
     * @param date  the date, from 1900-01-01 to 2199-12-31, not null
     * @return the lunar date, not null
     * @throws DateTimeException if the date is outside the supported range
     */
    public static LunarDate from(LocalDate date) {
        Objects.requireNonNull(date, "date");
        long epochDay = date.toEpochDay();
        if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
            throw new DateTimeException("Date " + date + " is outside the lunar calendar's supported range "
                    + MIN_DATE + ".." + MAX_DATE);
        }
        int index = TABLE.monthIndexOf(epochDay);
        return new LunarDate(TABLE.yearOf(index), TABLE.monthOf(index), TABLE.isLeap(index),
                (int) (epochDay - TABLE.startOf(index)) + 1, date, epochDay);
    }

    /**
     * Obtains a lunar date from its fields.
     *
     * @param year  the lunar year, numbered by the Gregorian year of its Tết
     * @param month  the month, from 1 to 12
     * @param leapMonth  true for the leap month that repeats {@code month}
     * @param day  the day of the month, from 1 to 29 or 30
     * @return the lunar date, not null
     * @throws DateTimeException if the year is not supported, the leap month does not exist in
     *     that year, the day does not exist in that month, or the date is outside the supported range
     */
    public static LunarDate of(int year, int month, boolean leapMonth, int day) {
        checkYear(year);
        if (month < 1 || month > 12) {
            throw new DateTimeException("Lunar month " + month + " is invalid: it must be from 1 to 12");
        }
        if (leapMonth && TABLE.leapMonthOf(year) != month) {
            int actual = TABLE.leapMonthOf(year);
            throw new DateTimeException("Leap month " + month + " does not exist in lunar year " + year
                    + (actual == 0 ? ", which has no leap month" : ", whose leap month is " + actual));
        }
        int index = TABLE.indexOf(year, month, leapMonth);
        int length = TABLE.lengthOf(index);
        if (day < 1 || day > length) {
            throw new DateTimeException("Day " + day + " does not exist in " + (leapMonth ? "leap " : "") + "month "
                    + month + " of lunar year " + year + ", which has " + length + " days");
        }
        long epochDay = TABLE.startOf(index) + day - 1L;
        if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
            throw new DateTimeException("Lunar date " + format(year, month, leapMonth, day)
                    + " falls on " + LocalDate.ofEpochDay(epochDay) + ", outside the supported range "
                    + MIN_DATE + ".." + MAX_DATE);
        }
        return new LunarDate(year, month, leapMonth, day, LocalDate.ofEpochDay(epochDay), epochDay);
    }

    /**
     * Obtains the first day of a lunar year, the lunar new year (Tết Nguyên đán).
     *
     * @param year  the lunar year, equal to the Gregorian year of its Tết, from 1900 to 2199
     * @return mùng 1 tháng Giêng of that year, not null
     * @throws DateTimeException if the year is not supported
     */
    public static LunarDate ofTet(int year) {
        return of(year, 1, false, 1);
    }

    /**
     * Gets the leap month of a lunar year.
     *
     * @param year  the lunar year
     * @return the number of the month that is repeated, 0 if the year has no leap month
     * @throws DateTimeException if the year is not supported
     */
    public static int leapMonthOf(int year) {
        checkYear(year);
        return TABLE.leapMonthOf(year);
    }

    private static void checkYear(int year) {
        if (year < LunarTable.FIRST_YEAR || year > LunarTable.LAST_YEAR) {
            throw new DateTimeException("Lunar year " + year + " is outside the supported range "
                    + LunarTable.FIRST_YEAR + ".." + LunarTable.LAST_YEAR);
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Converts this lunar date to a Gregorian date.
     * <p>
     * The date was fixed when this object was obtained, so this is a field read.
     *
     * @return the Gregorian date, not null
     */
    public LocalDate toLocalDate() {
        return date;
    }

    /**
     * Gets the count of days since 1970-01-01 of the same day.
     *
     * @return the epoch day
     */
    public long toEpochDay() {
        return epochDay;
    }

    /**
     * Gets the lunar year, numbered by the Gregorian year in which its Tết falls.
     *
     * @return the lunar year
     */
    public int getYear() {
        return year;
    }

    /**
     * Gets the month number, from 1 to 12; a leap month has the number of the month it repeats.
     *
     * @return the month
     */
    public int getMonth() {
        return month;
    }

    /**
     * Checks if this date lies in a leap month.
     *
     * @return true in a leap month
     */
    public boolean isLeapMonth() {
        return leapMonth;
    }

    /**
     * Gets the day of the month, from 1 to 30.
     *
     * @return the day
     */
    public int getDay() {
        return day;
    }

    /**
     * Gets the length of this date's month.
     *
     * @return 29 or 30
     */
    public int lengthOfMonth() {
        return TABLE.lengthOf(TABLE.monthIndexOf(epochDay));
    }

    /**
     * Gets the number of days of this date's lunar year.
     *
     * @return 353 to 355 in an ordinary year, 383 to 385 in a year with a leap month
     */
    public int lengthOfYear() {
        int first = TABLE.indexOf(year, 1, false);
        int next = first + (TABLE.leapMonthOf(year) == 0 ? 12 : 13);
        return TABLE.startOf(next) - TABLE.startOf(first);
    }

    /**
     * Gets the leap month of this date's lunar year.
     *
     * @return the number of the repeated month, 0 if the year has none
     */
    public int getLeapMonthOfYear() {
        return TABLE.leapMonthOf(year);
    }

    /**
     * Gets the sexagenary name of the year, such as Bính Ngọ for 2026.
     *
     * @return the name, not null
     */
    public CanChi getYearCanChi() {
        return CanChi.ofYear(year);
    }

    /**
     * Gets the sexagenary name of the month, such as Canh Dần for tháng Giêng of 2026.
     *
     * @return the name, not null
     */
    public CanChi getMonthCanChi() {
        return CanChi.ofMonth(year, month);
    }

    /**
     * Gets the sexagenary name of the day.
     *
     * @return the name, not null
     */
    public CanChi getDayCanChi() {
        return CanChi.ofEpochDay(epochDay);
    }

    /**
     * Returns a copy of this date moved by a number of days.
     *
     * @param days  the days to add, negative to subtract
     * @return the lunar date, not null
     * @throws DateTimeException if the result is outside the supported range
     */
    public LunarDate plusDays(long days) {
        return days == 0 ? this : from(LocalDate.ofEpochDay(Math.addExact(epochDay, days)));
    }

    /**
     * Outputs this date in Vietnamese, such as {@code mùng 1 tháng Giêng năm Bính Ngọ} or
     * {@code ngày 15 tháng Sáu nhuận năm Ất Tỵ}.
     *
     * @return the text, not null
     */
    public String toVietnameseText() {
        return (day <= 10 ? "mùng " : "ngày ") + day + " tháng " + VIETNAMESE_MONTHS[month - 1]
                + (leapMonth ? " nhuận" : "") + " năm " + getYearCanChi().getVietnameseName();
    }

    /**
     * Outputs this date in English, such as
     * {@code day 1 of month 1 of the year Bính Ngọ (Fire Horse), 2026}.
     *
     * @return the text, not null
     */
    public String toEnglishText() {
        return "day " + day + " of " + (leapMonth ? "leap " : "") + "month " + month + " of the year "
                + getYearCanChi().getEnglishName() + ", " + year;
    }

    //-----------------------------------------------------------------------
    /**
     * Validates the fields read from a stream and restores the epoch day.
     *
     * @return the validated date, not null
     */
    private Object readResolve() {
        return of(year, month, leapMonth, day);
    }

    /**
     * Compares by position in time.
     *
     * @param other  the other date, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(LunarDate other) {
        return Long.compare(epochDay, other.epochDay);
    }

    /**
     * Checks if this date is before another.
     *
     * @param other  the other date, not null
     * @return true if earlier
     */
    public boolean isBefore(LunarDate other) {
        return epochDay < other.epochDay;
    }

    /**
     * Checks if this date is after another.
     *
     * @param other  the other date, not null
     * @return true if later
     */
    public boolean isAfter(LunarDate other) {
        return epochDay > other.epochDay;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof LunarDate other && epochDay == other.epochDay;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(epochDay);
    }

    /**
     * Outputs this date as {@code Lunar 2026-01-01}, with {@code L} after a leap month's number,
     * such as {@code Lunar 2025-06L-15}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "Lunar " + format(year, month, leapMonth, day);
    }

    private static String format(int year, int month, boolean leap, int day) {
        return year + "-" + (month < 10 ? "0" : "") + month + (leap ? "L" : "") + "-" + (day < 10 ? "0" : "") + day;
    }
}
