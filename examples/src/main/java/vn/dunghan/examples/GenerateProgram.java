package vn.dunghan.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Set;

import vn.dunghan.dossier.PolicySet;
import vn.dunghan.holidays.VietnamCalendars;
import vn.dunghan.json.DossierJson;
import vn.dunghan.json.PolicyJson;

/**
 * Writes synthetic dossiers as NDJSON: {@code generate [--count 1000] [--seed 2026]
 * [--as-of 2026-11-26T00:00] [--output D.ndjson]}, with the procedures of the bundled catalogue and
 * the patterns of {@link SampleGenerator}. Exit codes: 0 success, 1 a file that cannot be written,
 * 2 bad arguments.
 */
final class GenerateProgram {

    private static final Set<String> OPTIONS = Set.of("count", "seed", "as-of", "output", "lang");

    private GenerateProgram() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, OPTIONS, err);
        if (arguments == null) {
            return 2;
        }
        int count;
        long seed;
        LocalDateTime asOf;
        try {
            count = Integer.parseInt(arguments.option("count").orElse("1000"));
            seed = Long.parseLong(arguments.option("seed").orElse("2026"));
            asOf = arguments.dateTime("as-of").orElse(ReportProgram.SAMPLE_AS_OF);
        } catch (NumberFormatException ex) {
            err.println("Options --count and --seed take whole numbers.");
            return 2;
        } catch (DateTimeParseException ex) {
            err.println(Arguments.dateTimeError("as-of", ex.getParsedString()));
            return 2;
        }
        if (!arguments.positional().isEmpty() || count < 1 || count > 10_000_000) {
            err.println("Usage: generate [--count 1..10000000] [--seed 2026] [--as-of 2026-11-26T00:00] [--output D.ndjson]"
                    + " [--lang vi|en]");
            return 2;
        }
        PolicySet policies = PolicyJson.read(new InputStreamReader(
                GenerateProgram.class.getResourceAsStream("policies.json"), StandardCharsets.UTF_8));
        SampleGenerator generator = new SampleGenerator(VietnamCalendars.civilService(),
                new ArrayList<>(policies.getProcedures().values()), seed, asOf);
        Path file = arguments.option("output").map(Path::of).orElse(null);
        try (AtomicOutput atomic = file == null ? null : AtomicOutput.open(file)) {
            Writer writer = atomic != null ? atomic.writer()
                    : new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            Progress progress = new Progress(err, count, arguments.vietnamese());
            for (int i = 1; i <= count; i++) {
                writer.write(DossierJson.write(generator.next(i)));
                writer.write('\n');
                if ((i & 1023) == 0 || i == count) {
                    progress.accept(i);
                }
            }
            progress.finish();
            if (atomic != null) {
                atomic.commit();
            } else {
                writer.flush();
            }
        } catch (IOException ex) {
            err.println("Cannot write: " + ex.getMessage());
            return 1;
        }
        return 0;
    }
}
