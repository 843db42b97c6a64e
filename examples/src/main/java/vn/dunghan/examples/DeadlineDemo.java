package vn.dunghan.examples;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import vn.dunghan.calendar.DayOff;
import vn.dunghan.calendar.OfficeHours;
import vn.dunghan.calendar.Session;
import vn.dunghan.calendar.Timetable;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.holidays.VietnamCalendars;
import vn.dunghan.holidays.lunar.LunarDate;

/**
 * The main example: deadlines of dossiers accepted around Tết 2026 on the civil-service
 * calendar, counted as the Civil Code 2015 counts them (Art. 147: the acceptance day is not counted;
 * Art. 148(5): a last day that is not a working day moves to the next working day).
 */
final class DeadlineDemo {

    private DeadlineDemo() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0) {
            err.println("The demo takes no arguments.");
            return 2;
        }
        WorkCalendar calendar = VietnamCalendars.civilService();
        out.println("dunghan demo: deadlines on the civil-service calendar of Vietnam");
        out.println();
        LocalDate tet = LunarDate.ofTet(2026).toLocalDate();
        out.println("Tết Bính Ngọ falls on " + tet + " (" + LunarDate.from(tet).toVietnameseText() + ").");
        List<DayOff> tetBreak = calendar.daysOff(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22));
        out.println("Days off of the Tết break:");
        for (DayOff day : tetBreak) {
            out.println("  " + day.getDate() + "  " + day.getLocalName().orElse(day.getName()) + " — "
                    + day.getSource().orElse("no source"));
        }
        out.println();
        LocalDateTime accepted = LocalDateTime.of(2026, 2, 12, 15, 40);
        LocalDate due = calendar.plusWorkingDays(accepted.toLocalDate(), 15);
        out.println("Accepted " + accepted + ", time limit 15 working days:");
        out.println("  due " + due + " (" + due.getDayOfWeek() + "), 24:00");
        LocalDate afterCutoff = calendar.nextWorkingDay(accepted.toLocalDate());
        out.println("  with a 15:00 cut-off the dossier counts as accepted on " + afterCutoff + ", due "
                + calendar.plusWorkingDays(afterCutoff, 15));
        LocalDate calendarDays = accepted.toLocalDate().plusDays(10);
        out.println("  a 10-calendar-day limit ends on " + calendarDays + ", moved to "
                + calendar.nextWorkingDayOrSame(calendarDays) + " (Civil Code 2015, Art. 148(5))");
        out.println();
        Timetable hours = Timetable.ofWeekdays(Session.of(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                Session.of(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        WorkCalendar office = calendar.toBuilder().officeHours(OfficeHours.of(hours)).build();
        out.println("With office hours 07:30-11:30 and 13:00-17:00, 8 working hours from " + accepted + " end at "
                + office.plusWorkingTime(accepted, Duration.ofHours(8)) + ".");
        out.println("Working days in February 2026: "
                + calendar.workingDaysBetween(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)) + ".");
        return 0;
    }
}
