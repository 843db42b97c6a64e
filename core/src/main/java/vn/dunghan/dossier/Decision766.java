package vn.dunghan.dossier;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The on-time verdict of Decision 766/QĐ-TTg's index, the one the national portal shows
 * (docs/metrics.md): the end time (completed, else returned, else stopped or refused, else
 * withdrawn, else a single unanswered supplement request, else the evaluation instant) minus the
 * supplementation time, not after the last appointment; more than one supplement request counts
 * as late.
 */
final class Decision766 {

    private Decision766() {
    }

    static boolean isOnTime(Timeline timeline) {
        return timeline.requests <= 1 && isOnTimeByEnd(timeline);
    }

    /**
     * Checks the index's rule on the end time alone, as if there were at most one supplement
     * request: the end minus the first supplementation time not after the last appointment.
     */
    static boolean isOnTimeByEnd(Timeline timeline) {
        DossierEvent request = timeline.firstRequest;
        DossierEvent receipt = timeline.firstReceipt;
        LocalDateTime end = end(timeline, true);
        LocalDateTime stated = timeline.appointment;
        if (request == null || receipt == null || !end.isAfter(stated)) {
            return !end.isAfter(stated);
        }
        // the receipt follows the request, so subtracting the supplementation time matters only
        // for an end after the appointment
        long supplementSeconds = receipt.at().toEpochSecond(ZoneOffset.UTC) - request.at().toEpochSecond(ZoneOffset.UTC);
        return end.toEpochSecond(ZoneOffset.UTC) - supplementSeconds <= stated.toEpochSecond(ZoneOffset.UTC);
    }

    /**
     * Checks if the index counts the dossier on time only because of its supplementation rule: it
     * subtracts the supplementation time, or ends at a request still unanswered, and without that
     * the end would be after the appointment.
     *
     * @param onTime  the index's verdict, {@link #isOnTime}
     */
    static boolean subtractsSupplement(Timeline timeline, boolean onTime) {
        return onTime && timeline.requests == 1 && end(timeline, false).isAfter(timeline.appointment);
    }

    /**
     * The end time: completed, else returned, else closed, else (if {@code atRequest}) an
     * unanswered request, else the instant.
     */
    static LocalDateTime end(Timeline timeline, boolean atRequest) {
        DossierEvent request = timeline.firstRequest;
        return timeline.completed != null ? timeline.completed.at()
                : timeline.returned != null ? timeline.returned.at()
                : timeline.closing != null ? timeline.closing.at()
                : atRequest && request != null && timeline.firstReceipt == null ? request.at() : timeline.asOf;
    }
}
