package vn.dunghan.bulk;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;

/**
 * Applies a function to a stream of records, one batch at a time, on one or more threads, and
 * delivers the results in input order: memory stays constant (two batches in flight: one being
 * handled by the workers while the calling thread delivers the previous one and reads the next;
 * a batch holds at most {@link #DEFAULT_BATCH_BYTES} of records whose size is given, such as
 * NDJSON lines, so that long lines do not multiply the memory by the batch's count),
 * and because each record is handled on its own the results are identical to a sequential run
 * whatever the number of threads. Evaluating dossiers ({@link vn.dunghan.dossier.Evaluator#evaluate}) is such a function.
 * <p>
 * This class is immutable and thread-safe; each call to {@link #map} uses its own threads, which
 * it stops before returning.
 */
public final class BulkEvaluation {

    /** The default number of records per batch. */
    public static final int DEFAULT_BATCH = 4096;
    /** The default most bytes of input per batch, for records whose size is known. */
    public static final long DEFAULT_BATCH_BYTES = 16L << 20;

    private final int threads;
    private final int batch;

    private BulkEvaluation(int threads, int batch) {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("Threads " + threads + " must be from 1 to 256");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("Batch " + batch + " must be at least 1");
        }
        this.threads = threads;
        this.batch = batch;
    }

    /**
     * Obtains a sequential run on the calling thread.
     *
     * @return the bulk run, not null
     */
    public static BulkEvaluation sequential() {
        return new BulkEvaluation(1, DEFAULT_BATCH);
    }

    /**
     * Obtains a parallel run.
     *
     * @param threads  the number of threads, from 1 to 256
     * @return the bulk run, not null
     * @throws IllegalArgumentException if the number is out of range
     */
    public static BulkEvaluation parallel(int threads) {
        return new BulkEvaluation(threads, DEFAULT_BATCH);
    }

    /**
     * Returns a copy with another batch size.
     *
     * @param size  the records per batch, at least 1
     * @return the bulk run, not null
     */
    public BulkEvaluation withBatch(int size) {
        return new BulkEvaluation(threads, size);
    }

    /**
     * Applies a function to every record and passes the results, in input order, to a sink.
     *
     * @param <I>  the record type
     * @param <O>  the result type
     * @param records  the records, read on the calling thread, not null
     * @param function  the function, pure and thread-safe, not null; its results may be null
     * @param sink  receives the results in input order, on the calling thread, not null
     * @param progress  receives the number of records done after each batch, not null
     * @return the number of records
     * @throws RuntimeException whatever the function throws, for the first failing record
     */
    public <I, O> long map(Iterator<? extends I> records, Function<? super I, ? extends O> function,
            Consumer<? super O> sink, LongConsumer progress) {
        return map(records, record -> 0, function, sink, progress);
    }

    /**
     * Applies a function to every record and passes the results, in input order, to a sink, with
     * batches bounded by the records' sizes as well as by their count.
     *
     * @param <I>  the record type
     * @param <O>  the result type
     * @param records  the records, read on the calling thread, not null
     * @param size  the bytes a record holds in memory, not null
     * @param function  the function, pure and thread-safe, not null; its results may be null
     * @param sink  receives the results in input order, on the calling thread, not null
     * @param progress  receives the number of records done after each batch, not null
     * @return the number of records
     * @throws RuntimeException whatever the function throws, for the first failing record
     */
    public <I, O> long map(Iterator<? extends I> records, ToLongFunction<? super I> size,
            Function<? super I, ? extends O> function, Consumer<? super O> sink, LongConsumer progress) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        if (threads == 1) {
            long done = 0;
            while (records.hasNext()) {
                sink.accept(function.apply(records.next()));
                if (++done % batch == 0) {
                    progress.accept(done);
                }
            }
            if (done % batch != 0) {
                progress.accept(done);
            }
            return done;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "dunghan-bulk");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // while the workers handle one batch, this thread delivers the previous one and reads the next
            long done = 0;
            List<Future<List<O>>> previous = null;
            List<I> chunk = read(records, size);
            while (!chunk.isEmpty() || previous != null) {
                List<Future<List<O>>> current = chunk.isEmpty() ? null : submit(pool, chunk, function);
                if (previous != null) {
                    done += deliver(previous, sink);
                    progress.accept(done);
                }
                previous = current;
                chunk = current == null ? List.of() : read(records, size);
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads the next batch: at most {@link #batch} records, and at most about {@link #DEFAULT_BATCH_BYTES} of input. */
    private <I> List<I> read(Iterator<? extends I> records, ToLongFunction<? super I> size) {
        List<I> chunk = new ArrayList<>(Math.min(batch, 1024));
        long bytes = 0;
        while (chunk.size() < batch && bytes < DEFAULT_BATCH_BYTES && records.hasNext()) {
            I record = records.next();
            chunk.add(record);
            bytes += size.applyAsLong(record);
        }
        return chunk;
    }

    private <I, O> List<Future<List<O>>> submit(ExecutorService pool, List<I> chunk,
            Function<? super I, ? extends O> function) {
        int parts = Math.min(threads, chunk.size());
        List<Future<List<O>>> futures = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            List<I> slice = chunk.subList((int) ((long) chunk.size() * p / parts), (int) ((long) chunk.size() * (p + 1) / parts));
            futures.add(pool.submit(() -> {
                List<O> out = new ArrayList<>(slice.size());
                for (I record : slice) {
                    out.add(function.apply(record));
                }
                return out;
            }));
        }
        return futures;
    }

    private static <O> int deliver(List<Future<List<O>>> futures, Consumer<? super O> sink) {
        int count = 0;
        for (Future<List<O>> future : futures) {
            List<O> results;
            try {
                results = future.get();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Bulk evaluation was interrupted", ex);
            } catch (ExecutionException ex) {
                Throwable cause = ex.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
            for (O result : results) {
                sink.accept(result);
            }
            count += results.size();
        }
        return count;
    }

    /**
     * Gets the number of threads.
     *
     * @return the threads
     */
    public int getThreads() {
        return threads;
    }
}
