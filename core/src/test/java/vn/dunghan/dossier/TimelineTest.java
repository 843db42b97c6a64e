package vn.dunghan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dunghan.dossier.EventType.COMPLETED;
import static vn.dunghan.dossier.EventType.HANDED_OVER;
import static vn.dunghan.dossier.EventType.REFUSED;
import static vn.dunghan.dossier.EventType.RESULT_SIGNED;
import static vn.dunghan.dossier.EventType.RETURNED;
import static vn.dunghan.dossier.EventType.STOPPED;
import static vn.dunghan.dossier.EventType.SUPPLEMENT_REQUESTED;
import static vn.dunghan.dossier.EventType.WITHDRAWN;
import static vn.dunghan.dossier.Fixture.at;
import static vn.dunghan.dossier.Fixture.dossier;

import org.junit.jupiter.api.Test;

/** The one pass over a timeline: the real and recorded finish, the snapshot, the appointment in force. */
class TimelineTest {

    private static final String AS_OF = "2026-06-01T00:00";

    private static Fixture.Builder base() {
        return dossier("P10", "2026-03-02T09:00", "2026-03-16T16:00");
    }

    @Test
    void realFinishIsTheSignatureWhenTheCompletionClickPrecedesIt() {
        // completed 10:00 but signed 15:00 on the same day: max(15:00, min(10:00, -)) = 15:00
        Timeline t = base().event(COMPLETED, "2026-03-10T10:00").event(RESULT_SIGNED, "2026-03-10T15:00")
                .timeline(AS_OF);
        assertEquals(at("2026-03-10T15:00"), t.realFinish);
        assertEquals(at("2026-03-10T10:00"), t.recordedFinish);
    }

    @Test
    void aLateCompletionClickDoesNotMakeADeliveredResultLate() {
        // signed Tue 10, handed over Wed 11, completion clicked Mon 16:
        // max(Tue 10 15:00, min(Mon 16 09:00, Wed 11 10:00)) = Wed 11 10:00
        Timeline t = base().event(RESULT_SIGNED, "2026-03-10T15:00").event(HANDED_OVER, "2026-03-11T10:00")
                .event(COMPLETED, "2026-03-16T09:00").timeline(AS_OF);
        assertEquals(at("2026-03-11T10:00"), t.realFinish);
        assertEquals(at("2026-03-16T09:00"), t.recordedFinish);
    }

    @Test
    void aReturnBeforeTheSignatureCannotBeTheFinish() {
        // returned Mon 9 (back-filled), signed Wed 11, completed Thu 12:
        // max(Wed 11, min(Thu 12, Mon 9)) = Wed 11
        Timeline t = base().event(RETURNED, "2026-03-09T10:00").event(RESULT_SIGNED, "2026-03-11T10:00")
                .event(COMPLETED, "2026-03-12T10:00").timeline(AS_OF);
        assertEquals(at("2026-03-11T10:00"), t.realFinish);
    }

    @Test
    void withoutACompletionTheSignatureOrElseTheFirstReturnIsTheFinish() {
        Timeline signedOnly = base().event(RESULT_SIGNED, "2026-03-10T10:00").event(RETURNED, "2026-03-12T10:00")
                .timeline(AS_OF);
        assertEquals(at("2026-03-10T10:00"), signedOnly.realFinish);
        assertEquals(at("2026-03-12T10:00"), signedOnly.recordedFinish);
        Timeline returnsOnly = base().event(HANDED_OVER, "2026-03-11T10:00").event(RETURNED, "2026-03-12T10:00")
                .timeline(AS_OF);
        assertEquals(at("2026-03-11T10:00"), returnsOnly.realFinish);
        assertEquals(at("2026-03-12T10:00"), returnsOnly.recordedFinish);
        Timeline none = base().timeline(AS_OF);
        assertNull(none.realFinish);
        assertNull(none.recordedFinish);
    }

    @Test
    void eventsAfterTheEvaluationInstantAreCountedNotRead() {
        // a step ends after the instant and a completion comes after it: two events not yet known
        Timeline t = base().event(SUPPLEMENT_REQUESTED, "2026-03-03T10:00").received("2026-03-04T10:00",
                "2026-03-20T16:00").step("Phòng Tư pháp", "2026-03-05T08:00", "2026-03-12T16:00", 5)
                .event(COMPLETED, "2026-03-13T10:00").timeline("2026-03-10T00:00");
        assertEquals(2, t.eventsAfterAsOf);
        assertNull(t.realFinish);
        assertTrue(!t.steps, "the step is not known before its end");
        assertEquals(1, t.requests);
        assertEquals(at("2026-03-20T16:00"), t.appointment, "the re-issued appointment is in force");
        assertEquals(at("2026-03-10T00:00"), t.end());
        assertEquals("asOf", t.endName());
    }

    @Test
    void theFirstRefusalOrStopClosesBeforeAWithdrawal() {
        Timeline t = base().event(WITHDRAWN, "2026-03-04T10:00").event(STOPPED, "2026-03-05T10:00")
                .event(REFUSED, "2026-03-06T10:00").timeline(AS_OF);
        assertEquals(at("2026-03-05T10:00"), t.closing.at());
        assertTrue(t.isClosedWithoutResult());
        assertEquals("closedAt", t.endName());
    }
}
