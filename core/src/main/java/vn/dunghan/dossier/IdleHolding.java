package vn.dunghan.dossier;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import vn.dunghan.calendar.WorkCalendar;

/**
 * {@link FindingCode#IDLE_HOLDING}: the dossier was held (<i>ngâm</i>): the longest time without
 * recorded activity exceeds the idle threshold (Decree 61/2018/NĐ-CP, Arts 12(4), 18 and
 * 19(5)–(6); Circular 01/2018/TT-VPCP, Art. 13; docs/findings.md).
 * <p>
 * Activity is the acceptance, every event known at the evaluation instant, the start and end of
 * each step, and for an open dossier whose clock runs the evaluation instant. Time inside a recorded step is
 * activity (its overrun is {@link StepOverrun}'s), time the applicant spent supplementing is not
 * the agency's, and nor is time after the real finish: no gap extends past it. Idle time is judged
 * only on timelines that record their steps: without them, an absence of events is no evidence of
 * inactivity.
 */
final class IdleHolding {

    private IdleHolding() {
    }

    /**
     * Finds the longest idle gap.
     *
     * @param openUntil  the evaluation instant for an open dossier whose clock runs, else null
     */
    static Finding find(Timeline timeline, ProcedurePolicy policy, WorkCalendar calendar, LocalDateTime openUntil) {
        if (!timeline.steps) {
            return null;
        }
        LocalDateTime[] times = activity(timeline, openUntil);
        int n = times.length;
        int longest = 0;
        LocalDateTime from = null;
        LocalDateTime to = null;
        for (int i = 1; i < n; i++) {
            if (isApplicantsTime(timeline, times[i - 1], times[i]) || withinStep(timeline, times[i - 1], times[i])) {
                continue;
            }
            int idle = calendar.workingDaysBetween(times[i - 1].toLocalDate(), times[i].toLocalDate());
            if (idle > longest) {
                longest = idle;
                from = times[i - 1];
                to = times[i];
            }
        }
        int threshold = policy.getIdleWorkingDays();
        if (longest <= threshold) {
            return null;
        }
        return finding(timeline.dossier, longest, from, to, threshold);
    }

    /** The moments of activity up to the real finish, in time order. */
    private static LocalDateTime[] activity(Timeline timeline, LocalDateTime openUntil) {
        LocalDateTime limit = timeline.realFinish != null ? timeline.realFinish : timeline.asOf;
        LocalDateTime[] times = new LocalDateTime[2 * timeline.dossier.events().size() + 2];
        int n = 0;
        times[n++] = timeline.dossier.acceptedAt();
        for (DossierEvent event : timeline.dossier.events()) {
            if (!Timeline.isKnownAt(event, timeline.asOf)) {
                continue;
            }
            if (event.type() == EventType.STEP) {
                times[n++] = min(event.start(), limit);
                times[n++] = min(event.end(), limit);
            } else {
                times[n++] = min(event.at(), limit);
            }
        }
        if (openUntil != null && !openUntil.isBefore(timeline.dossier.acceptedAt())) {
            times[n++] = openUntil;
        }
        sort(times, n);
        return n == times.length ? times : Arrays.copyOf(times, n);
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? b : a;
    }

    /** Time between a supplement request and its receipt (or since the request, if none yet) is the applicant's. */
    private static boolean isApplicantsTime(Timeline timeline, LocalDateTime from, LocalDateTime to) {
        DossierEvent request = timeline.firstRequest;
        DossierEvent receipt = timeline.firstReceipt;
        return request != null && !from.isBefore(request.at()) && (receipt == null || !to.isAfter(receipt.at()));
    }

    /** Time inside a recorded step is activity: its overrun is judged against its allocation. */
    private static boolean withinStep(Timeline timeline, LocalDateTime from, LocalDateTime to) {
        for (DossierEvent event : timeline.dossier.events()) {
            if (event.type() == EventType.STEP && Timeline.isKnownAt(event, timeline.asOf)
                    && !from.isBefore(event.start()) && !to.isAfter(event.end())) {
                return true;
            }
        }
        return false;
    }

    /** Sorts the first n times; a timeline holds a few dozen at most. */
    private static void sort(LocalDateTime[] times, int n) {
        for (int i = 1; i < n; i++) {
            LocalDateTime time = times[i];
            int j = i - 1;
            while (j >= 0 && times[j].isAfter(time)) {
                times[j + 1] = times[j];
                j--;
            }
            times[j + 1] = time;
        }
    }

    private static Finding finding(Dossier dossier, int longest, LocalDateTime from, LocalDateTime to, int threshold) {
        return Finding.lazy(FindingCode.IDLE_HOLDING, dossier, () -> "No activity for " + longest
                + " working days, from " + from + " to " + to + "; threshold " + threshold,
                () -> List.of(Evidence.of("idleFrom", from), Evidence.of("idleTo", to), Evidence.of("idleWorkingDays",
                        longest)));
    }
}
