package vn.dunghan.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.holidays.Schedules;
import vn.dunghan.holidays.VietnamCalendars;
import vn.dunghan.json.CalendarJson;

/**
 * The calendar a command works on: the civil-service calendar, updated by {@code --schedules} with
 * a year announced after this release, or a calendar document given with {@code --calendar}.
 */
final class CalendarOptions {

    private CalendarOptions() {
    }

    /**
     * Reads the calendar options of a command.
     *
     * @param arguments  the command's arguments, not null
     * @return the calendar, not null
     * @throws IllegalArgumentException if both options are given
     * @throws IOException if a file cannot be read
     * @throws vn.dunghan.json.InvalidDocumentException if a document is invalid
     */
    static WorkCalendar calendar(Arguments arguments) throws IOException {
        if (arguments.option("calendar").isPresent()) {
            if (arguments.option("schedules").isPresent()) {
                throw new IllegalArgumentException("Options --calendar and --schedules exclude each other: --schedules"
                        + " updates the civil-service calendar, --calendar replaces it.");
            }
            try (Reader reader = Files.newBufferedReader(Path.of(arguments.option("calendar").get()),
                    StandardCharsets.UTF_8)) {
                return CalendarJson.read(reader);
            }
        }
        return arguments.option("schedules").isPresent() ? VietnamCalendars.civilService(updates(arguments))
                : VietnamCalendars.civilService();
    }

    /**
     * Makes the evaluator of a command: its calendar options and policies, checked against the
     * evaluation instant; or prints why the options cannot make one.
     *
     * @param arguments  the command's arguments, not null
     * @param policies  the policies, not null
     * @param asOf  the evaluation instant, not null
     * @param err  where the error goes, not null
     * @return the evaluator, or null after printing the error (exit code 2)
     * @throws IOException if a file cannot be read
     */
    static Evaluator evaluator(Arguments arguments, PolicySet policies, LocalDateTime asOf, PrintStream err)
            throws IOException {
        Evaluator evaluator;
        try {
            evaluator = Evaluator.of(calendar(arguments), policies);
        } catch (IllegalArgumentException ex) {
            err.println(ex.getMessage());
            return null;
        }
        try {
            evaluator.checkInRange(asOf);
        } catch (DateTimeException ex) {
            err.println("Option --as-of: " + ex.getMessage());
            return null;
        }
        return evaluator;
    }

    /**
     * Reads the bundled schedules merged with {@code --schedules}, if given.
     *
     * @param arguments  the command's arguments, not null
     * @return the schedules, not null
     * @throws IOException if the file cannot be read
     */
    static Schedules schedules(Arguments arguments) throws IOException {
        return arguments.option("schedules").isPresent() ? Schedules.bundled().merge(updates(arguments))
                : Schedules.bundled();
    }

    private static Schedules updates(Arguments arguments) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(arguments.option("schedules").get()))) {
            return Schedules.read(in);
        }
    }
}
