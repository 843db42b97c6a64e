package vn.dunghan.examples.service;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.sun.net.httpserver.HttpExchange;

import vn.dunghan.dossier.Evaluator;
import vn.dunghan.json.EvaluationJson;
import vn.dunghan.json.NdjsonEvaluation;
import vn.dunghan.json.ReadLimits;

/**
 * {@code POST /v1/evaluate?asOf=2026-11-26T00:00}: NDJSON dossiers in, NDJSON results out, in
 * order, the same lines as {@code dunghan.jar evaluate} on the same input, error records included.
 * The body is read line by line under the reader's limits; a body over the size limit is refused
 * with 413 when its length is declared, and otherwise cut, with a last line saying so.
 */
final class EvaluateRoute {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

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
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null && parseLength(length) > maxBodyBytes) {
            throw new Problem(413, "The request body of " + length + " bytes is over the limit of " + maxBodyBytes
                    + " bytes.", null);
        }
        exchange.getResponseHeaders().set("Content-Type", "application/x-ndjson; charset=utf-8");
        LazyBody body = new LazyBody(exchange);
        Writer out = new BufferedWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        Limited in = new Limited(exchange.getRequestBody(), maxBodyBytes);
        try {
            NdjsonEvaluation.of(evaluator, asOf).withLimits(limits).run(in, out);
        } catch (UncheckedIOException ex) {
            if (!in.over) {
                throw ex;
            }
            if (!body.started) {
                throw new Problem(413, "The request body is over the limit of " + maxBodyBytes + " bytes.", null);
            }
            out.write(EvaluationJson.writeError(0, null, "", "The request body is over the limit of " + maxBodyBytes
                    + " bytes; the records after it were not read") + "\n");
        }
        out.flush();
        body.start();
    }

    private static long parseLength(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException ex) {
            throw new Problem(400, "Content-Length '" + text + "' is not a number.", null);
        }
    }

    /** The response body, whose status line is sent with the first byte, so an error before it can still be a problem. */
    private static final class LazyBody extends OutputStream {
        private final HttpExchange exchange;
        private boolean started;

        LazyBody(HttpExchange exchange) {
            this.exchange = exchange;
        }

        void start() throws IOException {
            if (!started) {
                started = true;
                exchange.sendResponseHeaders(200, 0);
            }
        }

        @Override
        public void write(int b) throws IOException {
            start();
            exchange.getResponseBody().write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            start();
            exchange.getResponseBody().write(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException {
            if (started) {
                exchange.getResponseBody().flush();
            }
        }
    }

    /** The request body, cut at the size limit. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long count;
        private boolean over;

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
                over = true;
                throw new IOException("The request body is over the limit of " + max + " bytes");
            }
        }
    }
}
