package vn.dunghan.holidays.lunar;

import java.io.Serializable;
import java.util.Objects;

/**
 * A name of the sexagenary cycle (can chi): a heavenly stem and an earthly branch, such as
 * Bính Ngọ, the name of lunar year 2026.
 * <p>
 * Years: stem {@code (year + 6) mod 10}, branch {@code (year + 8) mod 12}. Months: month 1 has
 * branch Dần and month 11 branch Tý; the stem of month 1 is Bính in Giáp and Kỷ years, Mậu in
 * Ất and Canh years, and so on; a leap month carries the name of the month whose number it
 * takes. Days: the cycle continues without a break, with 2000-01-01 a Mậu Ngọ day.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param stem  the heavenly stem, not null
 * @param branch  the earthly branch, not null
 */
public record CanChi(Stem stem, Branch branch) implements Serializable {

    private static final Stem[] STEMS = Stem.values();
    private static final Branch[] BRANCHES = Branch.values();

    /**
     * Creates a name, checking that the stem and branch are both yang or both yin.
     *
     * @param stem  the heavenly stem, not null
     * @param branch  the earthly branch, not null
     * @throws IllegalArgumentException if the pair is not in the cycle, such as Giáp Sửu
     */
    public CanChi {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(branch, "branch");
        if (stem.ordinal() % 2 != branch.ordinal() % 2) {
            throw new IllegalArgumentException(stem.getVietnameseName() + " " + branch.getVietnameseName()
                    + " is not in the sexagenary cycle: a stem and a branch must be both yang or both yin");
        }
    }

    /**
     * Obtains the name of a lunar year.
     *
     * @param lunarYear  the lunar year, numbered by the Gregorian year of its Tết
     * @return the name, not null
     */
    public static CanChi ofYear(int lunarYear) {
        return new CanChi(STEMS[Math.floorMod(lunarYear + 6, 10)], BRANCHES[Math.floorMod(lunarYear + 8, 12)]);
    }

    /**
     * Obtains the name of a month of a lunar year.
     *
     * @param lunarYear  the lunar year
     * @param month  the month number, from 1 to 12
     * @return the name, not null
     */
    public static CanChi ofMonth(int lunarYear, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Month " + month + " must be from 1 to 12");
        }
        int yearStem = Math.floorMod(lunarYear + 6, 10);
        int stem = (yearStem * 2 + 2 + month - 1) % 10;
        return new CanChi(STEMS[stem], BRANCHES[(month + 1) % 12]);
    }

    /**
     * Obtains the name of a day, given as an epoch day.
     *
     * @param epochDay  the day, counted from 1970-01-01
     * @return the name, not null
     */
    public static CanChi ofEpochDay(long epochDay) {
        // Julian Day Number = epoch day + 2440588; stem (JDN + 9) mod 10, branch (JDN + 1) mod 12
        long jdn = epochDay + 2440588;
        return new CanChi(STEMS[(int) Math.floorMod(jdn + 9, 10L)], BRANCHES[(int) Math.floorMod(jdn + 1, 12L)]);
    }

    /**
     * Gets the Vietnamese name, such as {@code Bính Ngọ}.
     *
     * @return the name, not null
     */
    public String getVietnameseName() {
        return stem.getVietnameseName() + " " + branch.getVietnameseName();
    }

    /**
     * Gets an English description, such as {@code Bính Ngọ (Fire Horse)}.
     *
     * @return the description, not null
     */
    public String getEnglishName() {
        return getVietnameseName() + " (" + stem.getElement() + " " + branch.getAnimal() + ")";
    }

    /**
     * Outputs the Vietnamese name.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return getVietnameseName();
    }
}
