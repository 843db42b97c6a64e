package vn.dunghan.dossier;

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

/**
 * Applies a function to a stream of records, one batch at a time, on one or more threads, and
 * delivers the results in input order: memory stays constant (one batch in flight), and because
 * each record is handled on its own the results are identical to a sequential run whatever the
 * number of threads. Evaluating dossiers ({@link Evaluator#evaluate}) is such a function.
 * <p>
 * This class is immutable and thread-safe; each call to {@link #map} uses its own threads, which
 * it stops before returning.
 */
public final class BulkEvaluation {

    /** The default number of records per batch. */
    public static final int DEFAULT_BATCH = 4096;

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
     * @param function  the function, pure and thread-safe, never returning null, not null
     * @param sink  receives the results in input order, on the calling thread, not null
     * @param progress  receives the number of records done after each batch, not null
     * @return the number of records
     * @throws RuntimeException whatever the function throws, for the first failing record
     */
    public <I, O> long map(Iterator<? extends I> records, Function<? super I, ? extends O> function,
            Consumer<? super O> sink, LongConsumer progress) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "dunghan-bulk");
            thread.setDaemon(true);
            return thread;
        });
        try {
            long done = 0;
            List<I> chunk = new ArrayList<>(batch);
            while (records.hasNext()) {
                chunk.clear();
                while (chunk.size() < batch && records.hasNext()) {
                    chunk.add(records.next());
                }
                for (O result : apply(pool, chunk, function)) {
                    sink.accept(result);
                }
                done += chunk.size();
                progress.accept(done);
            }
            return done;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private <I, O> List<O> apply(ExecutorService pool, List<I> chunk, Function<? super I, ? extends O> function) {
        List<O> results = new ArrayList<>(chunk.size());
        if (pool == null || chunk.size() < 2) {
            for (I record : chunk) {
                results.add(function.apply(record));
            }
            return results;
        }
        int parts = Math.min(threads, chunk.size());
        List<Future<List<O>>> futures = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int from = chunk.size() * p / parts;
            int to = chunk.size() * (p + 1) / parts;
            List<I> slice = chunk.subList(from, to);
            futures.add(pool.submit(() -> {
                List<O> out = new ArrayList<>(slice.size());
                for (I record : slice) {
                    out.add(function.apply(record));
                }
                return out;
            }));
        }
        for (Future<List<O>> future : futures) {
            try {
                results.addAll(future.get());
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
        }
        return results;
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
