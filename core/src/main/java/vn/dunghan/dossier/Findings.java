package vn.dunghan.dossier;

import java.util.ArrayList;
import java.util.List;

/**
 * The list of an evaluation's findings, made by the first finding: an evaluation without one
 * allocates no list.
 */
final class Findings {

    private Findings() {
    }

    /**
     * Adds a finding to a list.
     *
     * @param findings  the list so far, null if none yet
     * @param finding  the finding, null if the rule found nothing
     * @return the list, null if still empty
     */
    static List<Finding> add(List<Finding> findings, Finding finding) {
        if (finding == null) {
            return findings;
        }
        List<Finding> list = findings != null ? findings : new ArrayList<>(8);
        list.add(finding);
        return list;
    }
}
