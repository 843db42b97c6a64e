package vn.dunghan.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.dunghan.deadline.Due;

/**
 * {@link FindingCode#EXTENSION_WITHOUT_TIMELY_APOLOGY}: an appointment moved without a written
 * apology, or with one sent later than the lead time before the <em>legal</em> due date. The
 * apology is due "chậm nhất 01 ngày trước ngày hết hạn" (Decree 61/2018/NĐ-CP, Art. 19(9)): the
 * deadline is the legal one, so an apology after the legal due date is late even when it comes
 * before a padded appointment (docs/findings.md).
 */
final class ExtensionApology {

    private ExtensionApology() {
    }

    static List<Finding> find(List<Finding> findings, Timeline timeline, LegalClock clock, ProcedurePolicy policy) {
        if (timeline.extensions == 0) {
            return findings;
        }
        List<Finding> list = findings;
        LocalDate latest = clock.due.date().minusDays(policy.getApologyLeadDays());
        LocalDateTime previous = timeline.dossier.appointment();
        List<DossierEvent> events = timeline.dossier.events();
        for (int i = 0; i < events.size(); i++) {
            DossierEvent event = events.get(i);
            if (!Timeline.isKnownAt(event, timeline.asOf) || event.newAppointment() == null) {
                continue;
            }
            if (event.type() == EventType.EXTENDED && (!event.apology() || event.at().toLocalDate().isAfter(latest))) {
                list = Findings.add(list, finding(timeline.dossier, event, previous, latest, clock, policy));
            }
            previous = event.newAppointment();
        }
        return list;
    }

    private static Finding finding(Dossier dossier, DossierEvent extension, LocalDateTime previous, LocalDate latest,
            LegalClock clock, ProcedurePolicy policy) {
        Due from = Due.from(previous);
        Due to = Due.from(extension.newAppointment());
        return Finding.lazy(FindingCode.EXTENSION_WITHOUT_TIMELY_APOLOGY, dossier, () -> "Appointment moved from "
                + from.toText() + " to " + to.toText() + " at " + extension.at() + " "
                + (!extension.apology() ? "without a written apology" : "with an apology on "
                        + extension.at().toLocalDate() + ", later than " + latest + ", " + policy.getApologyLeadDays()
                        + " day(s) before the legal due date " + clock.due.date()),
                () -> List.of(Evidence.of("previousAppointment", from), Evidence.of("newAppointment", to), Evidence.of("extendedAt", extension.at()),
                        Evidence.of("apology", extension.apology()), Evidence.of("legalDueDate", clock.due.date())));
    }
}
