package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
