package vn.dunghan.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The block counters agree with a plain map of days, across block edges and before 1970. */
class DayCountsTest {

    @Test
    void countsAgreeWithAMapOfDays() {
        long seed = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 50; round++) {
            DayCounts counts = new DayCounts();
            TreeMap<LocalDate, int[]> expected = new TreeMap<>();
            LocalDate centre = LocalDate.of(1900 + random.nextInt(300), 1, 1);
            int spread = 1 + random.nextInt(2000);
            for (int i = 0; i < 2000; i++) {
                LocalDate date = centre.plusDays(random.nextInt(-spread, spread + 1));
                int counter = random.nextInt(DayCounts.COUNTERS);
                counts.increment(date, counter);
                expected.computeIfAbsent(date, d -> new int[DayCounts.COUNTERS])[counter]++;
            }
            TreeMap<LocalDate, int[]> actual = new TreeMap<>();
            counts.forEach(actual::put);
            assertEquals(expected.keySet(), actual.keySet(), "seed " + seed);
            expected.forEach((date, pair) -> assertArrayEquals(pair, actual.get(date), "seed " + seed + ", " + date));
        }
    }

    @Test
    void farDatesKeepTheirOwnBlocks() {
        DayCounts counts = new DayCounts();
        counts.increment(LocalDate.MIN, 0);
        counts.increment(LocalDate.MAX, 1);
        counts.increment(LocalDate.MAX, 2);
        counts.increment(LocalDate.of(1969, 12, 31), 0);
        counts.increment(LocalDate.of(1970, 1, 1), 0);
        TreeMap<LocalDate, int[]> actual = new TreeMap<>();
        counts.forEach(actual::put);
        assertEquals(4, actual.size());
        assertArrayEquals(new int[] {1, 0, 0}, actual.get(LocalDate.MIN));
        assertArrayEquals(new int[] {0, 1, 1}, actual.get(LocalDate.MAX));
        assertArrayEquals(new int[] {1, 0, 0}, actual.get(LocalDate.of(1969, 12, 31)));
    }
}
