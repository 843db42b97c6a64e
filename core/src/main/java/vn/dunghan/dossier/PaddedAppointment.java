package vn.dunghan.dossier;

import java.util.List;

import vn.dunghan.deadline.Due;

/**
 * {@link FindingCode#PADDED_APPOINTMENT}: the appointment on the slip is later than the legal
 * deadline of the limit counted from the legal start, or an appointment re-issued with any
 * supplement's receipt is later than the legal deadline after the supplementation (restarted or
 * paused). Basis: Decree 61/2018/NĐ-CP, Arts 15(1)(b) and 17; Civil Code 2015, Arts 147–148
 * (docs/findings.md).
 */
final class PaddedAppointment {

    private PaddedAppointment() {
    }

    static List<Finding> find(List<Finding> findings, Timeline timeline, LegalClock clock) {
        Dossier dossier = timeline.dossier;
        if (!clock.started) {
            // the due is only the earliest it can be: no appointment can be judged against it yet
            return findings;
        }
        List<Finding> list = findings;
        if (clock.initialDue.isBefore(dossier.appointment())) {
            list = Findings.add(list, slip(dossier, clock));
        }
        List<DossierEvent> events = dossier.events();
        for (int i = 0; i < events.size() && timeline.reissues > 0; i++) {
            DossierEvent receipt = events.get(i);
            if (receipt.type() == EventType.SUPPLEMENT_RECEIVED && receipt.newAppointment() != null
                    && Timeline.isKnownAt(receipt, timeline.asOf) && clock.due.isBefore(receipt.newAppointment())) {
                list = Findings.add(list, reissued(dossier, receipt, clock.due));
            }
        }
        return list;
    }

    private static Finding slip(Dossier dossier, LegalClock clock) {
        Due appointment = Due.from(dossier.appointment());
        return Finding.lazy(FindingCode.PADDED_APPOINTMENT, dossier, () -> "Appointment " + appointment.toText()
                + " on the slip is later than the legal deadline " + clock.initialDue.toText() + " of " + clock.limit
                + " from " + clock.start,
                () -> List.of(Evidence.of("appointment", appointment), Evidence.of("legalDueDate",
                        clock.initialDue.date()), Evidence.of("limit", clock.limit), Evidence.of("legalStart",
                        clock.start)));
    }

    private static Finding reissued(Dossier dossier, DossierEvent receipt, Due due) {
        Due appointment = Due.from(receipt.newAppointment());
        return Finding.lazy(FindingCode.PADDED_APPOINTMENT, dossier, () -> "Appointment " + appointment.toText()
                + " re-issued with the supplement received at " + receipt.at() + " is later than the legal deadline "
                + due.toText() + " after the supplement",
                () -> List.of(Evidence.of("reissuedAppointment", appointment), Evidence.of("legalDueDate",
                        due.date()), Evidence.of("supplementReceivedAt", receipt.at())));
    }
}
