package vn.dunghan.examples.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.node.ObjectNode;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.deadline.DeadlineCalculator;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.holidays.Schedules;
import vn.dunghan.json.ReadLimits;

/**
 * dunghan as a JSON-over-HTTP service, on the JDK's built-in server ({@code jdk.httpserver}), so
 * that one-stop software written in any language can ask for the legal due when it prints a slip
 * and evaluate its dossiers. The routes and their documents are described by
 * {@code GET /openapi.json}; errors are RFC 9457 problem details.
 * <p>
 * Policies and calendars are loaded once, before the service starts, and never change; no request
 * reads or writes a file. Requests run on a bounded pool of worker threads with a bounded queue: a
 * request that finds the queue full is answered 503 at once.
 */
public final class DunghanService {

    /**
     * The service's settings, all loaded before it starts; {@code vietnamese} gives the language of
     * texts (holiday names, derivations) for a request whose {@code Accept-Language} names none.
     */
    public record Config(WorkCalendar calendar, Schedules schedules, PolicySet policies, int threads, int queue,
            long maxBodyBytes, ReadLimits limits, boolean vietnamese) {

        /**
         * Creates settings whose texts are in English where a request's {@code Accept-Language}
         * names no language.
         */
        public Config(WorkCalendar calendar, Schedules schedules, PolicySet policies, int threads, int queue,
                long maxBodyBytes, ReadLimits limits) {
            this(calendar, schedules, policies, threads, queue, maxBodyBytes, limits, false);
        }

        /**
         * Checks the settings.
         *
         * @throws IllegalArgumentException if a number is out of range
         */
        public Config {
            Objects.requireNonNull(calendar, "calendar");
            Objects.requireNonNull(policies, "policies");
            Objects.requireNonNull(limits, "limits");
            if (threads < 1 || queue < 0 || maxBodyBytes < 1) {
                throw new IllegalArgumentException("Threads " + threads + ", queue " + queue + " and body limit "
                        + maxBodyBytes + " must be positive");
            }
        }
    }

    static {
        // small answers go out at once, not after the peer's delayed acknowledgement
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Set on the thread that answers a request the pool refused: the answer is 503. */
    private static final ThreadLocal<Boolean> OVERLOADED = ThreadLocal.withInitial(() -> false);

    private final HttpServer server;
    private final ThreadPoolExecutor pool;
    private final Routes routes;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean stopping;

    private final boolean vietnamese;

    private DunghanService(HttpServer server, ThreadPoolExecutor pool, Routes routes, boolean vietnamese) {
        this.server = server;
        this.pool = pool;
        this.routes = routes;
        this.vietnamese = vietnamese;
    }

    /**
     * Starts the service.
     *
     * @param address  the address to listen on, such as 127.0.0.1:8080 (port 0 for any free port), not null
     * @param config  the settings, not null
     * @return the running service, not null
     * @throws IOException if the address cannot be bound
     */
    public static DunghanService start(InetSocketAddress address, Config config) throws IOException {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(config, "config");
        ThreadPoolExecutor pool = new ThreadPoolExecutor(config.threads(), config.threads(), 0, TimeUnit.SECONDS,
                config.queue() == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(config.queue()),
                (task, executor) -> refuse(task));
        Evaluator evaluator = Evaluator.of(config.calendar(), config.policies());
        Routes routes = new Routes(new DeadlineRoute(DeadlineCalculator.of(config.calendar()), config.policies()),
                new CalendarRoute(config.calendar(), config.schedules()), new WorkingDaysRoute(config.calendar()),
                new LunarRoute(), new EvaluateRoute(evaluator, config.limits(), config.maxBodyBytes()));
        HttpServer server = HttpServer.create(address, 64);
        DunghanService service = new DunghanService(server, pool, routes, config.vietnamese());
        server.createContext("/", service::handle);
        server.setExecutor(pool);
        server.start();
        return service;
    }

    /** Answers a request the pool cannot take on the server's own thread, with 503. */
    private static void refuse(Runnable task) {
        OVERLOADED.set(true);
        try {
            task.run();
        } finally {
            OVERLOADED.set(false);
        }
    }

    /**
     * Gets the port the service listens on.
     *
     * @return the port
     */
    public int getPort() {
        return server.getAddress().getPort();
    }

    /**
     * Stops the service: from the call on, new requests are answered 503; the requests in flight
     * may finish within the grace period; then the server closes and refuses connections.
     *
     * @param graceSeconds  the longest wait for requests in flight, in seconds, not negative
     */
    public void stop(int graceSeconds) {
        stopping = true;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(graceSeconds);
        try {
            while (inFlight.get() > 0 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        inFlight.incrementAndGet();
        try (exchange) {
            try {
                if (stopping) {
                    throw new Problem(503, "The service is stopping; retry on another instance.", null);
                }
                if (OVERLOADED.get()) {
                    throw new Problem(503, "The service is busy: every worker and queue place is taken; retry later.",
                            null);
                }
                Request request = new Request(path, Query.of(exchange.getRequestURI()),
                        Request.prefersVietnamese(exchange.getRequestHeaders().getFirst("Accept-Language"), vietnamese));
                routes.answer(exchange.getRequestMethod(), request, exchange);
            } catch (Problem problem) {
                if (problem.status() == 405) {
                    exchange.getResponseHeaders().set("Allow", String.join(", ", routes.methods(path)));
                }
                send(exchange, problem.status(), "application/problem+json", problem.toJson(path));
            } catch (RuntimeException ex) {
                send(exchange, 500, "application/problem+json",
                        new Problem(500, "The request could not be answered: " + ex.getClass().getSimpleName() + ".",
                                null).toJson(path));
            }
        } catch (IOException | UncheckedIOException ex) {
            // the client went away: nothing more can be said to it
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** The address the client reached the service at, from its Host header, else the socket's. */
    private static String server(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !host.matches("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?")) {
            host = "127.0.0.1:" + exchange.getLocalAddress().getPort();
        }
        return "http://" + host;
    }

    /** Sends a whole JSON answer. */
    static void send(HttpExchange exchange, int status, String type, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void send(HttpExchange exchange, ObjectNode node) throws IOException {
        send(exchange, 200, "application/json", Json.MAPPER.writeValueAsString(node));
    }

    /** The routes by method and path. */
    private record Routes(DeadlineRoute deadline, CalendarRoute calendar, WorkingDaysRoute workingDays, LunarRoute lunar,
            EvaluateRoute evaluate) {

        /** The methods a path answers, empty for an unknown path. */
        List<String> methods(String path) {
            if (path.equals("/v1/evaluate")) {
                return List.of("POST");
            }
            boolean known = List.of("/health", "/openapi.json", "/v1/deadline", "/v1/working-days",
                    "/v1/working-days/plus").contains(path) || path.startsWith(CalendarRoute.PREFIX)
                    && path.length() > CalendarRoute.PREFIX.length() || path.startsWith(LunarRoute.PREFIX)
                    && path.length() > LunarRoute.PREFIX.length();
            return known ? List.of("GET") : List.of();
        }

        void answer(String method, Request request, HttpExchange exchange) throws IOException {
            String path = request.path();
            List<String> methods = methods(path);
            if (methods.isEmpty()) {
                throw new Problem(404, "There is no resource at " + path + "; GET /openapi.json lists the routes.", null);
            }
            if (!methods.contains(method)) {
                throw new Problem(405, "Method " + method + " is not allowed on " + path + "; use "
                        + String.join(" or ", methods) + ".", null);
            }
            switch (path) {
                case "/health" -> send(exchange, Json.object().put("status", "UP"));
                case "/openapi.json" -> send(exchange, 200, "application/json", OpenApi.document(server(exchange)));
                case "/v1/deadline" -> send(exchange, deadline.get(request));
                case "/v1/working-days" -> send(exchange, workingDays.between(request));
                case "/v1/working-days/plus" -> send(exchange, workingDays.plus(request));
                case "/v1/evaluate" -> evaluate.post(request, exchange);
                default -> send(exchange, path.startsWith(LunarRoute.PREFIX) ? lunar.get(request) : calendar.get(request));
            }
        }
    }
}
