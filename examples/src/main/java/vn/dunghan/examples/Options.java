package vn.dunghan.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The options shared by the example programs: positional arguments and {@code --lang vi|en}.
 *
 * @param positional  the arguments that are not options
 * @param vietnamese  true for Vietnamese labels
 */
record Options(List<String> positional, boolean vietnamese) {

    /** Parses the arguments, or prints the error and returns null. */
    static Options parse(String[] args, PrintStream err) {
        List<String> positional = new ArrayList<>();
        boolean vietnamese = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang")) {
                if (i + 1 == args.length || !(args[i + 1].equals("vi") || args[i + 1].equals("en"))) {
                    err.println("Option --lang takes vi or en.");
                    return null;
                }
                vietnamese = args[++i].equals("vi");
            } else if (args[i].startsWith("--")) {
                err.println("Unknown option '" + args[i] + "'.");
                return null;
            } else {
                positional.add(args[i]);
            }
        }
        return new Options(List.copyOf(positional), vietnamese);
    }
}
