package vn.dunghan.examples;

import java.io.PrintStream;
import java.util.Arrays;

import vn.dunghan.examples.service.ServiceProgram;

/**
 * The dunghan command line: {@code java -jar examples/target/dunghan.jar [command] [options]}.
 * <p>
 * With no command it runs the main example, {@code report}, on the generated sample.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs a command.
     *
     * @param args  the command and its options
     */
    public static void main(String[] args) {
        int code;
        try {
            code = run(args, System.out, System.err);
        } catch (OutOfMemoryError ex) {
            // the outputs in progress were temporary files, removed on the way out: nothing half-written remains
            System.err.println("Out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB of heap):"
                    + " give the JVM more with -Xmx, or use fewer --threads.");
            code = 1;
        }
        System.exit(code);
    }

    /** The usage of each command, printed by {@code COMMAND --help}. */
    private static final java.util.Map<String, String> USAGE = java.util.Map.of(
            "report", "report [--input D.ndjson|D.csv] [--policies P.json] [--as-of 2026-11-26T00:00] [--count 20000]\n"
                    + "       [--seed 2026] [--output-dir dunghan-report] [--threads 2] [--lang vi|en]\n"
                    + "  Summarises evaluated dossiers: console tables, CSV tables and report.html. Without --input,\n"
                    + "  a sample of --count dossiers generated with --seed, as of 2026-11-26T00:00.",
            "evaluate", "evaluate [--policies P.json] [--input D.ndjson|D.csv|-] [--as-of 2026-11-26T00:00]\n"
                    + "         [--calendar C.json] [--output R.ndjson] [--threads 1]\n"
                    + "  Writes one NDJSON result or error record per input record, in input order. Without --input,\n"
                    + "  the bundled sample; without --as-of, now in Vietnam.",
            "generate", "generate [--count 1000] [--seed 2026] [--as-of 2026-11-26T00:00] [--output D.ndjson]\n"
                    + "  Writes synthetic dossiers with the patterns of the sample planted at documented rates.",
            "deadline", "deadline --accepted 2026-02-12T15:40 (--procedure 1.004222 | --limit \"15 WORKING_DAYS\")"
                    + " [--cutoff 15:00] [--lang vi|en]\n  Computes one deadline on the civil-service calendar, with its"
                    + " derivation.",
            "calendar", "calendar YEAR [--lang vi|en]\n  Prints a year's civil-service calendar with the reason,"
                    + " source and grade of each day.",
            "lunar", "lunar DATE... [--lang vi|en]\n  Converts Gregorian dates to the Vietnamese lunar calendar.",
            "demo", "demo\n  Computes sample deadlines around Tết 2026.",
            "serve", "serve [--port 8080] [--host 127.0.0.1] [--policies P.json] [--calendar C.json | --schedules S.json]\n"
                    + "      [--threads N] [--queue 64] [--max-body-mib 64] [--time-limit 300]\n"
                    + "  Runs the JSON-over-HTTP service until stopped (Ctrl-C or SIGTERM); GET /openapi.json lists"
                    + " the routes.");

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "report" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        if (USAGE.containsKey(command) && Arrays.asList(rest).contains("--help")) {
            out.println("Usage: java -jar dunghan.jar " + USAGE.get(command));
            out.println("Exit codes: 0 success, 1 a file that cannot be read or written or an invalid document,"
                    + " 2 bad arguments.");
            return 0;
        }
        switch (command) {
            case "demo":
                return DeadlineDemo.run(rest, out, err);
            case "calendar":
                return CalendarProgram.run(rest, out, err);
            case "lunar":
                return LunarProgram.run(rest, out, err);
            case "evaluate":
                return EvaluateProgram.run(rest, System.in, out, err);
            case "report":
                return ReportProgram.run(rest, System.in, out, err);
            case "generate":
                return GenerateProgram.run(rest, out, err);
            case "deadline":
                return DeadlineProgram.run(rest, out, err);
            case "serve": {
                Arguments arguments = Arguments.parseOptions(rest, ServiceProgram.OPTIONS,
                        "Usage: java -jar dunghan.jar " + USAGE.get("serve"), err);
                return arguments == null ? 2 : ServiceProgram.run(arguments.options(), out, err);
            }
            case "--help":
            case "-h":
            case "help":
                usage(out);
                return 0;
            default:
                err.println("Unknown command '" + command + "'.");
                usage(err);
                return 2;
        }
    }

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar dunghan.jar [command]");
        out.println("Commands:");
        out.println("  report [--input D.ndjson] [--policies P.json] [--as-of T] [--count N] [--output-dir DIR]");
        out.println("                            summarises evaluations (the default; a generated sample without --input)");
        out.println("  generate [--count N] [--seed S] [--as-of T] [--output D.ndjson]");
        out.println("                            writes synthetic dossiers");
        out.println("  deadline --accepted T (--procedure CODE | --limit \"15 WORKING_DAYS\") [--cutoff 15:00]");
        out.println("                            computes one deadline with its derivation");
        out.println("  demo                      computes sample deadlines around Tết");
        out.println("  calendar YEAR [--lang vi]  prints a year's civil-service calendar with reasons");
        out.println("  lunar DATE... [--lang vi]  converts dates to the Vietnamese lunar calendar");
        out.println("  evaluate [--policies P.json] [--input D.ndjson|-] [--as-of 2026-11-26T00:00]");
        out.println("           [--calendar C.json] [--output R.ndjson]");
        out.println("                            evaluates dossiers (bundled sample without --input)");
        out.println("  serve [--port 8080] [--host 127.0.0.1] [--policies P.json] [--calendar C.json]");
        out.println("                            runs the JSON-over-HTTP service");
        out.println("  help                      prints this help; COMMAND --help prints a command's options");
    }
}
