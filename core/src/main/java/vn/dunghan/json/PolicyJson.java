package vn.dunghan.json;

import java.io.InputStream;
import java.io.Reader;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.dunghan.deadline.LimitUnit;
import vn.dunghan.deadline.TimeLimit;
import vn.dunghan.dossier.InvalidFieldException;
import vn.dunghan.dossier.PolicyParameters;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.dossier.ProcedureSpec;
import vn.dunghan.dossier.RuleSet;
import vn.dunghan.dossier.SupplementMode;
import vn.dunghan.dossier.WindowStart;

/**
 * Reads the policies that judge dossiers:
 * <pre>
 * {"procedures": [
 *    {"code": "1.004227", "name": "Đăng ký khai sinh", "limit": {"amount": 15, "unit": "WORKING_DAYS"},
 *     "supplement": "RESTART", "cutoff": "15:00"}],
 *  "defaults": {"supplement": "RESTART", "requestWindowWorkingDays": 3, "maxSupplementRequests": 1,
 *    "apologyLeadDays": 1, "maxExtensions": 1, "acceptanceDelayWorkingDays": 1, "idleWorkingDays": 5,
 *    "dueSoonWorkingDays": 2, "requestWindowStart": "ACCEPTANCE"},
 *  "ruleSets": [{"name": "Decree 118/2025/NĐ-CP", "from": "2025-07-01", "clockStartsAtCompetentReceipt": false}]}
 * </pre>
 * Units: {@code WORKING_DAYS} (0 for the same day), {@code DAYS}, {@code WORKING_HOURS},
 * {@code HOURS}, {@code MONTHS}, and {@code SAME_DAY} with amount 0 as a synonym of 0 working days. A procedure may set any parameter of {@code defaults} to override
 * it. {@code defaults} and {@code ruleSets} are optional: every default is documented at
 * {@link PolicyParameters#BUILT_IN}, and without {@code ruleSets} the built-in rule sets apply
 * ({@link RuleSet#BUILT_IN}); a {@code ruleSets} array replaces them.
 * <p>
 * Invalid documents are rejected with an {@link InvalidDocumentException} naming the JSON Pointer
 * and the rule: unknown fields, a procedure declared twice, a negative or absurd limit, a bad unit
 * or cut-off, two rule sets starting on one date.
 * <p>
 * This is a thread-safe utility class.
 */
public final class PolicyJson {

    private static final Set<String> PARAMETERS = Set.of("supplement", "requestWindowWorkingDays",
            "maxSupplementRequests", "apologyLeadDays", "maxExtensions", "acceptanceDelayWorkingDays",
            "idleWorkingDays", "dueSoonWorkingDays", "clockStartsAtCompetentReceipt", "requestWindowStart");
    private static final Set<String> ROOT_FIELDS = Set.of("procedures", "defaults", "ruleSets");
    private static final Set<String> PROCEDURE_FIELDS = union(PARAMETERS, Set.of("code", "name", "limit", "cutoff"));
    private static final Set<String> RULE_SET_FIELDS = union(PARAMETERS, Set.of("name", "from"));
    private static final Set<String> LIMIT_FIELDS = Set.of("amount", "unit");

    private PolicyJson() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> set = new HashSet<>(a);
        set.addAll(b);
        return Set.copyOf(set);
    }

    /**
     * Reads policies from a JSON text.
     *
     * @param json  the document, not null
     * @return the policies, not null
     * @throws InvalidDocumentException if the document is malformed or breaks a rule
     */
    public static PolicySet read(String json) {
        return read(DocumentNode.parse(json));
    }

    /**
     * Reads policies from a character stream, which is not closed.
     *
     * @param reader  the reader, not null
     * @return the policies, not null
     * @throws InvalidDocumentException if the document is malformed or breaks a rule
     */
    public static PolicySet read(Reader reader) {
        return read(DocumentNode.parse(reader));
    }

    /**
     * Reads policies from a UTF-8 byte stream, which is not closed.
     *
     * @param in  the stream, not null
     * @return the policies, not null
     * @throws InvalidDocumentException if the document is malformed or breaks a rule
     */
    public static PolicySet read(InputStream in) {
        return read(DocumentNode.parse(in));
    }

    private static PolicySet read(DocumentNode root) {
        root.object(ROOT_FIELDS);
        List<ProcedureSpec> procedures = new ArrayList<>();
        for (DocumentNode node : root.required("procedures").elements()) {
            node.object(PROCEDURE_FIELDS);
            String code = node.required("code").nonBlankText();
            String name = node.optional("name").map(DocumentNode::nonBlankText).orElse(null);
            LocalTime cutoff = node.optional("cutoff").map(c -> c.parse("a time of the form HH:mm", LocalTime::parse))
                    .orElse(null);
            procedures.add(new ProcedureSpec(code, name, limit(node.required("limit")), cutoff, parameters(node)));
        }
        PolicyParameters defaults = root.optional("defaults").map(node -> {
            node.object(PARAMETERS);
            return parameters(node);
        }).orElse(PolicyParameters.NONE);
        List<RuleSet> ruleSets = RuleSet.BUILT_IN;
        if (root.optional("ruleSets").isPresent()) {
            ruleSets = new ArrayList<>();
            for (DocumentNode node : root.required("ruleSets").elements()) {
                node.object(RULE_SET_FIELDS);
                ruleSets.add(new RuleSet(node.required("name").nonBlankText(), node.required("from").date(),
                        parameters(node)));
            }
        }
        try {
            return PolicySet.of(procedures, defaults, ruleSets);
        } catch (InvalidFieldException ex) {
            throw located(root, ex);
        }
    }

    /** The model's error at a field, located in the document below the node that was being read. */
    private static InvalidDocumentException located(DocumentNode node, InvalidFieldException ex) {
        return new InvalidDocumentException(node.path() + "/" + ex.getField(), ex.getRule(), ex);
    }

    private static TimeLimit limit(DocumentNode node) {
        node.object(LIMIT_FIELDS);
        DocumentNode amountNode = node.required("amount");
        int amount = amountNode.integer();
        DocumentNode unitNode = node.required("unit");
        if (unitNode.text().equals("SAME_DAY")) {
            if (amount != 0) {
                throw amountNode.error("A SAME_DAY limit has the amount 0, not " + amount);
            }
            return TimeLimit.ofWorkingDays(0);
        }
        LimitUnit unit = unitNode.enumValue(LimitUnit.class);
        try {
            return TimeLimit.of(amount, unit);
        } catch (IllegalArgumentException ex) {
            throw amountNode.error(ex.getMessage());
        }
    }

    private static PolicyParameters parameters(DocumentNode node) {
        try {
            return parametersOf(node);
        } catch (InvalidFieldException ex) {
            throw located(node, ex);
        }
    }

    private static PolicyParameters parametersOf(DocumentNode node) {
        return new PolicyParameters(
                node.optional("supplement").map(n -> n.enumValue(SupplementMode.class)).orElse(null),
                count(node, "requestWindowWorkingDays"),
                count(node, "maxSupplementRequests"),
                count(node, "apologyLeadDays"),
                count(node, "maxExtensions"),
                count(node, "acceptanceDelayWorkingDays"),
                count(node, "idleWorkingDays"),
                count(node, "dueSoonWorkingDays"),
                node.optional("clockStartsAtCompetentReceipt").map(DocumentNode::bool).orElse(null),
                node.optional("requestWindowStart").map(n -> n.enumValue(WindowStart.class)).orElse(null));
    }

    private static Integer count(DocumentNode node, String name) {
        return node.optional(name).map(DocumentNode::integer).orElse(null);
    }
}
