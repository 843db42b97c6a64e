package vn.dunghan.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** DuplicateIds against a HashMap, on seeded random codes with many repeats and colliding hashes. */
class DuplicateIdsTest {

    @Test
    void agreesWithAHashMapOnRandomCodes() {
        long seed = 20261126L;
        SplittableRandom random = new SplittableRandom(seed);
        DuplicateIds ids = DuplicateIds.create();
        Map<String, Long> oracle = new HashMap<>();
        for (long record = 1; record <= 300_000; record++) {
            // short codes repeat often; some are non-ASCII; lengths vary so codes straddle arena chunks
            int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 200 : 6);
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < length; i++) {
                code.append(random.nextInt(20) == 0 ? 'ệ' : (char) ('A' + random.nextInt(4)));
            }
            String id = code.toString();
            Long first = oracle.putIfAbsent(id, record);
            assertEquals(first == null ? -1 : first, ids.firstRecordOf(id, record), "seed " + seed + ", record " + record);
        }
        assertEquals(oracle.size(), ids.size());
    }

    @Test
    void codesWithEqualHashesAreStillDifferent() {
        // "Aa" and "BB" have equal String hash codes, and so have their UTF-8 bytes' Arrays.hashCode
        DuplicateIds ids = DuplicateIds.create();
        assertEquals(-1, ids.firstRecordOf("Aa", 1));
        assertEquals(-1, ids.firstRecordOf("BB", 2));
        assertEquals(1, ids.firstRecordOf("Aa", 3));
        assertEquals(2, ids.firstRecordOf("BB", 4));
        assertEquals(-1, ids.firstRecordOf("", 5));
        assertEquals(5, ids.firstRecordOf("", 6));
    }

    @Test
    void codesChosenToCollideCostWhatRandomCodesCost() {
        // 2^17 codes with one String.hashCode (each 17 pairs of "Aa"/"BB") and as many random ones:
        // both finish, and a table lookup probes about as many slots for either
        DuplicateIds colliding = DuplicateIds.create();
        DuplicateIds random = DuplicateIds.create();
        SplittableRandom rng = new SplittableRandom(766);
        int n = 1 << 17;
        for (int i = 0; i < n; i++) {
            StringBuilder code = new StringBuilder();
            for (int bit = 0; bit < 17; bit++) {
                code.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
            }
            assertEquals(-1, colliding.firstRecordOf(code.toString(), i + 1));
            assertEquals(-1, random.firstRecordOf(Long.toHexString(rng.nextLong()), i + 1));
        }
        assertEquals(n, colliding.size());
        assertEquals(n, random.size());
        assertEquals(1, colliding.firstRecordOf("Aa".repeat(17), n + 1));
    }

    @Test
    void homeSlotsCoverTablesOfAnySizeAndRecordNumbersAreChecked() {
        // a table past 2^24 slots: fingerprints must reach its upper half, or probe runs grow without bound
        int mask = (1 << 26) - 1;
        assertEquals(mask, DuplicateIds.home(0xFFFF_FFFF_FFFF_FFFFL, mask));
        assertEquals(0x300_0000, DuplicateIds.home(0x7000_0000_0300_0000L, mask));
        DuplicateIds ids = DuplicateIds.create();
        assertEquals("Record 0 must be from 1 to 4294967295", org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> ids.firstRecordOf("A", 0)).getMessage());
        assertEquals(-1, ids.firstRecordOf("A", 4_294_967_295L));
        assertEquals(4_294_967_295L, ids.firstRecordOf("A", 1));
    }

    @Test
    void twoInstancesUseDifferentKeys() {
        // the same codes land in different orders in two tables: the key is not fixed
        byte[] bytes = "000.00.12.H29-260302-0001".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(SipHash.hash(1, 2, bytes), SipHash.hash(1, 2, bytes));
        assertTrue(SipHash.hash(1, 2, bytes) != SipHash.hash(1, 3, bytes));
        assertTrue(SipHash.hash(1, 2, bytes) != SipHash.hash(1, 2, java.util.Arrays.copyOf(bytes, bytes.length - 1)));
    }

    /** The reference vector of SipHash-2-4: key 00..0f, message 00..0e (15 bytes). */
    @Test
    void sipHashMatchesTheReferenceVector() {
        long k0 = 0x0706050403020100L;
        long k1 = 0x0f0e0d0c0b0a0908L;
        byte[] message = new byte[15];
        for (int i = 0; i < message.length; i++) {
            message[i] = (byte) i;
        }
        assertEquals(0xa129ca6149be45e5L, SipHash.hash(k0, k1, message));
        assertEquals(0x726fdb47dd0e0e31L, SipHash.hash(k0, k1, new byte[0]));
    }
}
