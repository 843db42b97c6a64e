package vn.dunghan.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Ordered parallel mapping: same results in the same order on any number of threads. */
class BulkEvaluationTest {

    @Test
    void resultsComeInInputOrderOnAnyNumberOfThreads() {
        List<Integer> input = IntStream.range(0, 10_007).boxed().toList();
        List<Long> expected = input.stream().map(i -> (long) i * i).toList();
        for (int threads : new int[] {1, 2, 4, 7}) {
            for (int batch : new int[] {1, 100, 4096}) {
                List<Long> out = new ArrayList<>();
                List<Long> progress = new ArrayList<>();
                long n = BulkEvaluation.parallel(threads).withBatch(batch)
                        .map(input.iterator(), (Integer i) -> (long) i * i, out::add, progress::add);
                assertEquals(10_007, n);
                assertEquals(expected, out, threads + " threads, batch " + batch);
                assertEquals(10_007L, progress.get(progress.size() - 1));
                assertEquals((10_007 + batch - 1) / batch, progress.size());
            }
        }
    }

    @Test
    void theFirstFailureIsRethrown() {
        IllegalStateException ex = assertThrows(IllegalStateException.class, () -> BulkEvaluation.parallel(3).withBatch(10)
                .map(IntStream.range(0, 100).boxed().iterator(), (Integer i) -> {
                    if (i == 42) {
                        throw new IllegalStateException("record " + i);
                    }
                    return i;
                }, i -> { }, n -> { }));
        assertEquals("record 42", ex.getMessage());
        assertEquals("Threads 0 must be from 1 to 256",
                assertThrows(IllegalArgumentException.class, () -> BulkEvaluation.parallel(0)).getMessage());
        assertEquals("Batch 0 must be at least 1",
                assertThrows(IllegalArgumentException.class, () -> BulkEvaluation.sequential().withBatch(0)).getMessage());
    }

    /** A record of a given size in bytes. */
    private record Big(int index, long size) {
    }

    @Test
    void batchesAreBoundedByBytesAsWellAsByCount() {
        // records of 6 MiB: a batch holds three (18 MiB, the first past 16 MiB), not 4,096
        java.util.List<Big> records = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(new Big(i, 6L << 20));
        }
        java.util.List<Long> progress = new java.util.ArrayList<>();
        java.util.List<Integer> seen = new java.util.ArrayList<>();
        BulkEvaluation.parallel(2).map(records.iterator(), Big::size, Big::index, seen::add, progress::add);
        assertEquals(java.util.List.of(3L, 6L, 9L, 10L), progress);
        assertEquals(java.util.List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
    }
}
