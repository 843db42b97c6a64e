package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dunghan.dossier.EventType.COMPLETED;
import static vn.dunghan.dossier.EventType.EARLY_NOTICE;
import static vn.dunghan.dossier.EventType.HANDED_OVER;
import static vn.dunghan.dossier.EventType.REFUSED;
import static vn.dunghan.dossier.EventType.RESULT_SIGNED;
import static vn.dunghan.dossier.EventType.RETURNED;
import static vn.dunghan.dossier.EventType.SUPPLEMENT_REQUESTED;
import static vn.dunghan.dossier.Fixture.CALENDAR;
import static vn.dunghan.dossier.Fixture.dossier;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Each finding rule on its own, on the core fixture calendar: the case that triggers it, its
 * message and evidence, and the nearest case that does not. P10 accepted Mon 2 Mar 2026 09:00 is
 * due Mon 16 Mar (10 working days: 3-6, 9-13, 16).
 */
class FindingRulesTest {

    private static final String AS_OF = "2026-06-01T00:00";

    private static Fixture.Builder p10(String appointment) {
        return dossier("P10", "2026-03-02T09:00", appointment);
    }

    private static void assertFinding(Finding finding, FindingCode code, String message, String... evidence) {
        assertEquals(code, finding.code());
        assertEquals(message, finding.message());
        assertEquals(List.of(evidence), finding.evidence().stream().map(e -> e.name() + "=" + e.value()).toList());
    }

    private static Finding only(List<Finding> findings) {
        assertEquals(1, findings == null ? 0 : findings.size(), String.valueOf(findings));
        return findings.get(0);
    }

    @Test
    void concealedLateness() {
        Fixture.Builder late = p10("2026-03-20T16:00").event(COMPLETED, "2026-03-18T10:00");
        Timeline t = late.timeline(AS_OF);
        assertFinding(ConcealedLateness.find(t, late.clock(AS_OF), true, false), FindingCode.CONCEALED_LATENESS,
                "Late in law (legal deadline 2026-03-16 24:00) but on time against the appointment 2026-03-20T16:00",
                "legalDueDate=2026-03-16", "statedDeadline=2026-03-20T16:00", "finishedAt=2026-03-18T10:00");
        assertNull(ConcealedLateness.find(t, late.clock(AS_OF), true, true), "late against the slip too");
        assertNull(ConcealedLateness.find(t, late.clock(AS_OF), false, false));
    }

    @Test
    void paddedAppointmentOnTheSlipAndReissued() {
        Fixture.Builder slip = p10("2026-03-20T16:00");
        assertFinding(only(PaddedAppointment.find(null, slip.timeline(AS_OF), slip.clock(AS_OF))),
                FindingCode.PADDED_APPOINTMENT, "Appointment 2026-03-20T16:00 on the slip is later than the legal"
                        + " deadline 2026-03-16 24:00 of 10 working days from 2026-03-02T09:00",
                "appointment=2026-03-20T16:00", "legalDueDate=2026-03-16", "limit=10 working days",
                "legalStart=2026-03-02T09:00");
        // compliant request Tue 3, receipt Mon 9 Mar: restarted due Mon 23 Mar; re-issued Fri 27 is later
        Fixture.Builder reissued = p10("2026-03-16T16:00").event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00")
                .received("2026-03-09T10:00", "2026-03-27T16:00");
        assertFinding(only(PaddedAppointment.find(null, reissued.timeline(AS_OF), reissued.clock(AS_OF))),
                FindingCode.PADDED_APPOINTMENT, "Appointment 2026-03-27T16:00 re-issued with the supplement received"
                        + " at 2026-03-09T10:00 is later than the legal deadline 2026-03-23 24:00 after the supplement",
                "reissuedAppointment=2026-03-27T16:00", "legalDueDate=2026-03-23",
                "supplementReceivedAt=2026-03-09T10:00");
        // a second re-issue, with a later receipt, is checked too: the due stays Mon 23 Mar
        Fixture.Builder again = p10("2026-03-16T16:00").event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00")
                .received("2026-03-09T10:00", "2026-03-23T16:00").event(SUPPLEMENT_REQUESTED, "2026-03-10T10:00")
                .received("2026-03-12T10:00", "2026-04-30T16:00");
        assertEquals("reissuedAppointment=2026-04-30T16:00", only(PaddedAppointment.find(null, again.timeline(AS_OF),
                again.clock(AS_OF))).evidence().get(0).name() + "=" + only(PaddedAppointment.find(null,
                        again.timeline(AS_OF), again.clock(AS_OF))).evidence().get(0).value());
        // under PAUSE (D10 accepted Wed 15 Apr, paused Thu 16 - Mon 20): due Wed 29 Apr (LegalClockTest);
        // an appointment re-issued for Mon 4 May is later
        Fixture.Builder paused = dossier("D10", "2026-04-15T09:00", "2026-04-27T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-04-16T10:00").received("2026-04-20T10:00", "2026-05-04T16:00");
        assertTrue(only(PaddedAppointment.find(null, paused.timeline(AS_OF), paused.clock(AS_OF))).message()
                .endsWith("is later than the legal deadline 2026-04-29 24:00 after the supplement"));
        Fixture.Builder fair = p10("2026-03-16T16:00").event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00")
                .received("2026-03-09T10:00", "2026-03-23T16:00");
        assertNull(PaddedAppointment.find(null, fair.timeline(AS_OF), fair.clock(AS_OF)));
    }

    @Test
    void apologyLeadTimeIsMeasuredAgainstTheLegalDue() {
        // slip padded to Fri 20 Mar; legal due Mon 16, so the apology was due by Sun 15 (1 day before).
        // An apology on Wed 18 precedes the slip by 2 days but comes after the legal due: untimely.
        Fixture.Builder late = p10("2026-03-20T16:00").extended("2026-03-18T09:00", "2026-03-27T16:00", true);
        ProcedurePolicy policy = Fixture.EVALUATOR.policyOf(late.build());
        assertFinding(only(ExtensionApology.find(null, late.timeline(AS_OF), late.clock(AS_OF), policy)),
                FindingCode.EXTENSION_WITHOUT_TIMELY_APOLOGY, "Appointment moved from 2026-03-20T16:00 to"
                        + " 2026-03-27T16:00 at 2026-03-18T09:00 with an apology on 2026-03-18, later than 2026-03-15,"
                        + " 1 day(s) before the legal due date 2026-03-16",
                "previousAppointment=2026-03-20T16:00", "newAppointment=2026-03-27T16:00",
                "extendedAt=2026-03-18T09:00", "apology=true", "legalDueDate=2026-03-16");
        Fixture.Builder timely = p10("2026-03-16T16:00").extended("2026-03-13T09:00", "2026-03-20T16:00", true);
        assertNull(ExtensionApology.find(null, timely.timeline(AS_OF), timely.clock(AS_OF), policy));
        Fixture.Builder none = p10("2026-03-16T16:00").extended("2026-03-13T09:00", "2026-03-20T16:00", false);
        assertTrue(only(ExtensionApology.find(null, none.timeline(AS_OF), none.clock(AS_OF), policy)).message()
                .endsWith("without a written apology"));
    }

    @Test
    void repeatedExtensionAndSupplementRequest() {
        Fixture.Builder twice = p10("2026-03-16T16:00").event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00")
                .received("2026-03-04T10:00", null).event(SUPPLEMENT_REQUESTED, "2026-03-05T10:00")
                .extended("2026-03-13T09:00", "2026-03-20T16:00", true)
                .extended("2026-03-19T09:00", "2026-03-24T16:00", true);
        ProcedurePolicy policy = Fixture.EVALUATOR.policyOf(twice.build());
        assertFinding(RepeatedExtension.find(twice.timeline(AS_OF), policy), FindingCode.REPEATED_EXTENSION,
                "The appointment was moved 2 times; at most 1 allowed", "extensions=2", "maxExtensions=1");
        assertFinding(RepeatedSupplementRequest.find(twice.timeline(AS_OF), policy),
                FindingCode.REPEATED_SUPPLEMENT_REQUEST,
                "2 supplement requests; at most 1 allowed, and Decision 766 counts the dossier late", "requests=2");
        Fixture.Builder once = p10("2026-03-16T16:00").extended("2026-03-13T09:00", "2026-03-20T16:00", true);
        assertNull(RepeatedExtension.find(once.timeline(AS_OF), policy));
        assertNull(RepeatedSupplementRequest.find(once.timeline(AS_OF), policy));
    }

    @Test
    void lateSupplementRequest() {
        // Fri 6 Mar is 4 working days after the acceptance date Mon 2: the window of 3 ended Thu 5
        Fixture.Builder late = p10("2026-03-16T16:00").event(SUPPLEMENT_REQUESTED, "2026-03-06T10:00");
        assertFinding(LateSupplementRequest.find(late.timeline(AS_OF), late.clock(AS_OF)),
                FindingCode.LATE_SUPPLEMENT_REQUEST, "Supplement requested on 2026-03-06T10:00, after the window of 3"
                        + " working days from 2026-03-02 that ended on 2026-03-05; it does not move the legal deadline",
                "supplementRequestedAt=2026-03-06T10:00", "legalStart=2026-03-02T09:00", "windowEnd=2026-03-05",
                "legalDeadline=2026-03-16 24:00");
        Fixture.Builder inWindow = p10("2026-03-16T16:00").event(SUPPLEMENT_REQUESTED, "2026-03-05T10:00");
        assertNull(LateSupplementRequest.find(inWindow.timeline(AS_OF), inWindow.clock(AS_OF)));
    }

    @Test
    void delayedAcceptance() {
        // submitted Wed 25 Feb, accepted Mon 2 Mar: 3 working days (26, 27 Feb, 2 Mar) > 1
        Dossier late = p10("2026-03-16T16:00").submitted("2026-02-25T10:00").build();
        ProcedurePolicy policy = Fixture.EVALUATOR.policyOf(late);
        assertFinding(DelayedAcceptance.find(late, policy, CALENDAR), FindingCode.DELAYED_ACCEPTANCE,
                "Accepted 3 working days after submission (2026-02-25T10:00 to 2026-03-02T09:00); threshold 1",
                "submittedAt=2026-02-25T10:00", "acceptedAt=2026-03-02T09:00", "delayWorkingDays=3");
        assertNull(DelayedAcceptance.find(p10("2026-03-16T16:00").submitted("2026-02-27T16:00").build(), policy,
                CALENDAR));
    }

    private static Finding transfer(String procedure, String accepted, String received, String asOf) {
        Fixture.Builder builder = dossier(procedure, accepted, "2026-05-29T16:00").competent(received);
        return TransferDelay.find(builder.timeline(asOf), Fixture.EVALUATOR.policyOf(builder.build()), CALENDAR);
    }

    @Test
    void transferDelay() {
        // accepted Mon 2 Mar 15:30, after 15:00: the competent body must have it by the end of Tue 3
        Finding finding = transfer("T10", "2026-03-02T15:30", "2026-03-04T08:00", AS_OF);
        assertFinding(finding, FindingCode.TRANSFER_DELAY, "Received by the competent body at 2026-03-04T08:00, after"
                + " 2026-03-03 24:00, the latest transfer of a dossier accepted at 2026-03-02T15:30",
                "acceptedAt=2026-03-02T15:30", "competentReceivedAt=2026-03-04T08:00", "latestReceipt=2026-03-03 24:00");
        assertTrue(finding.isIntegrity(), "the clock starts at that receipt");
        // the same delay where the clock starts at acceptance is procedural
        assertFalse(transfer("P10", "2026-03-02T15:30", "2026-03-04T08:00", AS_OF).isIntegrity());
        // accepted at 15:00 exactly, by the hour: the same day; received the next morning is late, that evening is not
        assertTrue(transfer("T10", "2026-03-02T15:00", "2026-03-03T08:00", AS_OF) != null);
        assertNull(transfer("T10", "2026-03-02T15:00", "2026-03-02T20:00", AS_OF));
        // accepted on Sat 7 Mar, not a working day: by the end of Mon 9
        assertNull(transfer("T10", "2026-03-07T09:00", "2026-03-09T16:00", AS_OF));
        assertTrue(transfer("T10", "2026-03-07T09:00", "2026-03-10T08:00", AS_OF) != null);
        // accepted Wed 29 Apr 16:00: the next working day is Mon 4 May (30 Apr, 1 May off, a weekend)
        assertNull(transfer("T10", "2026-04-29T16:00", "2026-05-04T16:00", AS_OF));
        // a receipt after the instant is not known then: late already if the instant is past the latest receipt
        Finding pending = transfer("T10", "2026-03-02T15:30", "2026-03-06T08:00", "2026-03-05T12:00");
        assertFinding(pending, FindingCode.TRANSFER_DELAY, "Not received by the competent body at 2026-03-05T12:00,"
                + " after 2026-03-03 24:00, the latest transfer of a dossier accepted at 2026-03-02T15:30",
                "acceptedAt=2026-03-02T15:30", "asOf=2026-03-05T12:00", "latestReceipt=2026-03-03 24:00");
        assertNull(transfer("T10", "2026-03-02T15:30", "2026-03-06T08:00", "2026-03-03T12:00"));
    }

    @Test
    void acceptanceDateMismatch() {
        Dossier mismatch = p10("2026-03-16T16:00").id("000.00.12.H29-260301-0007").build();
        assertFinding(AcceptanceDateMismatch.find(mismatch), FindingCode.ACCEPTANCE_DATE_MISMATCH,
                "The code's date 260301 (2026-03-01) differs from the recorded acceptance date 2026-03-02",
                "id=000.00.12.H29-260301-0007", "codeDate=260301", "acceptedAt=2026-03-02T09:00");
        assertTrue(AcceptanceDateMismatch.find(p10("2026-03-16T16:00").id("X-261399-1").build()).message()
                .contains("is not a valid date"));
        assertNull(AcceptanceDateMismatch.find(p10("2026-03-16T16:00").build()));
        assertNull(AcceptanceDateMismatch.find(p10("2026-03-16T16:00").id("HS/2026/12").build()), "another shape");
    }

    @Test
    void idleHoldingStopsAtTheRealFinish() {
        ProcedurePolicy policy = Fixture.EVALUATOR.policyOf(p10("2026-03-16T16:00").build());
        // a step Mon 2 - Tue 3, then nothing until the completion Thu 12: 7 working days idle (4-6, 9-12)
        Fixture.Builder held = p10("2026-03-16T16:00").step("Phòng Tư pháp", "2026-03-02T10:00", "2026-03-03T10:00", 2)
                .event(COMPLETED, "2026-03-12T10:00");
        assertFinding(IdleHolding.find(held.timeline(AS_OF), policy, CALENDAR, null), FindingCode.IDLE_HOLDING,
                "No activity for 7 working days, from 2026-03-03T10:00 to 2026-03-12T10:00; threshold 5",
                "idleFrom=2026-03-03T10:00", "idleTo=2026-03-12T10:00", "idleWorkingDays=7");
        // completed Wed 4, returned Fri 20: the wait for the applicant after the real finish is not holding
        Fixture.Builder collected = p10("2026-03-16T16:00")
                .step("Phòng Tư pháp", "2026-03-02T10:00", "2026-03-03T10:00", 2).event(COMPLETED, "2026-03-04T10:00")
                .event(RETURNED, "2026-03-20T10:00");
        assertNull(IdleHolding.find(collected.timeline(AS_OF), policy, CALENDAR, null));
        // without recorded steps, an absence of events is no evidence
        assertNull(IdleHolding.find(p10("2026-03-16T16:00").event(COMPLETED, "2026-03-12T10:00").timeline(AS_OF),
                policy, CALENDAR, null));
    }

    @Test
    void stepOverrun() {
        // Tue 3 to Thu 5 is 2 working days (4, 5); Tue 3 to Mon 9 is 4 (4, 5, 6, 9) against 3
        Fixture.Builder steps = p10("2026-03-16T16:00").step("Phòng Tư pháp", "2026-03-03T08:00", "2026-03-05T16:00", 2)
                .step("Chi cục Thuế", "2026-03-05T16:00", "2026-03-09T16:00", 1);
        assertFinding(only(StepOverrun.find(null, steps.timeline(AS_OF), CALENDAR)), FindingCode.STEP_OVERRUN,
                "Step of Chi cục Thuế took 2 working days (2026-03-05T16:00 to 2026-03-09T16:00), over its allocation"
                        + " of 1 working days",
                "unit=Chi cục Thuế", "start=2026-03-05T16:00", "end=2026-03-09T16:00", "allocatedWorkingDays=1",
                "usedWorkingDays=2");
    }

    @Test
    void aStepAfterTheRealFinishIsNotAnOverrun() {
        // completed Wed 4 Mar; an archiving step of 5-20 Mar afterwards is not the agency's processing time
        Fixture.Builder archived = p10("2026-03-16T16:00").event(COMPLETED, "2026-03-04T10:00")
                .step("Lưu trữ", "2026-03-05T08:00", "2026-03-20T16:00", 1);
        assertNull(StepOverrun.find(null, archived.timeline(AS_OF), CALENDAR));
    }

    @Test
    void signatureAndReturnOrder() {
        Timeline completedFirst = p10("2026-03-16T16:00").event(COMPLETED, "2026-03-10T10:00")
                .event(RESULT_SIGNED, "2026-03-10T15:00").timeline(AS_OF);
        assertFinding(CompletionBeforeSignature.find(completedFirst), FindingCode.COMPLETION_BEFORE_SIGNATURE,
                "Completion recorded at 2026-03-10T10:00, before the result was signed at 2026-03-10T15:00",
                "completedAt=2026-03-10T10:00", "resultSignedAt=2026-03-10T15:00");
        Timeline handedFirst = p10("2026-03-16T16:00").event(HANDED_OVER, "2026-03-09T10:00")
                .event(RESULT_SIGNED, "2026-03-11T10:00").event(RETURNED, "2026-03-12T10:00").timeline(AS_OF);
        assertFinding(ReturnBeforeResult.find(handedFirst), FindingCode.RETURN_BEFORE_RESULT,
                "Hand-over recorded at 2026-03-09T10:00, before the result was signed at 2026-03-11T10:00",
                "handedOverAt=2026-03-09T10:00", "resultSignedAt=2026-03-11T10:00");
        // a return before a late completion click is not a finding
        Timeline lateClick = p10("2026-03-16T16:00").event(RESULT_SIGNED, "2026-03-10T15:00")
                .event(RETURNED, "2026-03-11T10:00").event(COMPLETED, "2026-03-16T09:00").timeline(AS_OF);
        assertNull(ReturnBeforeResult.find(lateClick));
        assertNull(CompletionBeforeSignature.find(lateClick));
        Timeline recordedFirst = p10("2026-03-16T16:00").event(RETURNED, "2026-03-12T10:00")
                .event(HANDED_OVER, "2026-03-13T10:00").timeline(AS_OF);
        assertFinding(ReturnRecordedBeforeHandover.find(recordedFirst), FindingCode.RETURN_RECORDED_BEFORE_HANDOVER,
                "Return recorded at 2026-03-12T10:00, before the result was handed over at 2026-03-13T10:00",
                "returnedAt=2026-03-12T10:00", "handedOverAt=2026-03-13T10:00");
    }

    @Test
    void earlyReturnWithoutNotice() {
        Timeline early = p10("2026-03-16T16:00").event(COMPLETED, "2026-03-11T10:00")
                .event(RETURNED, "2026-03-12T10:00").timeline(AS_OF);
        assertFinding(EarlyReturnWithoutNotice.find(early), FindingCode.EARLY_RETURN_WITHOUT_NOTICE,
                "Result returned at 2026-03-12T10:00, before the appointment 2026-03-16T16:00, without advance notice"
                        + " to the applicant", "returnedAt=2026-03-12T10:00", "statedDeadline=2026-03-16T16:00");
        assertNull(EarlyReturnWithoutNotice.find(p10("2026-03-16T16:00").event(COMPLETED, "2026-03-11T10:00")
                .event(EARLY_NOTICE, "2026-03-11T11:00").event(RETURNED, "2026-03-12T10:00").timeline(AS_OF)));
    }

    @Test
    void lateRefusal() {
        Fixture.Builder late = p10("2026-03-16T16:00").event(REFUSED, "2026-03-18T10:00");
        assertFinding(LateRefusal.find(late.timeline(AS_OF), late.clock(AS_OF)), FindingCode.LATE_REFUSAL,
                "Refusal at 2026-03-18T10:00, after the legal deadline 2026-03-16 24:00",
                "refusedAt=2026-03-18T10:00", "legalDueDate=2026-03-16");
        Fixture.Builder paused = p10("2026-03-16T16:00").event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00")
                .event(REFUSED, "2026-03-18T10:00");
        assertNull(LateRefusal.find(paused.timeline(AS_OF), paused.clock(AS_OF)), "the clock was stopped");
    }

    @Test
    void citationsFollowTheInstrumentsInForce() {
        assertEquals("Decree 61/2018/NĐ-CP, Art. 19(9); Circular 01/2018/TT-VPCP, Art. 13",
                FindingCode.CONCEALED_LATENESS.getRule(java.time.LocalDate.of(2025, 6, 30)));
        assertEquals("Decree 118/2025/NĐ-CP (carries over Decree 61/2018/NĐ-CP, Art. 19(9)); Circular 01/2018/TT-VPCP,"
                + " Art. 13", FindingCode.CONCEALED_LATENESS.getRule(java.time.LocalDate.of(2025, 7, 1)));
        assertEquals("Decree 118/2025/NĐ-CP (carries over Decree 61/2018/NĐ-CP, Art. 19(9)); Circular 03/2025/TT-VPCP"
                + " (carries over Circular 01/2018/TT-VPCP, Art. 13)",
                FindingCode.CONCEALED_LATENESS.getRule(java.time.LocalDate.of(2025, 9, 15)));
        assertEquals("Decree 118/2025/NĐ-CP as amended by Decree 309/2026/NĐ-CP, Art. 17(3)",
                FindingCode.DELAYED_ACCEPTANCE.getRule(java.time.LocalDate.of(2026, 8, 5)));
        assertEquals("Decree 118/2025/NĐ-CP as amended by Decree 309/2026/NĐ-CP, Art. 18(2)",
                FindingCode.TRANSFER_DELAY.getRule(java.time.LocalDate.of(2026, 8, 5)));
        assertEquals("Decree 118/2025/NĐ-CP (carries over Decree 61/2018/NĐ-CP, Art. 18(2))",
                FindingCode.TRANSFER_DELAY.getRule(java.time.LocalDate.of(2026, 8, 4)));
        assertEquals("Decree 30/2020/NĐ-CP, Arts 15 and 18; Decision 766/QĐ-TTg (end-time priority)",
                FindingCode.COMPLETION_BEFORE_SIGNATURE.getRule(java.time.LocalDate.of(2026, 8, 5)));
        // a finding cites the rule of its dossier's acceptance date
        Dossier old = dossier("P10", "2025-03-03T09:00", "2025-03-21T16:00").build();
        assertEquals("Decree 61/2018/NĐ-CP, Art. 26; Circular 01/2018/TT-VPCP, Art. 19",
                AcceptanceDateMismatch.find(new Dossier("X-250302-1", old.procedure(), old.agency(), old.channel(), null,
                        old.acceptedAt(), old.appointment(), null, List.of())).rule());
    }
}
