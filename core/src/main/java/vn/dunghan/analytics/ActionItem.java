package vn.dunghan.analytics;

import java.time.LocalDate;
import java.util.Comparator;

import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.Outcome;

/**
 * An open dossier to act on: overdue in law, or due within the due-soon threshold, as of the
 * evaluation instant. The directive on handling dossiers asks that such dossiers be notified in
 * writing rather than held; {@code apologyRecorded} says whether an extension with a written
 * apology is on record.
 *
 * @param id  the dossier code, not null
 * @param agency  the agency, not null
 * @param procedure  the procedure code, not null
 * @param procedureName  the procedure's name, null if the policies give none
 * @param outcome  {@link Outcome#OVERDUE} or {@link Outcome#DUE_SOON}, not null
 * @param legalDueDate  the legal due date, not null
 * @param lateWorkingDays  the working days past the legal due, 0 when due soon
 * @param statedDueDate  the date of the appointment in force, not null
 * @param apologyRecorded  true if an extension with a written apology is recorded
 */
public record ActionItem(String id, String agency, String procedure, String procedureName, Outcome outcome,
        LocalDate legalDueDate, int lateWorkingDays, LocalDate statedDueDate, boolean apologyRecorded) {

    /** Most late first, then by code. */
    public static final Comparator<ActionItem> ORDER = Comparator.comparingInt(ActionItem::lateWorkingDays).reversed()
            .thenComparing(ActionItem::legalDueDate).thenComparing(ActionItem::id);

    /**
     * Makes the item of an evaluation, if the dossier is one to act on.
     *
     * @param evaluation  the evaluation, not null
     * @return the item, or null if the dossier is not overdue or due soon
     */
    public static ActionItem of(Evaluation evaluation) {
        Outcome outcome = evaluation.getOutcome();
        if (outcome != Outcome.OVERDUE && outcome != Outcome.DUE_SOON) {
            return null;
        }
        Dossier dossier = evaluation.getDossier();
        boolean apology = false;
        for (DossierEvent event : dossier.events()) {
            apology |= event.type() == EventType.EXTENDED && event.apology()
                    && !event.at().isAfter(evaluation.getAsOf());
        }
        return new ActionItem(dossier.id(), dossier.agency(), dossier.procedure(), evaluation.getPolicy().getName(),
                outcome, evaluation.getLegalDueDate(), evaluation.getLateWorkingDays(), evaluation.getStatedDueDate(),
                apology);
    }
}
