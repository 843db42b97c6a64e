package vn.dunghan.examples.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.concurrent.CountDownLatch;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.examples.CalendarOptions;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.holidays.Schedules;
import vn.dunghan.json.InvalidDocumentException;
import vn.dunghan.json.PolicyJson;
import vn.dunghan.json.ReadLimits;

/**
 * {@code serve [--port 8080] [--host 127.0.0.1] [--policies P.json] [--calendar C.json]
 * [--schedules S.json] [--threads N] [--queue 64] [--max-body-mib 64] [--time-limit 300]}: runs
 * {@link DunghanService} until the process is stopped (SIGTERM or Ctrl-C), then answers new
 * requests 503 and lets those in flight finish for up to 10 seconds. It listens on loopback unless {@code --host} says otherwise.
 */
public final class ServiceProgram {

    /** The options of {@code serve}. */
    public static final java.util.Set<String> OPTIONS = java.util.Set.of("port", "host", "policies", "calendar",
            "schedules", "office-hours", "threads", "queue", "max-body-mib", "time-limit", "lang");

    private static final int GRACE_SECONDS = 10;

    private ServiceProgram() {
    }

    /**
     * Runs the service until the process stops.
     *
     * @param options  the options by name, without the dashes, not null
     * @param out  where the address is announced, not null
     * @param err  where errors go, not null
     * @return the exit code: 1 for a file that cannot be read, 2 for a bad option
     */
    public static int run(java.util.Map<String, String> options, PrintStream out, PrintStream err) {
        int port;
        int threads;
        int queue;
        long maxBody;
        int timeLimit;
        try {
            port = number(options, "port", 8080, 0, 65_535);
            threads = number(options, "threads", Math.max(2, Runtime.getRuntime().availableProcessors()), 1, 256);
            queue = number(options, "queue", 64, 0, 100_000);
            maxBody = number(options, "max-body-mib", 64, 1, 4096) * 1024L * 1024L;
            timeLimit = number(options, "time-limit", 300, 1, 86_400);
        } catch (IllegalArgumentException ex) {
            err.println(ex.getMessage());
            return 2;
        }
        // the JDK server's own limits on reading a request and writing its answer, in seconds
        System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(timeLimit));
        System.setProperty("sun.net.httpserver.maxRspTime", Integer.toString(timeLimit));
        DunghanService service;
        try {
            DunghanService.Config config = config(options, threads, queue, maxBody);
            service = DunghanService.start(new InetSocketAddress(options.getOrDefault("host", "127.0.0.1"), port),
                    config);
        } catch (InvalidDocumentException | DateTimeException ex) {
            err.println(ex.getMessage());
            return 1;
        } catch (IllegalArgumentException ex) {
            err.println(ex.getMessage());
            return 2;
        } catch (java.nio.file.NoSuchFileException ex) {
            err.println("File " + ex.getMessage() + " does not exist.");
            return 1;
        } catch (IOException ex) {
            err.println("Cannot start the service: " + ex.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop(GRACE_SECONDS);
            stopped.countDown();
        }, "dunghan-service-stop"));
        String address = "http://" + options.getOrDefault("host", "127.0.0.1") + ":" + service.getPort();
        out.println(vietnamese(options) ? "Dịch vụ dunghan đang chạy tại " + address
                + " (GET /openapi.json liệt kê các đường dẫn; dừng bằng Ctrl-C hoặc SIGTERM)"
                : "dunghan service listening on " + address + " (GET /openapi.json lists the routes; stop with Ctrl-C"
                        + " or SIGTERM)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static DunghanService.Config config(java.util.Map<String, String> options, int threads, int queue,
            long maxBody) throws IOException {
        PolicySet policies;
        try (InputStream in = open(options.get("policies"), "/vn/dunghan/examples/policies.json")) {
            policies = PolicyJson.read(in);
        }
        // the civil-service calendar (updated by --schedules), or a calendar document without schedules
        WorkCalendar calendar = CalendarOptions.calendar(options);
        Schedules schedules = options.containsKey("calendar") ? null : CalendarOptions.schedules(options);
        return new DunghanService.Config(calendar, schedules, policies, threads, queue, maxBody, ReadLimits.defaults(),
                vietnamese(options));
    }

    /** The service's language where a request names none: {@code lang}, resolved by the command line. */
    private static boolean vietnamese(java.util.Map<String, String> options) {
        return "vi".equals(options.get("lang"));
    }

    private static InputStream open(String file, String resource) throws IOException {
        return file == null ? ServiceProgram.class.getResourceAsStream(resource) : Files.newInputStream(Path.of(file));
    }

    private static int number(java.util.Map<String, String> options, String name, int byDefault, int min, int max) {
        String text = options.get(name);
        if (text == null) {
            return byDefault;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException ex) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException("Option --" + name + " '" + text + "' must be a whole number from " + min
                + " to " + max + ".");
    }
}
