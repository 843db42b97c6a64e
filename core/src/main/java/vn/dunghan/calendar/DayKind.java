package vn.dunghan.calendar;

/**
 * The kind of a day that is not worked, or of a weekly rest day that is worked.
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum DayKind {
    /** A weekly rest day of the calendar's weekend. */
    WEEKLY_REST("weekly rest day"),
    /** A public holiday fixed by statute, such as 30 April. */
    HOLIDAY("holiday"),
    /** A compensatory day off for a holiday that fell on a weekly rest day. */
    COMPENSATORY("compensatory day"),
    /** A weekday given off in exchange for a make-up working day on a weekend. */
    SWAPPED("swapped day off"),
    /** A weekday given off to bridge a holiday and a weekend, without a make-up day. */
    BRIDGE("bridge day off"),
    /** A weekend day declared a working day (a make-up day). */
    MAKE_UP("make-up working day"),
    /** Any other day off, for example a local closure. */
    OTHER("day off");

    private final String description;

    DayKind(String description) {
        this.description = description;
    }

    /**
     * Gets a short English description, such as {@code compensatory day}.
     *
     * @return the description, not null
     */
    public String getDescription() {
        return description;
    }
}
