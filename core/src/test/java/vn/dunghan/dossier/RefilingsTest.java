package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.dunghan.dossier.Fixture.dossier;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * REFILED_TO_RESET_CLOCK across dossiers (docs/findings.md §2.17), on the fixture's calendar:
 * Monday to Friday, with 30 April and 1 May 2026 off.
 */
class RefilingsTest {

    private static final String AN = ApplicantKey.of("Nguyễn Văn An", "079123456789");
    private static final String BINH = ApplicantKey.of("Trần Thị Bình", "079987654321");

    /** A dossier of P10 (10 working days) refused on its ninth working day. */
    private static Evaluation refused(String id, String applicant) {
        return dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").id(id).applicant(applicant)
                .event(EventType.REFUSED, "2026-03-12T10:00").evaluate("2026-06-01T00:00");
    }

    private static Finding refiling(Evaluation evaluation) {
        return evaluation.getFindings().stream().filter(f -> f.code() == FindingCode.REFILED_TO_RESET_CLOCK)
                .findFirst().orElse(null);
    }

    @Test
    void aDossierFiledAgainSoonAfterARefusalIsFlaggedWithTheFirstAsEvidence() {
        Refilings fresh = Refilings.create(Fixture.CALENDAR);
        Evaluation first = refused("A-1", AN);
        assertEquals(first, fresh.accept(first));
        // accepted Monday 16 March, 2 working days after the refusal on Thursday 12 March
        Evaluation second = fresh.accept(dossier("P10", "2026-03-16T08:00", "2026-03-30T16:00").id("A-2").applicant(AN)
                .event(EventType.COMPLETED, "2026-03-27T10:00").evaluate("2026-06-01T00:00"));
        Finding finding = refiling(second);
        assertEquals(true, finding.isIntegrity());
        assertEquals("Accepted 2 working days after dossier A-1 of the same applicant and procedure was refused at"
                + " 2026-03-12T10:00; counted from the acceptance of A-1 at 2026-03-02T09:00, 19 working days have passed"
                + " against the limit of 10 working days", finding.message());
        assertEquals(List.of("previousDossier=A-1", "previousEnd=REFUSED", "previousEndedAt=2026-03-12T10:00",
                "gapWorkingDays=2", "firstDossier=A-1", "firstAcceptedAt=2026-03-02T09:00",
                "workingDaysSinceFirstAcceptance=19", "limit=10 working days"),
                finding.evidence().stream().map(e -> e.name() + "=" + e.value()).toList());
        assertEquals("Decree 118/2025/NĐ-CP (carries over Decree 61/2018/NĐ-CP, Art. 5(1)(đ))", finding.rule());
    }

    @Test
    void onlyTheSameApplicantAndProcedureWithinTheWindowCount() {
        Refilings refilings = Refilings.create(Fixture.CALENDAR);
        refilings.accept(refused("A-1", AN));
        // another applicant, another procedure, no applicant, accepted before the refusal, too late
        assertNull(refiling(refilings.accept(dossier("P10", "2026-03-13T08:00", "2026-03-27T16:00").id("B-1")
                .applicant(BINH).evaluate("2026-06-01T00:00"))));
        assertNull(refiling(refilings.accept(dossier("D10", "2026-03-13T08:00", "2026-03-23T16:00").id("B-2")
                .applicant(AN).evaluate("2026-06-01T00:00"))));
        assertNull(refiling(refilings.accept(dossier("P10", "2026-03-13T08:00", "2026-03-27T16:00").id("B-3")
                .evaluate("2026-06-01T00:00"))));
        assertNull(refiling(refilings.accept(dossier("P10", "2026-03-11T08:00", "2026-03-25T16:00").id("B-4")
                .applicant(AN).evaluate("2026-06-01T00:00"))));
        // a name alone does not link: two people may share it
        String name = ApplicantKey.of("Lê Văn Cường", null);
        Refilings byName = Refilings.create(Fixture.CALENDAR);
        byName.accept(refused("N-1", name));
        assertNull(refiling(byName.accept(dossier("P10", "2026-03-13T08:00", "2026-03-27T16:00").id("N-2")
                .applicant(name).evaluate("2026-06-01T00:00"))));
        // 12 March + 10 working days is 26 March: the 27th is outside the window
        assertNull(refilingAfter("2026-03-27T08:00"));
        assertEquals("10", refilingAfter("2026-03-26T17:00").evidence().get(3).value());
    }

    private static Finding refilingAfter(String accepted) {
        Refilings refilings = Refilings.create(Fixture.CALENDAR);
        refilings.accept(refused("A-1", AN));
        return refiling(refilings.accept(dossier("P10", accepted, "2026-04-20T16:00").id("A-2").applicant(AN)
                .evaluate("2026-06-01T00:00")));
    }

    @Test
    void aChainIsCountedFromItsFirstDossier() {
        Refilings refilings = Refilings.create(Fixture.CALENDAR);
        refilings.accept(refused("A-1", AN));
        Evaluation second = refilings.accept(dossier("P10", "2026-03-16T08:00", "2026-03-30T16:00").id("A-2")
                .applicant(AN).event(EventType.WITHDRAWN, "2026-03-26T10:00").evaluate("2026-06-01T00:00"));
        assertEquals("A-1", refiling(second).evidence().get(0).value());
        Evaluation third = refilings.accept(dossier("P10", "2026-03-27T08:00", "2026-04-10T16:00").id("A-3")
                .applicant(AN).evaluate("2026-04-06T08:00"));
        Finding finding = refiling(third);
        assertEquals("A-2", finding.evidence().get(0).value());
        assertEquals("WITHDRAWN", finding.evidence().get(1).value());
        assertEquals("A-1", finding.evidence().get(4).value());
        // open: counted to the evaluation instant, Monday 6 April, from Monday 2 March: 21 + 4
        assertEquals("25", finding.evidence().get(6).value());
    }

    @Test
    void aDossierLeftWaitingForARequestOutsideTheRulesEndsItToo() {
        Refilings refilings = Refilings.create(Fixture.CALENDAR);
        // the request comes on the sixth working day, after the 3-working-day window, and is never answered
        Evaluation abandoned = refilings.accept(dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").id("A-1")
                .applicant(AN).event(EventType.SUPPLEMENT_REQUESTED, "2026-03-10T10:00").evaluate("2026-06-01T00:00"));
        // the late request does not stop the clock: the dossier is overdue, its finding says why
        assertEquals(Outcome.OVERDUE, abandoned.getOutcome());
        Finding finding = refiling(refilings.accept(dossier("P10", "2026-03-11T08:00", "2026-03-25T16:00").id("A-2")
                .applicant(AN).evaluate("2026-06-01T00:00")));
        assertEquals("SUPPLEMENT_REQUESTED", finding.evidence().get(1).value());
        // a request within the rules, never answered, is the applicant's choice: not an ending
        Refilings other = Refilings.create(Fixture.CALENDAR);
        other.accept(dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").id("C-1").applicant(BINH)
                .event(EventType.SUPPLEMENT_REQUESTED, "2026-03-03T10:00").evaluate("2026-06-01T00:00"));
        assertNull(refiling(other.accept(dossier("P10", "2026-03-05T08:00", "2026-03-19T16:00").id("C-2")
                .applicant(BINH).evaluate("2026-06-01T00:00"))));
    }

    @Test
    void memoryIsBoundedByItsCapacity() {
        Refilings refilings = Refilings.create(Fixture.CALENDAR, 10, 1);
        refilings.accept(refused("A-1", AN));
        refilings.accept(refused("B-1", BINH));
        // A-1 was forgotten when B-1 ended
        assertNull(refiling(refilings.accept(dossier("P10", "2026-03-13T08:00", "2026-03-27T16:00").id("A-2")
                .applicant(AN).evaluate("2026-06-01T00:00"))));
        assertEquals("Window -1 must be from 0 to 10000 working days", assertThrows(IllegalArgumentException.class,
                () -> Refilings.create(Fixture.CALENDAR, -1, 1)).getMessage());
        assertEquals("Capacity 0 must be at least 1", assertThrows(IllegalArgumentException.class,
                () -> Refilings.create(Fixture.CALENDAR, 1, 0)).getMessage());
    }

    @Test
    void applicantKeysHideTheIdentityAndPreferTheIdentityNumber() {
        assertEquals(ApplicantKey.of("Nguyễn Văn An", "079 123 456 789"), ApplicantKey.of("NGUYỄN VĂN AN", "079123456789"));
        assertEquals(ApplicantKey.of("Nguyễn  Văn An ", null), ApplicantKey.of("nguyễn văn an", ""));
        assertEquals(true, ApplicantKey.of("Nguyễn Văn An", "079123456789").startsWith("id:"));
        assertEquals(35, ApplicantKey.of("Nguyễn Văn An", "079123456789").length());
        assertEquals(true, ApplicantKey.of("Nguyễn Văn An", null).startsWith("name:"));
        assertNull(ApplicantKey.of(" ", null));
        // the key is not printed with the dossier
        assertEquals(false, dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00").applicant(AN).build().toString()
                .contains(AN));
    }
}
