package vn.dunghan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dunghan.examples.service.DunghanService;
import vn.dunghan.holidays.Schedules;
import vn.dunghan.holidays.VietnamCalendars;
import vn.dunghan.json.PolicyJson;
import vn.dunghan.json.ReadLimits;

/**
 * The JSON-over-HTTP service on an ephemeral loopback port: every route, every error status, the
 * evaluation's parity with the CLI, concurrent clients, the OpenAPI document and shutdown.
 */
class ServiceTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static DunghanService service;

    @BeforeAll
    static void start() throws IOException {
        service = start(4, 16, 64L << 20);
    }

    @AfterAll
    static void stop() {
        service.stop(1);
    }

    private static DunghanService start(int threads, int queue, long maxBody) throws IOException {
        try (InputStream policies = ServiceTest.class.getResourceAsStream("/vn/dunghan/examples/policies.json")) {
            return DunghanService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    new DunghanService.Config(VietnamCalendars.civilService(), Schedules.bundled(),
                            PolicyJson.read(policies), threads, queue, maxBody, ReadLimits.defaults()));
        }
    }

    private static URI uri(DunghanService on, String path) {
        return URI.create("http://127.0.0.1:" + on.getPort() + path);
    }

    private static HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path)).timeout(Duration.ofSeconds(30));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return MAPPER.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String parameter) {
        assertEquals("application/problem+json; charset=utf-8", response.headers().firstValue("Content-Type")
                .orElse(""));
        JsonNode problem = json(response, status);
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("detail").asString().endsWith("."), problem.toString());
        if (parameter != null) {
            assertEquals(parameter, problem.get("parameter").asString(), problem.toString());
        }
    }

    @Test
    void deadlineOfAProcedureAndOfALimit() throws Exception {
        // 1.004222 (7 working days) accepted Thu 12 Feb 2026: Fri 13, then Tết 14-22 Feb is skipped:
        // 23, 24, 25, 26, 27 Feb, Mon 2 Mar
        JsonNode byProcedure = json(get("/v1/deadline?procedure=1.004222&acceptedAt=2026-02-12T15:40", null), 200);
        assertEquals("2026-03-02", byProcedure.get("dueDate").asString());
        assertEquals("2026-03-03T00:00", byProcedure.get("dueMoment").asString());
        assertTrue(byProcedure.get("derivation").asString().startsWith("accepted Thu 2026-02-12 15:40; 7 working days"));
        assertTrue(byProcedure.get("skipped").size() > 0);
        JsonNode byLimit = json(get("/v1/deadline?limit=15%20WORKING_DAYS&acceptedAt=2026-02-12T15:40", "vi"), 200);
        assertEquals("2026-03-12", byLimit.get("dueDate").asString());
        assertTrue(byLimit.get("derivation").asString().startsWith("tiếp nhận thứ Năm 2026-02-12 15:40"));
        // a service started with --lang vi answers in Vietnamese where the request names no language
        try (InputStream policies = ServiceTest.class.getResourceAsStream("/vn/dunghan/examples/policies.json")) {
            DunghanService vi = DunghanService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    new DunghanService.Config(VietnamCalendars.civilService(), Schedules.bundled(),
                            PolicyJson.read(policies), 1, 4, 1 << 20, ReadLimits.defaults(), true));
            try {
                String path = "/v1/deadline?procedure=1.004222&acceptedAt=2026-02-12T15:40";
                HttpResponse<String> plain = CLIENT.send(HttpRequest.newBuilder(uri(vi, path)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertTrue(json(plain, 200).get("derivation").asString().startsWith("tiếp nhận thứ Năm"), plain.body());
                HttpResponse<String> english = CLIENT.send(HttpRequest.newBuilder(uri(vi, path))
                        .header("Accept-Language", "en-GB,en;q=0.8").build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                assertTrue(json(english, 200).get("derivation").asString().startsWith("accepted Thu"), english.body());
            } finally {
                vi.stop(0);
            }
        }
        // over Culture Day 2026-11-24, known from secondary sources only
        JsonNode caveat = json(get("/v1/deadline?limit=5%20WORKING_DAYS&acceptedAt=2026-11-20T09:00", null), 200);
        assertEquals("2026-11-24: holiday, secondary sources only (S)", caveat.get("caveats").get(0).asString());
    }

    @Test
    void calendarWorkingDaysAndLunar() throws Exception {
        JsonNode year = json(get("/v1/calendar/2026", null), 200);
        assertTrue(year.get("official").asBoolean());
        assertTrue(year.get("daysOff").toString().contains("\"date\":\"2026-02-17\""), year.toString());
        JsonNode provisional = json(get("/v1/calendar/2027", "vi"), 200);
        assertTrue(provisional.get("provisional").asBoolean());
        assertEquals(21, json(get("/v1/working-days?from=2026-02-12&to=2026-03-20", null), 200).get("workingDays")
                .asInt());
        assertEquals("2026-03-12", json(get("/v1/working-days/plus?date=2026-02-12&n=15", null), 200).get("result")
                .asString());
        JsonNode lunar = json(get("/v1/lunar/2026-02-17", "vi-VN,vi;q=0.9"), 200);
        assertEquals("mùng 1 tháng Giêng năm Bính Ngọ", lunar.get("text").asString());
        assertEquals("2026-02-17", lunar.get("tet").asString());
        assertEquals("UP", json(get("/health", null), 200).get("status").asString());
    }

    @Test
    void errorsAreProblemDetails() throws Exception {
        assertProblem(get("/v1/deadline?procedure=1.004222", null), 400, "acceptedAt");
        assertProblem(get("/v1/deadline?procedure=1.004222&limit=3%20DAYS&acceptedAt=2026-02-12", null), 400, "procedure");
        assertProblem(get("/v1/deadline?procedure=9.999&acceptedAt=2026-02-12", null), 400, "procedure");
        assertProblem(get("/v1/deadline?limit=fifteen&acceptedAt=2026-02-12", null), 400, "limit");
        assertProblem(get("/v1/deadline?limit=3%20DAYS&acceptedAt=12/02/2026x", null), 400, "acceptedAt");
        assertProblem(get("/v1/working-days?from=2026-02-12&to=2300-01-01", null), 400, "to");
        assertProblem(get("/v1/working-days/plus?date=2199-12-30&n=20", null), 400, "n");
        assertProblem(get("/v1/working-days/plus?date=2026-02-12&n=x", null), 400, "n");
        assertProblem(get("/v1/working-days?from=2026-02-12&to=2026-03-01&color=red", null), 400, "color");
        assertProblem(get("/v1/calendar/1999", null), 404, null);
        assertProblem(get("/v1/lunar/someday", null), 404, null);
        assertProblem(get("/nothing", null), 404, null);
        HttpResponse<String> post = CLIENT.send(HttpRequest.newBuilder(uri(service, "/v1/deadline"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(post, 405, null);
        assertEquals("GET", post.headers().firstValue("Allow").orElse(""));
        assertProblem(evaluate(service, "/v1/evaluate?asOf=2200-01-01T00:00", "{}\n"), 400, "asOf");
        assertProblem(CLIENT.send(HttpRequest.newBuilder(uri(service, "/v1/evaluate?asOf=2026-11-26T00:00"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("MaHoSo\n")).build(),
                HttpResponse.BodyHandlers.ofString()), 415, null);
        // a body in another encoding is refused whole, with the hint
        HttpResponse<String> utf16 = CLIENT.send(HttpRequest.newBuilder(uri(service, "/v1/evaluate?asOf=2026-11-26T00:00"))
                .POST(HttpRequest.BodyPublishers.ofByteArray("{\"id\":\"X\"}\n".getBytes(StandardCharsets.UTF_16)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(utf16, 415, null);
        assertTrue(utf16.body().contains("save it as UTF-8"), utf16.body());
    }

    private static HttpResponse<String> evaluate(DunghanService on, String path, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(on, path)).POST(HttpRequest.BodyPublishers.ofString(body,
                StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void evaluateGivesTheLinesOfTheCli() throws Exception {
        String sample;
        try (InputStream in = ServiceTest.class.getResourceAsStream("/vn/dunghan/examples/sample-dossiers.ndjson")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"evaluate", "--as-of", "2026-11-26T00:00"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
        HttpResponse<String> response = evaluate(service, "/v1/evaluate?asOf=2026-11-26T00:00", sample);
        assertEquals(200, response.statusCode());
        assertEquals("application/x-ndjson; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(out.toString(StandardCharsets.UTF_8), response.body());
        assertEquals(12, response.body().lines().count());
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        DunghanService small = start(1, 4, 100);
        try {
            HttpResponse<String> response = evaluate(small, "/v1/evaluate?asOf=2026-11-26T00:00", "{}\n".repeat(60));
            assertProblem(response, 413, null);
            // without a declared length (chunked), the limit is found while reading
            HttpResponse<String> chunked = CLIENT.send(HttpRequest.newBuilder(uri(small,
                    "/v1/evaluate?asOf=2026-11-26T00:00")).POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new java.io.ByteArrayInputStream("{}\n".repeat(60).getBytes(StandardCharsets.UTF_8))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertProblem(chunked, 413, null);
        } finally {
            small.stop(1);
        }
    }

    @Test
    void aFullQueueIs503AndStopLetsRequestsInFlightFinish() throws Exception {
        DunghanService one = start(1, 0, 64L << 20);
        String line = "{\"id\":\"X\"}\n";
        try (Socket held = new Socket(InetAddress.getLoopbackAddress(), one.getPort())) {
            // a request whose body is still arriving holds the one worker
            OutputStream out = held.getOutputStream();
            out.write(("POST /v1/evaluate?asOf=2026-11-26T00:00 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                    + line.length() + "\r\n\r\n{\"id\":").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the next request finds no worker and no queue place
            int status = 0;
            for (int i = 0; i < 100 && status != 503; i++) {
                Thread.sleep(20);
                status = CLIENT.send(HttpRequest.newBuilder(uri(one, "/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
            }
            assertEquals(503, status);
            // stopping refuses new connections but lets the request in flight finish
            Thread stopper = new Thread(() -> one.stop(10));
            stopper.start();
            Thread.sleep(300);
            out.write("\"X\"}\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(held.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200 OK"), answer);
            assertTrue(answer.contains("{\"record\":1,\"id\":\"X\",\"error\""), answer);
            stopper.join();
        }
        assertThrows(ConnectException.class, () -> new Socket(InetAddress.getLoopbackAddress(), one.getPort()).close());
    }

    @Test
    void concurrentClientsGetIdenticalAnswers() throws Exception {
        List<String> paths = List.of("/v1/deadline?procedure=1.013225&acceptedAt=2026-04-28T16:10",
                "/v1/calendar/2025", "/v1/working-days?from=2025-01-01&to=2026-12-31",
                "/v1/working-days/plus?date=2026-08-28&n=-3", "/v1/lunar/1987-08-01");
        List<String> expected = new ArrayList<>();
        for (String path : paths) {
            expected.add(get(path, null).body());
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int k = i % paths.size();
                results.add(clients.submit(() -> get(paths.get(k), null).body().equals(expected.get(k))));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            clients.shutdown();
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheRoutes() throws Exception {
        JsonNode document = json(get("/openapi.json", null), 200);
        assertTrue(document.get("openapi").asString().startsWith("3.1."));
        // the document names the address the client used
        assertEquals("http://127.0.0.1:" + service.getPort(), document.get("servers").get(0).get("url").asString());
        assertTrue(document.get("info").has("title") && document.get("info").has("version"));
        Set<String> paths = new TreeSet<>(document.get("paths").propertyNames());
        assertEquals(new TreeSet<>(List.of("/health", "/openapi.json", "/v1/deadline", "/v1/calendar/{year}",
                "/v1/working-days", "/v1/working-days/plus", "/v1/lunar/{date}", "/v1/evaluate")), paths);
        for (String path : paths) {
            JsonNode item = document.get("paths").get(path);
            for (String method : item.propertyNames()) {
                JsonNode operation = item.get(method);
                assertTrue(operation.has("responses") && operation.get("responses").has("200"), path + " " + method);
                // every documented route answers its method: neither 404 nor 405
                String concrete = path.replace("{year}", "2026").replace("{date}", "2026-02-17");
                HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri(service, concrete))
                        .method(method.toUpperCase(java.util.Locale.ROOT), method.equals("post")
                                ? HttpRequest.BodyPublishers.ofString("") : HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(response.statusCode() != 404 && response.statusCode() != 405, concrete + " " + response.body());
            }
        }
        // every reference resolves
        String text = document.toString();
        java.util.regex.Matcher ref = java.util.regex.Pattern.compile("\"\\$ref\":\"#/components/(\\w+)/(\\w+)\"")
                .matcher(text);
        int refs = 0;
        while (ref.find()) {
            assertTrue(document.get("components").get(ref.group(1)).has(ref.group(2)), ref.group());
            refs++;
        }
        assertTrue(refs > 10);
    }
}
