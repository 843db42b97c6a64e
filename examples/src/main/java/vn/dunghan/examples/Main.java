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
            "report", "report [--input D.ndjson|D.csv|D.xlsx|D.json] [--format ndjson|csv|portal|xlsx]\n"
                    + "       [--policies P.json] [--as-of 2026-11-26T00:00] [--count 20000] [--seed 2026]\n"
                    + "       [--output-dir dunghan-report] [--threads 2] [--lang vi|en] [--period 2026-10|2026-Q3|2026-H1|2026]\n"
                    + "       [--calendar C.json | --schedules S.json] [--office-hours 07:30-11:30,13:00-17:00]\n"
                    + "  Summarises evaluated dossiers: console tables, CSV tables, Biểu 06 of --period (default: the\n"
                    + "  last full month before --as-of) as the system reports it and as the law says (bieu-06.xlsx,\n"
                    + "  .csv, .json), and report.html. Without --input,\n"
                    + "  a sample of --count dossiers generated with --seed, as of 2026-11-26T00:00. The format is\n"
                    + "  found from the file's name and first bytes unless --format says it (portal: the dossier\n"
                    + "  payload one-stop systems send to the national portal, DongBoHoSoMC; --progress P.json adds the\n"
                    + "  progress entries sent apart, CapNhatTienDoHoSoMC).",
            "evaluate", "evaluate [--policies P.json] [--input D.ndjson|D.csv|D.xlsx|D.json|-]\n"
                    + "         [--format ndjson|csv|portal|xlsx] [--as-of 2026-11-26T00:00] [--output R.ndjson]\n"
                    + "         [--calendar C.json | --schedules S.json] [--office-hours 07:30-11:30,13:00-17:00]\n"
                    + "         [--threads 1] [--lang vi|en]\n"
                    + "  Writes one NDJSON result or error record per input record, in input order. Without --input,\n"
                    + "  the bundled sample; without --as-of, now in Vietnam. The format is found from the file's\n"
                    + "  name and first bytes unless --format says it; --progress P.json adds the portal's progress\n"
                    + "  entries sent apart (CapNhatTienDoHoSoMC). --lang sets the language of the counts on standard\n"
                    + "  error; the results are the same JSON in both.",
            "generate", "generate [--count 1000] [--seed 2026] [--as-of 2026-11-26T00:00] [--output D.ndjson] [--lang vi|en]\n"
                    + "  Writes synthetic dossiers with the patterns of the sample planted at documented rates.",
            "deadline", "deadline --accepted 2026-02-12T15:40 (--procedure 1.004222 | --limit \"15 WORKING_DAYS\")"
                    + " [--cutoff 15:00] [--lang vi|en]\n"
                    + "         [--policies P.json] [--calendar C.json | --schedules S.json]\n"
                    + "         [--office-hours 07:30-11:30,13:00-17:00]\n"
                    + "  Computes one deadline on the civil-service calendar (or --calendar), with its derivation.\n"
                    + "  Working hours are counted on --office-hours, Monday to Friday; without it, on a common\n"
                    + "  timetable (07:30-11:30,13:00-17:00) for the civil-service calendar, as no national rule\n"
                    + "  sets one, and on its own office hours for a --calendar document.",
            "calendar", "calendar YEAR [--lang vi|en] [--schedules S.json]\n  Prints a year's civil-service calendar with the reason,"
                    + " source and grade of each day.",
            "lunar", "lunar DATE... [--lang vi|en]\n  Converts Gregorian dates to the Vietnamese lunar calendar.",
            "demo", "demo [--lang vi|en]\n  Computes sample deadlines around Tết 2026.",
            "serve", "serve [--port 8080] [--host 127.0.0.1] [--policies P.json] [--calendar C.json | --schedules S.json]\n"
                    + "      [--office-hours 07:30-11:30,13:00-17:00] [--threads N] [--queue 64] [--max-body-mib 64]\n"
                    + "      [--time-limit 300] [--lang vi|en]\n"
                    + "  Runs the JSON-over-HTTP service until stopped (Ctrl-C or SIGTERM); GET /openapi.json lists"
                    + " the routes.\n  Texts are in the language of a request's Accept-Language, else in --lang.");

    static int run(String[] args, PrintStream out, PrintStream err) {
        // no command, or options alone: the default command, report
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            // the program's help, not the default command's
            return run(new String[] {"help"}, out, err);
        }
        boolean report = args.length == 0 || args[0].startsWith("--");
        String command = report ? "report" : args[0];
        String[] rest = report ? args : Arrays.copyOfRange(args, 1, args.length);
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
                if (arguments == null) {
                    return 2;
                }
                java.util.Map<String, String> options = new java.util.HashMap<>(arguments.options());
                options.put("lang", arguments.vietnamese() ? "vi" : "en");
                return ServiceProgram.run(options, out, err);
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

    /** The commands in the order help lists them; each one's usage comes from {@link #USAGE}. */
    private static final java.util.List<String> COMMANDS = java.util.List.of("report", "evaluate", "generate",
            "deadline", "serve", "calendar", "lunar", "demo");

    private static void usage(PrintStream out) {
        out.println("Usage: java -jar dunghan.jar [command] [options]; without a command, report on the sample.");
        out.println("Options take a value as --name value or --name=value; dates as 2026-11-26T08:00, 2026-11-26"
                + " or 26/11/2026 08:00.");
        for (String command : COMMANDS) {
            out.println();
            out.println(USAGE.get(command));
        }
        out.println();
        out.println("help prints this; COMMAND --help prints one command's options.");
        out.println("Exit codes: 0 success, 1 a file that cannot be read or written or an invalid document,"
                + " 2 bad arguments.");
    }
}
