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
 * a year announced after this release, or a calendar document given with {@code --calendar}. Its
 * office hours, for working-hour limits, are {@code --office-hours}; without it, the civil-service
 * calendar takes {@link VietnamCalendars#TYPICAL_OFFICE_HOURS} and a calendar document its own.
 */
public final class CalendarOptions {

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
        return calendar(arguments.options());
    }

    /**
     * Reads the calendar options of a command given as a map of option names to values.
     *
     * @param options  the options, by name without the dashes, not null
     * @return the calendar, not null
     * @throws IllegalArgumentException if both options are given
     * @throws IOException if a file cannot be read
     * @throws vn.dunghan.json.InvalidDocumentException if a document is invalid
     */
    public static WorkCalendar calendar(java.util.Map<String, String> options) throws IOException {
        WorkCalendar calendar = baseCalendar(options);
        String hours = options.get("office-hours");
        if (hours != null) {
            return calendar.toBuilder().officeHours(officeHours(hours)).build();
        }
        // the civil-service calendar carries no office hours: the typical timetable, said in the help
        return options.containsKey("calendar") ? calendar
                : calendar.toBuilder().officeHours(VietnamCalendars.TYPICAL_OFFICE_HOURS).build();
    }

    /**
     * Writes the typical timetable as {@code --office-hours} takes it.
     *
     * @return the sessions of Monday, such as {@code 07:30-11:30,13:00-17:00}, not null
     */
    static String typicalHours() {
        return VietnamCalendars.TYPICAL_OFFICE_HOURS.getStandard().getSessions(java.time.DayOfWeek.MONDAY).stream()
                .map(Object::toString).collect(java.util.stream.Collectors.joining(","));
    }

    /**
     * Reads {@code --office-hours}: the sessions of Monday to Friday.
     *
     * @param text  such as {@code 07:30-11:30,13:00-17:00}, not null
     * @return the office hours, not null
     * @throws IllegalArgumentException if the text is not such a list
     */
    static vn.dunghan.calendar.OfficeHours officeHours(String text) {
        try {
            String[] parts = text.split(",");
            vn.dunghan.calendar.Session[] sessions = new vn.dunghan.calendar.Session[parts.length];
            for (int i = 0; i < parts.length; i++) {
                sessions[i] = vn.dunghan.calendar.Session.parse(parts[i].strip());
            }
            return vn.dunghan.calendar.OfficeHours.of(vn.dunghan.calendar.Timetable.ofWeekdays(sessions));
        } catch (java.time.DateTimeException | IllegalArgumentException ex) {
            throw new IllegalArgumentException("Option --office-hours '" + text + "' is not a list of sessions of Monday"
                    + " to Friday such as 07:30-11:30,13:00-17:00: " + ex.getMessage());
        }
    }

    private static WorkCalendar baseCalendar(java.util.Map<String, String> options) throws IOException {
        if (options.containsKey("calendar")) {
            if (options.containsKey("schedules")) {
                throw new IllegalArgumentException("Options --calendar and --schedules exclude each other: --schedules"
                        + " updates the civil-service calendar, --calendar replaces it.");
            }
            try (Reader reader = Files.newBufferedReader(Path.of(options.get("calendar")), StandardCharsets.UTF_8)) {
                return CalendarJson.read(reader);
            }
        }
        return options.containsKey("schedules") ? VietnamCalendars.civilService(updates(options))
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
        return schedules(arguments.options());
    }

    /**
     * Reads the bundled schedules merged with the {@code schedules} option, if given.
     *
     * @param options  the options, by name without the dashes, not null
     * @return the schedules, not null
     * @throws IOException if the file cannot be read
     */
    public static Schedules schedules(java.util.Map<String, String> options) throws IOException {
        return options.containsKey("schedules") ? Schedules.bundled().merge(updates(options)) : Schedules.bundled();
    }

    private static Schedules updates(java.util.Map<String, String> options) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(options.get("schedules")))) {
            return Schedules.read(in);
        }
    }
}
