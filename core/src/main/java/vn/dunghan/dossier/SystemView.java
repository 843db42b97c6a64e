package vn.dunghan.dossier;

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
        if (timeline.recordedFinish == null && timeline.closing != null && timeline.closing.type() == EventType.WITHDRAWN) {
            return true;
        }
        return !timeline.systemEnd().toLocalDate().isAfter(timeline.appointment.toLocalDate());
    }
}
