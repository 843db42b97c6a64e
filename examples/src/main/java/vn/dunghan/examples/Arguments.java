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
                String name = args[i].substring(2);
                if (!known.contains(name)) {
                    err.println("Unknown option '" + args[i] + "'.");
                    return null;
                }
                if (i + 1 == args.length) {
                    err.println("Option " + args[i] + " needs a value.");
                    return null;
                }
                String value = args[++i];
                if (name.equals("lang") && !(value.equals("vi") || value.equals("en"))) {
                    err.println("Option --lang takes vi or en.");
                    return null;
                }
                options.put(name, value);
            } else {
                positional.add(args[i]);
            }
        }
        return new Arguments(List.copyOf(positional), Map.copyOf(options));
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

    boolean vietnamese() {
        return "vi".equals(options.get("lang"));
    }
}
