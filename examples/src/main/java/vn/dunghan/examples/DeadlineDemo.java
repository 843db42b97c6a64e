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
        Arguments arguments = Arguments.parseOptions(args, java.util.Set.of("lang"), "Usage: demo [--lang vi|en]", err);
        if (arguments == null) {
            return 2;
        }
        boolean vi = arguments.vietnamese();
        WorkCalendar calendar = VietnamCalendars.civilService();
        out.println(vi ? "dunghan demo: thời hạn trên lịch làm việc của cơ quan hành chính Việt Nam"
                : "dunghan demo: deadlines on the civil-service calendar of Vietnam");
        out.println();
        LocalDate tet = LunarDate.ofTet(2026).toLocalDate();
        out.println((vi ? "Tết Bính Ngọ rơi vào " : "Tết Bính Ngọ falls on ") + tet + " ("
                + LunarDate.from(tet).toVietnameseText() + ").");
        List<DayOff> tetBreak = calendar.daysOff(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 22));
        out.println(vi ? "Các ngày nghỉ dịp Tết:" : "Days off of the Tết break:");
        for (DayOff day : tetBreak) {
            out.println("  " + day.getDate() + "  " + day.getLocalName().orElse(day.getName()) + " — "
                    + day.getSource().orElse(vi ? "không có nguồn" : "no source"));
        }
        out.println();
        deadlines(out, calendar, vi);
        return 0;
    }

    /** The deadlines of a dossier accepted on the Thursday before Tết 2026. */
    private static void deadlines(PrintStream out, WorkCalendar calendar, boolean vi) {
        LocalDateTime accepted = LocalDateTime.of(2026, 2, 12, 15, 40);
        LocalDate due = calendar.plusWorkingDays(accepted.toLocalDate(), 15);
        java.util.Locale language = vi ? java.util.Locale.forLanguageTag("vi") : java.util.Locale.ENGLISH;
        out.println(vi ? "Tiếp nhận " + accepted + ", thời hạn 15 ngày làm việc:"
                : "Accepted " + accepted + ", time limit 15 working days:");
        out.println((vi ? "  hạn " : "  due ") + due + " (" + (vi ? due.getDayOfWeek().getDisplayName(
                java.time.format.TextStyle.FULL, language) : due.getDayOfWeek()) + "), 24:00");
        LocalDate afterCutoff = calendar.nextWorkingDay(accepted.toLocalDate());
        out.println((vi ? "  nếu giờ tiếp nhận muộn nhất là 15:00, hồ sơ tính là tiếp nhận ngày " + afterCutoff + ", hạn "
                : "  with a 15:00 cut-off the dossier counts as accepted on " + afterCutoff + ", due ")
                + calendar.plusWorkingDays(afterCutoff, 15));
        LocalDate calendarDays = accepted.toLocalDate().plusDays(10);
        out.println((vi ? "  thời hạn 10 ngày kết thúc ngày " + calendarDays + ", chuyển sang "
                : "  a 10-calendar-day limit ends on " + calendarDays + ", moved to ")
                + calendar.nextWorkingDayOrSame(calendarDays) + (vi ? " (Bộ luật Dân sự 2015, Điều 148 khoản 5)"
                : " (Civil Code 2015, Art. 148(5))"));
        out.println();
        Timetable hours = Timetable.ofWeekdays(Session.of(LocalTime.of(7, 30), LocalTime.of(11, 30)),
                Session.of(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        WorkCalendar office = calendar.toBuilder().officeHours(OfficeHours.of(hours)).build();
        LocalDateTime end = office.plusWorkingTime(accepted, Duration.ofHours(8));
        out.println(vi ? "Với giờ làm việc 07:30-11:30 và 13:00-17:00, 8 giờ làm việc từ " + accepted + " kết thúc lúc "
                + end + "." : "With office hours 07:30-11:30 and 13:00-17:00, 8 working hours from " + accepted
                + " end at " + end + ".");
        out.println((vi ? "Số ngày làm việc trong tháng 2/2026: " : "Working days in February 2026: ")
                + calendar.workingDaysBetween(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28)) + ".");
    }
}
