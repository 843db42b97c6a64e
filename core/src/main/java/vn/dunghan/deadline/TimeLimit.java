package vn.dunghan.deadline;

import java.io.Serializable;
import java.util.Objects;

/**
 * A legal time limit of an administrative procedure: an amount and a unit, such as 15 working days.
 * Zero working days means "the same day" (e.g. certification of copies, Decree 23/2015/NĐ-CP,
 * Art. 7), usually with a cut-off hour.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TimeLimit implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The largest amount accepted in any unit: limits beyond it are data errors. */
    public static final int MAX_AMOUNT = 10_000;

    private final int amount;
    private final LimitUnit unit;

    private TimeLimit(int amount, LimitUnit unit) {
        this.unit = Objects.requireNonNull(unit, "unit");
        if (amount < 0 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("Time limit " + amount + " " + unit + " must be from 0 to " + MAX_AMOUNT);
        }
        if (amount == 0 && unit != LimitUnit.WORKING_DAYS) {
            throw new IllegalArgumentException("Time limit 0 " + unit
                    + " is invalid; only 0 WORKING_DAYS (the same day) may be zero");
        }
        this.amount = amount;
    }

    /**
     * Obtains a time limit.
     *
     * @param amount  the amount, from 0 (same day, working days only) to {@link #MAX_AMOUNT}
     * @param unit  the unit, not null
     * @return the limit, not null
     * @throws IllegalArgumentException if the amount is negative, absurd, or zero in another unit
     */
    public static TimeLimit of(int amount, LimitUnit unit) {
        return new TimeLimit(amount, unit);
    }

    /**
     * Obtains a time limit from its amount and unit name, such as {@code 15 WORKING_DAYS}.
     *
     * @param text  the amount and the unit, separated by white space, not null
     * @return the limit, not null
     * @throws IllegalArgumentException if the text is not an amount and a unit, or the limit is invalid
     */
    public static TimeLimit parse(CharSequence text) {
        String[] parts = java.util.Objects.requireNonNull(text, "text").toString().trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Time limit '" + text + "' is not an amount and a unit, such as"
                    + " \"15 WORKING_DAYS\".");
        }
        LimitUnit unit;
        try {
            unit = LimitUnit.valueOf(parts[1]);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException("Unit '" + parts[1] + "' is not one of "
                    + java.util.Arrays.toString(LimitUnit.values()) + ".", ex);
        }
        try {
            return of(Integer.parseInt(parts[0]), unit);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("Time limit '" + text + "' takes a whole amount, such as"
                    + " \"15 WORKING_DAYS\".", ex);
        }
    }

    /**
     * Obtains a limit in working days.
     *
     * @param amount  the number of working days, 0 for the same day
     * @return the limit, not null
     */
    public static TimeLimit ofWorkingDays(int amount) {
        return new TimeLimit(amount, LimitUnit.WORKING_DAYS);
    }

    /**
     * Gets the amount.
     *
     * @return the amount
     */
    public int getAmount() {
        return amount;
    }

    /**
     * Gets the unit.
     *
     * @return the unit, not null
     */
    public LimitUnit getUnit() {
        return unit;
    }

    private Object readResolve() {
        return new TimeLimit(amount, unit);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof TimeLimit other && amount == other.amount && unit == other.unit;
    }

    @Override
    public int hashCode() {
        return amount * 31 + unit.hashCode();
    }

    /**
     * Outputs the limit in words, such as {@code 15 working days}, {@code the same day} or {@code 8 hours}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        if (amount == 0) {
            return "the same working day";
        }
        String word;
        switch (unit) {
            case WORKING_DAYS:
                word = "working day";
                break;
            case DAYS:
                word = "day";
                break;
            case WORKING_HOURS:
                word = "working hour";
                break;
            case HOURS:
                word = "hour";
                break;
            default:
                word = "month";
                break;
        }
        return amount + " " + word + (amount == 1 ? "" : "s");
    }
}
