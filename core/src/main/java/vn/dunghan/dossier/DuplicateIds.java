package vn.dunghan.dossier;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Remembers the dossier codes of a bulk run, to find a code used by more than one record: an export
 * that lists a dossier twice would otherwise count it twice. The first record with a code keeps it;
 * every later record with the same code is a duplicate. Codes are compared exactly.
 * <p>
 * Memory grows with the number of distinct codes, about 60 bytes per code of 30 ASCII characters
 * (the code's UTF-8 bytes plus an open-addressing table), so 1,000,000 records need about 60 MB.
 * <p>
 * This class is mutable and not thread-safe: a bulk run uses it on the thread that receives the
 * records in input order, which makes the outcome independent of the number of threads.
 */
public final class DuplicateIds {

    /** Per slot, 1 + the index of the code it holds, or 0 when empty. */
    private int[] slots = new int[1 << 12];
    /** Per code, its hash, the record that first used it, and where its bytes start in the arena. */
    private int[] hashes = new int[1 << 11];
    private long[] records = new long[1 << 11];
    private long[] starts = new long[(1 << 11) + 1];
    private byte[][] arena = {new byte[1 << 16]};
    private long arenaSize;
    private int size;

    private DuplicateIds() {
    }

    /**
     * Obtains an empty set of codes.
     *
     * @return a new instance, not null
     */
    public static DuplicateIds create() {
        return new DuplicateIds();
    }

    /**
     * Finds the earlier record that used a code, remembering the code for this record if none did.
     *
     * @param id  the dossier code, not null
     * @param record  the number of the record that uses it
     * @return the number of the first record that used the code, or -1 if this record is the first
     */
    public long firstRecordOf(String id, long record) {
        Objects.requireNonNull(id, "id");
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        int hash = Arrays.hashCode(bytes);
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (entry < 0) {
                slots[slot] = add(bytes, hash, record) + 1;
                if (size * 2 > slots.length) {
                    rehash();
                }
                return -1;
            }
            if (hashes[entry] == hash && equalsEntry(entry, bytes)) {
                return records[entry];
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

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    private int add(byte[] bytes, int hash, long record) {
        if (size == hashes.length) {
            hashes = Arrays.copyOf(hashes, size * 2);
            records = Arrays.copyOf(records, size * 2);
            starts = Arrays.copyOf(starts, size * 2 + 1);
        }
        // copied in at most as many pieces as the chunks of 64 KiB it spans
        for (int copied = 0; copied < bytes.length; ) {
            int chunk = (int) (arenaSize >>> 16);
            if (chunk == arena.length) {
                arena = Arrays.copyOf(arena, chunk * 2);
            }
            if (arena[chunk] == null) {
                arena[chunk] = new byte[1 << 16];
            }
            int offset = (int) (arenaSize & 0xFFFF);
            int piece = Math.min(bytes.length - copied, (1 << 16) - offset);
            System.arraycopy(bytes, copied, arena[chunk], offset, piece);
            copied += piece;
            arenaSize += piece;
        }
        hashes[size] = hash;
        records[size] = record;
        starts[size + 1] = arenaSize;
        return size++;
    }

    private boolean equalsEntry(int entry, byte[] bytes) {
        long start = starts[entry];
        if (starts[entry + 1] - start != bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            long at = start + i;
            if (arena[(int) (at >>> 16)][(int) (at & 0xFFFF)] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        int[] grown = new int[slots.length * 2];
        int mask = grown.length - 1;
        for (int entry = 0; entry < size; entry++) {
            int slot = mix(hashes[entry]) & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = entry + 1;
        }
        slots = grown;
    }
}
