package vn.dunghan.json;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.dunghan.dossier.Discrepancy;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Evidence;
import vn.dunghan.dossier.Finding;

/**
 * Writes evaluation results, one JSON object per input record:
 * <pre>
 * {"record":1,"id":"...","agency":"...","procedure":"...","channel":"ONLINE","acceptedAt":"...",
 *  "outcome":"LATE","legalDueDate":"2026-03-12","statedDueDate":"2026-03-12","finishedAt":"...",
 *  "recordedFinishAt":"...","legalBreach":true,"clockStopped":false,"statedBreach":false,"metricOnTime":true,"systemOnTime":true,
 *  "lateWorkingDays":2,"discrepancies":["APPOINTMENT_AFTER_LEGAL_DUE"],"eventsAfterAsOf":0,"ruleSet":"...",
 *  "findings":[{"code":"CONCEALED_LATENESS","message":"...","rule":"...","integrity":true,
 *  "evidence":[{"name":"legalDueDate","value":"2026-03-12"}]}],
 *  "caveats":["2027-02-09: compensatory day, secondary sources only (S)"]}
 * {"record":2,"id":"...","error":{"path":"/acceptedAt","message":"..."}}
 * </pre>
 * {@code legalDeadline} (a date-time) and {@code lateWorkingMinutes} are written for hour-based
 * limits only; {@code caveats} only when the legal due depends on provisional or low-grade calendar
 * days; {@code finishedAt} and
 * {@code recordedFinishAt} (the one-stop system's finish) with a result, else {@code closedAt} and
 * {@code closing} ({@code REFUSED}, {@code STOPPED}, {@code WITHDRAWN}) for a dossier closed without
 * one; {@code discrepancies} are the causes of any difference between the legal, system and
 * Decision 766 verdicts ({@link Discrepancy}); {@code clockStopped} says that a compliant supplement
 * request is unanswered, so that no breach can be judged; {@code pausedAt} and {@code resumedAt}, when
 * a compliant request stopped the clock, its moment and the supplement's receipt; {@code id} of an error only when it
 * could be read. A finding's {@code rule} is the legal basis in force on the acceptance date, and
 * {@code integrity} says whether it changes a reported outcome or only breaks a procedure.
 * <p>
 * This is a thread-safe utility class.
 */
public final class EvaluationJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private EvaluationJson() {
    }

    /**
     * Converts an evaluation to its JSON object.
     *
     * @param record  the 1-based record number of the input
     * @param evaluation  the evaluation, not null
     * @return the object, not null
     */
    public static ObjectNode toTree(long record, Evaluation evaluation) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("record", record);
        Dossier dossier = evaluation.getDossier();
        node.put("id", dossier.id());
        node.put("agency", dossier.agency());
        node.put("procedure", dossier.procedure());
        node.put("channel", dossier.channel().name());
        node.put("acceptedAt", DossierJson.format(dossier.acceptedAt()));
        node.put("outcome", evaluation.getOutcome().name());
        node.put("legalDueDate", evaluation.getLegalDueDate().toString());
        if (!evaluation.getPolicy().getLimit().getUnit().isDayBased()) {
            node.put("legalDeadline", DossierJson.format(evaluation.getLegalDeadline()));
        }
        node.put("statedDueDate", evaluation.getStatedDueDate().toString());
        if (evaluation.getFinishedAt() != null) {
            node.put("finishedAt", DossierJson.format(evaluation.getFinishedAt()));
            node.put("recordedFinishAt", DossierJson.format(evaluation.getRecordedFinishAt()));
        } else if (evaluation.getClosedAt() != null) {
            node.put("closedAt", DossierJson.format(evaluation.getClosedAt()));
            node.put("closing", evaluation.getClosingType().name());
        }
        node.put("legalBreach", evaluation.isLegalBreach());
        node.put("clockStopped", evaluation.isClockStopped());
        if (evaluation.getPausedAt() != null) {
            node.put("pausedAt", DossierJson.format(evaluation.getPausedAt()));
            if (evaluation.getResumedAt() != null) {
                node.put("resumedAt", DossierJson.format(evaluation.getResumedAt()));
            }
        }
        node.put("statedBreach", evaluation.isStatedBreach());
        node.put("metricOnTime", evaluation.isMetricOnTime());
        node.put("systemOnTime", evaluation.isSystemOnTime());
        node.put("lateWorkingDays", evaluation.getLateWorkingDays());
        if (!evaluation.getPolicy().getLimit().getUnit().isDayBased()) {
            node.put("lateWorkingMinutes", evaluation.getLateWorkingMinutes());
        }
        ArrayNode causes = node.putArray("discrepancies");
        for (Discrepancy cause : Discrepancy.values()) {
            if (evaluation.hasDiscrepancy(cause)) {
                causes.add(cause.name());
            }
        }
        node.put("eventsAfterAsOf", evaluation.getEventsAfterAsOf());
        node.put("ruleSet", evaluation.getPolicy().getRuleSet().name());
        ArrayNode findings = node.putArray("findings");
        for (Finding finding : evaluation.getFindings()) {
            ObjectNode f = findings.addObject();
            f.put("code", finding.code().name());
            f.put("message", finding.message());
            f.put("rule", finding.rule());
            f.put("integrity", finding.isIntegrity());
            ArrayNode evidence = f.putArray("evidence");
            for (Evidence item : finding.evidence()) {
                evidence.addObject().put("name", item.name()).put("value", item.value());
            }
        }
        List<String> caveats = evaluation.getCaveats();
        if (!caveats.isEmpty()) {
            ArrayNode array = node.putArray("caveats");
            caveats.forEach(array::add);
        }
        return node;
    }

    /**
     * Writes an evaluation as one line of JSON, without the line break.
     *
     * @param record  the 1-based record number
     * @param evaluation  the evaluation, not null
     * @return the line, not null
     */
    public static String write(long record, Evaluation evaluation) {
        return MAPPER.writeValueAsString(toTree(record, evaluation));
    }

    /**
     * Writes an error result as one line of JSON, without the line break.
     *
     * @param record  the 1-based record number
     * @param id  the dossier's code, null if it could not be read
     * @param path  the JSON Pointer of the offending value, not null
     * @param message  the rule broken, not null
     * @return the line, not null
     */
    public static String writeError(long record, String id, String path, String message) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("record", record);
        if (id != null) {
            node.put("id", id);
        }
        node.putObject("error").put("path", path).put("message", message);
        return MAPPER.writeValueAsString(node);
    }
}
