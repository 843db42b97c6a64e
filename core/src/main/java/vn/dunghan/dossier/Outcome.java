package vn.dunghan.dossier;

/**
 * The outcome of a dossier judged against its legal deadline.
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum Outcome {
    /** Finished on a day before the legal due date. */
    EARLY,
    /** Finished on the legal due date, by its end. */
    ON_TIME,
    /** Finished after the legal deadline. */
    LATE,
    /** Open, within the limit, and not due soon. */
    IN_PROGRESS,
    /** Open, within the policy's due-soon threshold of the legal due date. */
    DUE_SOON,
    /** Open after the legal deadline. */
    OVERDUE,
    /** Open, with the clock stopped by a compliant supplement request still unanswered. */
    PAUSED,
    /** Closed without a result: refused, withdrawn or stopped. */
    CLOSED;

    /**
     * Checks if the dossier has a result.
     *
     * @return true for EARLY, ON_TIME and LATE
     */
    public boolean isFinished() {
        return this == EARLY || this == ON_TIME || this == LATE;
    }

    /**
     * Checks if the dossier is still open.
     *
     * @return true for IN_PROGRESS, DUE_SOON, OVERDUE and PAUSED
     */
    public boolean isOpen() {
        return this == IN_PROGRESS || this == DUE_SOON || this == OVERDUE || this == PAUSED;
    }
}
