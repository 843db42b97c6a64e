package vn.dunghan.holidays.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dunghan.dossier.EventType.COMPLETED;
import static vn.dunghan.dossier.EventType.EARLY_NOTICE;
import static vn.dunghan.dossier.EventType.HANDED_OVER;
import static vn.dunghan.dossier.EventType.REFUSED;
import static vn.dunghan.dossier.EventType.RESULT_SIGNED;
import static vn.dunghan.dossier.EventType.RETURNED;
import static vn.dunghan.dossier.EventType.SUPPLEMENT_REQUESTED;
import static vn.dunghan.dossier.EventType.WITHDRAWN;
import static vn.dunghan.holidays.dossier.Scenario.accepted;
import static vn.dunghan.holidays.dossier.Scenario.at;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.OfficeHours;
import vn.dunghan.calendar.Session;
import vn.dunghan.calendar.Timetable;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.FindingCode;
import vn.dunghan.dossier.InvalidDossierException;
import vn.dunghan.dossier.Outcome;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.holidays.VietnamCalendars;

/**
 * Worked scenarios derived by hand from the rules, on the civil-service calendar of 2026 (Tết
 * 14–22 February; 31 August swapped for Saturday 22 August; 1–2 September; Culture Day 24 November,
 * grade S). Counting: Civil Code 2015, Art. 147 (the first day is not counted) and Art. 148 (a
 * period ends at 24:00 of its last day; a last day off moves to the next working day).
 * Supplementation: Decree 61/2018/NĐ-CP, Art. 19(4) as amended by Decree 107/2021/NĐ-CP.
 * Extensions: Art. 19(9). The as-of instant of open dossiers is given per scenario.
 */
class DossierScenariosTest {

    private static final WorkCalendar CALENDAR = VietnamCalendars.civilService().toBuilder()
            .officeHours(OfficeHours.of(Timetable.ofWeekdays(Session.parse("07:30-11:30"), Session.parse("13:00-17:00"))))
            .build();
    private static final Evaluator EVALUATOR = Evaluator.of(CALENDAR, PolicySet.of(Scenario.procedures()));
    private static final String LATER = "2026-12-31T00:00";

    private static Evaluation evaluate(Scenario scenario) {
        return EVALUATOR.evaluate(scenario.build(), at(LATER));
    }

    private static Evaluation evaluate(Scenario scenario, String asOf) {
        return EVALUATOR.evaluate(scenario.build(), at(asOf));
    }

    private static void assertFindings(Evaluation evaluation, FindingCode... codes) {
        Set<FindingCode> expected = codes.length == 0 ? EnumSet.noneOf(FindingCode.class) : EnumSet.of(codes[0], codes);
        Set<FindingCode> actual = EnumSet.noneOf(FindingCode.class);
        evaluation.getFindings().forEach(f -> actual.add(f.code()));
        assertEquals(expected, actual, evaluation.getFindings().toString());
    }

    // ---------------------------------------------------------------- counting around Tết (Arts 147-148)

    @Test
    void fiveWorkingDaysJustBeforeTet() {
        // Thu 12 Feb; Fri 13 (1); Tết 14-22; Mon 23 (2) .. Thu 26 (5)
        Evaluation e = evaluate(accepted("2026-02-12T10:00", "2026-02-26T16:00").procedure("P5")
                .event(COMPLETED, "2026-02-26T15:00").event(RETURNED, "2026-02-26T16:00"));
        assertEquals(LocalDate.of(2026, 2, 26), e.getLegalDueDate());
        assertEquals(Outcome.ON_TIME, e.getOutcome());
        assertFalse(e.isLegalBreach());
        assertFindings(e);
    }

    @Test
    void fifteenWorkingDaysOverTet() {
        // the README's example: accepted Thu 2026-02-12 15:40, due Thu 2026-03-12
        Evaluation e = evaluate(accepted("2026-02-12T15:40", "2026-03-12T16:00").procedure("P15")
                .event(COMPLETED, "2026-03-11T10:00").event(EARLY_NOTICE, "2026-03-11T11:00")
                .event(RETURNED, "2026-03-11T14:00"));
        assertEquals(LocalDate.of(2026, 3, 12), e.getLegalDueDate());
        assertEquals(Outcome.EARLY, e.getOutcome());
        assertFindings(e);
        assertEquals("accepted Thu 2026-02-12 15:40; 15 working days; skips 2026-02-14..2026-02-22 (Lunar New Year"
                + " (Tết), day 29 of month 12; Công văn 12729/VPCP-KGVX (25/12/2025); Thông báo 9441/TB-BNV (16/10/2025)"
                + " [V2]); due Thu 2026-03-12, 24:00",
                EVALUATOR.explainDeadline(accepted("2026-02-12T15:40", "2026-03-12T16:00").procedure("P15").build())
                        .toText());
    }

    @Test
    void fifteenWorkingDaysWithACutoffAt1500() {
        // after 15:00 the dossier counts as accepted on Fri 13 Feb: due Fri 13 Mar
        Evaluation e = evaluate(accepted("2026-02-12T15:40", "2026-03-13T16:00").procedure("P15-CUT")
                .event(COMPLETED, "2026-03-13T10:00").event(RETURNED, "2026-03-13T16:00"));
        assertEquals(LocalDate.of(2026, 3, 13), e.getLegalDueDate());
        assertEquals(Outcome.ON_TIME, e.getOutcome());
        assertTrue(EVALUATOR.explainDeadline(accepted("2026-02-12T15:40", "2026-03-13T16:00").procedure("P15-CUT")
                .build()).toText().startsWith("accepted Thu 2026-02-12 15:40 after the 15:00 cut-off, counted as"
                        + " accepted on Fri 2026-02-13; 15 working days"));
    }

    @Test
    void calendarDayLimitEndingOnASunday() {
        // Thu 5 Mar + 10 days = Sun 15 Mar, moved to Mon 16 Mar (Art. 148(5))
        Evaluation e = evaluate(accepted("2026-03-05T09:00", "2026-03-16T16:00").procedure("D10")
                .event(COMPLETED, "2026-03-16T15:00").event(RETURNED, "2026-03-16T16:00"));
        assertEquals(LocalDate.of(2026, 3, 16), e.getLegalDueDate());
        assertEquals(Outcome.ON_TIME, e.getOutcome());
    }

    @Test
    void afternoonAcceptanceWithoutCutoffCountsFromTheNextDay() {
        // Thu 5 Mar 16:30; the acceptance day is never counted: Fri 6, Mon 9, Tue 10
        Evaluation e = evaluate(accepted("2026-03-05T16:30", "2026-03-10T16:00").procedure("P3")
                .event(COMPLETED, "2026-03-11T09:00").event(RETURNED, "2026-03-11T10:00"));
        assertEquals(LocalDate.of(2026, 3, 10), e.getLegalDueDate());
        assertEquals(Outcome.LATE, e.getOutcome());
        assertEquals(1, e.getLateWorkingDays());
        assertTrue(e.isStatedBreach());
        assertFindings(e);
    }

    @Test
    void afternoonAcceptanceWithCutoff() {
        // after 15:00: counted after Fri 6 Mar: Mon 9, Tue 10, Wed 11
        Evaluation e = evaluate(accepted("2026-03-05T16:30", "2026-03-11T16:00").procedure("P3-CUT")
                .event(COMPLETED, "2026-03-11T09:00").event(RETURNED, "2026-03-11T10:00"));
        assertEquals(LocalDate.of(2026, 3, 11), e.getLegalDueDate());
        assertEquals(Outcome.ON_TIME, e.getOutcome());
    }

    @Test
    void sameDayProcedureBeforeAndAfterTheCutoff() {
        // Decree 23/2015, Art. 7: the same day, or the next working day after 15:00
        Evaluation morning = evaluate(accepted("2026-03-09T10:00", "2026-03-09T16:00").procedure("SAME-DAY")
                .event(COMPLETED, "2026-03-10T09:00").event(RETURNED, "2026-03-10T09:30"));
        assertEquals(LocalDate.of(2026, 3, 9), morning.getLegalDueDate());
        assertEquals(Outcome.LATE, morning.getOutcome());
        assertEquals(1, morning.getLateWorkingDays());
        Evaluation afternoon = evaluate(accepted("2026-03-09T15:30", "2026-03-10T16:00").procedure("SAME-DAY")
                .event(COMPLETED, "2026-03-10T09:00").event(RETURNED, "2026-03-10T09:30"));
        assertEquals(LocalDate.of(2026, 3, 10), afternoon.getLegalDueDate());
        assertEquals(Outcome.ON_TIME, afternoon.getOutcome());
    }

    @Test
    void acceptedOnASaturdayCounterCountsFromMonday() {
        // a counter open on Saturday 7 Mar: Mon 9 (1), Tue 10, Wed 11 (3)
        Evaluation e = evaluate(accepted("2026-03-07T09:00", "2026-03-11T16:00").procedure("P3")
                .event(COMPLETED, "2026-03-11T11:00").event(RETURNED, "2026-03-11T15:00"));
        assertEquals(LocalDate.of(2026, 3, 11), e.getLegalDueDate());
        assertEquals(Outcome.ON_TIME, e.getOutcome());
    }

    @Test
    void swappedMondayAndMakeUpSaturday() {
        // Thu 27 Aug: Fri 28 (1); Mon 31 swapped off; 1-2 Sep National Day; Thu 3 (2) .. Tue 8 (5)
        Evaluation e = evaluate(accepted("2026-08-27T09:00", "2026-09-08T16:00").id("X-260827-0001").procedure("P5")
                .event(COMPLETED, "2026-09-08T10:00").event(RETURNED, "2026-09-08T16:00"));
        assertEquals(LocalDate.of(2026, 9, 8), e.getLegalDueDate());
        assertEquals(Outcome.ON_TIME, e.getOutcome());
        // the make-up Saturday 22 Aug is a working day: 2 working days from Fri 21 Aug end on Mon 24
        Evaluation makeUp = evaluate(accepted("2026-08-21T09:00", "2026-08-24T16:00").id("X-260821-0001")
                .procedure("P2").event(COMPLETED, "2026-08-24T10:00").event(RETURNED, "2026-08-24T11:00"));
        assertEquals(LocalDate.of(2026, 8, 24), makeUp.getLegalDueDate());
    }

    @Test
    void cultureDayIsSkipped() {
        // Mon 23 Nov + 2 working days: Tue 24 is Vietnam Culture Day (grade S): Wed 25 (1), Thu 26 (2)
        Evaluation e = evaluate(accepted("2026-11-23T09:00", "2026-11-26T16:00").id("X-261123-0001").procedure("P2")
                .event(COMPLETED, "2026-11-26T10:00").event(RETURNED, "2026-11-26T11:00"));
        assertEquals(LocalDate.of(2026, 11, 26), e.getLegalDueDate());
    }

    @Test
    void monthLimitEndingOnASaturday() {
        // Sat 31 Jan + 1 month = Sat 28 Feb (Art. 148(1)(c)), moved to Mon 2 Mar (Art. 148(5))
        Evaluation e = evaluate(accepted("2026-01-31T09:00", "2026-03-02T16:00").id("X-260131-0001").procedure("M1")
                .event(COMPLETED, "2026-03-02T10:00").event(RETURNED, "2026-03-02T11:00"));
        assertEquals(LocalDate.of(2026, 3, 2), e.getLegalDueDate());
        assertEquals(Outcome.ON_TIME, e.getOutcome());
    }

    @Test
    void hourAndWorkingHourLimits() {
        // 8 hours from the stated moment (Art. 147(1))
        Evaluation hours = evaluate(accepted("2026-03-05T10:00", "2026-03-05T18:00").id("X-260305-0001").procedure("H8")
                .event(COMPLETED, "2026-03-05T17:00").event(RETURNED, "2026-03-05T17:30"));
        assertEquals(at("2026-03-05T18:00"), hours.getLegalDeadline());
        assertEquals(Outcome.ON_TIME, hours.getOutcome());
        // 8 working hours on 07:30-11:30, 13:00-17:00 from Thu 12 Feb 15:40 end Fri 13 Feb 15:40
        Evaluation working = evaluate(accepted("2026-02-12T15:40", "2026-02-13T16:00").id("X-260212-0001")
                .procedure("WH8").event(COMPLETED, "2026-02-13T16:00").event(RETURNED, "2026-02-13T16:05"));
        assertEquals(at("2026-02-13T15:40"), working.getLegalDeadline());
        assertEquals(Outcome.LATE, working.getOutcome());
        assertEquals(0, working.getLateWorkingDays());
        // the slip's 16:00 is 20 minutes past the legal deadline: padded, and the lateness concealed
        assertFindings(working, FindingCode.CONCEALED_LATENESS, FindingCode.PADDED_APPOINTMENT);
    }

    // ---------------------------------------------------------------- supplementation (Art. 19(4))

    @Test
    void restartAfterACompliantRequest() {
        // 10 WD from Mon 2 Mar: due Mon 16; request Wed 4 (2 WD, within 3); receipt Tue 10:
        // restart: Wed 11 (1) .. Tue 24 (10)
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-04T10:00").received("2026-03-10T14:00", "2026-03-24T16:00")
                .event(COMPLETED, "2026-03-23T10:00").event(RETURNED, "2026-03-24T09:00"));
        assertEquals(LocalDate.of(2026, 3, 24), e.getLegalDueDate());
        assertEquals(LocalDate.of(2026, 3, 24), e.getStatedDueDate());
        assertEquals(Outcome.EARLY, e.getOutcome());
        // returned on the re-issued appointment date: not an early return
        assertFindings(e);
    }

    @Test
    void pauseAfterACompliantRequest() {
        // the same timeline, the clock paused: 4 working days between Wed 4 and Tue 10 (Thu 5, Fri 6,
        // Mon 9, Tue 10) move the due date from Mon 16 to Fri 20
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00").procedure("P10-PAUSE")
                .event(SUPPLEMENT_REQUESTED, "2026-03-04T10:00").received("2026-03-10T14:00", "2026-03-20T16:00")
                .event(COMPLETED, "2026-03-23T10:00").event(RETURNED, "2026-03-23T11:00"));
        assertEquals(LocalDate.of(2026, 3, 20), e.getLegalDueDate());
        assertEquals(Outcome.LATE, e.getOutcome());
        assertEquals(1, e.getLateWorkingDays());
        assertTrue(e.isStatedBreach());
    }

    @Test
    void requestAfterTheWindowDoesNotMoveTheDeadline() {
        // request Fri 6 Mar is 4 working days after Mon 2: outside the 3-day window
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-06T10:00").received("2026-03-10T14:00", "2026-03-24T16:00")
                .event(COMPLETED, "2026-03-20T10:00").event(RETURNED, "2026-03-20T11:00"));
        assertEquals(LocalDate.of(2026, 3, 16), e.getLegalDueDate());
        assertEquals(Outcome.LATE, e.getOutcome());
        assertEquals(4, e.getLateWorkingDays());
        assertFalse(e.isStatedBreach());
        // the appointment re-issued with the supplement (Tue 24) is later than the legal due, which
        // the non-compliant request left at Mon 16: padding (re-issued appointments are checked)
        assertFindings(e, FindingCode.CONCEALED_LATENESS, FindingCode.PADDED_APPOINTMENT,
                FindingCode.LATE_SUPPLEMENT_REQUEST, FindingCode.EARLY_RETURN_WITHOUT_NOTICE);
    }

    @Test
    void requestAfterTheLegalDeadline() {
        // 2 WD from Mon 2 Mar: due Wed 4; a request on Thu 5 (within 3 WD) comes after the deadline
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-04T16:00").procedure("P2")
                .event(SUPPLEMENT_REQUESTED, "2026-03-05T10:00").received("2026-03-09T10:00", "2026-03-11T16:00")
                .event(COMPLETED, "2026-03-11T10:00").event(RETURNED, "2026-03-11T15:00"));
        assertEquals(LocalDate.of(2026, 3, 4), e.getLegalDueDate());
        assertEquals(Outcome.LATE, e.getOutcome());
        // the re-issued appointment Wed 11 is later than the legal due Wed 4, which the late request did not move
        assertFindings(e, FindingCode.CONCEALED_LATENESS, FindingCode.PADDED_APPOINTMENT,
                FindingCode.LATE_SUPPLEMENT_REQUEST);
        assertTrue(e.getFindings().stream().anyMatch(f -> f.message().contains("after the legal deadline 2026-03-04 24:00")),
                e.getFindings().toString());
    }

    @Test
    void repeatedSupplementRequestsCountLateIn766() {
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00").received("2026-03-04T10:00", "2026-03-18T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-05T10:00").received("2026-03-06T10:00", null)
                .event(COMPLETED, "2026-03-12T10:00").event(EARLY_NOTICE, "2026-03-12T11:00")
                .event(RETURNED, "2026-03-13T10:00"));
        // restart from the first receipt Wed 4: due Wed 18
        assertEquals(LocalDate.of(2026, 3, 18), e.getLegalDueDate());
        assertEquals(Outcome.EARLY, e.getOutcome());
        assertFalse(e.isMetricOnTime());
        assertFindings(e, FindingCode.REPEATED_SUPPLEMENT_REQUEST);
    }

    @Test
    void metric766SubtractsTheSupplementationTime() {
        // restart: legal due Tue 24; the slip's 16 Mar was never re-issued, so the recorded finish
        // Fri 20 is late against it, but 766 subtracts 6 days 4 hours of supplementation
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-04T10:00").received("2026-03-10T14:00", null)
                .event(COMPLETED, "2026-03-20T10:00").event(RETURNED, "2026-03-20T11:00"));
        assertEquals(Outcome.EARLY, e.getOutcome());
        assertTrue(e.isStatedBreach());
        assertTrue(e.isMetricOnTime());
    }

    // ---------------------------------------------------------------- extensions and apologies (Art. 19(9))

    @Test
    void apologyInTimeStillLateInLaw() {
        // extension on Fri 13 Mar with an apology, more than 1 day before Mon 16: compliant, but
        // the legal deadline stays Mon 16, so Thu 19 is late (Tue 17, Wed 18, Thu 19)
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .extended("2026-03-13T10:00", "2026-03-20T16:00", true)
                .event(COMPLETED, "2026-03-19T10:00").event(RETURNED, "2026-03-19T15:00"));
        assertEquals(LocalDate.of(2026, 3, 16), e.getLegalDueDate());
        assertEquals(LocalDate.of(2026, 3, 20), e.getStatedDueDate());
        assertEquals(Outcome.LATE, e.getOutcome());
        assertEquals(3, e.getLateWorkingDays());
        assertFalse(e.isStatedBreach());
        assertTrue(e.isMetricOnTime());
        assertFindings(e, FindingCode.CONCEALED_LATENESS, FindingCode.EARLY_RETURN_WITHOUT_NOTICE);
    }

    @Test
    void apologyTooLate() {
        // an apology on Mon 16, the due date itself, is not 1 day before it
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .extended("2026-03-16T09:00", "2026-03-20T16:00", true)
                .event(COMPLETED, "2026-03-20T10:00").event(RETURNED, "2026-03-20T15:00"));
        assertFindings(e, FindingCode.CONCEALED_LATENESS, FindingCode.EXTENSION_WITHOUT_TIMELY_APOLOGY);
    }

    @Test
    void apologyMissing() {
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .extended("2026-03-12T09:00", "2026-03-20T16:00", false)
                .event(COMPLETED, "2026-03-20T10:00").event(RETURNED, "2026-03-20T15:00"));
        assertFindings(e, FindingCode.CONCEALED_LATENESS, FindingCode.EXTENSION_WITHOUT_TIMELY_APOLOGY);
        assertTrue(e.getFindings().stream().anyMatch(f -> f.message().equals("Appointment moved from 2026-03-16T16:00"
                + " to 2026-03-20T16:00 at 2026-03-12T09:00 without a written apology")), e.getFindings().toString());
    }

    @Test
    void twoExtensions() {
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .extended("2026-03-12T09:00", "2026-03-20T16:00", true)
                .extended("2026-03-18T09:00", "2026-03-27T16:00", true)
                .event(COMPLETED, "2026-03-26T10:00").event(RETURNED, "2026-03-27T15:00"));
        assertEquals(LocalDate.of(2026, 3, 27), e.getStatedDueDate());
        assertEquals(Outcome.LATE, e.getOutcome());
        // the second apology (Wed 18) came after the legal due date Mon 16, so it was not at least one
        // day before the deadline (Art. 19(9)), although it preceded the appointment it moved
        assertFindings(e, FindingCode.CONCEALED_LATENESS, FindingCode.EXTENSION_WITHOUT_TIMELY_APOLOGY,
                FindingCode.REPEATED_EXTENSION);
    }

    @Test
    void paddedAppointment() {
        // legal due Mon 16 Mar, but the slip says Fri 20
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-20T16:00")
                .event(COMPLETED, "2026-03-19T10:00").event(RETURNED, "2026-03-19T15:00"));
        assertEquals(Outcome.LATE, e.getOutcome());
        assertFalse(e.isStatedBreach());
        assertTrue(e.isMetricOnTime());
        assertFindings(e, FindingCode.CONCEALED_LATENESS, FindingCode.PADDED_APPOINTMENT,
                FindingCode.EARLY_RETURN_WITHOUT_NOTICE);
    }

    @Test
    void lateInLawAndAgainstTheAppointment() {
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(COMPLETED, "2026-03-18T10:00").event(RETURNED, "2026-03-18T15:00"));
        assertEquals(Outcome.LATE, e.getOutcome());
        assertTrue(e.isStatedBreach());
        assertFalse(e.isMetricOnTime());
        assertEquals(2, e.getLateWorkingDays());
        assertFindings(e);
    }

    // ---------------------------------------------------------------- finish and closing

    @Test
    void completionRecordedBeforeSignature() {
        // the real finish is the later of COMPLETED and RESULT_SIGNED
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(COMPLETED, "2026-03-16T10:00").event(RESULT_SIGNED, "2026-03-17T15:00")
                .event(RETURNED, "2026-03-17T16:00"));
        assertEquals(at("2026-03-17T15:00"), e.getFinishedAt());
        assertEquals(at("2026-03-16T10:00"), e.getRecordedFinishAt());
        assertEquals(Outcome.LATE, e.getOutcome());
        assertFalse(e.isStatedBreach());
        assertFindings(e, FindingCode.CONCEALED_LATENESS, FindingCode.COMPLETION_BEFORE_SIGNATURE);
    }

    @Test
    void returnRecordedBeforeHandover() {
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(RETURNED, "2026-03-13T10:00").event(HANDED_OVER, "2026-03-17T09:00"));
        assertEquals(at("2026-03-13T10:00"), e.getFinishedAt());
        assertFindings(e, FindingCode.RETURN_RECORDED_BEFORE_HANDOVER, FindingCode.EARLY_RETURN_WITHOUT_NOTICE);
    }

    @Test
    void earlyReturnWithAndWithoutNotice() {
        Evaluation without = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(COMPLETED, "2026-03-09T10:00").event(RETURNED, "2026-03-10T10:00"));
        assertEquals(Outcome.EARLY, without.getOutcome());
        assertFindings(without, FindingCode.EARLY_RETURN_WITHOUT_NOTICE);
        Evaluation with = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(COMPLETED, "2026-03-09T10:00").event(EARLY_NOTICE, "2026-03-09T11:00")
                .event(RETURNED, "2026-03-10T10:00"));
        assertFindings(with);
    }

    @Test
    void refusalAfterAndBeforeTheDeadline() {
        Evaluation late = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00").event(REFUSED, "2026-03-18T10:00"));
        assertEquals(Outcome.CLOSED, late.getOutcome());
        assertTrue(late.isLegalBreach());
        assertNull(late.getFinishedAt());
        assertFindings(late, FindingCode.LATE_REFUSAL);
        Evaluation inTime = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00").event(REFUSED, "2026-03-12T10:00"));
        assertEquals(Outcome.CLOSED, inTime.getOutcome());
        assertFalse(inTime.isLegalBreach());
        assertFindings(inTime);
    }

    @Test
    void withdrawnDossierIsClosed() {
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00").event(WITHDRAWN, "2026-03-05T10:00"));
        assertEquals(Outcome.CLOSED, e.getOutcome());
        assertTrue(e.isMetricOnTime());
    }

    // ---------------------------------------------------------------- holding and steps

    @Test
    void interAgencyStepOverrunHiddenInAnOnTimeTotal() {
        // the land office used 3 working days (Tue 3 - Thu 5) of its 2; the dossier is early overall
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .step("Văn phòng đăng ký đất đai", "2026-03-02T10:00", "2026-03-05T16:00", 2)
                .step("Chi cục Thuế", "2026-03-06T08:00", "2026-03-09T16:00", 3)
                .event(COMPLETED, "2026-03-12T10:00").event(EARLY_NOTICE, "2026-03-12T11:00")
                .event(RETURNED, "2026-03-13T10:00"));
        assertEquals(Outcome.EARLY, e.getOutcome());
        assertFindings(e, FindingCode.STEP_OVERRUN);
        assertTrue(e.getFindings().get(0).message().startsWith("Step of Văn phòng đăng ký đất đai took 3 working days"),
                e.getFindings().toString());
    }

    @Test
    void idleGapLongerThanTheThreshold() {
        // nothing between Tue 3 and Fri 13: 8 working days without activity, over 5
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .step("Phòng Tư pháp", "2026-03-02T10:00", "2026-03-03T10:00", 2)
                .event(COMPLETED, "2026-03-13T10:00").event(EARLY_NOTICE, "2026-03-13T11:00")
                .event(RETURNED, "2026-03-16T09:00"));
        assertFindings(e, FindingCode.IDLE_HOLDING);
        assertTrue(e.getFindings().get(0).message().startsWith("No activity for 8 working days"),
                e.getFindings().toString());
    }

    @Test
    void timeInsideALongStepIsNotIdle() {
        // a step of 7 working days (Wed 4 - Fri 13) over its 4: the overrun is one finding, and its
        // inside is not also counted as idle time
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .step("Phòng Kinh tế", "2026-03-04T10:00", "2026-03-13T16:00", 4)
                .event(COMPLETED, "2026-03-16T10:00").event(RETURNED, "2026-03-16T15:00"));
        assertEquals(1, e.getFindings().size(), e.getFindings().toString());
        assertTrue(e.getFindings().get(0).message().startsWith("Step of Phòng Kinh tế took 7 working days"),
                e.getFindings().toString());
    }

    @Test
    void applicantsSupplementTimeIsNotIdle() {
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .step("Phòng Tư pháp", "2026-03-02T10:00", "2026-03-03T09:00", 2)
                .event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00").received("2026-03-13T10:00", "2026-03-27T16:00")
                .event(COMPLETED, "2026-03-26T10:00").event(RETURNED, "2026-03-27T10:00"));
        assertEquals(LocalDate.of(2026, 3, 27), e.getLegalDueDate());
        assertFindings(e, FindingCode.IDLE_HOLDING);
        // only the agency's own gap after the receipt (Fri 13 to Thu 26: 9 working days) counts
        assertTrue(e.getFindings().get(0).message().startsWith("No activity for 9 working days, from 2026-03-13T10:00"),
                e.getFindings().toString());
    }

    // ---------------------------------------------------------------- acceptance

    @Test
    void delayedOnlineAcceptance() {
        Evaluation late = evaluate(accepted("2026-03-11T09:00", "2026-03-25T16:00").id("X-260311-0001")
                .online("2026-03-06T20:00").event(COMPLETED, "2026-03-24T10:00").event(EARLY_NOTICE, "2026-03-24T11:00")
                .event(RETURNED, "2026-03-24T15:00"));
        assertFindings(late, FindingCode.DELAYED_ACCEPTANCE);
        // submitted on Saturday evening, accepted Monday morning: 1 working day, within the threshold
        Evaluation prompt = evaluate(accepted("2026-03-09T08:00", "2026-03-23T16:00").id("X-260309-0001")
                .online("2026-03-07T21:00").event(COMPLETED, "2026-03-23T10:00").event(RETURNED, "2026-03-23T15:00"));
        assertFindings(prompt);
    }

    @Test
    void acceptanceDateMismatchInTheCode() {
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00").id("000.00.12.H29-260227-0007")
                .event(COMPLETED, "2026-03-16T10:00").event(RETURNED, "2026-03-16T15:00"));
        assertFindings(e, FindingCode.ACCEPTANCE_DATE_MISMATCH);
        assertEquals("The code's date 260227 (2026-02-27) differs from the recorded acceptance date 2026-03-02",
                e.getFindings().get(0).message());
    }

    @Test
    void onlyACodeEndingInDashSixDigitsDashSerialCarriesADate() {
        // Decree 61/2018, Art. 26: ...-YYMMDD-NNNN; a code of another shape is not read for a date
        for (String id : new String[] {"000.00.12.H29-260227-0007", "X-260227-7", "-260227-1", "260227-0007x-260227-9"}) {
            Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00").id(id)
                    .event(COMPLETED, "2026-03-16T10:00").event(RETURNED, "2026-03-16T15:00"));
            assertFindings(e, FindingCode.ACCEPTANCE_DATE_MISMATCH);
        }
        for (String id : new String[] {"X-260227-", "X-260227", "260227-0007", "X-26022-0007", "X-2602277-0007",
                "X-26a227-0007", "X-260227-00a7", "X-2602-27-0007", "0000000-260227", "X-260302-0007"}) {
            Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00").id(id)
                    .event(COMPLETED, "2026-03-16T10:00").event(RETURNED, "2026-03-16T15:00"));
            assertFindings(e);
        }
    }

    @Test
    void clockFromTheCompetentBodyFrom5August2026() {
        // Decree 118/2025, Art. 17(3) as amended by Decree 309/2026 (from 2026-08-05): accepted Mon 10
        // Aug elsewhere, received by the competent body Wed 12: Thu 13 (1) .. Wed 19 (5)
        Evaluation after = evaluate(accepted("2026-08-10T09:00", "2026-08-19T16:00").id("X-260810-0001")
                .procedure("P5").competentReceived("2026-08-12T10:00")
                .event(COMPLETED, "2026-08-19T10:00").event(RETURNED, "2026-08-19T15:00"));
        assertEquals(LocalDate.of(2026, 8, 19), after.getLegalDueDate());
        assertTrue(after.getPolicy().getRuleSet().name().contains("309/2026"));
        // before 5 August the clock starts at acceptance: Mon 20 Jul, due Mon 27 Jul
        Evaluation before = evaluate(accepted("2026-07-20T09:00", "2026-07-27T16:00").id("X-260720-0001")
                .procedure("P5").competentReceived("2026-07-22T10:00")
                .event(COMPLETED, "2026-07-27T10:00").event(RETURNED, "2026-07-27T15:00"));
        assertEquals(LocalDate.of(2026, 7, 27), before.getLegalDueDate());
        assertTrue(before.getPolicy().getRuleSet().name().startsWith("Decree 118/2025/NĐ-CP (Decree 61/2018"));
    }

    // ---------------------------------------------------------------- open dossiers as of a date

    @Test
    void openDossiersAsOfADate() {
        Scenario open = accepted("2026-03-02T09:00", "2026-03-16T16:00");
        // Tue 10: 4 working days left (Wed 11 .. Mon 16), over the due-soon threshold of 2
        assertEquals(Outcome.IN_PROGRESS, evaluate(open, "2026-03-10T12:00").getOutcome());
        // Thu 12: 2 left (Fri 13, Mon 16)
        assertEquals(Outcome.DUE_SOON, evaluate(open, "2026-03-12T12:00").getOutcome());
        assertEquals(Outcome.DUE_SOON, evaluate(open, "2026-03-16T23:00").getOutcome());
        Evaluation overdue = evaluate(open, "2026-03-18T08:00");
        assertEquals(Outcome.OVERDUE, overdue.getOutcome());
        assertTrue(overdue.isLegalBreach());
        assertEquals(2, overdue.getLateWorkingDays());
        Evaluation paused = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-04T10:00"), "2026-03-20T09:00");
        assertEquals(Outcome.PAUSED, paused.getOutcome());
        assertFalse(paused.isLegalBreach());
        // 766: a single unanswered request ends the clock at the request
        assertTrue(paused.isMetricOnTime());
    }

    @Test
    void aDayBasedLimitEndsAt24HoursOfItsLastDay() {
        // Civil Code 2015, Art. 148(1): due Mon 16 Mar, so the period ends at 24:00, written Tue 17 00:00
        Scenario open = accepted("2026-03-02T09:00", "2026-03-16T16:00");
        Evaluation atMidnight = evaluate(open, "2026-03-17T00:00");
        assertEquals(LocalDate.of(2026, 3, 16), atMidnight.getLegalDueDate());
        assertEquals(at("2026-03-17T00:00"), atMidnight.getLegalDeadline());
        assertEquals(Outcome.DUE_SOON, atMidnight.getOutcome());
        assertFalse(atMidnight.isLegalBreach());
        Evaluation afterMidnight = evaluate(open, "2026-03-17T00:01");
        assertEquals(Outcome.OVERDUE, afterMidnight.getOutcome());
        assertTrue(afterMidnight.isLegalBreach());

        Evaluation finishedAtMidnight = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(COMPLETED, "2026-03-17T00:00").event(RETURNED, "2026-03-17T08:00"));
        assertEquals(Outcome.ON_TIME, finishedAtMidnight.getOutcome());
        assertFalse(finishedAtMidnight.isLegalBreach());
        Evaluation finishedAfter = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(COMPLETED, "2026-03-17T00:01").event(RETURNED, "2026-03-17T08:00"));
        assertEquals(Outcome.LATE, finishedAfter.getOutcome());
        assertTrue(finishedAfter.isLegalBreach());

        assertFindings(evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00").event(REFUSED, "2026-03-17T00:00")));
        Evaluation refusedAfter = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(REFUSED, "2026-03-17T00:01"));
        assertFindings(refusedAfter, FindingCode.LATE_REFUSAL);
        assertTrue(refusedAfter.getFindings().get(0).message().contains("2026-03-16 24:00"),
                refusedAfter.getFindings().get(0).message());
    }

    @Test
    void openDossierWithAPaddedSlip() {
        // open as of Wed 11 Mar, legal due Mon 16, the slip says Mon 23: padded from the start
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-23T16:00"), "2026-03-11T09:00");
        assertEquals(Outcome.IN_PROGRESS, e.getOutcome());
        assertFalse(e.isLegalBreach());
        assertFindings(e, FindingCode.PADDED_APPOINTMENT);
        // as of Wed 18 it is overdue in law while the slip still reads "on time"
        Evaluation later = evaluate(accepted("2026-03-02T09:00", "2026-03-23T16:00"), "2026-03-18T09:00");
        assertEquals(Outcome.OVERDUE, later.getOutcome());
        assertFalse(later.isStatedBreach());
        assertFindings(later, FindingCode.CONCEALED_LATENESS, FindingCode.PADDED_APPOINTMENT);
    }

    @Test
    void noticeSentAfterTheEarlyReturnDoesNotCount() {
        // Art. 20(4) asks for notice in advance: a notice after the return is no notice
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(COMPLETED, "2026-03-09T10:00").event(RETURNED, "2026-03-10T10:00")
                .event(EARLY_NOTICE, "2026-03-10T11:00"));
        assertFindings(e, FindingCode.EARLY_RETURN_WITHOUT_NOTICE);
    }

    @Test
    void refusalWithinTheLimitAfterAnUnansweredRequest() {
        // a compliant request never answered, then a refusal: closed, not late, the clock was stopped
        Evaluation e = evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00").event(REFUSED, "2026-04-10T10:00"));
        assertEquals(Outcome.CLOSED, e.getOutcome());
        assertFalse(e.isLegalBreach());
        assertFindings(e);
    }

    // ---------------------------------------------------------------- invalid timelines are errors

    @Test
    void impossibleTimelinesAreErrorsNamingThePath() {
        InvalidDossierException ex = assertThrows(InvalidDossierException.class, () -> evaluate(
                accepted("2026-03-02T09:00", "2026-03-16T16:00").event(RETURNED, "2026-03-01T10:00")));
        assertEquals("/events/0/at", ex.getPath());
        assertEquals("RETURNED at 2026-03-01T10:00 is before the acceptance 2026-03-02T09:00", ex.getRule());
        ex = assertThrows(InvalidDossierException.class, () -> evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .received("2026-03-05T10:00", null)));
        assertEquals("/events/0/type", ex.getPath());
        ex = assertThrows(InvalidDossierException.class, () -> evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(COMPLETED, "2026-03-10T10:00").event(RESULT_SIGNED, "2026-03-09T10:00")));
        assertEquals("/events/1/at", ex.getPath());
        assertEquals("RESULT_SIGNED at 2026-03-09T10:00 is earlier than the event before it at 2026-03-10T10:00;"
                + " events must be in time order", ex.getRule());
        // on the same day the clocks decide; the same moment twice is in order
        ex = assertThrows(InvalidDossierException.class, () -> evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(COMPLETED, "2026-03-10T10:00").event(RESULT_SIGNED, "2026-03-10T09:59")));
        assertEquals("/events/1/at", ex.getPath());
        assertEquals("RESULT_SIGNED at 2026-03-10T09:59 is earlier than the event before it at 2026-03-10T10:00;"
                + " events must be in time order", ex.getRule());
        assertEquals(Outcome.EARLY, evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .event(COMPLETED, "2026-03-10T10:00").event(RETURNED, "2026-03-10T10:00")).getOutcome());
        // an event after the end of the calendar's range, reported before any deadline is computed
        ex = assertThrows(InvalidDossierException.class, () -> evaluate(accepted("2199-12-20T09:00", "2199-12-30T16:00")
                .event(COMPLETED, "2199-12-31T23:59").event(RETURNED, "2200-01-02T08:00")));
        assertEquals("/events/1/at", ex.getPath());
        assertEquals("Date 2200-01-02 is outside the calendar's range 2000-01-01..2199-12-31", ex.getRule());
        // the first day of the range is in it (what fails then is the rule set: none before 2018), the
        // day before is not; a new appointment past the end is not
        ex = assertThrows(InvalidDossierException.class, () -> evaluate(accepted("2000-01-01T00:00", "2000-01-17T16:00")));
        assertEquals("/procedure", ex.getPath());
        ex = assertThrows(InvalidDossierException.class, () -> evaluate(accepted("1999-12-31T23:59", "2000-01-17T16:00")));
        assertEquals("/acceptedAt", ex.getPath());
        assertEquals("Date 1999-12-31 is outside the calendar's range 2000-01-01..2199-12-31", ex.getRule());
        ex = assertThrows(InvalidDossierException.class, () -> evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .extended("2026-03-12T09:00", "2200-01-01T16:00", true)));
        assertEquals("/events/0/newAppointment", ex.getPath());
        assertEquals("Date 2200-01-01 is outside the calendar's range 2000-01-01..2199-12-31", ex.getRule());
        ex = assertThrows(InvalidDossierException.class, () -> evaluate(accepted("2026-03-02T09:00", "2026-03-16T16:00")
                .procedure("NO-SUCH")));
        assertEquals("Dossier 000.00.12.H29-260302-0001 at /procedure: Procedure NO-SUCH is not in the policies",
                ex.getMessage());
        ex = assertThrows(InvalidDossierException.class, () -> evaluate(accepted("2226-03-02T09:00", "2226-03-16T16:00")));
        assertEquals("/acceptedAt", ex.getPath());
        assertEquals("Date 2226-03-02 is outside the calendar's range 2000-01-01..2199-12-31", ex.getRule());
        ex = assertThrows(InvalidDossierException.class, () -> evaluate(accepted("2026-03-02T09:00", "2026-03-01T16:00")));
        assertEquals("/appointment", ex.getPath());
    }
}
