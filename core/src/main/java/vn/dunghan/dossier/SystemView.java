package vn.dunghan.dossier;

import java.time.LocalDate;

/**
 * The on-time verdict of vendor one-stop software (docs/metrics.md §5): the date of the recorded
 * finish not after the date of the last appointment, hours ignored; a closing by refusal or stop
 * judged by its date the same way; a withdrawn dossier always on time; an open dossier on time
 * while the evaluation date is not after the appointment date.
 */
final class SystemView {

    private SystemView() {
    }

    static boolean isOnTime(Timeline timeline) {
        LocalDate appointment = timeline.appointment.toLocalDate();
        if (timeline.recordedFinish != null) {
            return !timeline.recordedFinish.toLocalDate().isAfter(appointment);
        }
        if (timeline.closing != null) {
            return timeline.closing.type() == EventType.WITHDRAWN
                    || !timeline.closing.at().toLocalDate().isAfter(appointment);
        }
        return !timeline.asOf.toLocalDate().isAfter(appointment);
    }
}
