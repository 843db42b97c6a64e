package vn.dunghan.examples;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.LocalDate;

import vn.dunghan.calendar.DayKind;
import vn.dunghan.holidays.DayExplanation;
import vn.dunghan.holidays.ScheduledDay;
import vn.dunghan.holidays.VietnamHolidays;
import vn.dunghan.holidays.YearSchedule;

/**
 * Prints a year's civil-service calendar with reasons: every day off and make-up day, with its
 * kind, legal source, grade and provisional flag ({@code calendar 2026 [--lang vi|en]}).
 */
final class CalendarProgram {

    private CalendarProgram() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments options = Arguments.parse(args, java.util.Set.of("lang", "schedules"), err);
        if (options == null) {
            return 2;
        }
        if (options.positional().size() != 1) {
            err.println("Usage: calendar YEAR [--lang vi|en] [--schedules S.json]   e.g. calendar 2026");
            return 2;
        }
        int year;
        try {
            year = Integer.parseInt(options.positional().get(0));
        } catch (NumberFormatException ex) {
            err.println("Year '" + options.positional().get(0) + "' is not a number such as 2026.");
            return 2;
        }
        YearSchedule schedule;
        try {
            schedule = VietnamHolidays.scheduleOf(CalendarOptions.schedules(options), year);
        } catch (java.io.IOException | vn.dunghan.json.InvalidDocumentException ex) {
            err.println("Option --schedules: " + ex.getMessage());
            return 1;
        } catch (DateTimeException ex) {
            err.println(ex.getMessage());
            return 2;
        }
        boolean vi = options.vietnamese();
        out.println((vi ? "Lịch làm việc của cơ quan hành chính nhà nước năm " : "Civil-service calendar of Vietnam, ")
                + year + status(schedule, vi));
        schedule.getLegalBasis().ifPresent(basis -> out.println((vi ? "Cơ sở pháp lý: " : "Legal basis: ") + basis));
        for (String source : schedule.getSources()) {
            out.println((vi ? "Nguồn: " : "Source: ") + source);
        }
        out.println();
        for (ScheduledDay day : schedule.getDaysOff()) {
            print(out, day, vi);
        }
        for (ScheduledDay day : schedule.getMakeUpDays()) {
            print(out, day, vi);
        }
        int working = 0;
        vn.dunghan.calendar.WorkCalendar calendar;
        try {
            calendar = CalendarOptions.calendar(options);
        } catch (java.io.IOException ex) {
            err.println("Option --schedules: " + ex.getMessage());
            return 1;
        }
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                working++;
            }
        }
        out.println();
        out.println((vi ? "Số ngày làm việc: " : "Working days: ") + working);
        return 0;
    }

    private static void print(PrintStream out, ScheduledDay day, boolean vi) {
        DayExplanation explanation = new DayExplanation(day.getDate(), day.getKind() == DayKind.MAKE_UP,
                java.util.Optional.of(day));
        out.println("  " + (vi ? explanation.toVietnameseText() : explanation.toEnglishText()));
    }

    /** Says whether a year's schedule is announced, partly announced, or the statutory rules alone. */
    private static String status(YearSchedule schedule, boolean vi) {
        if (schedule.isOfficial()) {
            return "";
        }
        if (schedule.getSources().isEmpty()) {
            return vi ? " (theo luật, dự kiến)" : " (statutory rules, provisional)";
        }
        return vi ? " (một số ngày chưa công bố, dự kiến)" : " (some days not yet announced, provisional)";
    }
}
