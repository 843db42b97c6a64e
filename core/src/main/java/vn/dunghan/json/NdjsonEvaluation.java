package vn.dunghan.json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.LongConsumer;

import vn.dunghan.dossier.BulkEvaluation;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.InvalidDossierException;

/**
 * Evaluates an NDJSON stream of dossiers into an NDJSON stream of results, one record at a time in
 * constant memory: every non-blank input line yields exactly one output line, a result or an error
 * record, in input order. Record numbers are the 1-based line numbers of the input, so an error
 * points at its line. Blank lines are skipped.
 * <p>
 * This class is immutable and thread-safe; each call to {@link #run} uses only its own streams.
 */
public final class NdjsonEvaluation {

    private final Evaluator evaluator;
    private final LocalDateTime asOf;

    private NdjsonEvaluation(Evaluator evaluator, LocalDateTime asOf) {
        this.evaluator = evaluator;
        this.asOf = asOf;
    }

    /**
     * Obtains a pipeline.
     *
     * @param evaluator  the evaluator, not null
     * @param asOf  the evaluation instant for open dossiers, not null
     * @return the pipeline, not null
     */
    public static NdjsonEvaluation of(Evaluator evaluator, LocalDateTime asOf) {
        return new NdjsonEvaluation(Objects.requireNonNull(evaluator, "evaluator"), Objects.requireNonNull(asOf, "asOf"));
    }

    /** Counts of one run. */
    public record Counts(long records, long results, long errors) {
    }

    /**
     * Evaluates every line of the input, writing one line per record to the output. The streams
     * are not closed; the output is flushed at the end.
     *
     * @param in  the NDJSON dossiers, not null
     * @param out  the NDJSON results, not null
     * @return the counts, not null
     * @throws UncheckedIOException if reading or writing fails
     */
    public Counts run(Reader in, Writer out) {
        return run(in, out, BulkEvaluation.sequential(), done -> { });
    }

    /**
     * Evaluates every line of the input on several threads, writing one line per record to the
     * output in input order: the output is identical to a sequential run.
     *
     * @param in  the NDJSON dossiers, not null
     * @param out  the NDJSON results, not null
     * @param bulk  the threads and batch size, not null
     * @param progress  receives the number of records done after each batch, not null
     * @return the counts, not null
     * @throws UncheckedIOException if reading or writing fails
     */
    public Counts run(Reader in, Writer out, BulkEvaluation bulk, LongConsumer progress) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(bulk, "bulk");
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        long[] counts = new long[2];
        bulk.map(new Lines(reader), (Line line) -> evaluate(line.number(), line.text()),
                output -> write(out, output, counts), progress);
        flush(out);
        return new Counts(counts[0] + counts[1], counts[0], counts[1]);
    }

    /**
     * Evaluates the rows of a CSV file ({@link CsvDossiers}) on several threads, writing one NDJSON
     * line per row in input order, a result or an error record; the record number is the row's.
     *
     * @param csv  the CSV text with its header, not null
     * @param out  the NDJSON results, not null
     * @param bulk  the threads and batch size, not null
     * @param progress  receives the number of records done after each batch, not null
     * @return the counts, not null
     * @throws InvalidDocumentException if the CSV header is invalid
     * @throws UncheckedIOException if reading or writing fails
     */
    public Counts runCsv(Reader csv, Writer out, BulkEvaluation bulk, LongConsumer progress) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(bulk, "bulk");
        long[] counts = new long[2];
        try (CsvDossiers rows = CsvDossiers.open(csv)) {
            bulk.map(rows, (CsvDossiers.Row row) -> evaluate(row), output -> write(out, output, counts), progress);
        }
        flush(out);
        return new Counts(counts[0] + counts[1], counts[0], counts[1]);
    }

    private Output evaluate(CsvDossiers.Row row) {
        if (row.isError()) {
            return new Output(EvaluationJson.writeError(row.number(), row.id(), row.path(), row.message()), true);
        }
        return evaluate(row.number(), row.dossier());
    }

    private static void write(Writer out, Output output, long[] counts) {
        counts[output.error() ? 1 : 0]++;
        try {
            out.write(output.json());
            out.write('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** One non-blank input line and its 1-based line number. */
    private record Line(long number, String text) {
    }

    /** The non-blank lines of a reader. */
    private static final class Lines implements Iterator<Line> {
        private final BufferedReader reader;
        private long number;
        private Line next;

        Lines(BufferedReader reader) {
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            try {
                String text;
                while ((text = reader.readLine()) != null) {
                    number++;
                    if (!text.isBlank()) {
                        next = new Line(number, text);
                        return true;
                    }
                }
                return false;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Line line = next;
            next = null;
            return line;
        }
    }

    /**
     * Evaluates one line of NDJSON into one line of output, a result or an error record.
     *
     * @param record  the record number
     * @param line  the JSON text of one dossier, not null
     * @return the output line without its line break, not null
     */
    public String evaluateLine(long record, String line) {
        return evaluate(record, line).json();
    }

    /** One output line and whether it is an error record. */
    private record Output(String json, boolean error) {
    }

    private Output evaluate(long record, String line) {
        Objects.requireNonNull(line, "line");
        Dossier dossier;
        try {
            dossier = DossierJson.read(line);
        } catch (InvalidDocumentException ex) {
            return new Output(EvaluationJson.writeError(record, idOf(line), ex.getPath(), ex.getRule()), true);
        }
        return evaluate(record, dossier);
    }

    private Output evaluate(long record, Dossier dossier) {
        try {
            Evaluation evaluation = evaluator.evaluate(dossier, asOf);
            return new Output(EvaluationJson.write(record, evaluation), false);
        } catch (InvalidDossierException ex) {
            return new Output(EvaluationJson.writeError(record, dossier.id(), ex.getPath(), ex.getRule()), true);
        }
    }

    /** The dossier's id from a record that failed to read, when it can be found at all. */
    private static String idOf(String line) {
        try {
            DocumentNode root = DocumentNode.parse(line);
            return root.node().isObject() ? root.optional("id").filter(n -> n.node().isString())
                    .map(DocumentNode::text).orElse(null) : null;
        } catch (InvalidDocumentException ex) {
            return null;
        }
    }
}
