package vn.dunghan.examples;

import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

import vn.dunghan.deadline.Deadline;
import vn.dunghan.deadline.DeadlineCalculator;
import vn.dunghan.deadline.TimeLimit;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.dossier.ProcedureSpec;
import vn.dunghan.json.PolicyJson;

/**
 * Computes one deadline with its derivation on the civil-service calendar:
 * {@code deadline --accepted 2026-02-12T15:40 (--procedure 1.004222 | --limit "15 WORKING_DAYS")
 * [--cutoff 15:00]}. A procedure is looked up in the bundled catalogue (its limit and cut-off);
 * {@code --limit} takes an amount and a unit ({@code WORKING_DAYS}, {@code DAYS}, {@code MONTHS},
 * {@code HOURS}). Exit codes: 0 success, 2 bad arguments.
 */
final class DeadlineProgram {

    private static final Set<String> OPTIONS = Set.of("accepted", "procedure", "limit", "cutoff", "lang", "policies",
            "calendar", "schedules", "office-hours");

    private DeadlineProgram() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(args, OPTIONS, err);
        if (arguments == null) {
            return 2;
        }
        String usage = "Usage: deadline --accepted 2026-02-12T15:40 (--procedure 1.004222 | --limit \"15 WORKING_DAYS\")"
                + " [--cutoff 15:00]";
        if (arguments.option("procedure").isPresent() && arguments.option("limit").isPresent()) {
            err.println("Options --procedure and --limit exclude each other: a procedure brings its own limit.");
            err.println(usage);
            return 2;
        }
        if (arguments.option("accepted").isEmpty() || arguments.option("procedure").isEmpty()
                && arguments.option("limit").isEmpty()) {
            err.println(arguments.option("accepted").isEmpty() ? "Option --accepted is required."
                    : "Give --procedure or --limit.");
            err.println(usage);
            return 2;
        }
        try {
            LocalDateTime accepted = arguments.dateTime("accepted").get();
            TimeLimit limit;
            LocalTime cutoff = arguments.option("cutoff").map(LocalTime::parse).orElse(null);
            String name = null;
            if (arguments.option("procedure").isPresent()) {
                PolicySet catalogue;
                try (java.io.Reader reader = arguments.option("policies").isPresent()
                        ? java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(arguments.option("policies").get()),
                                StandardCharsets.UTF_8)
                        : new InputStreamReader(DeadlineProgram.class.getResourceAsStream("policies.json"),
                                StandardCharsets.UTF_8)) {
                    catalogue = PolicyJson.read(reader);
                }
                String code = arguments.option("procedure").get();
                ProcedureSpec spec = catalogue.getProcedures().get(code);
                if (spec == null) {
                    err.println("Procedure " + code + " is not in the " + (arguments.option("policies").isPresent()
                            ? "policies " + arguments.option("policies").get() : "bundled catalogue")
                            + "; give --limit instead.");
                    return 2;
                }
                limit = spec.limit();
                name = spec.code() + " " + (spec.name() == null ? "" : spec.name());
                cutoff = cutoff != null ? cutoff : spec.cutoff();
            } else {
                limit = TimeLimit.parse(arguments.option("limit").get());
            }
            Deadline deadline = DeadlineCalculator.of(CalendarOptions.calendar(arguments)).compute(accepted, limit, cutoff);
            if (name != null) {
                out.println(name.trim());
            }
            out.println(arguments.vietnamese() ? deadline.toVietnameseText() : deadline.toText());
            if (limit.getUnit() == vn.dunghan.deadline.LimitUnit.WORKING_HOURS) {
                String hours = arguments.option("office-hours").orElse(arguments.option("calendar").isPresent()
                        ? null : CalendarOptions.typicalHours());
                if (hours != null) {
                    out.println(arguments.vietnamese()
                            ? "Giờ làm việc thứ Hai đến thứ Sáu: " + hours + (arguments.option("office-hours").isPresent()
                                    ? "" : " (giờ thường gặp, không do quy định quốc gia ấn định; đặt bằng --office-hours)")
                            : "Office hours Monday to Friday: " + hours + (arguments.option("office-hours").isPresent()
                                    ? "" : " (a common timetable, not set by national law; give yours with --office-hours)"));
                }
            }
            return 0;
        } catch (DateTimeParseException ex) {
            err.println(ex.getParsedString().equals(arguments.option("accepted").orElse(null))
                    ? Arguments.dateTimeError("accepted", ex.getParsedString())
                    : "Option --cutoff '" + ex.getParsedString() + "' is not a time such as 15:00.");
            return 2;
        } catch (vn.dunghan.json.InvalidDocumentException ex) {
            err.println(ex.getMessage());
            return 1;
        } catch (IllegalArgumentException | DateTimeException ex) {
            err.println(ex.getMessage());
            return 2;
        } catch (java.nio.file.NoSuchFileException ex) {
            err.println("File " + ex.getFile() + " does not exist.");
            return 1;
        } catch (java.io.IOException ex) {
            err.println("Cannot read: " + ex.getMessage());
            return 1;
        }
    }
}
