package vn.dunghan.examples.service;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dunghan.calendar.DayOff;
import vn.dunghan.deadline.Deadline;
import vn.dunghan.deadline.DeadlineCalculator;
import vn.dunghan.deadline.TimeLimit;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.dossier.ProcedureSpec;

/**
 * {@code GET /v1/deadline?procedure=1.004222&acceptedAt=2026-02-12T15:40} (or {@code limit=15
 * WORKING_DAYS} and an optional {@code cutoff}): the legal due of a dossier accepted then, the call
 * a one-stop system makes when it prints the appointment slip.
 */
final class DeadlineRoute {

    private final DeadlineCalculator deadlines;
    private final PolicySet policies;

    DeadlineRoute(DeadlineCalculator deadlines, PolicySet policies) {
        this.deadlines = deadlines;
        this.policies = policies;
    }

    ObjectNode get(Request request) {
        Query query = request.query().only("procedure", "limit", "cutoff", "acceptedAt");
        LocalDateTime accepted = Query.dateTime("acceptedAt", query.required("acceptedAt", "2026-02-12T15:40"));
        if (query.optional("procedure").isPresent() == query.optional("limit").isPresent()) {
            throw Problem.badParameter("procedure", "Give either procedure (such as procedure=1.004222) or limit (such as"
                    + " limit=15 WORKING_DAYS), not both or neither.");
        }
        TimeLimit limit;
        LocalTime cutoff = query.optional("cutoff").map(value -> Query.time("cutoff", value)).orElse(null);
        String procedure = query.optional("procedure").orElse(null);
        if (procedure != null) {
            ProcedureSpec spec = policies.getProcedures().get(procedure);
            if (spec == null) {
                throw Problem.badParameter("procedure", "Procedure " + procedure + " is not in the policies.");
            }
            limit = spec.limit();
            cutoff = cutoff != null ? cutoff : spec.cutoff();
        } else {
            limit = limit(query.optional("limit").get());
        }
        Deadline deadline;
        try {
            deadline = deadlines.compute(accepted, limit, cutoff);
        } catch (DateTimeException ex) {
            throw Problem.badParameter("acceptedAt", ex.getMessage());
        }
        return toJson(procedure, deadline, request.vietnamese());
    }

    private static TimeLimit limit(String text) {
        try {
            return TimeLimit.parse(text);
        } catch (IllegalArgumentException ex) {
            throw Problem.badParameter("limit", "Parameter limit: " + ex.getMessage());
        }
    }

    private static ObjectNode toJson(String procedure, Deadline deadline, boolean vietnamese) {
        ObjectNode node = Json.object();
        if (procedure != null) {
            node.put("procedure", procedure);
        }
        node.put("acceptedAt", deadline.getStart().toString());
        node.put("limit", deadline.getLimit().toString());
        deadline.getCutoffApplied().ifPresent(cutoff -> node.put("cutoffApplied", cutoff.toString()));
        node.put("dueDate", deadline.getDueDate().toString());
        node.put("dueMoment", deadline.getDueMoment().toString());
        node.put("derivation", vietnamese ? deadline.toVietnameseText() : deadline.toText());
        ArrayNode skipped = node.putArray("skipped");
        for (DayOff day : deadline.getSkippedDaysOff()) {
            Json.addDay(skipped, day, vietnamese);
        }
        ArrayNode caveats = node.putArray("caveats");
        for (DayOff day : deadline.getUncertainDays()) {
            caveats.add(day.toCaveatText());
        }
        return node;
    }
}
