package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dunghan.deadline.LimitUnit;
import vn.dunghan.deadline.TimeLimit;

/**
 * The text of every finding, built only when asked for: each message quotes its values and each
 * piece of evidence names one, as results and reports show them.
 */
class FindingsTest {

    private static final LocalDateTime T1 = LocalDateTime.of(2026, 3, 2, 9, 0);
    private static final LocalDateTime T2 = LocalDateTime.of(2026, 3, 16, 16, 0);
    private static final LocalDateTime T3 = LocalDateTime.of(2026, 3, 20, 10, 30);
    private static final LocalDate D1 = LocalDate.of(2026, 3, 13);

    private static void assertFinding(Finding finding, FindingCode code, String message, String... evidence) {
        assertEquals(code, finding.code());
        assertEquals(message, finding.message());
        assertEquals(List.of(evidence), finding.evidence().stream().map(e -> e.name() + "=" + e.value()).toList());
        assertEquals(code.getRule(), finding.rule());
    }

    @Test
    void deadlineFindings() {
        TimeLimit days = TimeLimit.ofWorkingDays(10);
        assertFinding(Findings.concealedLateness(T2, D1, days, T3, "finishedAt", T3), FindingCode.CONCEALED_LATENESS,
                "Late in law (legal deadline 2026-03-13 24:00) but on time against the appointment 2026-03-20T10:30",
                "legalDueDate=2026-03-13", "statedDeadline=2026-03-20T10:30", "finishedAt=2026-03-20T10:30");
        // an hour-based limit quotes the moment, not the day
        assertEquals("Late in law (legal deadline 2026-03-16T16:00) but on time against the appointment"
                + " 2026-03-20T10:30", Findings.concealedLateness(T2, D1, TimeLimit.of(8, LimitUnit.HOURS), T3,
                        "asOf", T3).message());
        assertFinding(Findings.paddedAppointment(T3, T2, D1, days, T1), FindingCode.PADDED_APPOINTMENT,
                "Appointment 2026-03-20T10:30 on the slip is later than the legal deadline 2026-03-13 24:00 of 10"
                        + " working days from 2026-03-02T09:00",
                "appointment=2026-03-20T10:30", "legalDueDate=2026-03-13", "limit=10 working days",
                "legalStart=2026-03-02T09:00");
        assertFinding(Findings.repeatedExtension(2, 1), FindingCode.REPEATED_EXTENSION,
                "The appointment was moved 2 times; at most 1 allowed", "extensions=2", "maxExtensions=1");
        assertFinding(Findings.lateRefusal(T3, T2, D1, days), FindingCode.LATE_REFUSAL,
                "Refusal at 2026-03-20T10:30, after the legal deadline 2026-03-13 24:00",
                "refusedAt=2026-03-20T10:30", "legalDueDate=2026-03-13");
    }

    @Test
    void supplementationAndAcceptanceFindings() {
        TimeLimit days = TimeLimit.ofWorkingDays(10);
        assertFinding(Findings.lateSupplementRequest(T3, true, T2, D1, days, 3, D1, T1),
                FindingCode.LATE_SUPPLEMENT_REQUEST, "Supplement requested on 2026-03-20T10:30, after the legal deadline"
                        + " 2026-03-13 24:00; it does not move the legal deadline",
                "supplementRequestedAt=2026-03-20T10:30", "legalStart=2026-03-02T09:00", "windowEnd=2026-03-13",
                "legalDeadline=2026-03-16T16:00");
        assertEquals("Supplement requested on 2026-03-20T10:30, after the window of 3 working days from acceptance that"
                + " ended on 2026-03-13; it does not move the legal deadline",
                Findings.lateSupplementRequest(T3, false, T2, D1, days, 3, D1, T1).message());
        assertFinding(Findings.repeatedSupplementRequest(2, 1), FindingCode.REPEATED_SUPPLEMENT_REQUEST,
                "2 supplement requests; at most 1 allowed, and Decision 766 counts the dossier late", "requests=2");
        Dossier dossier = new Dossier("000.00.12.H29-260301-0001", "1.004222", "UBND", Channel.ONLINE, T1.minusDays(5),
                T1, T2, null, List.of());
        assertFinding(Findings.delayedAcceptance(dossier, 3, 1), FindingCode.DELAYED_ACCEPTANCE,
                "Accepted 3 working days after submission (2026-02-25T09:00 to 2026-03-02T09:00); threshold 1",
                "submittedAt=2026-02-25T09:00", "acceptedAt=2026-03-02T09:00", "delayWorkingDays=3");
        assertFinding(Findings.codeDateMismatch(dossier, "260301", LocalDate.of(2026, 3, 1)),
                FindingCode.ACCEPTANCE_DATE_MISMATCH, "The code's date 260301 (2026-03-01) differs from the recorded"
                        + " acceptance date 2026-03-02",
                "id=000.00.12.H29-260301-0001", "codeDate=260301", "acceptedAt=2026-03-02T09:00");
        assertEquals("The code's date 260231 is not a valid date; the recorded acceptance date is 2026-03-02",
                Findings.codeDateMismatch(dossier, "260231", null).message());
    }

    @Test
    void recordingAndHoldingFindings() {
        assertFinding(Findings.completionBeforeSignature(T1, T2), FindingCode.COMPLETION_BEFORE_SIGNATURE,
                "Completion recorded at 2026-03-02T09:00, before the result was signed at 2026-03-16T16:00",
                "completedAt=2026-03-02T09:00", "resultSignedAt=2026-03-16T16:00");
        assertFinding(Findings.returnBeforeHandover(T1, T2), FindingCode.RETURN_RECORDED_BEFORE_HANDOVER,
                "Return recorded at 2026-03-02T09:00, before the result was handed over at 2026-03-16T16:00",
                "returnedAt=2026-03-02T09:00", "handedOverAt=2026-03-16T16:00");
        assertFinding(Findings.earlyReturnWithoutNotice(T1, T2), FindingCode.EARLY_RETURN_WITHOUT_NOTICE,
                "Result returned at 2026-03-02T09:00, before the appointment 2026-03-16T16:00, without advance notice"
                        + " to the applicant",
                "returnedAt=2026-03-02T09:00", "statedDeadline=2026-03-16T16:00");
        DossierEvent extension = DossierEvent.extended(T2, T3, false);
        assertFinding(Findings.extensionWithoutApology(extension, T1, "without an apology"),
                FindingCode.EXTENSION_WITHOUT_TIMELY_APOLOGY, "Appointment moved from 2026-03-02T09:00 to"
                        + " 2026-03-20T10:30 at 2026-03-16T16:00 without an apology",
                "previousAppointment=2026-03-02T09:00", "newAppointment=2026-03-20T10:30",
                "extendedAt=2026-03-16T16:00", "apology=false");
        DossierEvent step = DossierEvent.step("Phòng Tư pháp", T1, T2, 3);
        assertFinding(Findings.stepOverrun(step, 10), FindingCode.IDLE_HOLDING,
                "Step of Phòng Tư pháp took 10 working days (2026-03-02T09:00 to 2026-03-16T16:00), over its"
                        + " allocation of 3",
                "unit=Phòng Tư pháp", "start=2026-03-02T09:00", "end=2026-03-16T16:00", "allocatedWorkingDays=3",
                "usedWorkingDays=10");
        assertFinding(Findings.idle(7, T1, T2, 5), FindingCode.IDLE_HOLDING,
                "No activity for 7 working days, from 2026-03-02T09:00 to 2026-03-16T16:00; threshold 5",
                "idleFrom=2026-03-02T09:00", "idleTo=2026-03-16T16:00", "idleWorkingDays=7");
    }

    @Test
    void findingsAreValuesWhetherBuiltNowOrLater() {
        Finding lazy = Findings.repeatedExtension(2, 1);
        Finding built = new Finding(FindingCode.REPEATED_EXTENSION, "The appointment was moved 2 times; at most 1 allowed",
                List.of(Evidence.of("extensions", 2), Evidence.of("maxExtensions", 1)));
        assertEquals(built, lazy);
        assertEquals(built.hashCode(), lazy.hashCode());
        assertEquals("Finding[code=REPEATED_EXTENSION, message=The appointment was moved 2 times; at most 1 allowed,"
                + " evidence=[Evidence[name=extensions, value=2], Evidence[name=maxExtensions, value=1]]]", lazy.toString());
        assertNotEquals(Findings.repeatedExtension(3, 1), lazy);
        assertNotEquals(new Finding(FindingCode.REPEATED_EXTENSION, lazy.message(), List.of()), lazy);
        assertNotEquals(new Finding(FindingCode.REPEATED_SUPPLEMENT_REQUEST, lazy.message(), lazy.evidence()), lazy);
        assertFalse(lazy.equals("REPEATED_EXTENSION"));
        // the closing events end a dossier without a result
        for (EventType type : EventType.values()) {
            assertEquals(type == EventType.REFUSED || type == EventType.WITHDRAWN || type == EventType.STOPPED,
                    type.isClosing(), type.name());
        }
        assertTrue(EventType.STOPPED.isClosing());
    }
}
