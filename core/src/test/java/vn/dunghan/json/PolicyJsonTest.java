package vn.dunghan.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.dunghan.dossier.PolicySet;
import vn.dunghan.dossier.WindowStart;

/** The policy parameters read from JSON, and what an unknown value says. */
class PolicyJsonTest {

    @Test
    void theRequestWindowStartIsAParameter() {
        PolicySet policies = PolicyJson.read("{\"procedures\":[{\"code\":\"A\",\"limit\":{\"amount\":10,\"unit\":"
                + "\"WORKING_DAYS\"}},{\"code\":\"B\",\"limit\":{\"amount\":10,\"unit\":\"WORKING_DAYS\"},"
                + "\"requestWindowStart\":\"LEGAL_START\"}]}");
        LocalDate day = LocalDate.of(2026, 9, 1);
        assertEquals(WindowStart.ACCEPTANCE, policies.policyFor("A", day).orElseThrow().getRequestWindowStart(), "the default");
        assertEquals(WindowStart.LEGAL_START, policies.policyFor("B", day).orElseThrow().getRequestWindowStart());
        InvalidDocumentException ex = assertThrows(InvalidDocumentException.class, () -> PolicyJson.read(
                "{\"procedures\":[],\"defaults\":{\"requestWindowStart\":\"SUBMISSION\"}}"));
        assertEquals("/defaults/requestWindowStart", ex.getPath());
    }
}
