package vn.dunghan.bulk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

import vn.dunghan.json.EvaluationJson;

/**
 * Writes each result as one NDJSON line ({@link EvaluationJson}), a result or an error record, in
 * input order; the lines are encoded on the worker threads. The writer is neither flushed nor
 * closed: its owner does that.
 * <p>
 * This class is not thread-safe: one run at a time.
 */
public final class ResultLines implements ResultSink<String> {

    private final Writer out;

    private ResultLines(Writer out) {
        this.out = out;
    }

    /**
     * Obtains a sink writing to a writer.
     *
     * @param out  the writer, not null
     * @return the sink, not null
     */
    public static ResultLines to(Writer out) {
        return new ResultLines(Objects.requireNonNull(out, "out"));
    }

    /**
     * Encodes a result as its line, without the line break.
     *
     * @param result  the result, not null
     * @return the JSON text, not null
     */
    public static String encode(BulkResult result) {
        return result.isError() ? EvaluationJson.writeError(result.number(), result.id(), result.path(), result.message())
                : EvaluationJson.write(result.number(), result.evaluation());
    }

    @Override
    public String prepare(BulkResult result) {
        return encode(result);
    }

    @Override
    public void accept(BulkResult result, String prepared) {
        try {
            out.write(prepared != null ? prepared : encode(result));
            out.write('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
