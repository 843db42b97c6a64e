package vn.dunghan.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import vn.dunghan.deadline.TimeLimit;

/**
 * Builds each finding of the {@link Evaluator}, with its message and evidence built only when asked
 * for. The text is kept out of the evaluator so that its common path, a dossier without findings,
 * stays small: the just-in-time compiler then compiles it quickly and these methods only when
 * findings are frequent.
 */
final class Findings {

    private Findings() {
    }

    static String legalDeadlineText(LocalDateTime due, LocalDate dueDate, TimeLimit limit) {
        return limit.getUnit().isDayBased() ? dueDate + " 24:00" : due.toString();
    }

    static Finding concealedLateness(LocalDateTime legalDue, LocalDate legalDueDate, TimeLimit limit,
            LocalDateTime stated, String endName, LocalDateTime end) {
        return Finding.lazy(FindingCode.CONCEALED_LATENESS, () -> "Late in law (legal deadline "
                + legalDeadlineText(legalDue, legalDueDate, limit)
                + ") but on time against the appointment " + stated,
                () -> List.of(Evidence.of("legalDueDate", legalDueDate), Evidence.of("statedDeadline", stated),
                        Evidence.of(endName, end)));
    }

    static Finding paddedAppointment(LocalDateTime appointment, LocalDateTime initialDue, LocalDate initialDueDate,
            TimeLimit limit, LocalDateTime start) {
        return Finding.lazy(FindingCode.PADDED_APPOINTMENT, () -> "Appointment " + appointment
                + " on the slip is later than the legal deadline " + legalDeadlineText(initialDue, initialDueDate, limit)
                + " of " + limit + " from " + start,
                () -> List.of(Evidence.of("appointment", appointment), Evidence.of("legalDueDate", initialDueDate),
                        Evidence.of("limit", limit), Evidence.of("legalStart", start)));
    }

    static Finding repeatedExtension(int extensions, int max) {
        return Finding.lazy(FindingCode.REPEATED_EXTENSION, () -> "The appointment was moved " + extensions
                + " times; at most " + max + " allowed",
                () -> List.of(Evidence.of("extensions", extensions), Evidence.of("maxExtensions", max)));
    }

    static Finding lateSupplementRequest(LocalDateTime requestedAt, boolean inWindow, LocalDateTime initialDue,
            LocalDate legalDueDate, TimeLimit limit, int windowWorkingDays, LocalDate windowEnd, LocalDateTime start) {
        return Finding.lazy(FindingCode.LATE_SUPPLEMENT_REQUEST, () -> "Supplement requested on " + requestedAt
                + (inWindow ? ", after the legal deadline " + legalDeadlineText(initialDue, legalDueDate, limit)
                        : ", after the window of " + windowWorkingDays
                                + " working days from acceptance that ended on " + windowEnd)
                + "; it does not move the legal deadline",
                () -> List.of(Evidence.of("supplementRequestedAt", requestedAt), Evidence.of("legalStart", start),
                        Evidence.of("windowEnd", windowEnd), Evidence.of("legalDeadline", initialDue)));
    }

    static Finding repeatedSupplementRequest(int requests, int max) {
        return Finding.lazy(FindingCode.REPEATED_SUPPLEMENT_REQUEST, () -> requests + " supplement requests; at most "
                + max + " allowed, and Decision 766 counts the dossier late",
                () -> List.of(Evidence.of("requests", requests)));
    }

    static Finding delayedAcceptance(Dossier dossier, int delay, int threshold) {
        return Finding.lazy(FindingCode.DELAYED_ACCEPTANCE, () -> "Accepted " + delay + " working days after"
                + " submission (" + dossier.submittedAt() + " to " + dossier.acceptedAt() + "); threshold "
                + threshold,
                () -> List.of(Evidence.of("submittedAt", dossier.submittedAt()), Evidence.of("acceptedAt",
                        dossier.acceptedAt()), Evidence.of("delayWorkingDays", delay)));
    }

    static Finding completionBeforeSignature(LocalDateTime completedAt, LocalDateTime signedAt) {
        return Finding.lazy(FindingCode.COMPLETION_BEFORE_SIGNATURE, () -> "Completion recorded at " + completedAt
                + ", before the result was signed at " + signedAt,
                () -> List.of(Evidence.of("completedAt", completedAt), Evidence.of("resultSignedAt", signedAt)));
    }

    static Finding returnBeforeHandover(LocalDateTime returnedAt, LocalDateTime handedOverAt) {
        return Finding.lazy(FindingCode.RETURN_RECORDED_BEFORE_HANDOVER, () -> "Return recorded at " + returnedAt
                + ", before the result was handed over at " + handedOverAt,
                () -> List.of(Evidence.of("returnedAt", returnedAt), Evidence.of("handedOverAt", handedOverAt)));
    }

    static Finding earlyReturnWithoutNotice(LocalDateTime returnedAt, LocalDateTime stated) {
        return Finding.lazy(FindingCode.EARLY_RETURN_WITHOUT_NOTICE, () -> "Result returned at " + returnedAt
                + ", before the appointment " + stated + ", without advance notice to the applicant",
                () -> List.of(Evidence.of("returnedAt", returnedAt), Evidence.of("statedDeadline", stated)));
    }

    static Finding lateRefusal(LocalDateTime refusedAt, LocalDateTime legalDue, LocalDate legalDueDate, TimeLimit limit) {
        return Finding.lazy(FindingCode.LATE_REFUSAL, () -> "Refusal at " + refusedAt + ", after the legal deadline "
                + legalDeadlineText(legalDue, legalDueDate, limit),
                () -> List.of(Evidence.of("refusedAt", refusedAt), Evidence.of("legalDueDate", legalDueDate)));
    }

    static Finding extensionWithoutApology(DossierEvent extension, LocalDateTime previous, String problem) {
        return Finding.lazy(FindingCode.EXTENSION_WITHOUT_TIMELY_APOLOGY, () -> "Appointment moved from " + previous
                + " to " + extension.newAppointment() + " at " + extension.at() + " " + problem,
                () -> List.of(Evidence.of("previousAppointment", previous), Evidence.of("newAppointment", extension.newAppointment()),
                        Evidence.of("extendedAt", extension.at()), Evidence.of("apology", extension.apology())));
    }

    static Finding codeDateMismatch(Dossier dossier, String yymmdd, LocalDate coded) {
        return Finding.lazy(FindingCode.ACCEPTANCE_DATE_MISMATCH, () -> "The code's date " + yymmdd
                + (coded == null ? " is not a valid date; the recorded acceptance date is "
                        : " (" + coded + ") differs from the recorded acceptance date ")
                + dossier.acceptedAt().toLocalDate(),
                () -> List.of(Evidence.of("id", dossier.id()), Evidence.of("codeDate", yymmdd), Evidence.of("acceptedAt",
                        dossier.acceptedAt())));
    }

    static Finding stepOverrun(DossierEvent step, int used) {
        return Finding.lazy(FindingCode.IDLE_HOLDING, () -> "Step of " + step.unit() + " took " + used
                + " working days (" + step.start() + " to " + step.end() + "), over its allocation of "
                + step.allocatedWorkingDays(),
                () -> List.of(Evidence.of("unit", step.unit()), Evidence.of("start", step.start()),
                        Evidence.of("end", step.end()), Evidence.of("allocatedWorkingDays",
                                step.allocatedWorkingDays()), Evidence.of("usedWorkingDays", used)));
    }

    static Finding idle(int longest, LocalDateTime from, LocalDateTime to, int threshold) {
        return Finding.lazy(FindingCode.IDLE_HOLDING, () -> "No activity for " + longest + " working days, from "
                + from + " to " + to + "; threshold " + threshold,
                () -> List.of(Evidence.of("idleFrom", from), Evidence.of("idleTo", to), Evidence.of("idleWorkingDays",
                        longest)));
    }
}
