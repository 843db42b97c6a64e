package vn.dunghan.examples.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dunghan.calendar.DayOff;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.holidays.ScheduledDay;
import vn.dunghan.holidays.Schedules;
import vn.dunghan.holidays.VietnamHolidays;
import vn.dunghan.holidays.YearSchedule;

/**
 * {@code GET /v1/calendar/{year}}: the days off and make-up days of a year with their names,
 * sources, grades and provisional flags. On the civil-service calendar every day comes from the
 * year's schedule (official, or the statutory rules); on a calendar loaded with {@code --calendar},
 * from its declared days, which carry no grade.
 */
final class CalendarRoute {

    static final String PREFIX = "/v1/calendar/";

    private final WorkCalendar calendar;
    private final Schedules schedules;

    /**
     * @param schedules  the civil-service schedules, null for a calendar loaded from a document
     */
    CalendarRoute(WorkCalendar calendar, Schedules schedules) {
        this.calendar = calendar;
        this.schedules = schedules;
    }

    ObjectNode get(Request request) {
        request.query().only();
        String text = request.tail(PREFIX);
        int year = text.matches("\\d{4}") ? Integer.parseInt(text) : -1;
        if (year < calendar.getMinDate().getYear() || year > calendar.getMaxDate().getYear()) {
            throw new Problem(404, "Year '" + text + "' is not a year of the calendar, "
                    + calendar.getMinDate().getYear() + " to " + calendar.getMaxDate().getYear() + ".", null);
        }
        ObjectNode node = Json.object();
        node.put("year", year);
        return schedules != null ? schedule(node, VietnamHolidays.scheduleOf(schedules, year), request.vietnamese())
                : declared(node, year, request.vietnamese());
    }

    private static ObjectNode schedule(ObjectNode node, YearSchedule schedule, boolean vietnamese) {
        node.put("official", schedule.isOfficial());
        node.put("provisional", schedule.isProvisional());
        schedule.getLegalBasis().ifPresent(basis -> node.put("legalBasis", basis));
        ArrayNode sources = node.putArray("sources");
        schedule.getSources().forEach(sources::add);
        add(node.putArray("daysOff"), schedule.getDaysOff(), vietnamese);
        add(node.putArray("makeUpDays"), schedule.getMakeUpDays(), vietnamese);
        return node;
    }

    private static void add(ArrayNode array, Iterable<ScheduledDay> days, boolean vietnamese) {
        for (ScheduledDay day : days) {
            ObjectNode entry = array.addObject();
            entry.put("date", day.getDate().toString());
            entry.put("kind", day.getKind().name());
            entry.put("name", vietnamese ? day.getVietnameseName() : day.getEnglishName());
            entry.put("source", day.getSource());
            entry.put("grade", day.getGrade().name());
            entry.put("provisional", day.isProvisional());
            day.getRelatedDate().ifPresent(related -> entry.put("relatedDate", related.toString()));
        }
    }

    private ObjectNode declared(ObjectNode node, int year, boolean vietnamese) {
        LocalDate first = LocalDate.of(year, 1, 1).isBefore(calendar.getMinDate()) ? calendar.getMinDate()
                : LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31).isAfter(calendar.getMaxDate()) ? calendar.getMaxDate()
                : LocalDate.of(year, 12, 31);
        ArrayNode daysOff = node.putArray("daysOff");
        try {
            for (DayOff day : calendar.daysOff(first, last)) {
                Json.addDay(daysOff, day, vietnamese);
            }
        } catch (DateTimeException ex) {
            throw new Problem(404, ex.getMessage(), null);
        }
        ArrayNode makeUp = node.putArray("makeUpDays");
        for (Map.Entry<LocalDate, DayOff> day : calendar.getMakeUpDays().subMap(first, true, last, true).entrySet()) {
            Json.addDay(makeUp, day.getValue(), vietnamese);
        }
        return node;
    }
}
