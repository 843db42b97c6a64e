package vn.dunghan.dossier;

/**
 * The events of a dossier's timeline after acceptance.
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum EventType {
    /** The agency asked the applicant to supplement the dossier (Decree 61/2018, Art. 19(4)). */
    SUPPLEMENT_REQUESTED,
    /** The complete supplement arrived; it may carry a re-issued appointment. */
    SUPPLEMENT_RECEIVED,
    /** The appointment was moved to a new date, with or without an apology (Art. 19(9)). */
    EXTENDED,
    /** One step of the processing, by one unit, with its time allocation (Art. 19(6)). */
    STEP,
    /** The applicant was told in advance that the result would be returned early (Art. 20(4)). */
    EARLY_NOTICE,
    /** The result was signed. */
    RESULT_SIGNED,
    /** Processing was recorded as completed (status 9, "Đã xử lý xong"). */
    COMPLETED,
    /** The result was recorded as returned (status 10, "Đã trả kết quả"). */
    RETURNED,
    /** The result was handed over, as evidenced by the applicant's signature or a delivery receipt. */
    HANDED_OVER,
    /** The dossier was refused after appraisal (Art. 19(8)). */
    REFUSED,
    /** The applicant withdrew the dossier (status 7). */
    WITHDRAWN,
    /** Processing was stopped (status 8). */
    STOPPED;

    /**
     * Checks if this event closes a dossier without a result: refused, withdrawn or stopped.
     *
     * @return true for a closing event
     */
    public boolean isClosing() {
        return this == REFUSED || this == WITHDRAWN || this == STOPPED;
    }
}
