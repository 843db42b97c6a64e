package vn.dunghan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The tables and the targets of RESULTS.md, from a JMH result file. */
class ResultsTableTest {

    private static String result(String benchmark, String params, double score, double allocated) {
        return "{\"benchmark\":\"vn.dunghan.benchmarks." + benchmark + "\",\"jdkVersion\":\"17\",\"vmName\":\"VM\","
                + (params.isEmpty() ? "" : "\"params\":{" + params + "},")
                + "\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.5,\"scoreUnit\":\"ns/op\"}"
                + (allocated < 0 ? "" : ",\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":" + allocated + "}}")
                + "}";
    }

    @Test
    void rendersFiguresRatiosAllocationAndTargets() {
        String json = "[" + String.join(",",
                result("WorkingDaysBenchmark.plusDunghan", "\"n\":\"15\",\"span\":\"recent\"", 7, 0),
                result("WorkingDaysBenchmark.plusStrata", "\"n\":\"15\",\"span\":\"recent\"", 30.8, 0),
                result("WorkingDaysBenchmark.plusObjectLab", "\"n\":\"15\",\"span\":\"recent\"", 400, 48),
                result("WorkingDaysBenchmark.plusJollyday", "\"n\":\"15\",\"span\":\"recent\"", 9000, 512),
                result("WorkingDaysBenchmark.plusHashSetLoop", "\"n\":\"15\",\"span\":\"recent\"", 420, 0),
                result("WorkingDaysPerCallBenchmark.plusDunghan", "\"span\":\"recent\"", 8, 0),
                result("WorkingDaysPerCallBenchmark.plusStrata", "\"span\":\"recent\"", 36, 24),
                result("LunarBenchmark.fromDunghan", "", 17, -1),
                result("LunarBenchmark.fromTime4j", "", 22000, -1),
                result("LunarBenchmark.ofDunghan", "", 20, -1),
                result("LunarBenchmark.ofTime4j", "", 1500, -1),
                result("EvaluationBenchmark.evaluateClean", "", 301, 192),
                result("PipelineBenchmark.pipeline", "\"threads\":\"2\"", 150, -1),
                result("PipelineBenchmark.parseOnly", "\"threads\":\"2\"", 60, -1)) + "]";
        String table = ResultsTable.render(JsonMapper.builder().build().readTree(json), "run.sh", "a machine");
        assertTrue(table.contains("| plusStrata | n=15, span=recent | 30.80 | ± 1.50 | ns/op | 0 B/op | 4.4 |"), table);
        assertTrue(table.contains("| plusJollyday | n=15, span=recent | 9,000 | ± 1.50 | ns/op | 512 B/op | 1285.7 |"), table);
        assertTrue(table.contains("| `plusWorkingDays` ≥ 5× faster than the fastest peer, n = 15, recent dates | 4.4×"
                + " (Strata 30.80 ns vs 7.00 ns) | **no** |"), table);
        assertTrue(table.contains("| `plusWorkingDays` ≥ 50× faster than the HashSet loop, n = 15, recent dates | 60.0×"
                + " (420 ns vs 7.00 ns) | yes |"), table);
        assertTrue(table.contains("| for comparison, not a target: Strata against `plusWorkingDays` one call per invocation"
                + " (harness included), n = 15, recent dates | 4.5× (Strata 36.00 ns vs 8.00 ns)"
                + " | – |"), table);
        assertTrue(table.contains("| `plusWorkingDays` ≤ 10 ns for every n, recent dates | 7.00 ns (n=15) | yes |"), table);
        assertTrue(table.contains("| plusStrata | span=recent | 36.00 | ± 1.50 | ns/op | 24 B/op | 4.5 |"), table);
        assertTrue(table.contains("| lunar conversion (`from`, Gregorian to lunar) ≥ 100× faster than Time4J | 1294.1× (22,000 ns vs 17.00 ns)"
                + " | yes |"), table);
        assertTrue(table.contains("| lunar conversion (`of(…).toLocalDate()`, lunar fields to Gregorian) ≥ 100× faster than"
                + " Time4J | 75.0× (1,500 ns vs 20.00 ns) | **no** |"), table);
        assertTrue(table.contains("| one-dossier evaluation ≤ 250 ns | 301 ± 1.50 ns, 192 B/op | **no** |"), table);
        assertTrue(table.contains("| bulk pipeline ≥ 50% of Jackson parse-only throughput, 2 threads | 40% (150 ms vs"
                + " 60.00 ms for 20,000 dossiers) | **no** |"), table);
        assertEquals(1, table.split("### Targets in this run", -1).length - 1);
    }
}
