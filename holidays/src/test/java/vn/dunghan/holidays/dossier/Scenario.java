package vn.dunghan.holidays.dossier;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import vn.dunghan.deadline.LimitUnit;
import vn.dunghan.deadline.TimeLimit;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.PolicyParameters;
import vn.dunghan.dossier.ProcedureSpec;
import vn.dunghan.dossier.SupplementMode;

/** A small builder of test dossiers and procedures, so that each scenario reads as its timeline. */
final class Scenario {

    /** The code; by default it carries the acceptance date, as Decree 61/2018, Art. 26 requires. */
    private String id;
    private String procedure = "P10";
    private Channel channel = Channel.COUNTER;
    private LocalDateTime submitted;
    private LocalDateTime accepted;
    private LocalDateTime appointment;
    private LocalDateTime competent;
    private final List<DossierEvent> events = new ArrayList<>();

    static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    static Scenario accepted(String acceptedAt, String appointmentAt) {
        Scenario scenario = new Scenario();
        scenario.accepted = at(acceptedAt);
        scenario.appointment = at(appointmentAt);
        return scenario;
    }

    Scenario id(String value) {
        id = value;
        return this;
    }

    Scenario procedure(String code) {
        procedure = code;
        return this;
    }

    Scenario online(String submittedAt) {
        channel = Channel.ONLINE;
        submitted = at(submittedAt);
        return this;
    }

    Scenario competentReceived(String time) {
        competent = at(time);
        return this;
    }

    Scenario event(EventType type, String time) {
        events.add(DossierEvent.of(type, at(time)));
        return this;
    }

    Scenario received(String time, String newAppointment) {
        events.add(DossierEvent.supplementReceived(at(time), newAppointment == null ? null : at(newAppointment)));
        return this;
    }

    Scenario extended(String time, String newAppointment, boolean apology) {
        events.add(DossierEvent.extended(at(time), at(newAppointment), apology));
        return this;
    }

    Scenario step(String unit, String start, String end, int allocated) {
        events.add(DossierEvent.step(unit, at(start), at(end), allocated));
        return this;
    }

    Dossier build() {
        String code = id != null ? id
                : "000.00.12.H29-" + accepted.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")) + "-0001";
        return new Dossier(code, procedure, "UBND phường Bến Nghé", channel, submitted, accepted, appointment, competent,
                events);
    }

    /** The procedures of the scenarios. */
    static List<ProcedureSpec> procedures() {
        return List.of(
                ProcedureSpec.of("P10", "10 working days, restart", TimeLimit.ofWorkingDays(10)),
                new ProcedureSpec("P10-PAUSE", "10 working days, pause", TimeLimit.ofWorkingDays(10), null,
                        new PolicyParameters(SupplementMode.PAUSE, null, null, null, null, null, null, null, null)),
                ProcedureSpec.of("P15", "15 working days", TimeLimit.ofWorkingDays(15)),
                new ProcedureSpec("P15-CUT", "15 working days, 15:00 cut-off", TimeLimit.ofWorkingDays(15),
                        LocalTime.of(15, 0), PolicyParameters.NONE),
                ProcedureSpec.of("P5", "5 working days", TimeLimit.ofWorkingDays(5)),
                ProcedureSpec.of("P3", "3 working days", TimeLimit.ofWorkingDays(3)),
                new ProcedureSpec("P3-CUT", "3 working days, 15:00 cut-off", TimeLimit.ofWorkingDays(3),
                        LocalTime.of(15, 0), PolicyParameters.NONE),
                ProcedureSpec.of("P2", "2 working days", TimeLimit.ofWorkingDays(2)),
                new ProcedureSpec("SAME-DAY", "certification of copies (Decree 23/2015, Art. 7)",
                        TimeLimit.ofWorkingDays(0), LocalTime.of(15, 0), PolicyParameters.NONE),
                ProcedureSpec.of("D10", "10 calendar days", TimeLimit.of(10, LimitUnit.DAYS)),
                ProcedureSpec.of("M1", "1 month", TimeLimit.of(1, LimitUnit.MONTHS)),
                ProcedureSpec.of("H8", "8 hours", TimeLimit.of(8, LimitUnit.HOURS)),
                ProcedureSpec.of("WH8", "8 working hours", TimeLimit.of(8, LimitUnit.WORKING_HOURS)));
    }
}
