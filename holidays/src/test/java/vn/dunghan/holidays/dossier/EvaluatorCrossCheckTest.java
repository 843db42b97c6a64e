package vn.dunghan.holidays.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.deadline.LimitUnit;
import vn.dunghan.deadline.TimeLimit;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.InvalidDossierException;
import vn.dunghan.dossier.Outcome;
import vn.dunghan.dossier.PolicyParameters;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.dossier.ProcedureSpec;
import vn.dunghan.holidays.VietnamCalendars;

/**
 * Cross-checks the {@link Evaluator} against a plain reference evaluator written here, which
 * counts day by day with nothing but {@code isWorkingDay}, over seeded random timelines on the
 * civil-service calendar: limits in working days and calendar days, cut-offs, compliant and late
 * supplement requests (restart), extensions, results, closings and open dossiers, each evaluated as
 * of an instant that may fall before some of its events. A failure prints
 * its seed; rerun one seed with {@code -Ddunghan.seed=N}.
 */
class EvaluatorCrossCheckTest {

    private static final WorkCalendar CALENDAR = VietnamCalendars.civilService();

    @Test
    void evaluatorAgreesWithTheReference() {
        long base = Long.getLong("dunghan.seed", 766L);
        int rounds = System.getProperty("dunghan.seed") != null ? 1 : 3000;
        Evaluator evaluator = Evaluator.of(CALENDAR, PolicySet.of(randomProcedures()));
        java.util.Set<Outcome> seen = java.util.EnumSet.noneOf(Outcome.class);
        for (int round = 0; round < rounds; round++) {
            long seed = base + round;
            Random random = new Random(seed);
            Dossier dossier = randomDossier(random);
            LocalDateTime asOf = dossier.acceptedAt().plusDays(random.nextInt(60)).withHour(9 + random.nextInt(8));
            try {
                if (asOf.isBefore(dossier.acceptedAt())) {
                    // a dossier accepted after the evaluation instant is not part of that snapshot
                    InvalidDossierException ex = assertThrows(InvalidDossierException.class,
                            () -> evaluator.evaluate(dossier, asOf));
                    assertEquals("/acceptedAt", ex.getPath());
                    continue;
                }
                Evaluation actual = evaluator.evaluate(dossier, asOf);
                Expected expected = reference(dossier, asOf);
                assertEquals(expected.legalDueDate(), actual.getLegalDueDate(), "legalDueDate");
                assertEquals(expected.stated(), actual.getStatedDeadline(), "statedDeadline");
                assertEquals(expected.outcome(), actual.getOutcome(), "outcome");
                assertEquals(expected.legalBreach(), actual.isLegalBreach(), "legalBreach");
                assertEquals(expected.statedBreach(), actual.isStatedBreach(), "statedBreach");
                assertEquals(expected.metricOnTime(), actual.isMetricOnTime(), "metricOnTime");
                assertEquals(expected.lateWorkingDays(), actual.getLateWorkingDays(), "lateWorkingDays");
                seen.add(actual.getOutcome());
            } catch (AssertionError | RuntimeException ex) {
                throw new AssertionError("Seed " + seed + " (rerun with -Ddunghan.seed=" + seed + "), dossier " + dossier
                        + " as of " + asOf + ": " + ex.getMessage(), ex);
            }
        }
        if (rounds > 1) {
            // the generator reaches every outcome, so the comparison covers every branch
            assertEquals(java.util.EnumSet.allOf(Outcome.class), seen);
        }
    }

    /** The procedures of {@link #randomDossier}: WDn, WDCn (cut-off 15:00) for n = 0..30, Dn for n = 1..30. */
    static List<ProcedureSpec> randomProcedures() {
        List<ProcedureSpec> specs = new ArrayList<>();
        for (int n = 0; n <= 30; n++) {
            specs.add(ProcedureSpec.of("WD" + n, null, TimeLimit.ofWorkingDays(n)));
            specs.add(new ProcedureSpec("WDC" + n, null, TimeLimit.ofWorkingDays(n), LocalTime.of(15, 0),
                    PolicyParameters.NONE));
            if (n > 0) {
                specs.add(ProcedureSpec.of("D" + n, null, TimeLimit.of(n, LimitUnit.DAYS)));
            }
        }
        return specs;
    }

    static Dossier randomDossier(Random random) {
        String[] kinds = {"WD", "WDC", "D"};
        String kind = kinds[random.nextInt(3)];
        int n = kind.equals("D") ? 1 + random.nextInt(30) : random.nextInt(31);
        LocalDateTime accepted = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1000)).atTime(7 + random.nextInt(10),
                random.nextInt(60));
        LocalDateTime t = accepted;
        LocalDateTime appointment = accepted.plusDays(1 + random.nextInt(45)).withHour(16).withMinute(0);
        List<DossierEvent> events = new ArrayList<>();
        int supplements = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
        for (int i = 0; i < supplements; i++) {
            t = t.plusHours(1 + random.nextInt(24 * 6));
            events.add(DossierEvent.of(EventType.SUPPLEMENT_REQUESTED, t));
            if (random.nextInt(5) > 0) {
                t = t.plusHours(1 + random.nextInt(24 * 8));
                events.add(DossierEvent.supplementReceived(t, random.nextBoolean() ? t.plusDays(10) : null));
            }
        }
        if (random.nextInt(4) == 0) {
            t = t.plusHours(1 + random.nextInt(24 * 10));
            events.add(DossierEvent.extended(t, t.plusDays(1 + random.nextInt(10)), random.nextBoolean()));
        }
        switch (random.nextInt(5)) {
            case 0:
                break;
            case 1:
                t = t.plusHours(1 + random.nextInt(24 * 20));
                events.add(DossierEvent.of(EventType.values()[EventType.REFUSED.ordinal() + random.nextInt(3)], t));
                break;
            default:
                t = t.plusHours(1 + random.nextInt(24 * 25));
                events.add(DossierEvent.of(EventType.COMPLETED, t));
                if (random.nextBoolean()) {
                    events.add(DossierEvent.of(EventType.RETURNED, t.plusHours(random.nextInt(48))));
                }
                break;
        }
        return new Dossier("X-" + accepted.toLocalDate() + "-1", kind + n, "Agency", Channel.COUNTER, null, accepted,
                appointment, null, events);
    }

    private record Expected(LocalDate legalDueDate, LocalDateTime stated, Outcome outcome, boolean legalBreach,
            boolean statedBreach, boolean metricOnTime, int lateWorkingDays) {
    }

    // ---------------------------------------------------------------- the reference, day by day

    private static boolean working(LocalDate d) {
        return CALENDAR.isWorkingDay(d);
    }

    /** The working days d after a whose start, d 00:00, is before a moment. */
    private static int workingDaysStartedAfter(LocalDate a, LocalDateTime end) {
        int count = 0;
        for (LocalDate d = a.plusDays(1); d.atStartOfDay().isBefore(end); d = d.plusDays(1)) {
            if (working(d)) {
                count++;
            }
        }
        return count;
    }

    private static int workingDaysAfter(LocalDate a, LocalDate b) {
        int count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (working(d)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate dueDate(LocalDateTime start, String procedure) {
        boolean days = procedure.startsWith("D");
        boolean cut = procedure.startsWith("WDC");
        int n = Integer.parseInt(procedure.substring(days ? 1 : cut ? 3 : 2));
        LocalDate base = start.toLocalDate();
        if (cut && start.toLocalTime().isAfter(LocalTime.of(15, 0))) {
            do {
                base = base.plusDays(1);
            } while (!working(base));
        }
        if (days) {
            LocalDate last = base.plusDays(n);
            while (!working(last)) {
                last = last.plusDays(1);
            }
            return last;
        }
        LocalDate d = base;
        if (n == 0) {
            while (!working(d)) {
                d = d.plusDays(1);
            }
            return d;
        }
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (working(d)) {
                left--;
            }
        }
        return d;
    }

    private static Expected reference(Dossier dossier, LocalDateTime asOf) {
        LocalDateTime accepted = dossier.acceptedAt();
        LocalDate due = dueDate(accepted, dossier.procedure());
        LocalDateTime stated = dossier.appointment();
        DossierEvent request = null;
        DossierEvent receipt = null;
        LocalDateTime completed = null;
        LocalDateTime returned = null;
        LocalDateTime closed = null;
        int requests = 0;
        for (DossierEvent e : dossier.events()) {
            if (e.at().isAfter(asOf)) {
                continue; // the evaluation instant is a snapshot
            }
            switch (e.type()) {
                case SUPPLEMENT_REQUESTED:
                    requests++;
                    request = request == null ? e : request;
                    break;
                case SUPPLEMENT_RECEIVED:
                    receipt = receipt == null ? e : receipt;
                    stated = e.newAppointment() != null ? e.newAppointment() : stated;
                    break;
                case EXTENDED:
                    stated = e.newAppointment();
                    break;
                case COMPLETED:
                    completed = e.at();
                    break;
                case RETURNED:
                    returned = e.at();
                    break;
                default:
                    closed = closed == null ? e.at() : closed;
                    break;
            }
        }
        boolean compliant = request != null
                && workingDaysAfter(accepted.toLocalDate(), request.at().toLocalDate()) <= 3
                && !request.at().isAfter(due.plusDays(1).atStartOfDay());
        boolean pending = false;
        if (compliant) {
            if (receipt != null) {
                due = dueDate(receipt.at(), dossier.procedure());
            } else {
                pending = true;
            }
        }
        LocalDateTime deadline = due.plusDays(1).atStartOfDay();
        LocalDateTime finish = completed != null ? completed : returned;
        Outcome outcome;
        LocalDateTime end;
        if (finish != null) {
            pending = false;
            end = finish;
            outcome = finish.toLocalDate().isBefore(due) ? Outcome.EARLY
                    : finish.isBefore(deadline) || finish.equals(deadline) ? Outcome.ON_TIME : Outcome.LATE;
        } else if (closed != null) {
            end = closed;
            outcome = Outcome.CLOSED;
        } else {
            end = asOf;
            if (pending) {
                outcome = Outcome.PAUSED;
            } else if (asOf.isAfter(deadline)) {
                outcome = Outcome.OVERDUE;
            } else if (workingDaysAfter(asOf.toLocalDate(), due) <= 2) {
                outcome = Outcome.DUE_SOON;
            } else {
                outcome = Outcome.IN_PROGRESS;
            }
        }
        boolean legalBreach = !pending && end.isAfter(deadline);
        boolean statedBreach = !pending && end.isAfter(stated);
        int late = legalBreach ? workingDaysStartedAfter(due, end) : 0;
        LocalDateTime metricEnd = finish != null ? finish : closed != null ? closed
                : requests == 1 && receipt == null ? request.at() : asOf;
        if (request != null && receipt != null) {
            metricEnd = metricEnd.minusSeconds(java.time.Duration.between(request.at(), receipt.at()).getSeconds());
        }
        boolean metric = requests <= 1 && !metricEnd.isAfter(stated);
        return new Expected(due, stated, outcome, legalBreach, statedBreach, metric, late);
    }
}
