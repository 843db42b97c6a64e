package vn.dunghan.holidays;

/**
 * How well a scheduled day is supported by evidence, as graded in dunghan's domain notes
 * ({@code docs/README.md} §3).
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum Grade {
    /** The text of the official document itself, or a verbatim reproduction, was read. */
    V1("official text read"),
    /** A news report or government portal states the dates explicitly. */
    V2("news or government portal stating the dates"),
    /** Secondary sources only: third-party repositories, aggregators. */
    S("secondary sources only"),
    /** Derived from the statute; no announcement read and no swap known. */
    D("derived from the statute"),
    /** Unsure: conflicting sources or nothing found. */
    U("unsure");

    private final String description;

    Grade(String description) {
        this.description = description;
    }

    /**
     * Gets a short description of the grade.
     *
     * @return the description, not null
     */
    public String getDescription() {
        return description;
    }
}
