package vn.dunghan.dossier;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.deadline.Deadline;
import vn.dunghan.deadline.DeadlineCalculator;
import vn.dunghan.deadline.LimitUnit;
import vn.dunghan.deadline.TimeLimit;

/**
 * Evaluates dossiers: the legal deadline computed from the rules against the stated one, the real
 * finish against the recorded one, and the findings that expose hidden lateness.
 * <p>
 * <b>Legal start</b>: the acceptance; from 2026-08-05 (rule set flag), the competent body's
 * receipt of a dossier accepted outside its area (Decree 118/2025/NĐ-CP, Art. 17(3), as amended by
 * Decree 309/2026/NĐ-CP). <b>Legal due</b>: the procedure's limit counted by
 * {@link DeadlineCalculator} (Civil Code 2015, Arts 147–148, optional cut-off). Only a compliant
 * supplementation cycle moves it: the first request, made within the request window (working days
 * after the acceptance date, Decree 61/2018/NĐ-CP, Art. 19(4)) and not after the legal deadline;
 * under {@code RESTART} the limit is counted again from the receipt of the supplement, under
 * {@code PAUSE} the due date moves by the working days (or time) between request and receipt. A
 * compliant request not yet answered pauses an open dossier; a dossier finished without a recorded
 * receipt keeps the original legal deadline. Extensions and non-compliant requests never move it:
 * a non-compliant act of the agency cannot extend the real deadline.
 * <p>
 * <b>Stated due</b>: the slip's appointment, replaced by each EXTENDED event and by a
 * SUPPLEMENT_RECEIVED that carries a re-issued appointment. <b>Real finish</b>: the later of
 * COMPLETED and RESULT_SIGNED when either is present, else the earliest of RETURNED and
 * HANDED_OVER. <b>Recorded finish</b>: COMPLETED, else RETURNED (else the real finish).
 * <p>
 * <b>Outcome</b>: EARLY (finished on a day before the legal due date), ON_TIME, LATE; for open
 * dossiers as of the evaluation instant PAUSED, OVERDUE, DUE_SOON (within the due-soon threshold in
 * working days) or IN_PROGRESS; CLOSED when refused, withdrawn or stopped without a result. The
 * evaluation instant matters only for open dossiers; events after it are still read.
 * <p>
 * While a compliant request is unanswered the clock is stopped: an open dossier is PAUSED, and
 * a dossier closed in that state is neither a legal breach nor a late refusal.
 * <p>
 * <b>Holding</b> (IDLE_HOLDING): a step longer than its allocation, or, on a timeline that records
 * its steps, a gap without activity longer than the idle threshold, the applicant's supplementation
 * time excepted.
 * <p>
 * <b>Decision 766 view</b> ({@code metricOnTime}): the end time (completed, else returned, else
 * stopped or refused, else withdrawn, else a single unanswered request, else the evaluation
 * instant) minus the supplementation time, not after the last appointment; more than one
 * supplement request counts as late.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Evaluator {

    private static final Comparator<Finding> BY_CODE = Comparator.comparing(Finding::code);

    private final WorkCalendar calendar;
    private final DeadlineCalculator deadlines;
    private final PolicySet policies;

    private Evaluator(WorkCalendar calendar, PolicySet policies) {
        this.calendar = calendar;
        this.deadlines = DeadlineCalculator.of(calendar);
        this.policies = policies;
    }

    /**
     * Obtains an evaluator.
     *
     * @param calendar  the work calendar of the offices, not null
     * @param policies  the procedures and rule sets, not null
     * @return the evaluator, not null
     */
    public static Evaluator of(WorkCalendar calendar, PolicySet policies) {
        return new Evaluator(Objects.requireNonNull(calendar, "calendar"), Objects.requireNonNull(policies, "policies"));
    }

    /**
     * Gets the calendar.
     *
     * @return the calendar, not null
     */
    public WorkCalendar getCalendar() {
        return calendar;
    }

    /**
     * Gets the policies.
     *
     * @return the policies, not null
     */
    public PolicySet getPolicies() {
        return policies;
    }

    /**
     * Finds the policy that judges a dossier.
     *
     * @param dossier  the dossier, not null
     * @return the policy, not null
     * @throws InvalidDossierException if the procedure is unknown or no rule set covers the acceptance date
     */
    public ProcedurePolicy policyOf(Dossier dossier) {
        ProcedurePolicy policy = policies.find(dossier.procedure(), dossier.acceptedAt().toLocalDate());
        if (policy == null) {
            throw new InvalidDossierException(dossier.id(), "/procedure",
                    policies.getProcedures().containsKey(dossier.procedure())
                            ? "No rule set is in force on the acceptance date " + dossier.acceptedAt().toLocalDate()
                            : "Procedure " + dossier.procedure() + " is not in the policies");
        }
        return policy;
    }

    /**
     * Computes the initial legal deadline of a dossier with its derivation, for a citizen or an
     * inspector: from the legal start, before any supplementation.
     *
     * @param dossier  the dossier, not null
     * @return the deadline, not null
     * @throws InvalidDossierException if the dossier cannot be evaluated
     */
    public Deadline explainDeadline(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        DossierValidator.validate(dossier, calendar);
        ProcedurePolicy policy = policyOf(dossier);
        LocalDateTime start = legalStart(dossier, policy);
        try {
            return deadlines.compute(start, policy.getLimit(), policy.getCutoff());
        } catch (DateTimeException ex) {
            throw new InvalidDossierException(dossier.id(), "/acceptedAt", ex.getMessage());
        }
    }

    private static LocalDateTime legalStart(Dossier dossier, ProcedurePolicy policy) {
        return policy.isClockStartsAtCompetentReceipt() && dossier.competentReceivedAt() != null
                ? dossier.competentReceivedAt() : dossier.acceptedAt();
    }

    /**
     * Evaluates a dossier.
     *
     * @param dossier  the dossier, not null
     * @param asOf  the evaluation instant, for open dossiers, not null
     * @return the evaluation, not null
     * @throws InvalidDossierException if the dossier is invalid, its procedure unknown, or a date
     *     leaves the calendar's range
     */
    public Evaluation evaluate(Dossier dossier, LocalDateTime asOf) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(asOf, "asOf");
        DossierValidator.validate(dossier, calendar);
        ProcedurePolicy policy = policyOf(dossier);
        try {
            return evaluate(dossier, policy, asOf);
        } catch (DateTimeException ex) {
            throw new InvalidDossierException(dossier.id(), "/acceptedAt", "The deadlines of this dossier cannot be"
                    + " computed: " + ex.getMessage());
        }
    }

    private Evaluation evaluate(Dossier dossier, ProcedurePolicy policy, LocalDateTime asOf) {
        TimeLimit limit = policy.getLimit();
        LocalTime cutoff = policy.getCutoff();
        LocalDateTime start = legalStart(dossier, policy);
        // a day-based period ends at 24:00 of its due date: the dates are carried, and the moment
        // is built only where a finding quotes it; an hour-based period is carried as its due moment
        boolean dayBased = limit.getUnit().isDayBased();
        LocalDate initialDueDate = dayBased ? deadlines.dueDate(start, limit, cutoff) : null;
        LocalDateTime initialDueMoment = dayBased ? null : deadlines.dueMoment(start, limit, cutoff);

        // one pass over the timeline
        DossierEvent firstRequest = null;
        DossierEvent receipt = null;
        DossierEvent completed = null;
        DossierEvent signed = null;
        DossierEvent returned = null;
        DossierEvent handedOver = null;
        DossierEvent earlyNotice = null;
        DossierEvent refused = null;
        DossierEvent stoppedOrRefused = null;
        DossierEvent withdrawn = null;
        int requests = 0;
        int extensions = 0;
        LocalDateTime stated = dossier.appointment();
        boolean steps = false;
        List<Finding> findings = null;
        List<DossierEvent> events = dossier.events();
        for (int i = 0; i < events.size(); i++) {
            DossierEvent event = events.get(i);
            switch (event.type()) {
                case SUPPLEMENT_REQUESTED:
                    requests++;
                    if (firstRequest == null) {
                        firstRequest = event;
                    }
                    break;
                case SUPPLEMENT_RECEIVED:
                    if (receipt == null) {
                        receipt = event;
                    }
                    if (event.newAppointment() != null) {
                        stated = event.newAppointment();
                    }
                    break;
                case EXTENDED:
                    extensions++;
                    findings = checkApology(findings, event, stated, policy);
                    stated = event.newAppointment();
                    break;
                case EARLY_NOTICE:
                    earlyNotice = earlyNotice == null ? event : earlyNotice;
                    break;
                case RESULT_SIGNED:
                    signed = signed == null ? event : signed;
                    break;
                case COMPLETED:
                    completed = completed == null ? event : completed;
                    break;
                case RETURNED:
                    returned = returned == null ? event : returned;
                    break;
                case HANDED_OVER:
                    handedOver = handedOver == null ? event : handedOver;
                    break;
                case REFUSED:
                    refused = refused == null ? event : refused;
                    stoppedOrRefused = stoppedOrRefused == null ? event : stoppedOrRefused;
                    break;
                case STOPPED:
                    stoppedOrRefused = stoppedOrRefused == null ? event : stoppedOrRefused;
                    break;
                case WITHDRAWN:
                    withdrawn = withdrawn == null ? event : withdrawn;
                    break;
                case STEP:
                    steps = true;
                    break;
                default:
                    break;
            }
        }

        // the legal deadline: only a compliant supplementation cycle moves it
        LocalDate startDate = start.toLocalDate();
        boolean inWindow = firstRequest != null && calendar.workingDaysBetween(startDate,
                firstRequest.at().toLocalDate()) <= policy.getRequestWindowWorkingDays();
        boolean compliant = inWindow && !isAfterDue(firstRequest.at(), initialDueDate, initialDueMoment);
        LocalDate legalDueDate = initialDueDate;
        LocalDateTime legalDue = initialDueMoment;
        boolean pending = false;
        if (compliant) {
            if (receipt == null) {
                pending = true;
            } else if (policy.getSupplement() == SupplementMode.RESTART) {
                if (dayBased) {
                    legalDueDate = deadlines.dueDate(receipt.at(), limit, cutoff);
                } else {
                    legalDue = deadlines.dueMoment(receipt.at(), limit, cutoff);
                }
            } else if (dayBased) {
                legalDueDate = pausedDate(initialDueDate, firstRequest.at(), receipt.at(), limit);
            } else {
                legalDue = pausedMoment(initialDueMoment, firstRequest.at(), receipt.at(), limit);
            }
        }
        // a day-based deadline, 24:00 of its date, is compared through the date and built only
        // where a finding quotes it; the evaluation builds it when asked. legalDueDay is that date,
        // null for an hour-based deadline, which is compared through its moment
        LocalDate legalDueDay = dayBased ? legalDueDate : null;
        if (!dayBased) {
            legalDueDate = legalDue.toLocalDate();
        }

        // finish and closing
        LocalDateTime finishedAt = null;
        if (completed != null || signed != null) {
            finishedAt = later(completed, signed);
        } else if (returned != null || handedOver != null) {
            finishedAt = earlier(returned, handedOver);
        }
        LocalDateTime recordedFinish = completed != null ? completed.at() : returned != null ? returned.at() : finishedAt;
        DossierEvent closing = stoppedOrRefused != null ? stoppedOrRefused : withdrawn;

        Outcome outcome;
        LocalDateTime end;
        if (finishedAt != null) {
            pending = false;
            end = finishedAt;
            outcome = finishedAt.toLocalDate().isBefore(legalDueDate) ? Outcome.EARLY
                    : isAfterDue(finishedAt, legalDueDay, legalDue) ? Outcome.LATE : Outcome.ON_TIME;
        } else if (closing != null) {
            end = closing.at();
            outcome = Outcome.CLOSED;
        } else {
            end = asOf;
            if (pending) {
                outcome = Outcome.PAUSED;
            } else if (isAfterDue(asOf, legalDueDay, legalDue)) {
                outcome = Outcome.OVERDUE;
            } else if (asOf.toLocalDate().isAfter(legalDueDate) || calendar.workingDaysBetween(asOf.toLocalDate(),
                    legalDueDate) <= policy.getDueSoonWorkingDays()) {
                // not overdue, so a date after the due date is 24:00 of the due date, the end itself
                outcome = Outcome.DUE_SOON;
            } else {
                outcome = Outcome.IN_PROGRESS;
            }
        }
        boolean legalBreach = !pending && isAfterDue(end, legalDueDay, legalDue);
        LocalDateTime statedEnd = recordedFinish != null ? recordedFinish : end;
        boolean statedBreach = !pending && statedEnd.isAfter(stated);
        int lateWorkingDays = legalBreach ? Math.max(0, calendar.workingDaysBetween(legalDueDate, end.toLocalDate())) : 0;

        // Decision 766: end time minus supplementation time against the last appointment
        LocalDateTime metricEnd = completed != null ? completed.at() : returned != null ? returned.at()
                : stoppedOrRefused != null ? stoppedOrRefused.at() : withdrawn != null ? withdrawn.at()
                : requests == 1 && receipt == null ? firstRequest.at() : asOf;
        boolean metricOnTime;
        if (requests > 1) {
            metricOnTime = false;
        } else if (firstRequest != null && receipt != null && metricEnd.isAfter(stated)) {
            // the receipt follows the request, so subtracting the supplementation time matters only
            // for an end after the appointment
            long supplementSeconds = receipt.at().toEpochSecond(ZoneOffset.UTC)
                    - firstRequest.at().toEpochSecond(ZoneOffset.UTC);
            metricOnTime = metricEnd.toEpochSecond(ZoneOffset.UTC) - supplementSeconds
                    <= stated.toEpochSecond(ZoneOffset.UTC);
        } else {
            metricOnTime = !metricEnd.isAfter(stated);
        }

        // findings, in the order of FindingCode; the list is made by the first one found
        List<Finding> all = findings;
        if (legalBreach && !statedBreach) {
            all = add(all, Findings.concealedLateness(deadline(legalDueDay, legalDue), legalDueDate, limit, stated,
                    finishedAt != null ? "finishedAt" : closing != null ? "closedAt" : "asOf", end));
        }
        if (isAfterDue(dossier.appointment(), initialDueDate, initialDueMoment)) {
            all = add(all, Findings.paddedAppointment(dossier.appointment(), deadline(initialDueDate, initialDueMoment),
                    dayBased ? initialDueDate : initialDueMoment.toLocalDate(), limit, start));
        }
        if (extensions > policy.getMaxExtensions()) {
            all = add(all, Findings.repeatedExtension(extensions, policy.getMaxExtensions()));
        }
        if (firstRequest != null && !compliant) {
            LocalDate windowEnd = calendar.plusWorkingDays(startDate, Math.max(policy.getRequestWindowWorkingDays(), 0));
            // not compliant: the legal deadline is the initial one
            all = add(all, Findings.lateSupplementRequest(firstRequest.at(), inWindow, deadline(legalDueDay, legalDue),
                    legalDueDate, limit, policy.getRequestWindowWorkingDays(), windowEnd, start));
        }
        if (requests > policy.getMaxSupplementRequests()) {
            all = add(all, Findings.repeatedSupplementRequest(requests, policy.getMaxSupplementRequests()));
        }
        if (dossier.submittedAt() != null) {
            int delay = calendar.workingDaysBetween(dossier.submittedAt().toLocalDate(), dossier.acceptedAt().toLocalDate());
            if (delay > policy.getAcceptanceDelayWorkingDays()) {
                all = add(all, Findings.delayedAcceptance(dossier, delay,
                        policy.getAcceptanceDelayWorkingDays()));
            }
        }
        all = checkCodeDate(all, dossier);
        if (steps) {
            all = checkIdle(all, dossier, policy, firstRequest, receipt, outcome.isOpen() && !pending ? asOf : null);
        }
        if (completed != null && signed != null && completed.at().isBefore(signed.at())) {
            all = add(all, Findings.completionBeforeSignature(completed.at(), signed.at()));
        }
        if (returned != null && handedOver != null && returned.at().isBefore(handedOver.at())) {
            all = add(all, Findings.returnBeforeHandover(returned.at(), handedOver.at()));
        }
        LocalDateTime returnedAt = returned != null ? returned.at() : handedOver != null ? handedOver.at() : null;
        if (returnedAt != null && returnedAt.toLocalDate().isBefore(stated.toLocalDate())
                && (earlyNotice == null || earlyNotice.at().isAfter(returnedAt))) {
            all = add(all, Findings.earlyReturnWithoutNotice(returnedAt, stated));
        }
        if (refused != null && !pending && isAfterDue(refused.at(), legalDueDay, legalDue)) {
            all = add(all, Findings.lateRefusal(refused.at(), deadline(legalDueDay, legalDue), legalDueDate, limit));
        }
        List<Finding> result;
        if (all == null) {
            result = List.of();
        } else {
            all.sort(BY_CODE);
            result = List.copyOf(all);
        }
        return new Evaluation(dossier, policy, outcome, legalDueDate, legalDue, stated, finishedAt, recordedFinish,
                legalBreach, statedBreach, metricOnTime, lateWorkingDays, result);
    }

    /** The due date of a day-based period moved by the days the clock was stopped between request and receipt. */
    private LocalDate pausedDate(LocalDate dueDate, LocalDateTime request, LocalDateTime receipt, TimeLimit limit) {
        if (limit.getUnit() == LimitUnit.WORKING_DAYS) {
            return calendar.plusWorkingDays(dueDate, calendar.workingDaysBetween(request.toLocalDate(), receipt.toLocalDate()));
        }
        // DAYS and MONTHS: calendar days, the end moved to a working day
        return calendar.nextWorkingDayOrSame(dueDate.plusDays(ChronoUnit.DAYS.between(request.toLocalDate(),
                receipt.toLocalDate())));
    }

    /** The due moment of an hour-based period moved by the time the clock was stopped between request and receipt. */
    private LocalDateTime pausedMoment(LocalDateTime due, LocalDateTime request, LocalDateTime receipt, TimeLimit limit) {
        return limit.getUnit() == LimitUnit.WORKING_HOURS
                ? calendar.plusWorkingTime(due, calendar.workingTimeBetween(request, receipt))
                : due.plus(Duration.between(request, receipt));
    }

    /** The end of a day-based period due on a date: 24:00 of that date, written 00:00 of the next day. */
    static LocalDateTime endOf(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay();
    }

    /** The end of a period: of a day-based one if its due date is given (not null), else its due moment. */
    private static LocalDateTime deadline(LocalDate dueDate, LocalDateTime dueMoment) {
        return dueDate != null ? endOf(dueDate) : dueMoment;
    }

    /**
     * Checks if a moment is after the end of a period: after 24:00 of its due date for a day-based
     * period (date not null), after its due moment otherwise; nothing is allocated.
     */
    private static boolean isAfterDue(LocalDateTime time, LocalDate dueDate, LocalDateTime dueMoment) {
        if (dueDate == null) {
            return time.isAfter(dueMoment);
        }
        LocalDate day = time.toLocalDate();
        if (!day.isAfter(dueDate)) {
            return false;
        }
        // 00:00 of the next day is 24:00 of the due date, the end itself
        return !time.toLocalTime().equals(LocalTime.MIDNIGHT) || day.isAfter(dueDate.plusDays(1));
    }

    /**
     * Sorts the first n times. A timeline holds a few dozen times at most, and a call to
     * {@code Arrays.sort} here made the just-in-time compiler spend seconds inlining TimSort.
     */
    private static void insertionSort(LocalDateTime[] times, int n) {
        for (int i = 1; i < n; i++) {
            LocalDateTime time = times[i];
            int j = i - 1;
            while (j >= 0 && times[j].isAfter(time)) {
                times[j + 1] = times[j];
                j--;
            }
            times[j + 1] = time;
        }
    }

    /** Time inside a recorded step is activity: its overrun is judged against its allocation. */
    private static boolean withinStep(Dossier dossier, LocalDateTime from, LocalDateTime to) {
        for (DossierEvent event : dossier.events()) {
            if (event.type() == EventType.STEP && !from.isBefore(event.start()) && !to.isAfter(event.end())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDateTime later(DossierEvent a, DossierEvent b) {
        if (a == null) {
            return b.at();
        }
        return b == null || !b.at().isAfter(a.at()) ? a.at() : b.at();
    }

    private static LocalDateTime earlier(DossierEvent a, DossierEvent b) {
        if (a == null) {
            return b.at();
        }
        return b == null || !b.at().isBefore(a.at()) ? a.at() : b.at();
    }

    /** Adds a finding to a list, made by the first finding: an evaluation without one allocates no list. */
    private static List<Finding> add(List<Finding> findings, Finding finding) {
        List<Finding> list = findings != null ? findings : new ArrayList<>(4);
        list.add(finding);
        return list;
    }

    /** An extension needs a written apology at least the lead time before the due date it moves. */
    private static List<Finding> checkApology(List<Finding> findings, DossierEvent extension, LocalDateTime previous,
            ProcedurePolicy policy) {
        LocalDate latest = previous.toLocalDate().minusDays(policy.getApologyLeadDays());
        String problem = null;
        if (!extension.apology()) {
            problem = "without a written apology";
        } else if (extension.at().toLocalDate().isAfter(latest)) {
            problem = "with an apology on " + extension.at().toLocalDate() + ", later than " + latest + ", "
                    + policy.getApologyLeadDays() + " day(s) before the due date";
        }
        if (problem == null) {
            return findings;
        }
        return add(findings, Findings.extensionWithoutApology(extension, previous, problem));
    }

    /**
     * The code {@code ...-YYMMDD-NNNN} carries the acceptance date (Decree 61/2018, Art. 26). The
     * digits are compared in place; text is built only for a mismatch.
     */
    private static List<Finding> checkCodeDate(List<Finding> findings, Dossier dossier) {
        String id = dossier.id();
        LocalDate accepted = dossier.acceptedAt().toLocalDate();
        // the usual shape, a four-digit serial after a matching date, is settled without a loop
        int n = id.length();
        if (n >= 12 && id.charAt(n - 12) == '-' && id.charAt(n - 5) == '-' && codes(id, n - 11, accepted)
                && isDigit(id.charAt(n - 4)) && isDigit(id.charAt(n - 3)) && isDigit(id.charAt(n - 2))
                && isDigit(id.charAt(n - 1))) {
            return findings;
        }
        // the serial: the digits after the last '-', at least one
        int last = n - 1;
        while (last >= 0 && isDigit(id.charAt(last))) {
            last--;
        }
        int previous = last - 7;
        if (previous < 0 || last == n - 1 || id.charAt(last) != '-' || id.charAt(previous) != '-') {
            return findings;
        }
        int yymmdd = 0;
        for (int i = previous + 1; i < last; i++) {
            char c = id.charAt(i);
            if (!isDigit(c)) {
                return findings;
            }
            yymmdd = yymmdd * 10 + c - '0';
        }
        int yy = yymmdd / 10_000;
        int mm = yymmdd / 100 % 100;
        int dd = yymmdd % 100;
        if (accepted.getYear() == 2000 + yy && accepted.getMonthValue() == mm && accepted.getDayOfMonth() == dd) {
            return findings;
        }
        LocalDate coded;
        try {
            coded = LocalDate.of(2000 + yy, mm, dd);
        } catch (DateTimeException ex) {
            coded = null;
        }
        return add(findings, Findings.codeDateMismatch(dossier, id.substring(previous + 1, last), coded));
    }

    /** Checks if the six characters of a code at an index are the {@code YYMMDD} digits of a date. */
    private static boolean codes(String id, int index, LocalDate date) {
        int yy = date.getYear() - 2000;
        return yy >= 0 && yy < 100 && twoDigits(id, index, yy) && twoDigits(id, index + 2, date.getMonthValue())
                && twoDigits(id, index + 4, date.getDayOfMonth());
    }

    private static boolean twoDigits(String id, int index, int value) {
        return id.charAt(index) == '0' + value / 10 && id.charAt(index + 1) == '0' + value % 10;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A step longer than its allocation, and the longest time without activity when it exceeds
     * the idle threshold, ignoring the time the applicant spent supplementing. Idle time is
     * measured only on timelines that record their processing steps: where no STEP is recorded, the
     * absence of events is no evidence of inactivity, and this is not called.
     */
    private List<Finding> checkIdle(List<Finding> findings, Dossier dossier, ProcedurePolicy policy,
            DossierEvent request, DossierEvent receipt, LocalDateTime openUntil) {
        List<Finding> list = findings;
        int count = 1;
        for (DossierEvent event : dossier.events()) {
            count += event.type() == EventType.STEP ? 2 : 1;
        }
        LocalDateTime[] times = new LocalDateTime[count + (openUntil != null ? 1 : 0)];
        int n = 0;
        times[n++] = dossier.acceptedAt();
        for (DossierEvent event : dossier.events()) {
            if (event.type() == EventType.STEP) {
                times[n++] = event.start();
                times[n++] = event.end();
                int used = calendar.workingDaysBetween(event.start().toLocalDate(), event.end().toLocalDate());
                if (used > event.allocatedWorkingDays()) {
                    list = add(list, Findings.stepOverrun(event, used));
                }
            } else {
                times[n++] = event.at();
            }
        }
        if (openUntil != null && !openUntil.isBefore(dossier.acceptedAt())) {
            times[n++] = openUntil;
        }
        insertionSort(times, n);
        int longest = 0;
        LocalDateTime from = null;
        LocalDateTime to = null;
        for (int i = 1; i < n; i++) {
            boolean applicantsTime = request != null && !times[i - 1].isBefore(request.at())
                    && (receipt == null || !times[i].isAfter(receipt.at()));
            if (applicantsTime || withinStep(dossier, times[i - 1], times[i])) {
                continue;
            }
            int idle = calendar.workingDaysBetween(times[i - 1].toLocalDate(), times[i].toLocalDate());
            if (idle > longest) {
                longest = idle;
                from = times[i - 1];
                to = times[i];
            }
        }
        if (longest > policy.getIdleWorkingDays()) {
            list = add(list, Findings.idle(longest, from, to, policy.getIdleWorkingDays()));
        }
        return list;
    }

}
