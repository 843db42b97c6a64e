package vn.dunghan.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import vn.dunghan.dossier.BulkEvaluation;
import vn.dunghan.dossier.DuplicateIds;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.InvalidDossierException;

/**
 * Evaluates an NDJSON stream of dossiers into an NDJSON stream of results, one record at a time in
 * constant memory: every non-blank input line yields exactly one output line, a result or an error
 * record, in input order, so nothing is lost. Record numbers are the 1-based line numbers of the
 * input, so an error points at its line. Lines are split by {@link NdjsonLines} (blank lines
 * skipped, CRLF and a leading byte order mark accepted) under {@link ReadLimits}: a line over the
 * length limit, bytes that are not UTF-8 and JSON nested over the depth limit are error records.
 * A dossier code already used by an earlier record makes the later record an error record
 * ({@link DuplicateIds}): an export that lists a dossier twice would otherwise count it twice.
 * <p>
 * This class is immutable and thread-safe; each call to {@link #run} uses only its own streams.
 */
public final class NdjsonEvaluation {

    private final Evaluator evaluator;
    private final LocalDateTime asOf;
    private final ReadLimits limits;

    private NdjsonEvaluation(Evaluator evaluator, LocalDateTime asOf, ReadLimits limits) {
        this.evaluator = evaluator;
        this.asOf = asOf;
        this.limits = limits;
    }

    /**
     * Obtains a pipeline with the default limits.
     *
     * @param evaluator  the evaluator, not null
     * @param asOf  the evaluation instant for open dossiers, not null
     * @return the pipeline, not null
     */
    public static NdjsonEvaluation of(Evaluator evaluator, LocalDateTime asOf) {
        return new NdjsonEvaluation(Objects.requireNonNull(evaluator, "evaluator"), Objects.requireNonNull(asOf, "asOf"),
                ReadLimits.defaults());
    }

    /**
     * Returns a copy with other read limits.
     *
     * @param limits  the limits, not null
     * @return the pipeline, not null
     */
    public NdjsonEvaluation withLimits(ReadLimits limits) {
        return new NdjsonEvaluation(evaluator, asOf, Objects.requireNonNull(limits, "limits"));
    }

    /**
     * Gets the read limits.
     *
     * @return the limits, not null
     */
    public ReadLimits getLimits() {
        return limits;
    }

    /** Counts of one run. */
    public record Counts(long records, long results, long errors) {
    }

    /**
     * Evaluates every line of the input, writing one line per record to the output. The streams
     * are not closed; the output is flushed at the end.
     *
     * @param in  the UTF-8 NDJSON dossiers, not null
     * @param out  the NDJSON results, not null
     * @return the counts, not null
     * @throws UncheckedIOException if reading or writing fails
     */
    public Counts run(InputStream in, Writer out) {
        return run(in, out, BulkEvaluation.sequential(), done -> { });
    }

    /**
     * Evaluates every line of the input on several threads, writing one line per record to the
     * output in input order: the output is identical to a sequential run.
     *
     * @param in  the UTF-8 NDJSON dossiers, not null
     * @param out  the NDJSON results, not null
     * @param bulk  the threads and batch size, not null
     * @param progress  receives the number of records done after each batch, not null
     * @return the counts, not null
     * @throws UncheckedIOException if reading or writing fails
     */
    public Counts run(InputStream in, Writer out, BulkEvaluation bulk, LongConsumer progress) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(bulk, "bulk");
        Sink sink = new Sink(out, "/id");
        bulk.map(NdjsonLines.of(in, limits), (NdjsonLines.Line line) -> evaluate(DossierJson.read(line, limits)),
                sink, progress);
        flush(out);
        return sink.counts();
    }

    /**
     * Evaluates the rows of a UTF-8 CSV file ({@link CsvDossiers}) on several threads, writing one
     * NDJSON line per row in input order, a result or an error record; the record number is the row's.
     *
     * @param csv  the UTF-8 CSV bytes with their header, not null
     * @param out  the NDJSON results, not null
     * @param bulk  the threads and batch size, not null
     * @param progress  receives the number of records done after each batch, not null
     * @return the counts, not null
     * @throws InvalidDocumentException if the CSV header is invalid
     * @throws UncheckedIOException if reading or writing fails
     */
    public Counts runCsv(InputStream csv, Writer out, BulkEvaluation bulk, LongConsumer progress) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(bulk, "bulk");
        Sink sink = new Sink(out, "/MaHoSo");
        try (CsvDossiers rows = CsvDossiers.open(csv)) {
            bulk.map(rows, this::evaluateCsv, sink, progress);
        }
        flush(out);
        return sink.counts();
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Writes the output lines in input order, turning a reused dossier code into an error record. */
    private static final class Sink implements Consumer<Output> {
        private final Writer out;
        private final String idPath;
        private final DuplicateIds ids = DuplicateIds.create();
        private long results;
        private long errors;

        Sink(Writer out, String idPath) {
            this.out = out;
            this.idPath = idPath;
        }

        @Override
        public void accept(Output output) {
            String json = output.json();
            boolean error = output.error();
            if (output.id() != null) {
                long first = ids.firstRecordOf(output.id(), output.record());
                if (first >= 0) {
                    json = EvaluationJson.writeError(output.record(), output.id(), idPath, duplicate(output.id(), first));
                    error = true;
                }
            }
            if (error) {
                errors++;
            } else {
                results++;
            }
            try {
                out.write(json);
                out.write('\n');
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        Counts counts() {
            return new Counts(results + errors, results, errors);
        }
    }

    /**
     * The rule broken by a record that reuses a dossier code.
     *
     * @param id  the code
     * @param first  the record that used it first
     * @return the rule, not null
     */
    public static String duplicate(String id, long first) {
        return "Dossier code '" + id + "' is already used by record " + first;
    }

    /**
     * Evaluates one line of NDJSON into one line of output, a result or an error record. Dossier
     * codes are not checked against other records.
     *
     * @param record  the record number
     * @param line  the JSON text of one dossier, not null
     * @return the output line without its line break, not null
     */
    public String evaluateLine(long record, String line) {
        return evaluate(DossierJson.read(record, line, limits)).json();
    }

    /** One output line, whether it is an error record, and the record's number and dossier code. */
    private record Output(long record, String id, String json, boolean error) {
    }

    /** Evaluates a CSV row, naming the column of an error that the evaluator finds. */
    private Output evaluateCsv(DossierRecord record) {
        return evaluate(record, true);
    }

    private Output evaluate(DossierRecord record) {
        return evaluate(record, false);
    }

    private Output evaluate(DossierRecord record, boolean csv) {
        if (record.isError()) {
            return new Output(record.number(), record.id(),
                    EvaluationJson.writeError(record.number(), record.id(), record.path(), record.message()), true);
        }
        try {
            Evaluation evaluation = evaluator.evaluate(record.dossier(), asOf);
            return new Output(record.number(), record.id(), EvaluationJson.write(record.number(), evaluation), false);
        } catch (InvalidDossierException ex) {
            String path = csv ? CsvDossiers.column(record.dossier(), ex.getPath()) : ex.getPath();
            return new Output(record.number(), record.id(),
                    EvaluationJson.writeError(record.number(), record.id(), path, ex.getRule()), true);
        }
    }
}
