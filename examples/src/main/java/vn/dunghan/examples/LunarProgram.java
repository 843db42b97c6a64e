package vn.dunghan.examples;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.LocalDate;

import vn.dunghan.holidays.lunar.LunarDate;

/** Converts Gregorian dates to the Vietnamese lunar calendar ({@code lunar 2026-02-17 [--lang vi|en]}). */
final class LunarProgram {

    private LunarProgram() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments options = Arguments.parse(args, java.util.Set.of("lang"), err);
        if (options == null) {
            return 2;
        }
        if (options.positional().isEmpty()) {
            err.println("Usage: lunar DATE... [--lang vi|en]   e.g. lunar 2026-02-17");
            return 2;
        }
        for (String text : options.positional()) {
            try {
                LunarDate lunar = LunarDate.from(LocalDate.parse(text));
                out.println(text + "  " + lunar + "  "
                        + (options.vietnamese() ? lunar.toVietnameseText() : lunar.toEnglishText()));
            } catch (DateTimeException ex) {
                err.println("Date '" + text + "': " + ex.getMessage());
                return 2;
            }
        }
        return 0;
    }
}
