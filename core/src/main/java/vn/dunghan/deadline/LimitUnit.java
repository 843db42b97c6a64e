package vn.dunghan.deadline;

/**
 * The unit of an administrative time limit, as recorded by the national data model (field
 * {@code DonViTinh}: hours, days, working days or months).
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum LimitUnit {
    /** Working days of the calendar; zero means the same day ("trong ngày"). */
    WORKING_DAYS,
    /** Calendar days; a last day that is not a working day moves to the next working day. */
    DAYS,
    /** Working hours within the calendar's office hours. */
    WORKING_HOURS,
    /** Elapsed hours, from the stated moment (Civil Code 2015, Art. 147(1)). */
    HOURS,
    /** Months, ending on the matching day of the last month or its last day (Civil Code 2015, Art. 148(1)(c)). */
    MONTHS;

    /**
     * Checks if limits in this unit end at the end of a day (24:00), rather than at a moment.
     *
     * @return true for working days, days and months
     */
    public boolean isDayBased() {
        return this == WORKING_DAYS || this == DAYS || this == MONTHS;
    }
}
