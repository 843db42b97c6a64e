package vn.dunghan.bulk;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.LongConsumer;

import vn.dunghan.dossier.DossierRecord;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.InvalidDossierException;
import vn.dunghan.dossier.Refilings;

/**
 * The bulk evaluation of dossiers: a {@link DossierSource} in, each record decoded and evaluated on
 * the worker threads of a {@link BulkEvaluation}, a dossier code already used by an earlier record
 * turned into an error ({@link DuplicateIds}), a dossier that re-files an ended one of the same
 * applicant and procedure given its finding ({@link Refilings}), and every record's result or error passed to a
 * {@link ResultSink} in input order. Every record yields exactly one result or error, so nothing
 * is lost, and the output is the same whatever the number of threads. The {@code evaluate},
 * {@code report} and distributed jobs are all this pipeline with another source or sink.
 * <p>
 * This class is immutable and thread-safe; each call to {@link #run} uses only its own source and sink.
 */
public final class Pipeline {

    private final Evaluator evaluator;
    private final LocalDateTime asOf;
    private final BulkEvaluation bulk;
    private final int refilingWindow;

    private Pipeline(Evaluator evaluator, LocalDateTime asOf, BulkEvaluation bulk, int refilingWindow) {
        this.evaluator = evaluator;
        this.asOf = asOf;
        this.bulk = bulk;
        this.refilingWindow = refilingWindow;
    }

    /**
     * Obtains a sequential pipeline.
     *
     * @param evaluator  the evaluator, not null
     * @param asOf  the evaluation instant for open dossiers, not null
     * @return the pipeline, not null
     */
    public static Pipeline of(Evaluator evaluator, LocalDateTime asOf) {
        return new Pipeline(Objects.requireNonNull(evaluator, "evaluator"), Objects.requireNonNull(asOf, "asOf"),
                BulkEvaluation.sequential(), Refilings.DEFAULT_WINDOW_WORKING_DAYS);
    }

    /**
     * Returns a copy that runs on other threads and batches.
     *
     * @param bulk  the threads and batch size, not null
     * @return the pipeline, not null
     */
    public Pipeline withBulk(BulkEvaluation bulk) {
        return new Pipeline(evaluator, asOf, Objects.requireNonNull(bulk, "bulk"), refilingWindow);
    }

    /**
     * Returns a copy with another re-filing window ({@link Refilings}): the most working days
     * between the end of a dossier and the acceptance of the same applicant's next one for the
     * same procedure, 10 by default.
     *
     * @param workingDays  the window, from 0 to 10000
     * @return the pipeline, not null
     * @throws IllegalArgumentException if the window is out of range
     */
    public Pipeline withRefilingWindow(int workingDays) {
        Refilings.create(evaluator.getCalendar(), workingDays, 1);
        return new Pipeline(evaluator, asOf, bulk, workingDays);
    }

    /**
     * Counts of one run.
     *
     * @param records  the records read
     * @param results  the records evaluated
     * @param errors  the records that became errors
     */
    public record Counts(long records, long results, long errors) {
    }

    /**
     * Evaluates every record of a source and passes the results in input order to a sink. The
     * source is not closed.
     *
     * @param <T>  the type of the source's items
     * @param <P>  the type of what the sink prepares
     * @param source  the records, not null
     * @param sink  the sink, not null
     * @param progress  receives the number of records done after each batch, not null
     * @return the counts, not null
     * @throws java.io.UncheckedIOException if reading or writing fails
     */
    public <T, P> Counts run(DossierSource<T> source, ResultSink<P> sink, LongConsumer progress) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        Ordered<P> ordered = new Ordered<>(sink, source.idPath(),
                Refilings.create(evaluator.getCalendar(), refilingWindow, Refilings.DEFAULT_CAPACITY));
        bulk.map(source, source::size, (T item) -> {
            BulkResult result = evaluateIn(source.decode(item), source);
            try {
                return new Prepared<>(result, sink.prepare(result));
            } catch (RuntimeException ex) {
                return new Prepared<>(failure(result.number(), ex), null);
            }
        }, ordered, progress);
        return new Counts(ordered.results + ordered.errors, ordered.results, ordered.errors);
    }

    /**
     * Evaluates one decoded record of NDJSON on its own, without comparing its code with other
     * records': errors name the field as a JSON Pointer.
     *
     * @param record  the record, not null
     * @return the result or error, not null
     */
    public BulkResult evaluate(DossierRecord record) {
        return evaluateIn(Objects.requireNonNull(record, "record"), null);
    }

    /**
     * Evaluates one decoded record on its own, without comparing its code with other records'.
     *
     * @param record  the record, not null
     * @param source  the source it came from, which names the field of an error, not null
     * @return the result or error, not null
     */
    public BulkResult evaluate(DossierRecord record, DossierSource<?> source) {
        return evaluateIn(record, Objects.requireNonNull(source, "source"));
    }

    /** Evaluates a record; a null source names fields as JSON Pointers. */
    private BulkResult evaluateIn(DossierRecord record, DossierSource<?> source) {
        if (record.isError()) {
            return BulkResult.error(record.number(), record.id(), record.path(), record.message());
        }
        try {
            return BulkResult.of(record.number(), evaluator.evaluate(record.dossier(), asOf));
        } catch (InvalidDossierException ex) {
            // the evaluator names the code only when it is a valid one
            return BulkResult.error(record.number(), ex.getDossierId(),
                    source == null ? ex.getPath() : source.locate(record.dossier(), ex.getPath()), ex.getRule());
        } catch (RuntimeException ex) {
            return failure(record.number(), ex);
        }
    }

    /**
     * Makes the error record of a record that made dunghan itself fail: the run goes on, and the
     * record says so, to be reported.
     *
     * @param number  the record number
     * @param ex  the failure, not null
     * @return the error, not null
     */
    public static BulkResult failure(long number, RuntimeException ex) {
        return BulkResult.error(number, null, "", "dunghan could not evaluate this record (" + ex
                + "); the record is kept as an error, please report it");
    }

    /**
     * Turns the result of a record that reuses a dossier code into its error.
     *
     * @param result  the result of the later record, not null
     * @param idPath  where the format holds the code, not null
     * @param first  the number of the first record with the code
     * @return the error, not null
     */
    public static BulkResult duplicate(BulkResult result, String idPath, long first) {
        Objects.requireNonNull(result.id(), "result.id()");
        return BulkResult.error(result.number(), result.id(), idPath,
                "Dossier code '" + result.id() + "' is already used by record " + first);
    }

    /** A result and what the sink prepared of it on a worker thread. */
    private record Prepared<P>(BulkResult result, P prepared) {
    }

    /**
     * Receives the results in input order: finds reused codes and re-filed dossiers, counts, and
     * passes them on.
     */
    private static final class Ordered<P> implements java.util.function.Consumer<Prepared<P>> {
        private final ResultSink<P> sink;
        private final String idPath;
        private final DuplicateIds ids = DuplicateIds.create();
        private final Refilings refilings;
        private long results;
        private long errors;

        Ordered(ResultSink<P> sink, String idPath, Refilings refilings) {
            this.sink = sink;
            this.idPath = idPath;
            this.refilings = refilings;
        }

        @Override
        public void accept(Prepared<P> item) {
            BulkResult result = item.result();
            P prepared = item.prepared();
            if (result.id() != null) {
                long first = ids.firstRecordOf(result.id(), result.number());
                if (first >= 0) {
                    result = duplicate(result, idPath, first);
                    prepared = null;
                }
            }
            if (!result.isError()) {
                try {
                    Evaluation linked = refilings.accept(result.evaluation());
                    if (linked != result.evaluation()) {
                        // rare: the finding changes what was prepared, which is made again here
                        result = BulkResult.of(result.number(), linked);
                        prepared = null;
                    }
                } catch (RuntimeException ex) {
                    result = failure(result.number(), ex);
                    prepared = null;
                }
            }
            if (result.isError()) {
                errors++;
            } else {
                results++;
            }
            sink.accept(result, prepared);
        }
    }
}
