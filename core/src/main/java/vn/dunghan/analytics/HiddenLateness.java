package vn.dunghan.analytics;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.FindingCode;

/**
 * A dossier late in law but on time against its appointment, with the evidence an analyst needs:
 * the legal and stated due dates, the end (the finish, the closing or the evaluation instant) and
 * the findings.
 * <p>
 * This record is immutable and thread-safe.
 *
 * @param id  the dossier code, not null
 * @param agency  the agency, not null
 * @param procedure  the procedure code, not null
 * @param legalDueDate  the legal due date, not null
 * @param statedDueDate  the last appointment's date, not null
 * @param finishedAt  the real finish, null for a dossier without a result
 * @param lateWorkingDays  the working days late in law
 * @param findings  the codes of its findings, each once, in the order of {@link FindingCode}, not null
 */
public record HiddenLateness(String id, String agency, String procedure, LocalDate legalDueDate,
        LocalDate statedDueDate, LocalDateTime finishedAt, int lateWorkingDays, List<FindingCode> findings)
        implements Serializable {

    /** Largest lateness first, then by dossier code, so that merged lists are deterministic. */
    static final Comparator<HiddenLateness> ORDER = (a, b) -> compare(a.lateWorkingDays, a.id, b.lateWorkingDays, b.id);

    /** The comparison of {@link #ORDER} on the two fields it reads, for a dossier not yet made an entry. */
    static int compare(int lateWorkingDays, String id, int otherLateWorkingDays, String otherId) {
        return lateWorkingDays != otherLateWorkingDays ? Integer.compare(otherLateWorkingDays, lateWorkingDays)
                : id.compareTo(otherId);
    }

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if a required field is null
     */
    public HiddenLateness {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(legalDueDate, "legalDueDate");
        Objects.requireNonNull(statedDueDate, "statedDueDate");
        findings = List.copyOf(findings);
    }

    static HiddenLateness of(Evaluation evaluation) {
        return new HiddenLateness(evaluation.getDossier().id(), evaluation.getDossier().agency(),
                evaluation.getDossier().procedure(), evaluation.getLegalDueDate(), evaluation.getStatedDueDate(),
                evaluation.getFinishedAt(), evaluation.getLateWorkingDays(),
                evaluation.getFindings().stream().map(f -> f.code()).distinct().toList());
    }
}
