package vn.dunghan.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The arguments of one command: positional arguments and {@code --name value} options among those
 * the command knows. {@code --lang} takes {@code vi} or {@code en}.
 *
 * @param positional  the arguments that are not options
 * @param options  the options given, by name without the dashes
 */
record Arguments(List<String> positional, Map<String, String> options) {

    /**
     * Parses the arguments of a command that takes options only, or prints the error (the usage
     * line for a stray positional argument) and returns null.
     */
    static Arguments parseOptions(String[] args, Set<String> known, String usage, PrintStream err) {
        Arguments arguments = parse(args, known, err);
        if (arguments != null && !arguments.positional().isEmpty()) {
            err.println("Unexpected argument '" + arguments.positional().get(0) + "': this command takes options only.");
            err.println(usage);
            return null;
        }
        return arguments;
    }

    /** Parses the arguments, or prints the error and returns null. */
    static Arguments parse(String[] args, Set<String> known, PrintStream err) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                // --name value, or --name=value
                int eq = args[i].indexOf('=');
                String name = eq < 0 ? args[i].substring(2) : args[i].substring(2, eq);
                if (!known.contains(name)) {
                    err.println("Unknown option '--" + name + "'.");
                    return null;
                }
                if (eq < 0 && i + 1 == args.length) {
                    err.println("Option " + args[i] + " needs a value.");
                    return null;
                }
                String value = eq < 0 ? args[++i] : args[i].substring(eq + 1);
                if (name.equals("lang")) {
                    value = value.toLowerCase(java.util.Locale.ROOT);
                    if (!(value.equals("vi") || value.equals("en"))) {
                        err.println("Option --lang takes vi or en, not '" + value + "'.");
                        return null;
                    }
                }
                if (name.equals("format")) {
                    try {
                        vn.dunghan.bulk.InputFormat.of(value);
                    } catch (IllegalArgumentException ex) {
                        err.println("Option --format: " + ex.getMessage() + ".");
                        return null;
                    }
                }
                if (options.putIfAbsent(name, value) != null) {
                    err.println("Option --" + name + " is given twice ('" + options.get(name) + "' and '" + value
                            + "'); give it once.");
                    return null;
                }
            } else {
                positional.add(args[i]);
            }
        }
        return new Arguments(List.copyOf(positional), Map.copyOf(options));
    }

    /**
     * Reads a date-time option in Vietnam time, in the forms the input files take
     * ({@link vn.dunghan.json.VietnamTimes}): {@code 2026-11-26T08:00}, {@code 26/11/2026 08:00},
     * or a date alone ({@code 2026-11-26}, {@code 26/11/2026}), which means its start.
     *
     * @throws java.time.format.DateTimeParseException if the value has none of these forms
     */
    Optional<java.time.LocalDateTime> dateTime(String name) {
        return option(name).map(Arguments::parseDateTime);
    }

    static java.time.LocalDateTime parseDateTime(String text) {
        return vn.dunghan.json.VietnamTimes.parse(text, java.time.LocalTime.MIDNIGHT);
    }

    /** The error for a date-time option that cannot be read, with examples. */
    static String dateTimeError(String name, String value) {
        return "Option --" + name + " '" + value + "' is not a date-time such as 2026-11-26T08:00, 2026-11-26 or"
                + " 26/11/2026 08:00.";
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /**
     * Reads {@code --threads}, a number from 1 to 256, or prints the error and returns 0.
     *
     * @param byDefault  the number when the option is absent
     * @param err  where the error goes
     * @return the number of threads, or 0 if the value is not valid
     */
    int threads(int byDefault, PrintStream err) {
        int threads;
        try {
            threads = Integer.parseInt(option("threads").orElse(Integer.toString(byDefault)));
        } catch (NumberFormatException ex) {
            threads = 0;
        }
        if (threads < 1 || threads > 256) {
            err.println("Option --threads takes a number from 1 to 256.");
            return 0;
        }
        return threads;
    }

    /**
     * Checks if the output is to be Vietnamese: {@code --lang vi}, or without {@code --lang} a JVM
     * whose locale is Vietnamese.
     */
    boolean vietnamese() {
        String lang = options.get("lang");
        return lang != null ? lang.equals("vi") : java.util.Locale.getDefault().getLanguage().equals("vi");
    }
}
