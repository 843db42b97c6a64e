package vn.dunghan.dossier;

/**
 * What a compliant supplementation cycle does to the legal clock.
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum SupplementMode {
    /**
     * The time limit restarts from zero when the complete dossier arrives (Decree 61/2018/NĐ-CP,
     * Art. 19(4), as amended by Decree 107/2021/NĐ-CP).
     */
    RESTART,
    /** The clock stops between the request and the receipt, as several sector laws provide. */
    PAUSE
}
