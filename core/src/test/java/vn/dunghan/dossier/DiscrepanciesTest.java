package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dunghan.dossier.Discrepancy.APPOINTMENT_AFTER_LEGAL_DUE;
import static vn.dunghan.dossier.Discrepancy.APPOINTMENT_BEFORE_LEGAL_DUE;
import static vn.dunghan.dossier.Discrepancy.APPOINTMENT_FROM_CALENDAR_WITHOUT_MAKE_UP_DAYS;
import static vn.dunghan.dossier.Discrepancy.CLOCK_PAUSED_FOR_SUPPLEMENT;
import static vn.dunghan.dossier.Discrepancy.DATE_ONLY_COMPARISON;
import static vn.dunghan.dossier.Discrepancy.RECORDED_FINISH_AFTER_RESULT;
import static vn.dunghan.dossier.Discrepancy.RECORDED_FINISH_BEFORE_RESULT;
import static vn.dunghan.dossier.Discrepancy.REPEATED_SUPPLEMENT_REQUEST;
import static vn.dunghan.dossier.Discrepancy.SUPPLEMENT_TIME_SUBTRACTED;
import static vn.dunghan.dossier.Discrepancy.WITHDRAWN_COUNTED_ON_TIME;
import static vn.dunghan.dossier.EventType.COMPLETED;
import static vn.dunghan.dossier.EventType.RESULT_SIGNED;
import static vn.dunghan.dossier.EventType.RETURNED;
import static vn.dunghan.dossier.EventType.SUPPLEMENT_REQUESTED;
import static vn.dunghan.dossier.EventType.WITHDRAWN;
import static vn.dunghan.dossier.Fixture.at;
import static vn.dunghan.dossier.Fixture.dossier;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.WorkCalendar;

/**
 * The causes of a difference between the legal, system and Decision 766 verdicts (docs/metrics.md
 * §6 and §8). Unless said otherwise: P10, 10 working days, accepted Mon 2 March 2026 09:00, counted
 * from the next working day, so the legal due is Mon 16 March (24:00).
 */
class DiscrepanciesTest {

    private static final String ASOF = "2026-06-01T00:00";

    private static Set<Discrepancy> causes(Fixture.Builder builder) {
        Evaluation e = builder.evaluate(ASOF);
        return e.getDiscrepancies();
    }

    @Test
    void verdictsThatAgreeHaveNoCause() {
        Evaluation e = dossier("P10", "2026-03-02T09:00", "2026-03-18T16:00").event(COMPLETED, "2026-03-16T10:00")
                .evaluate(ASOF);
        assertEquals(true, !e.isLegalBreach() && e.isSystemOnTime() && e.isMetricOnTime());
        assertEquals(Set.of(), e.getDiscrepancies());
    }

    @Test
    void aSlipAfterTheLegalDueMakesALateResultLookOnTime() {
        Evaluation e = dossier("P10", "2026-03-02T09:00", "2026-03-18T16:00").event(COMPLETED, "2026-03-17T10:00")
                .evaluate(ASOF);
        assertEquals(true, e.isLegalBreach());
        assertEquals(true, e.isSystemOnTime());
        assertEquals(true, e.isMetricOnTime());
        assertEquals(Set.of(APPOINTMENT_AFTER_LEGAL_DUE), e.getDiscrepancies());
        assertEquals(true, e.hasDiscrepancy(APPOINTMENT_AFTER_LEGAL_DUE));
    }

    @Test
    void aSlipBeforeTheLegalDueMakesAnOnTimeResultLookLate() {
        Evaluation e = dossier("P10", "2026-03-02T09:00", "2026-03-13T16:00").event(COMPLETED, "2026-03-16T10:00")
                .evaluate(ASOF);
        assertEquals(Outcome.ON_TIME, e.getOutcome());
        assertEquals(false, e.isSystemOnTime());
        assertEquals(Set.of(APPOINTMENT_BEFORE_LEGAL_DUE), e.getDiscrepancies());
    }

    @Test
    void aCompletionRecordedBeforeTheSignatureHidesTheLateResult() {
        // real finish = max(signed 18 March, min(completed 16 March, no return)) = 18 March: late
        assertEquals(Set.of(RECORDED_FINISH_BEFORE_RESULT), causes(dossier("P10", "2026-03-02T09:00",
                "2026-03-16T16:00").event(COMPLETED, "2026-03-16T10:00").event(RESULT_SIGNED, "2026-03-18T09:00")));
    }

    @Test
    void aCompletionRecordedAfterTheReturnMakesAnEarlyResultLookLate() {
        // real finish = max(signed 13 March, min(completed 18 March, returned 13 March 15:00)): early
        Evaluation e = dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").event(RESULT_SIGNED, "2026-03-13T09:00")
                .event(RETURNED, "2026-03-13T15:00").event(COMPLETED, "2026-03-18T10:00").evaluate(ASOF);
        assertEquals(Outcome.EARLY, e.getOutcome());
        assertEquals(Set.of(RECORDED_FINISH_AFTER_RESULT), e.getDiscrepancies());
        // clicked on the appointment's day after its hour: on time for the software, late for 766
        Evaluation sameDay = dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").event(RESULT_SIGNED,
                "2026-03-13T09:00").event(RETURNED, "2026-03-13T15:00").event(COMPLETED, "2026-03-16T16:22")
                .evaluate(ASOF);
        assertEquals(true, sameDay.isSystemOnTime());
        assertEquals(false, sameDay.isMetricOnTime());
        assertEquals(Set.of(RECORDED_FINISH_AFTER_RESULT), sameDay.getDiscrepancies());
    }

    @Test
    void aLateWithdrawalCountsOnTimeInTheSoftware() {
        // the 766 end is the withdrawal, after the slip: late there as in law
        Evaluation e = dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").event(WITHDRAWN, "2026-03-20T10:00")
                .evaluate(ASOF);
        assertEquals(false, e.isMetricOnTime());
        assertEquals(Set.of(WITHDRAWN_COUNTED_ON_TIME), e.getDiscrepancies());
    }

    @Test
    void comparingDatesOnlyHidesAnHourLimitBreach() {
        // H8: 8 working hours from Mon 2 March 09:00 (6.5 h that day, 1.5 h the next) end Tue 3 March 09:00
        Evaluation e = dossier("H8", "2026-03-02T09:00", "2026-03-03T09:00").event(COMPLETED, "2026-03-03T15:00")
                .evaluate(ASOF);
        assertEquals(at("2026-03-03T09:00"), e.getLegalDeadline());
        assertEquals(true, e.isLegalBreach());
        assertEquals(true, e.isSystemOnTime());
        assertEquals(false, e.isMetricOnTime());
        assertEquals(Set.of(DATE_ONLY_COMPARISON), e.getDiscrepancies());
    }

    @Test
    void decision766StopsAtAnUnansweredLateRequest() {
        // requested 13 March, past the window, so the legal clock runs on: overdue by 1 June;
        // the index ends at the unanswered request, before the slip
        Evaluation e = dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-13T10:00").evaluate(ASOF);
        assertEquals(Outcome.OVERDUE, e.getOutcome());
        assertEquals(false, e.isSystemOnTime());
        assertEquals(true, e.isMetricOnTime());
        assertEquals(Set.of(SUPPLEMENT_TIME_SUBTRACTED), e.getDiscrepancies());
    }

    @Test
    void aPausedClockIsOnTimeInLawWhileTheSlipRunsOut() {
        Evaluation e = dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00").evaluate(ASOF);
        assertEquals(Outcome.PAUSED, e.getOutcome());
        assertEquals(false, e.isSystemOnTime());
        assertEquals(Set.of(CLOCK_PAUSED_FOR_SUPPLEMENT), e.getDiscrepancies());
    }

    @Test
    void decision766CountsTwoRequestsLate() {
        // restarted from the receipt of Wed 4 March: due Wed 18 March, re-issued on the slip
        Evaluation e = dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00").received("2026-03-04T10:00", "2026-03-18T16:00")
                .event(SUPPLEMENT_REQUESTED, "2026-03-05T10:00").received("2026-03-06T10:00", null)
                .event(COMPLETED, "2026-03-17T10:00").evaluate(ASOF);
        assertEquals(LocalDate.of(2026, 3, 18), e.getLegalDueDate());
        assertEquals(true, e.isSystemOnTime());
        assertEquals(false, e.isMetricOnTime());
        assertEquals(Set.of(REPEATED_SUPPLEMENT_REQUEST), e.getDiscrepancies());
    }

    @Test
    void aSlipCountedWithEverySaturdayOffIsTheSoftwaresPadding() {
        // 2026: Fri 2 January off, Sat 10 January worked (letter 12729/VPCP-KGVX, docs/holidays.md).
        // From Mon 5 January: legal day 5 is Sat 10, day 10 is Fri 16; counted with Saturday off,
        // day 10 is Mon 19.
        WorkCalendar calendar = Fixture.CALENDAR.toBuilder().dayOff(LocalDate.of(2026, 1, 2), "New Year swap")
                .workingDay(LocalDate.of(2026, 1, 10), "Make-up for 2 January").build();
        Evaluator evaluator = Evaluator.of(calendar, Fixture.POLICIES);
        Evaluation software = evaluator.evaluate(dossier("P10", "2026-01-05T09:00", "2026-01-19T16:00")
                .event(COMPLETED, "2026-01-19T10:00").build(), at(ASOF));
        assertEquals(LocalDate.of(2026, 1, 16), software.getLegalDueDate());
        assertEquals(Set.of(APPOINTMENT_FROM_CALENDAR_WITHOUT_MAKE_UP_DAYS), software.getDiscrepancies());
        Evaluation staff = evaluator.evaluate(dossier("P10", "2026-01-05T09:00", "2026-01-20T16:00")
                .event(COMPLETED, "2026-01-19T10:00").build(), at(ASOF));
        assertEquals(Set.of(APPOINTMENT_AFTER_LEGAL_DUE), staff.getDiscrepancies());
        assertEquals(calendar.getDaysOff().size(), calendar.withoutMakeUpDays().getDaysOff().size());
        assertEquals(false, calendar.withoutMakeUpDays().isWorkingDay(LocalDate.of(2026, 1, 10)));
    }

    @Test
    void everyCauseIsExplainedInBothLanguages() {
        for (Discrepancy cause : Discrepancy.values()) {
            assertEquals(true, cause.getExplanation(Locale.ENGLISH).endsWith("."), cause.name());
            assertEquals(true, cause.getExplanation(Locale.forLanguageTag("vi")).endsWith("."), cause.name());
            assertEquals(false, cause.getExplanation(Locale.ENGLISH).equals(cause.getExplanation(Locale.forLanguageTag("vi"))));
        }
    }
}
