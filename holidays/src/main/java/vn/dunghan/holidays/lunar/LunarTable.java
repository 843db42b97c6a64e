package vn.dunghan.holidays.lunar;

import java.time.LocalDate;

/**
 * The precomputed months of the Vietnamese lunisolar calendar: the first day of each month, its
 * number, leap flag and lunar year, built once from {@link Astronomy} at class initialisation.
 * <p>
 * The rules (Ho Ngoc Duc's formulation, adapted from the <i>Explanatory Supplement to the
 * Astronomical Almanac</i> to 105°E): a month begins on the local day of a new moon; the month
 * containing the winter solstice is month 11; when 13 months separate two months 11, the first
 * month after the first of them that contains no major solar term (a multiple of 30° of solar
 * longitude) is the leap month and takes the number of the month before it. Local time is UTC+7.
 * <p>
 * The table runs from month 11 of lunar year 1898 to month 10 of lunar year 2200, about 3,740
 * months in a few kilobytes. Conversions are array reads: {@link #monthIndexOf(long)} estimates the
 * index from the mean synodic month and corrects it by at most a step or two.
 * <p>
 * Tables for other meridians (UTC+8 for the Chinese calendar and for Vietnam before 1968) are
 * built by tests to check the documented convention.
 * This class is package-private, immutable and thread-safe.
 */
final class LunarTable {

    /** The table of Vietnam's calendar, at UTC+7. */
    static final LunarTable VIETNAM = new LunarTable(7);
    /** The first Gregorian year whose month 11 is computed; the table starts there. */
    private static final int FIRST_SOLSTICE_YEAR = 1898;
    /** The last Gregorian year whose month 11 is computed; the table ends the day before it. */
    private static final int LAST_SOLSTICE_YEAR = 2200;

    /** The first lunar year with all its months in the table. */
    static final int FIRST_YEAR = FIRST_SOLSTICE_YEAR + 1;
    /** The last lunar year with all its months in the table. */
    static final int LAST_YEAR = LAST_SOLSTICE_YEAR - 1;

    /** starts[i] = epoch day of the first day of month i; one more entry ends the last month. */
    private final double offsetHours;
    private final int[] starts;
    /** The lunar year of month i. */
    private final short[] years;
    /** The month number of month i, negated for a leap month. */
    private final byte[] months;
    /** The index of month 1 of each lunar year from FIRST_YEAR. */
    private final int[] firstMonthIndex;
    /** The leap month of each lunar year from FIRST_YEAR, 0 if none. */
    private final byte[] leapMonth;

    /**
     * Computes the table at a meridian.
     *
     * @param offsetHours  the offset of local civil time from UT, in hours
     */
    LunarTable(double offsetHours) {
        this.offsetHours = offsetHours;
        int solsticeYears = LAST_SOLSTICE_YEAR - FIRST_SOLSTICE_YEAR + 1;
        int[] month11 = new int[solsticeYears];
        for (int y = 0; y < solsticeYears; y++) {
            month11[y] = month11Lunation(FIRST_SOLSTICE_YEAR + y);
        }
        int count = month11[solsticeYears - 1] - month11[0];
        this.starts = new int[count + 1];
        this.years = new short[count];
        this.months = new byte[count];
        this.firstMonthIndex = new int[LAST_YEAR - FIRST_YEAR + 2];
        this.leapMonth = new byte[LAST_YEAR - FIRST_YEAR + 2];
        for (int i = 0; i <= count; i++) {
            starts[i] = (int) newMoonDay(month11[0] + i);
        }
        int index = 0;
        for (int y = 1; y < solsticeYears; y++) {
            int gregorianYear = FIRST_SOLSTICE_YEAR + y;
            int first = month11[y - 1];
            int length = month11[y] - first;
            int leapOffset = length == 13 ? leapOffset(first) : -1;
            int number = 11;
            int lunarYear = gregorianYear - 1;
            for (int offset = 0; offset < length; offset++, index++) {
                boolean leap = offset == leapOffset;
                if (offset > 0 && !leap) {
                    number = number == 12 ? 1 : number + 1;
                    if (number == 1) {
                        lunarYear = gregorianYear;
                        firstMonthIndex[lunarYear - FIRST_YEAR] = index;
                    }
                }
                if (leap && lunarYear >= FIRST_YEAR) {
                    leapMonth[lunarYear - FIRST_YEAR] = (byte) number;
                }
                years[index] = (short) lunarYear;
                months[index] = (byte) (leap ? -number : number);
            }
        }
    }

    /** The local epoch day of the k-th new moon. */
    long newMoonDay(int k) {
        return Astronomy.localEpochDay(Astronomy.newMoonJde(k), offsetHours);
    }

    /** The 30° sector (0 to 11) of the Sun's longitude at the local midnight starting an epoch day. */
    private int sector(long epochDay) {
        return (int) (Astronomy.sunLongitudeAtLocalMidnight(epochDay, offsetHours) / 30);
    }

    /** The lunation number of month 11, the month containing the winter solstice of a Gregorian year. */
    int month11Lunation(int gregorianYear) {
        long december31 = LocalDate.of(gregorianYear, 12, 31).toEpochDay();
        // lunation 0 is the new moon of 2000-01-06, epoch day 10962
        int k = (int) Math.floor((december31 - 10962) / Astronomy.SYNODIC_MONTH);
        while (newMoonDay(k + 1) <= december31) {
            k++;
        }
        while (newMoonDay(k) > december31) {
            k--;
        }
        // if the solstice (270°) was reached before that month began, it lies in the previous month
        return sector(newMoonDay(k)) >= 9 ? k - 1 : k;
    }

    /** The offset from month 11 of the first month without a major solar term, in a 13-month year. */
    private int leapOffset(int month11) {
        int previous = sector(newMoonDay(month11 + 1));
        for (int offset = 1; offset < 13; offset++) {
            int next = sector(newMoonDay(month11 + offset + 1));
            if (next == previous) {
                return offset;
            }
            previous = next;
        }
        throw new IllegalStateException("No month without a major solar term after lunation " + month11);
    }

    //-----------------------------------------------------------------------
    /** The first epoch day in the table. */
    int firstEpochDay() {
        return starts[0];
    }

    /** The last epoch day in the table. */
    int lastEpochDay() {
        return starts[starts.length - 1] - 1;
    }

    /** The index of the month containing an epoch day within the table. */
    int monthIndexOf(long epochDay) {
        int i = (int) ((epochDay - starts[0]) / Astronomy.SYNODIC_MONTH);
        if (i >= years.length) {
            i = years.length - 1;
        }
        while (starts[i] > epochDay) {
            i--;
        }
        while (starts[i + 1] <= epochDay) {
            i++;
        }
        return i;
    }

    int startOf(int monthIndex) {
        return starts[monthIndex];
    }

    int lengthOf(int monthIndex) {
        return starts[monthIndex + 1] - starts[monthIndex];
    }

    int yearOf(int monthIndex) {
        return years[monthIndex];
    }

    int monthOf(int monthIndex) {
        return Math.abs(months[monthIndex]);
    }

    boolean isLeap(int monthIndex) {
        return months[monthIndex] < 0;
    }

    /** The leap month of a lunar year in FIRST_YEAR..LAST_YEAR, 0 if none. */
    int leapMonthOf(int year) {
        return leapMonth[year - FIRST_YEAR];
    }

    /** The index of a month of a lunar year in FIRST_YEAR..LAST_YEAR; the month is assumed valid. */
    int indexOf(int year, int month, boolean leap) {
        int leapNumber = leapMonth[year - FIRST_YEAR];
        int index = firstMonthIndex[year - FIRST_YEAR] + month - 1;
        if (leapNumber != 0 && (month > leapNumber || (month == leapNumber && leap))) {
            index++;
        }
        return index;
    }

    /** The number of months in the table. */
    int monthCount() {
        return years.length;
    }
}
