package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dunghan.dossier.EventType.COMPLETED;
import static vn.dunghan.dossier.EventType.RESULT_SIGNED;
import static vn.dunghan.dossier.EventType.RETURNED;
import static vn.dunghan.dossier.EventType.SUPPLEMENT_REQUESTED;
import static vn.dunghan.dossier.Fixture.at;
import static vn.dunghan.dossier.Fixture.dossier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dunghan.json.EvaluationJson;

/**
 * The evaluator composing the timeline, the legal clock and the rules, on the core fixture
 * calendar; each expected value is derived by hand in the comments (docs/counting.md,
 * docs/findings.md).
 */
class EvaluatorTest {

    @Test
    void aPausedDayLimitLateInLawIsLate() {
        // D10 accepted Wed 15 Apr, paused Thu 16 - Mon 20 Apr: due Wed 29 Apr (LegalClockTest);
        // finished Mon 4 May 10:00, one working day late. Adding the pause after the roll-forward
        // would have made Mon 4 May the due date and the dossier on time.
        Evaluation e = dossier("D10", "2026-04-15T09:00", "2026-05-08T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-04-16T10:00").received("2026-04-20T10:00", null)
                .event(COMPLETED, "2026-05-04T10:00").evaluate("2026-06-01T00:00");
        assertEquals(LocalDate.of(2026, 4, 29), e.getLegalDueDate());
        assertEquals(Outcome.LATE, e.getOutcome());
        assertEquals(1, e.getLateWorkingDays());
        assertTrue(e.hasFinding(FindingCode.CONCEALED_LATENESS));
    }

    @Test
    void aWorkingHourLimitFinishedInTheLunchBreakIsOnTime() {
        // H8 accepted Mon 2 Mar 13:00, due Tue 3 Mar 11:30 (LegalClockTest)
        Evaluation inBreak = dossier("H8", "2026-03-02T13:00", "2026-03-03T16:00")
                .event(COMPLETED, "2026-03-03T12:30").evaluate("2026-06-01T00:00");
        assertEquals(Outcome.ON_TIME, inBreak.getOutcome());
        assertFalse(inBreak.isLegalBreach());
        Evaluation late = dossier("H8", "2026-03-02T13:00", "2026-03-03T16:00")
                .event(COMPLETED, "2026-03-03T13:20").evaluate("2026-06-01T00:00");
        assertEquals(Outcome.LATE, late.getOutcome());
        assertEquals(20, late.getLateWorkingMinutes());
        assertEquals(0, late.getLateWorkingDays(), "late on its due date");
        String json = EvaluationJson.write(1, late);
        assertTrue(json.contains("\"legalDeadline\":\"2026-03-03T11:30\""), json);
        assertTrue(json.contains("\"lateWorkingMinutes\":20"), json);
    }

    @Test
    void theEvaluationInstantIsASnapshot() {
        // P10 due Mon 16 Mar; as of Wed 18 00:00 the completion on Thu 19 is not yet known: OVERDUE,
        // one working day late (Tue 17; Wed 18 has not begun to be used)
        Fixture.Builder builder = dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00")
                .event(COMPLETED, "2026-03-19T10:00").event(RETURNED, "2026-03-19T15:00");
        Evaluation snapshot = builder.evaluate("2026-03-18T00:00");
        assertEquals(Outcome.OVERDUE, snapshot.getOutcome());
        assertEquals(2, snapshot.getEventsAfterAsOf());
        assertEquals(1, snapshot.getLateWorkingDays());
        assertEquals(null, snapshot.getFinishedAt());
        Evaluation later = builder.evaluate("2026-03-20T00:00");
        assertEquals(Outcome.LATE, later.getOutcome());
        assertEquals(0, later.getEventsAfterAsOf());
        assertTrue(EvaluationJson.write(1, snapshot).contains("\"eventsAfterAsOf\":2"));
    }

    @Test
    void aDossierAcceptedAfterTheInstantIsAnError() {
        InvalidDossierException ex = assertThrows(InvalidDossierException.class,
                () -> dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").evaluate("2026-03-02T08:59"));
        assertEquals("/acceptedAt", ex.getPath());
        assertEquals("The acceptance 2026-03-02T09:00 is after the evaluation instant 2026-03-02T08:59", ex.getRule());
    }

    @Test
    void aCodeOver256CharactersIsAnError() {
        InvalidDossierException ex = assertThrows(InvalidDossierException.class,
                () -> dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").id("X".repeat(257))
                        .evaluate("2026-04-01T00:00"));
        assertEquals("/id", ex.getPath());
        assertEquals("The dossier code has 257 characters; a code has at most 256", ex.getRule());
        dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").id("X".repeat(256)).evaluate("2026-04-01T00:00");
    }

    @Test
    void aLoneSurrogateIsAnErrorNamingTheField() {
        Dossier dossier = new Dossier("X-1", "P10", "UBND \ud800", Channel.COUNTER, null, at("2026-03-02T09:00"),
                at("2026-03-16T16:00"), null, List.of());
        InvalidDossierException ex = assertThrows(InvalidDossierException.class,
                () -> Fixture.EVALUATOR.evaluate(dossier, at("2026-04-01T00:00")));
        assertEquals("/agency", ex.getPath());
        assertEquals("The value holds a lone surrogate \\uD800 at character 6, which no UTF-8 text can hold",
                ex.getRule());
        // a pair is a character outside the basic plane, and fine
        Fixture.EVALUATOR.evaluate(new Dossier("X-1", "P10", "UBND \ud83d\ude00", Channel.COUNTER, null,
                at("2026-03-02T09:00"), at("2026-03-16T16:00"), null, List.of()), at("2026-04-01T00:00"));
    }

    @Test
    void anInstantOutsideTheCalendarIsRefused() {
        DateTimeException ex = assertThrows(DateTimeException.class,
                () -> dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").evaluate("2028-01-01T00:00"));
        assertEquals("Evaluation instant 2028-01-01T00:00 is outside the calendar's range 2025-01-01..2027-12-31",
                ex.getMessage());
    }

    @Test
    void caveatsNameTheUncertainDaysOfTheDue() {
        // P10 accepted Mon 16 Nov is due Tue 1 Dec over Tue 24 Nov, a day off with a caveat
        Evaluation e = dossier("P10", "2026-11-16T09:00", "2026-12-01T16:00").evaluate("2026-11-20T00:00");
        assertEquals(List.of("2026-11-24: holiday, secondary sources only (S)"), e.getCaveats());
        assertTrue(EvaluationJson.write(1, e).contains("\"caveats\":[\"2026-11-24: holiday, secondary sources only"
                + " (S)\"]"));
        assertTrue(Fixture.EVALUATOR.explainDeadline(dossier("P10", "2026-11-16T09:00", "2026-12-01T16:00").build())
                .toText().endsWith("; due Tue 2026-12-01, 24:00; caveat: 2026-11-24: holiday, secondary sources only (S)"));
        Evaluation clean = dossier("P10", "2026-11-25T09:00", "2026-12-09T16:00").evaluate("2026-11-26T00:00");
        assertEquals(List.of(), clean.getCaveats());
        assertFalse(EvaluationJson.write(1, clean).contains("caveats"));
    }

    @Test
    void findingsComeInTheOrderOfTheirCodesAndCiteTheRulesInForce() {
        // padded slip Fri 20 Mar, late apology Wed 18, completed Thu 19 before the signature Fri 20 10:00,
        // so the real finish is Fri 20 10:00: late in law (due Mon 16), on time against Fri 27
        Evaluation e = dossier("P10", "2026-03-02T09:00", "2026-03-20T16:00")
                .extended("2026-03-18T09:00", "2026-03-27T16:00", true).event(COMPLETED, "2026-03-19T10:00")
                .event(RESULT_SIGNED, "2026-03-20T10:00").evaluate("2026-06-01T00:00");
        assertEquals(at("2026-03-20T10:00"), e.getFinishedAt());
        assertEquals(at("2026-03-19T10:00"), e.getRecordedFinishAt());
        assertEquals(List.of(FindingCode.CONCEALED_LATENESS, FindingCode.PADDED_APPOINTMENT,
                FindingCode.EXTENSION_WITHOUT_TIMELY_APOLOGY, FindingCode.COMPLETION_BEFORE_SIGNATURE),
                e.getFindings().stream().map(Finding::code).toList());
        // accepted 2026-03-02: Decree 118/2025 with Circular 03/2025
        assertEquals("Decree 118/2025/NĐ-CP (carries over Decree 61/2018/NĐ-CP, Art. 19(9))"
                + "; Circular 03/2025/TT-VPCP (carries over Circular 01/2018/TT-VPCP, Art. 13)",
                e.getFindings().get(0).rule());
        assertEquals(4, e.getLateWorkingDays(), "Tue 17 - Fri 20");
    }

    @Test
    void aDateOnlyAppointmentEndsAt24() {
        // the codecs read an appointment given as a date as LocalTime.MAX of that day: its end, 24:00
        Dossier dossier = new Dossier("X-1", "P10", "UBND", Channel.COUNTER, null, at("2026-03-02T09:00"),
                LocalDate.of(2026, 3, 16).atTime(java.time.LocalTime.MAX), null,
                List.of(DossierEvent.of(COMPLETED, at("2026-03-17T00:00"))));
        Evaluation e = Fixture.EVALUATOR.evaluate(dossier, at("2026-06-01T00:00"));
        assertEquals(vn.dunghan.deadline.Due.endOf(LocalDate.of(2026, 3, 16)), e.getStatedDue());
        assertFalse(e.isStatedBreach(), "00:00 of the 17th is 24:00 of the 16th");
        assertFalse(e.isLegalBreach());
    }

    @Test
    void aStoppedClockIsNeitherLateNorOnTime() {
        Evaluation e = dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00").evaluate("2026-04-01T00:00");
        assertEquals(Outcome.PAUSED, e.getOutcome());
        assertFalse(e.isLegalBreach());
        assertFalse(e.isStatedBreach());
    }

    @Test
    void theSystemViewComparesDatesAndCountsAWithdrawalOnTime() {
        // P10: 10 working days from Mon 2 March 09:00: due Mon 16 March; the slip says Mon 16 March 16:00
        // finished on the appointment's day after its hour: late against the hour, on time in vendor software
        Evaluation sameDay = Fixture.dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00")
                .event(EventType.COMPLETED, "2026-03-16T16:30").evaluate("2026-06-01T00:00");
        assertEquals(true, sameDay.isStatedBreach());
        assertEquals(true, sameDay.isSystemOnTime());
        // a day after the appointment: late in every view
        assertEquals(false, Fixture.dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00")
                .event(EventType.COMPLETED, "2026-03-17T08:00").evaluate("2026-06-01T00:00").isSystemOnTime());
        // withdrawn after the legal due: a breach in law, on time for the software
        Evaluation withdrawn = Fixture.dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00")
                .event(EventType.WITHDRAWN, "2026-03-20T10:00").evaluate("2026-06-01T00:00");
        assertEquals(true, withdrawn.isLegalBreach());
        assertEquals(true, withdrawn.isSystemOnTime());
        // refused after the appointment's date: late for the software too
        assertEquals(false, Fixture.dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00")
                .event(EventType.REFUSED, "2026-03-20T10:00").evaluate("2026-06-01T00:00").isSystemOnTime());
        // open: on time until the appointment's date has passed
        assertEquals(true, Fixture.dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").evaluate("2026-03-16T23:00")
                .isSystemOnTime());
        assertEquals(false, Fixture.dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").evaluate("2026-03-17T08:00")
                .isSystemOnTime());
    }
}
