package vn.dunghan.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import vn.dunghan.calendar.DayKind;
import vn.dunghan.calendar.DayOff;
import vn.dunghan.calendar.OfficeHours;
import vn.dunghan.calendar.Session;
import vn.dunghan.calendar.Timetable;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.deadline.LimitUnit;
import vn.dunghan.deadline.TimeLimit;

/**
 * A small calendar and policy set for the evaluation's tests in core, with the dates the hand
 * derivations in the tests rely on: Monday to Friday, office hours 07:30-11:30 and 13:00-17:00,
 * days off 2026-04-30 and 2026-05-01 (Thursday and Friday), and 2026-11-24 (a Tuesday) marked with
 * a caveat, as a day of weak evidence would be.
 */
final class Fixture {

    static final WorkCalendar CALENDAR = WorkCalendar.builder(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31))
            .dayOff(DayOff.of(LocalDate.of(2026, 4, 30), "Reunification Day", null, DayKind.HOLIDAY, "statute", false))
            .dayOff(DayOff.of(LocalDate.of(2026, 5, 1), "Labour Day", null, DayKind.HOLIDAY, "statute", false))
            .dayOff(DayOff.of(LocalDate.of(2026, 11, 24), "Culture Day", null, DayKind.HOLIDAY, "resolution", false)
                    .withCaveat("holiday, secondary sources only (S)"))
            .officeHours(OfficeHours.of(Timetable.ofWeekdays(Session.parse("07:30-11:30"), Session.parse("13:00-17:00"))))
            .build();

    /** P10: 10 working days; D10: 10 calendar days, paused by supplementation; H8: 8 working hours; T10: 10 working days from the competent body's receipt. */
    static final PolicySet POLICIES = PolicySet.of(List.of(
            ProcedureSpec.of("P10", "Ten working days", TimeLimit.ofWorkingDays(10)),
            new ProcedureSpec("D10", "Ten days, paused", TimeLimit.of(10, LimitUnit.DAYS), null,
                    new PolicyParameters(SupplementMode.PAUSE, null, null, null, null, null, null, null, null)),
            new ProcedureSpec("M1", "One month, paused", TimeLimit.of(1, LimitUnit.MONTHS), null,
                    new PolicyParameters(SupplementMode.PAUSE, null, null, null, null, null, null, null, null)),
            ProcedureSpec.of("H8", "Eight working hours", TimeLimit.of(8, LimitUnit.WORKING_HOURS)),
            new ProcedureSpec("T10", "Ten working days from the competent receipt", TimeLimit.ofWorkingDays(10), null,
                    new PolicyParameters(null, null, null, null, null, null, null, null, true)),
            new ProcedureSpec("T10L", "As T10, window from the legal start", TimeLimit.ofWorkingDays(10), null,
                    new PolicyParameters(null, null, null, null, null, null, null, null, true, WindowStart.LEGAL_START))));

    static final Evaluator EVALUATOR = Evaluator.of(CALENDAR, POLICIES);

    private Fixture() {
    }

    static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    /** A dossier under construction. */
    static final class Builder {
        private final String procedure;
        private final LocalDateTime accepted;
        private final LocalDateTime appointment;
        private LocalDateTime competent;
        private LocalDateTime submitted;
        private String id;
        private String applicant;
        private final List<DossierEvent> events = new ArrayList<>();

        Builder(String procedure, String accepted, String appointment) {
            this.procedure = procedure;
            this.accepted = at(accepted);
            this.appointment = at(appointment);
            LocalDate date = this.accepted.toLocalDate();
            this.id = String.format("000.00.12.H29-%02d%02d%02d-0001", date.getYear() % 100, date.getMonthValue(),
                    date.getDayOfMonth());
        }

        Builder event(EventType type, String at) {
            events.add(DossierEvent.of(type, at(at)));
            return this;
        }

        Builder received(String at, String newAppointment) {
            events.add(DossierEvent.supplementReceived(at(at), newAppointment == null ? null : at(newAppointment)));
            return this;
        }

        Builder extended(String at, String newAppointment, boolean apology) {
            events.add(DossierEvent.extended(at(at), at(newAppointment), apology));
            return this;
        }

        Builder step(String unit, String start, String end, int allocation) {
            events.add(DossierEvent.step(unit, at(start), at(end), allocation));
            return this;
        }

        Builder competent(String at) {
            competent = at(at);
            return this;
        }

        Builder submitted(String at) {
            submitted = at(at);
            return this;
        }

        Builder id(String id) {
            this.id = id;
            return this;
        }

        Builder applicant(String applicant) {
            this.applicant = applicant;
            return this;
        }

        Dossier build() {
            return new Dossier(id, procedure, "UBND phường Bến Nghé", Channel.COUNTER, submitted, accepted, appointment,
                    competent, events, applicant);
        }

        Evaluation evaluate(String asOf) {
            return EVALUATOR.evaluate(build(), at(asOf));
        }

        Timeline timeline(String asOf) {
            return Timeline.of(build(), at(asOf));
        }

        LegalClock clock(String asOf) {
            Dossier dossier = build();
            return LegalClock.of(vn.dunghan.deadline.DeadlineCalculator.of(CALENDAR), EVALUATOR.policyOf(dossier),
                    Timeline.of(dossier, at(asOf)));
        }
    }

    static Builder dossier(String procedure, String accepted, String appointment) {
        return new Builder(procedure, accepted, appointment);
    }

    static LocalTime time(String text) {
        return LocalTime.parse(text);
    }
}
