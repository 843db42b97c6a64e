package vn.dunghan.bulk;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Objects;

/**
 * Remembers the dossier codes of a bulk run, to find a code used by more than one record: an export
 * that lists a dossier twice would otherwise count it twice. The first record with a code keeps it;
 * every later record with the same code is a duplicate.
 * <p>
 * A code is kept as a 96-bit fingerprint of its UTF-8 bytes, made with SipHash-2-4 under a key
 * drawn at random for each instance, in an open-addressing table of primitive arrays. Codes that
 * were chosen to collide (equal {@code String.hashCode}, or any fixed hash) therefore cost what
 * random codes cost, since their fingerprints cannot be predicted without the key. Two different
 * codes could share a fingerprint only by chance: fewer than one run in a billion of a billion
 * codes would see it. A slot takes 16 bytes and the table is at most three quarters full, so a
 * distinct code takes 21 to 43 bytes (about 30 on average), whatever its length.
 * <p>
 * This class is mutable and not thread-safe: a bulk run uses it on the thread that receives the
 * records in input order, which makes the outcome independent of the number of threads.
 */
public final class DuplicateIds {

    private static final SecureRandom KEYS = new SecureRandom();

    private final long k0;
    private final long k1;
    /** Per slot, the first 64 bits of the fingerprint; 0 with {@link #low} 0 marks an empty slot. */
    private long[] high = new long[1 << 12];
    /** Per slot, the last 32 bits of the fingerprint. */
    private int[] low = new int[1 << 12];
    /** Per slot, the number of the first record with the code, as an unsigned int. */
    private int[] records = new int[1 << 12];
    private int size;

    private DuplicateIds(long k0, long k1) {
        this.k0 = k0;
        this.k1 = k1;
    }

    /**
     * Obtains an empty set of codes, with a fresh random key.
     *
     * @return a new instance, not null
     */
    public static DuplicateIds create() {
        return new DuplicateIds(KEYS.nextLong(), KEYS.nextLong());
    }

    /**
     * Finds the earlier record that used a code, remembering the code for this record if none did.
     *
     * @param id  the dossier code, not null
     * @param record  the number of the record that uses it, from 1 to 4,294,967,295
     * @return the number of the first record that used the code, or -1 if this record is the first
     * @throws IllegalArgumentException if the record number is out of range
     */
    public long firstRecordOf(String id, long record) {
        Objects.requireNonNull(id, "id");
        if (record < 1 || record > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("Record " + record + " must be from 1 to 4294967295");
        }
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        long h = SipHash.hash(k0, k1, bytes);
        long hi = h;
        int lo = (int) SipHash.hash(k1, k0, bytes);
        if (hi == 0 && lo == 0) {
            lo = 1;
        }
        int mask = high.length - 1;
        for (int slot = home(hi, mask); ; slot = (slot + 1) & mask) {
            if (high[slot] == 0 && low[slot] == 0) {
                high[slot] = hi;
                low[slot] = lo;
                records[slot] = (int) record;
                if (++size * 4 > high.length * 3) {
                    grow();
                }
                return -1;
            }
            if (high[slot] == hi && low[slot] == lo) {
                return Integer.toUnsignedLong(records[slot]);
            }
        }
    }

    /**
     * Gets the number of distinct codes seen.
     *
     * @return the number of codes
     */
    public int size() {
        return size;
    }

    /** The home slot of a fingerprint: its low bits, so that every slot of a table of any size is a home. */
    static int home(long hi, int mask) {
        return (int) hi & mask;
    }

    private void grow() {
        long[] oldHigh = high;
        int[] oldLow = low;
        int[] oldRecords = records;
        high = new long[oldHigh.length * 2];
        low = new int[oldHigh.length * 2];
        records = new int[oldHigh.length * 2];
        int mask = high.length - 1;
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldHigh[i] != 0 || oldLow[i] != 0) {
                int slot = home(oldHigh[i], mask);
                while (high[slot] != 0 || low[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                records[slot] = oldRecords[i];
            }
        }
    }
}
