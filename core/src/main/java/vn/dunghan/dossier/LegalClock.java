package vn.dunghan.dossier;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import vn.dunghan.calendar.DayOff;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.deadline.DeadlineCalculator;
import vn.dunghan.deadline.Due;
import vn.dunghan.deadline.LimitUnit;
import vn.dunghan.deadline.TimeLimit;

/**
 * The legal clock of a dossier: its start, its limit counted by the Civil Code's rules, and what
 * supplementation does to it (see {@code docs/counting.md}).
 * <p>
 * <b>Start</b>: the acceptance; where the rule set says so (Decree 118/2025/NĐ-CP, Art. 17(3), as
 * amended by Decree 309/2026/NĐ-CP, from 2026-08-05), the competent body's receipt.
 * <b>Supplementation</b>: only a compliant cycle moves the due: the first request, made within the
 * request window (working days counted from the acceptance date, Decree 61/2018/NĐ-CP, Art. 19(4),
 * or from the legal start where the policy says so) and not after the initial due. Under
 * {@link SupplementMode#RESTART} the limit is counted again from the receipt of the supplement;
 * under {@link SupplementMode#PAUSE} the days between request and receipt extend the last day as
 * counted, and only then does a last day that is not a working day move to the next one (Civil
 * Code 2015, Art. 148(5)). A compliant request not yet answered stops the clock. Extensions and
 * non-compliant requests never move the due: a non-compliant act of the agency cannot extend it.
 * <p>
 * <b>Working-hour limits</b> are breached only when more office time than the limit has passed:
 * a finish during a break or after closing, with no office time since the due moment, is on time.
 * <p>
 * This class is immutable and thread-safe.
 */
final class LegalClock {

    private final WorkCalendar calendar;
    final TimeLimit limit;
    /** The legal start. */
    final LocalDateTime start;
    /**
     * False while the clock waits for a competent body's receipt not yet known at the instant: the
     * start, and so the due, are then only the earliest they can be.
     */
    final boolean started;
    /** When the limit was last counted from: the start, or a supplement's receipt under RESTART. */
    final LocalDateTime countedFrom;
    final Due initialDue;
    /** The day the request window is counted from. */
    final LocalDate windowFrom;
    final int windowWorkingDays;
    final boolean requestInWindow;
    final boolean requestCompliant;
    final Due due;
    /** True while a compliant supplement request is unanswered: the clock is stopped. */
    final boolean paused;

    private LegalClock(DeadlineCalculator deadlines, ProcedurePolicy policy, Timeline timeline) {
        this.calendar = deadlines.getCalendar();
        this.limit = policy.getLimit();
        LocalTime cutoff = policy.getCutoff();
        Dossier dossier = timeline.dossier;
        this.start = legalStart(timeline, policy);
        this.started = !policy.isClockStartsAtCompetentReceipt() || dossier.competentReceivedAt() == null
                || timeline.competentReceipt != null;
        this.initialDue = deadlines.due(start, limit, cutoff);
        this.windowFrom = (policy.getRequestWindowStart() == WindowStart.ACCEPTANCE ? dossier.acceptedAt() : start)
                .toLocalDate();
        this.windowWorkingDays = policy.getRequestWindowWorkingDays();
        DossierEvent request = timeline.firstRequest;
        this.requestInWindow = request != null
                && calendar.workingDaysBetween(windowFrom, request.at().toLocalDate()) <= windowWorkingDays;
        this.requestCompliant = requestInWindow && !initialDue.isBefore(request.at());
        DossierEvent receipt = timeline.firstReceipt;
        this.paused = requestCompliant && receipt == null;
        if (!requestCompliant || receipt == null) {
            this.countedFrom = start;
            this.due = initialDue;
        } else if (policy.getSupplement() == SupplementMode.RESTART) {
            this.countedFrom = receipt.at();
            this.due = deadlines.due(receipt.at(), limit, cutoff);
        } else {
            this.countedFrom = start;
            this.due = paused(deadlines, cutoff, request.at(), receipt.at());
        }
    }

    /**
     * Runs the legal clock of a dossier's timeline.
     *
     * @param deadlines  the calculator on the offices' calendar, not null
     * @param policy  the policy in force, not null
     * @param timeline  the timeline, not null
     * @return the clock, not null
     * @throws java.time.DateTimeException if a date leaves the calendar's range
     */
    static LegalClock of(DeadlineCalculator deadlines, ProcedurePolicy policy, Timeline timeline) {
        return new LegalClock(deadlines, policy, timeline);
    }

    /**
     * Gets the legal start of a dossier: the acceptance, or the competent body's receipt where the
     * policy starts the clock there.
     *
     * @param dossier  the dossier, not null
     * @param policy  the policy in force, not null
     * @return the start, not null
     */
    static LocalDateTime legalStart(Dossier dossier, ProcedurePolicy policy) {
        return policy.isClockStartsAtCompetentReceipt() && dossier.competentReceivedAt() != null
                ? dossier.competentReceivedAt() : dossier.acceptedAt();
    }

    /**
     * Gets the legal start as known at the evaluation instant: where the clock starts at the
     * competent body's receipt and that receipt comes after the instant, the clock has not started,
     * and the due is counted from the instant itself, the earliest start it can have.
     */
    private static LocalDateTime legalStart(Timeline timeline, ProcedurePolicy policy) {
        Dossier dossier = timeline.dossier;
        if (!policy.isClockStartsAtCompetentReceipt() || dossier.competentReceivedAt() == null) {
            return dossier.acceptedAt();
        }
        return timeline.competentReceipt != null ? timeline.competentReceipt : timeline.asOf;
    }

    /** The due moved by the time the clock was stopped between request and receipt. */
    private Due paused(DeadlineCalculator deadlines, LocalTime cutoff, LocalDateTime request, LocalDateTime receipt) {
        switch (limit.getUnit()) {
            case WORKING_DAYS:
                return Due.endOf(calendar.plusWorkingDays(initialDue.date(),
                        calendar.workingDaysBetween(request.toLocalDate(), receipt.toLocalDate())));
            case DAYS:
            case MONTHS:
                LocalDate last = deadlines.lastDay(start, limit, cutoff)
                        .plusDays(ChronoUnit.DAYS.between(request.toLocalDate(), receipt.toLocalDate()));
                return Due.endOf(calendar.nextWorkingDayOrSame(last));
            case WORKING_HOURS:
                return Due.at(calendar.plusWorkingTime(initialDue.toLocalDateTime(),
                        calendar.workingTimeBetween(request, receipt)));
            default:
                return Due.at(initialDue.toLocalDateTime().plus(Duration.between(request, receipt)));
        }
    }

    /**
     * Checks if the legal due has passed at a moment: for a working-hour limit, only when office
     * time has passed since the due moment.
     *
     * @param time  the moment, not null
     * @return true if breached
     */
    boolean isBreachedAt(LocalDateTime time) {
        return isBreachedAt(due, time);
    }

    /** Checks if a due had passed at a moment, by the rule of {@link #isBreachedAt(LocalDateTime)}. */
    boolean isBreachedAt(Due of, LocalDateTime time) {
        if (!of.isBefore(time)) {
            return false;
        }
        return limit.getUnit() != LimitUnit.WORKING_HOURS
                || !calendar.workingTimeBetween(of.toLocalDateTime(), time).isZero();
    }

    /**
     * Counts the working days after the due date that had begun by a moment: the days {@code d}
     * with {@code due < d} and {@code d 00:00 < end}. A dossier open at 00:00 has not used that day.
     *
     * @param end  the finish, closing or evaluation instant, not null
     * @return the late working days, 0 if not breached
     */
    int lateWorkingDays(LocalDateTime end) {
        if (!isBreachedAt(end)) {
            return 0;
        }
        LocalDate dueDate = due.date();
        LocalDate endDate = end.toLocalDate();
        int days = calendar.workingDaysBetween(dueDate, endDate);
        if (end.toLocalTime().equals(LocalTime.MIDNIGHT) && endDate.isAfter(dueDate) && calendar.isWorkingDay(endDate)) {
            days--;
        }
        return Math.max(days, 0);
    }

    /**
     * Gets the office time elapsed after the due moment of a working-hour limit.
     *
     * @param end  the finish, closing or evaluation instant, not null
     * @return the late working minutes, 0 if not breached or not a working-hour limit
     */
    long lateWorkingMinutes(LocalDateTime end) {
        if (limit.getUnit() != LimitUnit.WORKING_HOURS || !due.isBefore(end)) {
            return 0;
        }
        return calendar.workingTimeBetween(due.toLocalDateTime(), end).toMinutes();
    }

    /**
     * Gets the last day of the request window.
     *
     * @return the date, not null
     */
    LocalDate windowEnd() {
        return calendar.plusWorkingDays(windowFrom, windowWorkingDays);
    }

    /**
     * Lists the days that the due depends on without an official text behind them: the calendar's
     * provisional days and days with a caveat from the first day counted (the day after the start
     * for a day-based limit, the start's day for an hour-based one) to the due date.
     *
     * @return the days, empty (not allocated) if none, not null
     */
    List<DayOff> uncertainDays() {
        // a day-based count starts the day after (Civil Code Art. 147); an hour-based one that day
        LocalDate from = limit.getUnit().isDayBased() ? countedFrom.toLocalDate().plusDays(1) : countedFrom.toLocalDate();
        LocalDate to = due.date();
        return from.isAfter(to) ? List.of() : calendar.uncertainDays(from, to);
    }
}
