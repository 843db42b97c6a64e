package vn.dunghan.analytics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Two counters per day (dossiers accepted, results returned) for one agency, kept in blocks of 64
 * consecutive days: a bulk run touches the same few blocks again and again, so adding a count is
 * an array increment, with a hash lookup only when the block changes. Not thread-safe.
 */
final class DayCounts {

    private static final int SHIFT = 6;
    private static final int MASK = (1 << SHIFT) - 1;
    /** The counters of a day: accepted, returned, completed. */
    static final int COUNTERS = 3;

    private final Map<Long, int[]> blocks = new HashMap<>();
    private long lastKey = Long.MIN_VALUE;
    private int[] lastBlock;

    /**
     * Adds one to a counter.
     *
     * @param date  the day, not null
     * @param counter  0 for accepted, 1 for returned, 2 for completed
     */
    void increment(LocalDate date, int counter) {
        long day = date.toEpochDay();
        long key = day >> SHIFT;
        if (key != lastKey) {
            lastBlock = blocks.computeIfAbsent(key, k -> new int[COUNTERS << SHIFT]);
            lastKey = key;
        }
        lastBlock[((int) day & MASK) * COUNTERS + counter]++;
    }

    /**
     * Passes every day with a count to the action, as a new array of its {@value #COUNTERS} counters.
     *
     * @param action  receives the day and its counters
     */
    void forEach(BiConsumer<LocalDate, int[]> action) {
        blocks.forEach((key, block) -> {
            for (int i = 0; i <= MASK; i++) {
                int from = i * COUNTERS;
                if (block[from] != 0 || block[from + 1] != 0 || block[from + 2] != 0) {
                    action.accept(LocalDate.ofEpochDay((key << SHIFT) + i),
                            java.util.Arrays.copyOfRange(block, from, from + COUNTERS));
                }
            }
        });
    }
}
