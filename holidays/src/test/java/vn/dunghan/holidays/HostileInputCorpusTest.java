package vn.dunghan.holidays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dunghan.bulk.BulkEvaluation;
import vn.dunghan.bulk.DossierSource;
import vn.dunghan.bulk.InputFormat;
import vn.dunghan.bulk.Pipeline;
import vn.dunghan.bulk.ResultLines;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.json.CalendarJson;
import vn.dunghan.json.InvalidDocumentException;
import vn.dunghan.json.ReadLimits;
import vn.dunghan.json.PolicyJson;

/**
 * The committed corpus of malformed and hostile inputs, in
 * {@code src/test/resources/vn/dunghan/holidays/hostile/}, one directory per reader:
 * {@code ndjson/} and {@code csv/} (bulk evaluation on the civil-service calendar with
 * {@code policies.json}, as of 2026-11-26), {@code calendar/} ({@link CalendarJson}),
 * {@code policy/} ({@link PolicyJson}) and {@code schedule/} ({@link Schedules}).
 * <p>
 * Each input {@code name.ext} has its expected outcome in {@code name.expected}: for the bulk
 * readers one line per output record, {@code record TAB id TAB path TAB rule} for an error or
 * {@code record TAB id TAB OK TAB outcome} for a result ({@code -} for an unknown id), so every
 * input record is accounted for; for the document readers {@code path TAB rule}, or {@code OK}.
 * An input {@code name.gen} is generated, not stored: a JSON object with a {@code prefix}, a
 * {@code repeat}ed text, its number of {@code times} and a {@code suffix} (the 10 MB line and the
 * 100,000-deep nesting), streamed without being held in memory.
 * <p>
 * To add a case, add its input, run with {@code -Dhostile.record=true} to write the missing
 * {@code .expected} files, and read every line of them before committing.
 */
class HostileInputCorpusTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final LocalDateTime AS_OF = LocalDateTime.of(2026, 11, 26, 0, 0);
    private static final Path CORPUS = corpus();

    private static Path corpus() {
        try {
            return Path.of(HostileInputCorpusTest.class.getResource("hostile").toURI());
        } catch (URISyntaxException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static List<Path> inputs() throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (String reader : List.of("ndjson", "csv", "portal", "calendar", "policy", "schedule")) {
            try (Stream<Path> files = Files.list(CORPUS.resolve(reader))) {
                files.filter(f -> !f.toString().endsWith(".expected")).sorted().forEach(inputs::add);
            }
        }
        return inputs;
    }

    @Test
    void theCorpusHasAtLeastSixtyCasesEachWithItsExpectedOutcome() throws IOException {
        List<Path> inputs = inputs();
        assertTrue(inputs.size() >= 60, inputs.size() + " cases");
        for (Path input : inputs) {
            assertTrue(Files.exists(expectedFile(input)) || Boolean.getBoolean("hostile.record"),
                    "no expected outcome for " + input.getFileName());
        }
        try (Stream<Path> all = Files.walk(CORPUS)) {
            assertEquals(inputs.size(), all.filter(f -> f.toString().endsWith(".expected")).count(),
                    "every .expected file has its input");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseGivesItsExpectedErrors() throws IOException {
        return inputs().stream().map(input -> DynamicTest.dynamicTest(
                CORPUS.relativize(input).toString(), () -> check(input)));
    }

    private static Path expectedFile(Path input) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
    }

    private static void check(Path input) throws IOException {
        String reader = input.getParent().getFileName().toString();
        String actual = switch (reader) {
            case "ndjson", "csv", "portal" -> bulk(input, InputFormat.valueOf(reader.toUpperCase(java.util.Locale.ROOT)));
            case "calendar" -> document(() -> CalendarJson.read(text(input)));
            case "policy" -> document(() -> PolicyJson.read(text(input)));
            case "schedule" -> document(() -> Schedules.read(text(input)));
            default -> throw new IllegalStateException(reader);
        };
        Path expected = expectedFile(input);
        if (Boolean.getBoolean("hostile.record") && !Files.exists(expected)) {
            Path source = Path.of("src/test/resources/vn/dunghan/holidays/hostile").resolve(CORPUS.relativize(expected));
            Files.writeString(source, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, input.getFileName().toString());
    }

    private static String text(Path input) {
        try {
            return Files.readString(input, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String document(Supplier<?> read) {
        try {
            read.get();
            return "OK\n";
        } catch (InvalidDocumentException ex) {
            return ex.getPath() + "\t" + ex.getRule() + "\n";
        }
    }

    private static String bulk(Path input, InputFormat format) throws IOException {
        Evaluator evaluator = Evaluator.of(VietnamCalendars.civilService(),
                PolicyJson.read(text(CORPUS.resolve("policies.json"))));
        Pipeline pipeline = Pipeline.of(evaluator, AS_OF).withBulk(BulkEvaluation.parallel(2));
        StringWriter out = new StringWriter();
        Pipeline.Counts counts;
        try (DossierSource<?> source = DossierSource.open(format, open(input), ReadLimits.defaults(),
                evaluator.getCalendar())) {
            counts = pipeline.run(source, ResultLines.to(out), done -> { });
        } catch (InvalidDocumentException ex) {
            // a CSV header that cannot be read rejects the whole file
            return "header\t" + ex.getPath() + "\t" + ex.getRule() + "\n";
        }
        StringBuilder lines = new StringBuilder();
        out.toString().lines().map(MAPPER::readTree).forEach(record -> lines.append(describe(record)).append('\n'));
        assertEquals(counts.records(), out.toString().lines().count());
        return lines.toString();
    }

    private static String describe(JsonNode record) {
        String prefix = record.get("record").asLong() + "\t" + (record.has("id") ? record.get("id").asString() : "-");
        JsonNode error = record.get("error");
        if (error != null) {
            return prefix + "\t" + error.get("path").asString() + "\t" + error.get("message").asString();
        }
        return prefix + "\tOK\t" + record.get("outcome").asString();
    }

    private static InputStream open(Path input) throws IOException {
        if (!input.toString().endsWith(".gen")) {
            return Files.newInputStream(input);
        }
        JsonNode spec = MAPPER.readTree(input.toFile());
        return new Generated(spec.get("prefix").asString(), spec.get("repeat").asString(), spec.get("times").asInt(),
                spec.get("suffix").asString());
    }

    /** A prefix, a text repeated many times and a suffix, produced as they are read. */
    private static final class Generated extends InputStream {
        private final ByteArrayInputStream prefix;
        private final byte[] repeat;
        private long remaining;
        private int at;
        private final ByteArrayInputStream suffix;

        Generated(String prefix, String repeat, int times, String suffix) {
            this.prefix = new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8));
            this.repeat = repeat.getBytes(StandardCharsets.UTF_8);
            this.remaining = (long) times * this.repeat.length;
            this.suffix = new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public int read() {
            int b = prefix.read();
            if (b >= 0) {
                return b;
            }
            if (remaining > 0) {
                remaining--;
                byte next = repeat[at];
                at = (at + 1) % repeat.length;
                return next & 0xFF;
            }
            return suffix.read();
        }
    }
}
