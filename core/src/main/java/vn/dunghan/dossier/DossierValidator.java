package vn.dunghan.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.dunghan.calendar.WorkCalendar;

/**
 * The rules of a valid timeline, checked before evaluation. Suspicious but possible timelines are
 * not errors: they become findings.
 * <ul>
 * <li>every moment lies within the calendar's range;</li>
 * <li>the submission is not after the acceptance; the appointment and the competent body's
 * receipt are not before it;</li>
 * <li>no event is before the acceptance, and events are listed in time order (a step by its
 * start);</li>
 * <li>a supplement is received only after one was requested;</li>
 * <li>an extension's new appointment is not before the extension; a step does not end before it
 * starts.</li>
 * </ul>
 * This class is stateless and thread-safe.
 */
final class DossierValidator {

    private DossierValidator() {
    }

    /** The longest dossier code accepted; real codes have about 30 characters (docs/one-stop.md). */
    static final int MAX_ID_LENGTH = 256;

    /**
     * Checks that a text can be written as UTF-8: a lone surrogate (such as a JSON escape
     * {@code \}{@code ud800} without its pair) cannot, and would come out as {@code ?}.
     */
    private static void text(String id, String path, String value) {
        int at = LoneSurrogates.find(value, 0);
        if (at >= 0) {
            throw new InvalidDossierException(id, path, String.format("The value holds a lone surrogate \\u%04X at"
                    + " character %d, which no UTF-8 text can hold", (int) value.charAt(at), at + 1));
        }
    }

    static void validate(Dossier dossier, WorkCalendar calendar) {
        String id = dossier.id();
        if (id.isBlank()) {
            throw new InvalidDossierException(null, "/id", "The dossier code must not be blank");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new InvalidDossierException(null, "/id", "The dossier code has " + id.length()
                    + " characters; a code has at most " + MAX_ID_LENGTH);
        }
        text(null, "/id", id);
        text(id, "/procedure", dossier.procedure());
        text(id, "/agency", dossier.agency());
        LocalDateTime accepted = dossier.acceptedAt();
        inRange(id, calendar, "/acceptedAt", accepted);
        inRange(id, calendar, "/appointment", dossier.appointment());
        if (dossier.submittedAt() != null) {
            inRange(id, calendar, "/submittedAt", dossier.submittedAt());
            if (dossier.submittedAt().isAfter(accepted)) {
                throw new InvalidDossierException(id, "/submittedAt", "Submission " + dossier.submittedAt()
                        + " is after the acceptance " + accepted);
            }
        }
        if (dossier.appointment().isBefore(accepted)) {
            throw new InvalidDossierException(id, "/appointment", "Appointment " + dossier.appointment()
                    + " is before the acceptance " + accepted);
        }
        if (dossier.competentReceivedAt() != null) {
            inRange(id, calendar, "/competentReceivedAt", dossier.competentReceivedAt());
            if (dossier.competentReceivedAt().isBefore(accepted)) {
                throw new InvalidDossierException(id, "/competentReceivedAt", "Receipt by the competent body "
                        + dossier.competentReceivedAt() + " is before the acceptance " + accepted);
            }
        }
        // each event's date is read once, as a key compared with the previous event's and with the
        // end of the range; the clocks are compared only for events on the same day
        List<DossierEvent> events = dossier.events();
        LocalDateTime previous = accepted;
        long previousDay = dayKey(accepted.toLocalDate());
        long lastDay = dayKey(calendar.getMaxDate());
        boolean requested = false;
        for (int i = 0; i < events.size(); i++) {
            DossierEvent event = events.get(i);
            LocalDateTime time = event.time();
            long day = dayKey(time.toLocalDate());
            if (day < previousDay || day == previousDay && time.toLocalTime().isBefore(previous.toLocalTime())) {
                throw misplaced(id, calendar, i, event, accepted, previous);
            }
            // not before the acceptance, which is in range: only the end of the range can fail here
            if (day > lastDay) {
                throw outOfRange(id, calendar, "/events/" + i + timeField(event), time);
            }
            previous = time;
            previousDay = day;
            switch (event.type()) {
                case SUPPLEMENT_REQUESTED:
                    requested = true;
                    break;
                case SUPPLEMENT_RECEIVED:
                    if (!requested) {
                        throw new InvalidDossierException(id, "/events/" + i + "/type", "SUPPLEMENT_RECEIVED at " + time
                                + " has no SUPPLEMENT_REQUESTED before it");
                    }
                    if (event.newAppointment() != null && !inRange(calendar, event.newAppointment())) {
                        throw outOfRange(id, calendar, "/events/" + i + "/newAppointment", event.newAppointment());
                    }
                    break;
                case EXTENDED:
                    if (!inRange(calendar, event.newAppointment())) {
                        throw outOfRange(id, calendar, "/events/" + i + "/newAppointment", event.newAppointment());
                    }
                    if (event.newAppointment().isBefore(time)) {
                        throw new InvalidDossierException(id, "/events/" + i + "/newAppointment", "New appointment "
                                + event.newAppointment() + " is before the extension itself at " + time);
                    }
                    break;
                case STEP:
                    text(id, "/events/" + i + "/unit", event.unit());
                    if (!inRange(calendar, event.end())) {
                        throw outOfRange(id, calendar, "/events/" + i + "/end", event.end());
                    }
                    if (event.end().isBefore(event.start())) {
                        throw new InvalidDossierException(id, "/events/" + i + "/end", "Step of " + event.unit()
                                + " ends at " + event.end() + ", before its start " + event.start());
                    }
                    break;
                default:
                    break;
            }
        }
    }

    /**
     * The error of an event earlier than the one before it, which is not before the acceptance:
     * outside the range, before the acceptance, or out of order, checked in that order.
     */
    private static InvalidDossierException misplaced(String id, WorkCalendar calendar, int i, DossierEvent event,
            LocalDateTime accepted, LocalDateTime previous) {
        // paths are built only for an error: validation allocates nothing for a valid dossier
        String path = "/events/" + i + timeField(event);
        LocalDateTime time = event.time();
        if (!inRange(calendar, time)) {
            return outOfRange(id, calendar, path, time);
        }
        if (time.isBefore(accepted)) {
            return new InvalidDossierException(id, path, event.type() + " at " + time + " is before the acceptance "
                    + accepted);
        }
        return new InvalidDossierException(id, path, event.type() + " at " + time + " is earlier than the event before"
                + " it at " + previous + "; events must be in time order");
    }

    /** A key in date order: year * 512 + month * 32 + day, the month and day taking nine bits. */
    private static long dayKey(LocalDate date) {
        return (long) date.getYear() << 9 | date.getMonthValue() << 5 | date.getDayOfMonth();
    }

    private static String timeField(DossierEvent event) {
        return event.type() == EventType.STEP ? "/start" : "/at";
    }

    private static void inRange(String id, WorkCalendar calendar, String path, LocalDateTime time) {
        if (!inRange(calendar, time)) {
            throw outOfRange(id, calendar, path, time);
        }
    }

    private static boolean inRange(WorkCalendar calendar, LocalDateTime time) {
        long day = dayKey(time.toLocalDate());
        return day >= dayKey(calendar.getMinDate()) && day <= dayKey(calendar.getMaxDate());
    }

    private static InvalidDossierException outOfRange(String id, WorkCalendar calendar, String path, LocalDateTime time) {
        return new InvalidDossierException(id, path, "Date " + time.toLocalDate() + " is outside the calendar's range "
                + calendar.getMinDate() + ".." + calendar.getMaxDate());
    }
}
