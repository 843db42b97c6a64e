package vn.dunghan.dossier;

/**
 * The day from which the window for requesting a supplement is counted.
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum WindowStart {
    /**
     * The acceptance date: "không quá 03 ngày làm việc kể từ ngày tiếp nhận" (Decree 61/2018/NĐ-CP,
     * Art. 19(4), as amended by Decree 107/2021/NĐ-CP; see {@code docs/counting.md}), also when the
     * legal clock starts later, at the competent body's receipt.
     */
    ACCEPTANCE,
    /** The legal start: the competent body's receipt where the clock starts there, else the acceptance. */
    LEGAL_START
}
