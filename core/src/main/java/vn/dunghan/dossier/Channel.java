package vn.dunghan.dossier;

/**
 * How a dossier reached the one-stop unit (Decree 61/2018/NĐ-CP, Art. 16).
 * <p>
 * This is an immutable, thread-safe enum.
 */
public enum Channel {
    /** At the one-stop counter. */
    COUNTER,
    /** Online, through a public service portal. */
    ONLINE,
    /** By public postal service or a hired courier. */
    POSTAL
}
