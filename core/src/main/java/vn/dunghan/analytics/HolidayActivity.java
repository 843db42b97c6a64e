package vn.dunghan.analytics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;

import vn.dunghan.calendar.DayKind;
import vn.dunghan.calendar.DayOff;
import vn.dunghan.calendar.WorkCalendar;

/**
 * The activity of each counter on the working days around long breaks (Tết and the other breaks
 * of at least four days that contain a public holiday), with the working days on which a counter
 * that is normally busy accepted and returned nothing. One-stop counters must stay staffed around
 * the breaks (Decree 61/2018/NĐ-CP, Arts 9(3), 9(6) and 12(8)).
 * <p>
 * A counter is <em>normally busy</em> when it averages at least {@link #BUSY_PER_DAY} dossiers
 * (accepted plus returned) per working day over the period of the data.
 * <p>
 * This is a thread-safe utility class.
 */
public final class HolidayActivity {

    /** The least average of dossiers per working day for a counter to count as normally busy. */
    public static final double BUSY_PER_DAY = 2.0;
    /** The least number of consecutive days off for a break to count as long. */
    public static final int LONG_BREAK_DAYS = 4;

    private HolidayActivity() {
    }

    /**
     * A long break: its days off, and the occasion of its first public holiday.
     *
     * @param from  the first day off, not null
     * @param to  the last day off, not null
     * @param name  the occasion of the first holiday in it, such as {@code Lunar New Year (Tết)}, not null
     * @param localName  the occasion in Vietnamese, such as {@code Tết Nguyên đán}, or the name when unknown, not null
     */
    public record Break(LocalDate from, LocalDate to, String name, String localName) {

        /**
         * Gets the occasion in a language: Vietnamese for {@code vi}, else English.
         *
         * @param language  the language, not null
         * @return the name, not null
         */
        public String name(java.util.Locale language) {
            return language.getLanguage().equals("vi") ? localName : name;
        }

        /**
         * Checks if this is the Tết break: its first holiday is of the Lunar New Year.
         *
         * @return true for Tết Nguyên đán
         */
        public boolean isTet() {
            return name.startsWith("Lunar New Year") || localName.startsWith("Tết Nguyên đán");
        }
    }

    /**
     * The occasion of a holiday's name, without the day within it: {@code Lunar New Year (Tết)} of
     * {@code Lunar New Year (Tết), day 29 of month 12}, {@code Tết Nguyên đán} of
     * {@code Tết Nguyên đán (ngày 29 tháng Chạp)}.
     */
    static String occasion(String name) {
        int day = name.indexOf(", day ");
        String text = day > 0 ? name.substring(0, day) : name;
        int open = text.lastIndexOf(" (");
        if (open > 0 && text.endsWith(")") && text.substring(open).chars().anyMatch(Character::isDigit)) {
            text = text.substring(0, open);
        }
        return text;
    }

    /**
     * The activity of one counter on one working day near a break.
     *
     * @param breakPeriod  the break, not null
     * @param agency  the agency, not null
     * @param date  the working day, not null
     * @param offset  its position: -1 for the last working day before the break, 1 for the first after
     * @param accepted  the dossiers accepted
     * @param returned  the results returned
     * @param completed  the dossiers recorded as completed by the agency's offices
     * @param idle  true if the counter is normally busy and did nothing that day
     * @param usual  the agency's usual acceptances and returns per working day over the data
     */
    public record Day(Break breakPeriod, String agency, LocalDate date, int offset, int accepted, int returned,
            int completed, boolean idle, double usual) {
    }

    /**
     * Finds the long breaks of a calendar within a period.
     *
     * @param calendar  the calendar, not null
     * @param from  the first date, within the calendar, not null
     * @param to  the last date, within the calendar, not null
     * @return the breaks in date order, not null
     */
    public static List<Break> longBreaks(WorkCalendar calendar, LocalDate from, LocalDate to) {
        Objects.requireNonNull(calendar, "calendar");
        List<Break> breaks = new ArrayList<>();
        LocalDate d = from;
        while (!d.isAfter(to)) {
            if (calendar.isWorkingDay(d)) {
                d = d.plusDays(1);
                continue;
            }
            LocalDate start = d;
            String name = null;
            String localName = null;
            while (!d.isAfter(to) && !calendar.isWorkingDay(d)) {
                if (name == null) {
                    DayOff off = calendar.dayOff(d).orElseThrow();
                    if (off.getKind() == DayKind.HOLIDAY) {
                        name = occasion(off.getName());
                        localName = occasion(off.getLocalName().orElse(off.getName()));
                    }
                }
                d = d.plusDays(1);
            }
            LocalDate end = d.minusDays(1);
            if (name != null && end.toEpochDay() - start.toEpochDay() + 1 >= LONG_BREAK_DAYS) {
                breaks.add(new Break(start, end, name, localName));
            }
        }
        return breaks;
    }

    /**
     * Lists the activity of the counters on the working days around the long breaks of the data's
     * period: of every counter that is normally busy, and of any other that accepted or returned
     * something in that window. The cost grows with the counters and the breaks, not with the days
     * the data spans.
     *
     * @param activity  the activity, not null
     * @param calendar  the calendar of the counters, covering the data, not null
     * @param workingDays  how many working days to take on each side of a break, at least 1
     * @return the days, by break, agency and date, not null
     */
    public static List<Day> around(Activity activity, WorkCalendar calendar, int workingDays) {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(calendar, "calendar");
        if (workingDays < 1) {
            throw new IllegalArgumentException("Working days " + workingDays + " must be at least 1");
        }
        List<Day> result = new ArrayList<>();
        LocalDate first = activity.getFirstDate();
        LocalDate last = activity.getLastDate();
        if (first == null) {
            return result;
        }
        int span = Math.max(1, calendar.workingDaysBetween(first.minusDays(1), last));
        Map<String, Double> usual = new HashMap<>();
        for (String agency : activity.getAgencies()) {
            usual.put(agency, activity.getWorkingDayTotal(agency, calendar) / (double) span);
        }
        List<Day> window = new ArrayList<>(2 * workingDays);
        for (Break b : longBreaks(calendar, first, last)) {
            for (String agency : activity.getAgencies()) {
                window.clear();
                double level = usual.get(agency);
                for (int k = workingDays; k >= 1; k--) {
                    add(window, activity, b, agency, safePlus(calendar, b.from(), -k), -k, level, first, last);
                }
                for (int k = 1; k <= workingDays; k++) {
                    add(window, activity, b, agency, safePlus(calendar, b.to(), k), k, level, first, last);
                }
                if (level >= BUSY_PER_DAY || window.stream().anyMatch(day -> day.accepted() + day.returned() > 0)) {
                    result.addAll(window);
                }
            }
        }
        return result;
    }

    private static LocalDate safePlus(WorkCalendar calendar, LocalDate date, int n) {
        try {
            return calendar.plusWorkingDays(date, n);
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }

    private static void add(List<Day> result, Activity activity, Break b, String agency, LocalDate date, int offset,
            double usual, LocalDate first, LocalDate last) {
        if (date == null || date.isBefore(first) || date.isAfter(last)) {
            return;
        }
        int accepted = activity.getAccepted(agency, date);
        int returned = activity.getReturned(agency, date);
        result.add(new Day(b, agency, date, offset, accepted, returned, activity.getCompleted(agency, date),
                usual >= BUSY_PER_DAY && accepted == 0 && returned == 0, usual));
    }
}
