package vn.dunghan.dossier;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.dunghan.calendar.WorkCalendar;

/**
 * Finds {@link FindingCode#REFILED_TO_RESET_CLOCK} across the dossiers of one input: a dossier
 * accepted within a few working days after the same applicant's dossier for the same procedure
 * ended refused, withdrawn or stopped, or was left waiting for a supplement requested outside the
 * rules (a late or repeated request), so that the clock starts again on a new code
 * (docs/findings.md §2.17). Only applicants known by an identity number are linked: a key made from
 * a name alone ({@link ApplicantKey}) could join two people of one name. The dossiers are taken in input order: a pair is found when the earlier
 * dossier comes first, as in exports sorted by acceptance. A chain of re-filings is counted from
 * its first dossier.
 * <p>
 * Memory is bounded: it keeps one ended dossier per applicant and procedure, at most
 * {@code capacity} of them, forgetting the least recently ended first. The window is dunghan's
 * threshold, not a legal rule.
 * <p>
 * This class is not thread-safe: one pass over one input at a time.
 */
public final class Refilings {

    /** The default window: a new dossier within 10 working days of the end of the earlier one. */
    public static final int DEFAULT_WINDOW_WORKING_DAYS = 10;
    /** The default number of ended dossiers kept, about 25 MB. */
    public static final int DEFAULT_CAPACITY = 100_000;

    /** An ended dossier: the first of its chain, and how and when it ended. */
    private record Ended(String firstId, LocalDateTime firstAccepted, String id, EventType how, LocalDateTime at) {
    }

    private final WorkCalendar calendar;
    private final int window;
    private final Map<String, Ended> ended;

    private Refilings(WorkCalendar calendar, int window, int capacity) {
        this.calendar = calendar;
        this.window = window;
        this.ended = new LinkedHashMap<>(1024, 0.75f, false) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Ended> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Obtains an empty tracker with the default window and capacity.
     *
     * @param calendar  the calendar on which working days are counted, not null
     * @return the tracker, not null
     */
    public static Refilings create(WorkCalendar calendar) {
        return create(calendar, DEFAULT_WINDOW_WORKING_DAYS, DEFAULT_CAPACITY);
    }

    /**
     * Obtains an empty tracker.
     *
     * @param calendar  the calendar on which working days are counted, not null
     * @param windowWorkingDays  the most working days between the end of a dossier and the
     *     acceptance of the next one, from 0 to 10000
     * @param capacity  the most ended dossiers kept, at least 1
     * @return the tracker, not null
     * @throws IllegalArgumentException if a number is out of range
     */
    public static Refilings create(WorkCalendar calendar, int windowWorkingDays, int capacity) {
        Objects.requireNonNull(calendar, "calendar");
        if (windowWorkingDays < 0 || windowWorkingDays > 10_000) {
            throw new IllegalArgumentException("Window " + windowWorkingDays + " must be from 0 to 10000 working days");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("Capacity " + capacity + " must be at least 1");
        }
        return new Refilings(calendar, windowWorkingDays, capacity);
    }

    /**
     * Takes the next evaluation of the input.
     *
     * @param evaluation  the evaluation, of a dossier on this tracker's calendar, not null
     * @return the evaluation, with {@link FindingCode#REFILED_TO_RESET_CLOCK} added when it re-files
     *     an ended dossier, not null
     */
    public Evaluation accept(Evaluation evaluation) {
        Dossier dossier = evaluation.getDossier();
        // a key made from a name alone links people who share it: only identity numbers link dossiers
        if (dossier.applicant() == null || dossier.applicant().startsWith(ApplicantKey.NAME_PREFIX)) {
            return evaluation;
        }
        String key = dossier.applicant() + '\u0000' + dossier.procedure();
        Ended previous = ended.get(key);
        Evaluation result = evaluation;
        String firstId = dossier.id();
        LocalDateTime firstAccepted = dossier.acceptedAt();
        if (previous != null && !dossier.acceptedAt().isBefore(previous.at())) {
            int gap = calendar.workingDaysBetween(previous.at().toLocalDate(), dossier.acceptedAt().toLocalDate());
            if (gap <= window) {
                result = evaluation.withFinding(finding(evaluation, previous, gap));
                firstId = previous.firstId();
                firstAccepted = previous.firstAccepted();
            }
        }
        Ended now = ending(evaluation, firstId, firstAccepted);
        if (now != null) {
            ended.remove(key);
            ended.put(key, now);
        }
        return result;
    }

    /**
     * How and when a dossier ended for good: its closing, or, when it is left unfinished, an
     * unanswered supplement request outside the rules; null if neither.
     */
    private static Ended ending(Evaluation evaluation, String firstId, LocalDateTime firstAccepted) {
        Dossier dossier = evaluation.getDossier();
        LocalDateTime request = null;
        for (DossierEvent event : dossier.events()) {
            if (event.type() == EventType.STEP || event.at().isAfter(evaluation.getAsOf())) {
                continue;
            }
            if (event.type() == EventType.REFUSED || event.type() == EventType.WITHDRAWN
                    || event.type() == EventType.STOPPED) {
                return new Ended(firstId, firstAccepted, dossier.id(), event.type(), event.at());
            }
            request = event.type() == EventType.SUPPLEMENT_REQUESTED ? event.at()
                    : event.type() == EventType.SUPPLEMENT_RECEIVED ? null : request;
        }
        if (request != null && evaluation.getFinishedAt() == null && hasAbusiveRequest(evaluation)) {
            return new Ended(firstId, firstAccepted, dossier.id(), EventType.SUPPLEMENT_REQUESTED, request);
        }
        return null;
    }

    private static boolean hasAbusiveRequest(Evaluation evaluation) {
        for (Finding finding : evaluation.getFindings()) {
            if (finding.code() == FindingCode.LATE_SUPPLEMENT_REQUEST
                    || finding.code() == FindingCode.REPEATED_SUPPLEMENT_REQUEST) {
                return true;
            }
        }
        return false;
    }

    private Finding finding(Evaluation evaluation, Ended previous, int gap) {
        Dossier dossier = evaluation.getDossier();
        LocalDateTime until = evaluation.getFinishedAt() != null ? evaluation.getFinishedAt() : evaluation.getAsOf();
        int used = calendar.workingDaysBetween(previous.firstAccepted().toLocalDate(), until.toLocalDate());
        String limit = evaluation.getPolicy().getLimit().toString();
        String ended = switch (previous.how()) {
            case REFUSED -> "refused";
            case WITHDRAWN -> "withdrawn";
            case STOPPED -> "stopped";
            default -> "returned for a supplement outside the rules";
        };
        return Finding.lazy(FindingCode.REFILED_TO_RESET_CLOCK, dossier, () -> "Accepted " + gap
                + " working days after dossier " + previous.id() + " of the same applicant and procedure was " + ended
                + " at " + previous.at() + "; counted from the acceptance of " + previous.firstId() + " at "
                + previous.firstAccepted() + ", " + used + " working days have passed against the limit of " + limit,
                () -> List.of(Evidence.of("previousDossier", previous.id()), Evidence.of("previousEnd", previous.how()),
                        Evidence.of("previousEndedAt", previous.at()), Evidence.of("gapWorkingDays", gap),
                        Evidence.of("firstDossier", previous.firstId()),
                        Evidence.of("firstAcceptedAt", previous.firstAccepted()),
                        Evidence.of("workingDaysSinceFirstAcceptance", used), Evidence.of("limit", limit)));
    }
}
