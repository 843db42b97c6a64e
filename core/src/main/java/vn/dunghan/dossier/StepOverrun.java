package vn.dunghan.dossier;

import java.util.List;

import vn.dunghan.calendar.WorkCalendar;

/**
 * {@link FindingCode#STEP_OVERRUN}: a processing step of an inter-agency procedure took more
 * working days than its allocation; each body has its own share of the limit (Decree
 * 61/2018/NĐ-CP, Arts 18 and 19(5)–(6); docs/findings.md). Only steps known at the evaluation
 * instant and begun before the real finish are judged: time after the finish is the applicant's.
 */
final class StepOverrun {

    private StepOverrun() {
    }

    static List<Finding> find(List<Finding> findings, Timeline timeline, WorkCalendar calendar) {
        if (!timeline.steps) {
            return findings;
        }
        List<Finding> list = findings;
        for (DossierEvent event : timeline.dossier.events()) {
            if (event.type() != EventType.STEP || !Timeline.isKnownAt(event, timeline.asOf)
                    || timeline.realFinish != null && !event.start().isBefore(timeline.realFinish)) {
                continue;
            }
            int used = calendar.workingDaysBetween(event.start().toLocalDate(), event.end().toLocalDate());
            if (used > event.allocatedWorkingDays()) {
                list = Findings.add(list, finding(timeline.dossier, event, used));
            }
        }
        return list;
    }

    private static Finding finding(Dossier dossier, DossierEvent step, int used) {
        return Finding.lazy(FindingCode.STEP_OVERRUN, dossier, () -> "Step of " + step.unit() + " took " + used
                + " working days (" + step.start() + " to " + step.end() + "), over its allocation of "
                + step.allocatedWorkingDays() + " working days",
                () -> List.of(Evidence.of("unit", step.unit()), Evidence.of("start", step.start()),
                        Evidence.of("end", step.end()), Evidence.of("allocatedWorkingDays",
                                step.allocatedWorkingDays()), Evidence.of("usedWorkingDays", used)));
    }
}
