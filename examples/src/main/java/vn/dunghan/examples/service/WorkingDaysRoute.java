package vn.dunghan.examples.service;

import java.time.DateTimeException;
import java.time.LocalDate;

import tools.jackson.databind.node.ObjectNode;
import vn.dunghan.calendar.WorkCalendar;

/**
 * {@code GET /v1/working-days?from=..&to=..}: the working days {@code d} with {@code from < d <= to}
 * (Civil Code 2015, Art. 147: the first day is not counted); {@code GET
 * /v1/working-days/plus?date=..&n=..}: the n-th working day after (or before) a date.
 */
final class WorkingDaysRoute {

    private final WorkCalendar calendar;

    WorkingDaysRoute(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    ObjectNode between(Request request) {
        Query query = request.query().only("from", "to");
        LocalDate from = inRange("from", Query.date("from", query.required("from", "2026-02-12")));
        LocalDate to = inRange("to", Query.date("to", query.required("to", "2026-03-12")));
        int days = calendar.workingDaysBetween(from, to);
        ObjectNode node = Json.object();
        node.put("from", from.toString());
        node.put("to", to.toString());
        node.put("workingDays", days);
        return node;
    }

    ObjectNode plus(Request request) {
        Query query = request.query().only("date", "n");
        LocalDate date = inRange("date", Query.date("date", query.required("date", "2026-02-12")));
        int n = Query.integer("n", query.required("n", "15"));
        LocalDate result;
        try {
            result = calendar.plusWorkingDays(date, n);
        } catch (DateTimeException ex) {
            throw Problem.badParameter("n", ex.getMessage());
        }
        ObjectNode node = Json.object();
        node.put("date", date.toString());
        node.put("n", n);
        node.put("result", result.toString());
        return node;
    }

    private LocalDate inRange(String parameter, LocalDate date) {
        if (date.isBefore(calendar.getMinDate()) || date.isAfter(calendar.getMaxDate())) {
            throw Problem.badParameter(parameter, "Parameter " + parameter + " " + date + " is outside the calendar's range "
                    + calendar.getMinDate() + ".." + calendar.getMaxDate() + ".");
        }
        return date;
    }
}
