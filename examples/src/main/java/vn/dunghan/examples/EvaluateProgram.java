package vn.dunghan.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;

import vn.dunghan.analytics.DisplayText;
import vn.dunghan.bulk.BulkEvaluation;
import vn.dunghan.bulk.DossierSource;
import vn.dunghan.bulk.InputFormat;
import vn.dunghan.bulk.Pipeline;
import vn.dunghan.bulk.ResultLines;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.json.InvalidDocumentException;
import vn.dunghan.json.PolicyJson;

/**
 * Evaluates dossiers into NDJSON results:
 * {@code evaluate [--policies P.json] [--input FILE|-] [--format ndjson|csv|portal|xlsx]
 * [--as-of 2026-11-26T00:00] [--calendar C.json] [--output R.ndjson] [--threads N]}; the output is
 * the same whatever the number of threads. The input's format is found from its name and first
 * bytes ({@link vn.dunghan.bulk.InputFormat#detect}) unless {@code --format} names it. Without
 * {@code --policies} and {@code --input} it runs on the bundled sample (the catalogue's procedures
 * and a handful of dossiers); {@code --input -} reads standard input; without {@code --output}
 * results go to standard output. The calendar is the civil-service calendar unless
 * {@code --calendar} names a calendar document; {@code --as-of} defaults to now in Vietnam.
 * <p>
 * Exit codes: 0 when records were read (error records included; the counts go to standard
 * error), 1 when a file cannot be read or written, a policy or calendar document is invalid, or
 * every record is an error (the output is still written), 2 for bad arguments.
 */
final class EvaluateProgram {

    private static final String USAGE = "Usage: evaluate [--policies P.json] [--input D.ndjson|D.csv|D.xlsx|D.json|-]"
            + " [--format ndjson|csv|portal|xlsx] [--as-of 2026-11-26T00:00] [--calendar C.json | --schedules S.json]"
            + " [--office-hours 07:30-11:30,13:00-17:00] [--progress P.json] [--output R.ndjson] [--threads 1] [--lang vi|en];"
            + " see evaluate --help";
    private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi-VN");
    private static final Set<String> OPTIONS = Set.of("lang", "policies", "input", "format", "progress", "as-of", "calendar", "schedules", "office-hours",
            "output", "threads");

    private EvaluateProgram() {
    }

    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parseOptions(args, OPTIONS, USAGE, err);
        if (arguments == null) {
            return 2;
        }
        int threads = arguments.threads(1, err);
        if (threads == 0) {
            return 2;
        }
        if (arguments.option("output").isPresent()) {
            java.util.Map<String, String> inputs = new java.util.HashMap<>();
            inputs.put("--input", arguments.option("input").orElse(null));
            inputs.put("--policies", arguments.option("policies").orElse(null));
            inputs.put("--calendar", arguments.option("calendar").orElse(null));
            inputs.put("--schedules", arguments.option("schedules").orElse(null));
            String collision = AtomicOutput.collision(Path.of(arguments.option("output").get()), inputs);
            if (collision != null) {
                err.println(collision);
                return 2;
            }
        }
        InputFormat format = DossierInput.format(arguments);
        LocalDateTime asOf;
        try {
            asOf = arguments.dateTime("as-of")
                    .orElseGet(() -> LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).withNano(0));
        } catch (DateTimeParseException ex) {
            err.println(Arguments.dateTimeError("as-of", ex.getParsedString()));
            return 2;
        }
        try {
            PolicySet policies;
            try (Reader reader = open(arguments.option("policies").orElse(null), "policies.json", stdin)) {
                policies = PolicyJson.read(reader);
            }
            Evaluator evaluator = CalendarOptions.evaluator(arguments, policies, asOf, err);
            if (evaluator == null) {
                return 2;
            }
            Pipeline pipeline = Pipeline.of(evaluator, asOf).withBulk(BulkEvaluation.parallel(threads));
            Pipeline.Counts counts;
            Path file = arguments.option("output").map(Path::of).orElse(null);
            try (DossierSource<?> source = DossierInput.open(arguments.option("input").orElse(null),
                    "sample-dossiers.ndjson", format, stdin, evaluator.getCalendar(),
                    arguments.option("progress").map(Path::of).orElse(null));
                    AtomicOutput atomic = file == null ? null : AtomicOutput.open(file)) {
                Writer output = atomic != null ? atomic.writer()
                        : new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                source.getNotes().forEach(note -> err.println(DisplayText.visible(note)));
                Progress progress = new Progress(err, 0, arguments.vietnamese());
                counts = pipeline.run(source, ResultLines.to(output), progress);
                progress.finish();
                if (atomic != null) {
                    atomic.commit();
                } else {
                    output.flush();
                }
            }
            err.println(arguments.vietnamese()
                    ? String.format(VIETNAMESE, "%,d bản ghi: %,d kết quả, %,d lỗi (tính đến %s)", counts.records(),
                            counts.results(), counts.errors(), asOf)
                    : count(counts.records(), "record") + ": " + count(counts.results(), "result") + ", "
                            + count(counts.errors(), "error") + " (as of " + asOf + ")");
            return DossierInput.allRejected(counts, format, err) ? 1 : 0;
        } catch (InvalidDocumentException ex) {
            err.println(ex.getMessage());
            return 1;
        } catch (IllegalArgumentException ex) {
            err.println(ex.getMessage());
            return 2;
        } catch (NoSuchFileException ex) {
            err.println("File " + ex.getFile() + " does not exist.");
            return 1;
        } catch (IOException | UncheckedIOException ex) {
            err.println("Cannot read or write: " + ex.getMessage());
            return 1;
        }
    }

    /** Opens a file as text, standard input for "-", or the bundled resource when no file is named. */
    private static Reader open(String file, String resource, InputStream stdin) throws IOException {
        if (file == null) {
            InputStream in = EvaluateProgram.class.getResourceAsStream(resource);
            if (in == null) {
                throw new NoSuchFileException(resource);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
        if (file.equals("-")) {
            return new InputStreamReader(stdin, StandardCharsets.UTF_8);
        }
        return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    }

    /** A count with its noun, singular for one: {@code 1 error}, {@code 2 errors}. */
    private static String count(long n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
