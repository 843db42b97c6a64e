package vn.dunghan.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A load generator for the dunghan service, run by {@code benchmarks/service-load.sh} against a
 * service on loopback: requests per second and the 50th and 99th percentile latency of
 * {@code GET /v1/deadline} for each number of concurrent clients, then the records per second of
 * {@code POST /v1/evaluate} on a file. Every run is bounded: a number of requests per client, and
 * a time limit after which the clients stop.
 */
public final class ServiceLoad {

    private ServiceLoad() {
    }

    /**
     * Runs the load.
     *
     * @param args  the base address (only 127.0.0.1 or localhost), the requests per client, the
     *     concurrent client counts separated by commas, and optionally an NDJSON file to evaluate
     * @throws Exception if the service cannot be reached
     */
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        if (!base.getHost().equals("127.0.0.1") && !base.getHost().equals("localhost")) {
            throw new IllegalArgumentException("The load is sent to loopback only, not to " + base.getHost());
        }
        int perClient = Integer.parseInt(args[1]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.println("| clients | requests | requests/s | p50 ms | p99 ms |");
        System.out.println("|---:|---:|---:|---:|---:|");
        for (String count : args[2].split(",")) {
            deadlines(client, base, Integer.parseInt(count), perClient);
        }
        if (args.length > 3) {
            evaluate(client, base, Path.of(args[3]));
        }
    }

    private static void deadlines(HttpClient client, URI base, int clients, int perClient) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            futures.add(pool.submit(() -> {
                long[] latencies = new long[perClient];
                int n = 0;
                for (; n < perClient && System.nanoTime() < deadline; n++) {
                    LocalDate day = LocalDate.of(2026, 1, 2).plusDays((seed * 7919L + n) % 700);
                    HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/deadline?procedure=1.013225&acceptedAt="
                            + day + "T09:30")).build();
                    long t = System.nanoTime();
                    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[n] = System.nanoTime() - t;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(response.body());
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> future : futures) {
            for (long latency : future.get()) {
                all.add(latency);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        all.sort(null);
        System.out.printf(Locale.ROOT, "| %d | %,d | %,.0f | %.2f | %.2f |%n", clients, all.size(), all.size() / seconds,
                all.get(all.size() / 2) / 1e6, all.get((int) (all.size() * 0.99)) / 1e6);
    }

    private static void evaluate(HttpClient client, URI base, Path file) throws Exception {
        long records = Files.lines(file).count();
        long t = System.nanoTime();
        HttpResponse<java.io.InputStream> response = client.send(HttpRequest.newBuilder(base.resolve(
                "/v1/evaluate?asOf=2026-11-26T00:00")).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long lines;
        try (java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(response.body(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            lines = reader.lines().count();
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "%nPOST /v1/evaluate: %,d records in %.2f s, %,.0f records/s (%,d result lines)%n",
                records, seconds, records / seconds, lines);
    }
}
