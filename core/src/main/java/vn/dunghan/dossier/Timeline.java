package vn.dunghan.dossier;

import java.time.LocalDateTime;
import java.util.List;

import vn.dunghan.deadline.Due;

/**
 * A dossier's timeline as known at the evaluation instant: one pass over its events, keeping the
 * first of each kind that the rules read, the appointments in force, and the real and recorded
 * finish. See {@code core/README.md}, "How a dossier is evaluated".
 * <p>
 * <b>Snapshot</b>: an event is part of the timeline when it was known at the evaluation instant,
 * that is, its moment (a step's end) is not after it; later events are only counted
 * ({@link #eventsAfterAsOf}), and so is a competent body's receipt after it.
 * <p>
 * <b>Real finish</b>: a result cannot reach the applicant before it is signed, and a late status
 * click does not make a delivered result late. With COMPLETED recorded, the real finish is
 * max(RESULT_SIGNED, min(COMPLETED, first RETURNED or HANDED_OVER)), a missing value dropping
 * out; with only RESULT_SIGNED, that moment; else the first RETURNED or HANDED_OVER.
 * <b>Recorded finish</b>, the one-stop system's view: COMPLETED, else RETURNED, else the real finish.
 * <p>
 * This class is immutable and thread-safe.
 */
final class Timeline {

    final Dossier dossier;
    final LocalDateTime asOf;
    final DossierEvent firstRequest;
    final int requests;
    final DossierEvent firstReceipt;
    final int extensions;
    /** The supplement receipts known at the instant that re-issue the appointment. */
    final int reissues;
    /** The appointment in force: the slip's, replaced by each extension and re-issue. */
    final LocalDateTime appointment;
    /** The appointment in force as a due: a date-only appointment ends at 24:00 of its day. */
    final Due statedDue;
    final DossierEvent earlyNotice;
    final DossierEvent signed;
    final DossierEvent completed;
    final DossierEvent returned;
    final DossierEvent handedOver;
    final DossierEvent refused;
    /** The first REFUSED or STOPPED, else the first WITHDRAWN: what closed the dossier without a result. */
    final DossierEvent closing;
    final boolean steps;
    /** The competent body's receipt of a transferred dossier, null if none or not yet known at the instant. */
    final LocalDateTime competentReceipt;
    final int eventsAfterAsOf;
    final LocalDateTime realFinish;
    final LocalDateTime recordedFinish;

    private Timeline(Dossier dossier, LocalDateTime asOf) {
        DossierEvent request = null;
        DossierEvent receipt = null;
        DossierEvent notice = null;
        DossierEvent sign = null;
        DossierEvent complete = null;
        DossierEvent ret = null;
        DossierEvent handover = null;
        DossierEvent refuse = null;
        DossierEvent stop = null;
        DossierEvent withdraw = null;
        int requestCount = 0;
        int extensionCount = 0;
        int reissueCount = 0;
        int after = 0;
        boolean step = false;
        LocalDateTime stated = dossier.appointment();
        List<DossierEvent> events = dossier.events();
        for (int i = 0; i < events.size(); i++) {
            DossierEvent event = events.get(i);
            if (!isKnownAt(event, asOf)) {
                after++;
                continue;
            }
            switch (event.type()) {
                case SUPPLEMENT_REQUESTED -> {
                    requestCount++;
                    request = request == null ? event : request;
                }
                case SUPPLEMENT_RECEIVED -> {
                    receipt = receipt == null ? event : receipt;
                    reissueCount += event.newAppointment() != null ? 1 : 0;
                }
                case EXTENDED -> extensionCount++;
                case STEP -> step = true;
                case EARLY_NOTICE -> notice = notice == null ? event : notice;
                case RESULT_SIGNED -> sign = sign == null ? event : sign;
                case COMPLETED -> complete = complete == null ? event : complete;
                case RETURNED -> ret = ret == null ? event : ret;
                case HANDED_OVER -> handover = handover == null ? event : handover;
                case REFUSED -> refuse = refuse == null ? event : refuse;
                case STOPPED -> stop = stop == null ? event : stop;
                case WITHDRAWN -> withdraw = withdraw == null ? event : withdraw;
            }
            if (event.newAppointment() != null) {
                stated = event.newAppointment();
            }
        }
        this.dossier = dossier;
        this.asOf = asOf;
        this.firstRequest = request;
        this.requests = requestCount;
        this.firstReceipt = receipt;
        this.extensions = extensionCount;
        this.reissues = reissueCount;
        this.appointment = stated;
        this.statedDue = Due.from(stated);
        this.earlyNotice = notice;
        this.signed = sign;
        this.completed = complete;
        this.returned = ret;
        this.handedOver = handover;
        this.refused = refuse;
        DossierEvent stopped = earlier(refuse, stop);
        this.closing = stopped != null ? stopped : withdraw;
        this.steps = step;
        LocalDateTime competent = dossier.competentReceivedAt();
        boolean receiptKnown = competent != null && !competent.isAfter(asOf);
        this.competentReceipt = receiptKnown ? competent : null;
        this.eventsAfterAsOf = after + (competent != null && !receiptKnown ? 1 : 0);
        DossierEvent firstReturn = firstReturn();
        this.realFinish = realFinish(sign, complete, firstReturn != null ? firstReturn.at() : null);
        this.recordedFinish = complete != null ? complete.at() : ret != null ? ret.at() : realFinish;
    }

    /**
     * Reads a dossier's timeline as known at an instant.
     *
     * @param dossier  the validated dossier, not null
     * @param asOf  the evaluation instant, not null
     * @return the timeline, not null
     */
    static Timeline of(Dossier dossier, LocalDateTime asOf) {
        return new Timeline(dossier, asOf);
    }

    /**
     * Checks if an event was known at an instant: its moment, or a step's end, is not after it.
     *
     * @param event  the event, not null
     * @param asOf  the instant, not null
     * @return true if part of the snapshot
     */
    static boolean isKnownAt(DossierEvent event, LocalDateTime asOf) {
        return !(event.type() == EventType.STEP ? event.end() : event.at()).isAfter(asOf);
    }

    /**
     * Gets the first record of the result reaching the applicant: the earlier of the first RETURNED
     * and the first HANDED_OVER.
     *
     * @return the event, null if neither is recorded
     */
    DossierEvent firstReturn() {
        return earlier(returned, handedOver);
    }

    /**
     * Gets the end of the dossier's time with the agency: the real finish, else the closing, else
     * the evaluation instant.
     *
     * @return the end, not null
     */
    LocalDateTime end() {
        return realFinish != null ? realFinish : closing != null ? closing.at() : asOf;
    }

    /**
     * Gets the end as one-stop software sees it: the recorded finish, else the closing, else the
     * evaluation instant.
     *
     * @return the end, not null
     */
    LocalDateTime systemEnd() {
        return recordedFinish != null ? recordedFinish : closing != null ? closing.at() : asOf;
    }

    /**
     * Gets the name under which {@link #end()} is quoted as evidence.
     *
     * @return {@code finishedAt}, {@code closedAt} or {@code asOf}
     */
    String endName() {
        return realFinish != null ? "finishedAt" : closing != null ? "closedAt" : "asOf";
    }

    /**
     * Checks if the dossier was closed without a result (refused, withdrawn or stopped) and has none.
     *
     * @return true if closed
     */
    boolean isClosedWithoutResult() {
        return realFinish == null && closing != null;
    }

    private static LocalDateTime realFinish(DossierEvent signed, DossierEvent completed, LocalDateTime firstReturn) {
        if (completed == null) {
            return signed != null ? signed.at() : firstReturn;
        }
        LocalDateTime done = firstReturn != null && firstReturn.isBefore(completed.at()) ? firstReturn : completed.at();
        return signed != null && signed.at().isAfter(done) ? signed.at() : done;
    }

    private static DossierEvent earlier(DossierEvent a, DossierEvent b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.at().isBefore(a.at()) ? a : b;
    }
}
