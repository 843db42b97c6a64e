package vn.dunghan.examples.service;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.sun.net.httpserver.HttpExchange;

import vn.dunghan.dossier.Evaluator;
import vn.dunghan.bulk.DossierSource;
import vn.dunghan.bulk.Pipeline;
import vn.dunghan.bulk.ResultLines;
import vn.dunghan.json.ReadLimits;

/**
 * {@code POST /v1/evaluate?asOf=2026-11-26T00:00}: NDJSON dossiers in, NDJSON results out, in
 * order, the same lines as {@code dunghan.jar evaluate} on the same input, error records included.
 * The body is read whole (at most the size limit, else 413) before the first result is written, so
 * that a client that sends its whole request before reading the answer cannot deadlock with the
 * service; the results are then streamed as they are evaluated, and the lines read under the
 * reader's limits.
 */
final class EvaluateRoute {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The content types taken as NDJSON; curl's default for --data-binary is the form type. */
    private static final java.util.Set<String> NDJSON_TYPES = java.util.Set.of("application/x-ndjson",
            "application/ndjson", "application/jsonl", "application/json", "text/plain", "application/octet-stream",
            "application/x-www-form-urlencoded");

    private final Evaluator evaluator;
    private final ReadLimits limits;
    private final long maxBodyBytes;

    EvaluateRoute(Evaluator evaluator, ReadLimits limits, long maxBodyBytes) {
        this.evaluator = evaluator;
        this.limits = limits;
        this.maxBodyBytes = maxBodyBytes;
    }

    void post(Request request, HttpExchange exchange) throws IOException {
        Query query = request.query().only("asOf");
        LocalDateTime asOf = query.optional("asOf").map(value -> Query.dateTime("asOf", value))
                .orElseGet(() -> LocalDateTime.now(VIETNAM).withNano(0));
        try {
            evaluator.checkInRange(asOf);
        } catch (DateTimeException ex) {
            throw Problem.badParameter("asOf", ex.getMessage());
        }
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && !NDJSON_TYPES.contains(type.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT))) {
            throw new Problem(415, "Content-Type '" + type + "' is not NDJSON; send one JSON dossier per line as"
                    + " application/x-ndjson (the evaluate command of dunghan.jar reads CSV files).", null);
        }
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && parseLength(length) > maxBodyBytes) {
            throw new Problem(413, "The request body of " + length + " bytes is over the limit of " + maxBodyBytes
                    + " bytes.", null);
        }
        byte[] dossiers;
        try {
            dossiers = new Limited(exchange.getRequestBody(), maxBodyBytes).readAllBytes();
        } catch (Limited.OverLimit ex) {
            throw new Problem(413, "The request body is over the limit of " + maxBodyBytes + " bytes.", null);
        }
        try {
            vn.dunghan.json.TextEncoding.requireUtf8(new ByteArrayInputStream(dossiers));
        } catch (vn.dunghan.json.InvalidDocumentException ex) {
            throw new Problem(415, ex.getRule() + ".", null);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(exchange.getResponseBody(), StandardCharsets.UTF_8))) {
            Pipeline.of(evaluator, asOf).run(DossierSource.ndjson(new ByteArrayInputStream(dossiers), limits),
                    ResultLines.to(out), done -> { });
        }
    }

    private static long parseLength(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException ex) {
            throw new Problem(400, "Content-Length '" + text + "' is not a number.", null);
        }
    }

    /** The request body, refused past the size limit. */
    private static final class Limited extends FilterInputStream {

        /** Thrown when the body passes the limit. */
        static final class OverLimit extends IOException {
            private static final long serialVersionUID = 1L;

            OverLimit(long max) {
                super("The request body is over the limit of " + max + " bytes");
            }
        }

        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new OverLimit(max);
            }
        }
    }
}
