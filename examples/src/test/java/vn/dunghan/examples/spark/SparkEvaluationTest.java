package vn.dunghan.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dunghan.analytics.Summary;
import vn.dunghan.bulk.DossierSource;
import vn.dunghan.bulk.Pipeline;
import vn.dunghan.bulk.ResultLines;
import vn.dunghan.bulk.SummarySink;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.holidays.VietnamCalendars;
import vn.dunghan.json.PolicyJson;
import vn.dunghan.json.ReadLimits;

/**
 * The Spark evaluation in local mode, on 4 partitions, gives the single-machine results
 * line for line and the same summary, on generated dossiers with invalid and repeated records.
 */
class SparkEvaluationTest {

    private static final LocalDateTime AS_OF = LocalDateTime.of(2026, 11, 26, 0, 0);

    @Test
    void sparkGivesTheSingleMachineResultsAndSummary(@TempDir Path dir) throws Exception {
        String policies;
        try (InputStream in = SparkEvaluationTest.class.getResourceAsStream("/vn/dunghan/examples/policies.json")) {
            policies = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path input = dir.resolve("dossiers.ndjson");
        List<String> lines = new ArrayList<>(Files.readAllLines(
                Path.of(SparkEvaluationTest.class.getResource("/vn/dunghan/examples/sample-dossiers.ndjson").toURI())));
        int valid = lines.size();
        lines.add("");
        lines.add(lines.get(0)); // a repeated code
        lines.add("{\"id\":\"broken\"");
        lines.add(lines.get(3).replace("\"acceptedAt\":\"2026-", "\"acceptedAt\":\"2026-13-"));
        // a refused dossier and the same applicant's next one, filed two working days later
        lines.add("{\"id\":\"R-1\",\"procedure\":\"1.004222\",\"agency\":\"A\",\"applicant\":\"id:7\","
                + "\"acceptedAt\":\"2026-03-02T09:00\",\"appointment\":\"2026-03-11T16:00\",\"events\":[{\"type\":"
                + "\"REFUSED\",\"at\":\"2026-03-10T10:00\"}]}");
        lines.add("{\"id\":\"R-2\",\"procedure\":\"1.004222\",\"agency\":\"A\",\"applicant\":\"id:7\","
                + "\"acceptedAt\":\"2026-03-12T09:00\",\"appointment\":\"2026-03-23T16:00\"}");
        // two lines with the same code of 300 characters: both invalid, neither a reused code
        String longCode = lines.get(1).replace("000.00.12.H29-260302-0011", "X".repeat(300));
        lines.add(longCode);
        lines.add(longCode);
        Files.write(input, lines, StandardCharsets.UTF_8);

        // one machine
        Evaluator evaluator = Evaluator.of(VietnamCalendars.civilService(), PolicyJson.read(policies));
        StringWriter expected = new StringWriter();
        SummarySink sink = SummarySink.create();
        try (InputStream in = Files.newInputStream(input)) {
            Pipeline.of(evaluator, AS_OF).run(DossierSource.ndjson(in, ReadLimits.defaults()), ResultLines.to(expected),
                    done -> { });
        }
        try (InputStream in = Files.newInputStream(input)) {
            Pipeline.of(evaluator, AS_OF).run(DossierSource.ndjson(in, ReadLimits.defaults()), sink, done -> { });
        }
        Summary expectedSummary = sink.toSummary();

        // Spark, local mode, 4 partitions
        try (SparkSession spark = SparkSession.builder().appName("dunghan-test").master("local[2]")
                .config("spark.ui.enabled", "false").config("spark.default.parallelism", "4").getOrCreate()) {
            SparkEvaluation evaluation = SparkEvaluation.of(policies, AS_OF);
            JavaRDD<SparkEvaluation.Line> records = evaluation.records(spark, input.toString()).repartition(4).cache();
            List<String> results = evaluation.results(records).collect();
            assertEquals(expected.toString().lines().toList(), results);
            assertEquals(valid + 7, results.size());
            assertTrue(results.get(valid + 4).contains("REFILED_TO_RESET_CLOCK"), results.get(valid + 4));
            assertTrue(results.get(valid + 6).contains("The dossier code has 300 characters"), results.get(valid + 6));
            assertTrue(results.get(valid).contains("already used by record 1"), results.get(valid));
            Summary summary = evaluation.summary(records);
            assertEquals(expectedSummary, summary);
            assertEquals(results.size() - results.stream().filter(l -> l.contains("\"error\"")).count(),
                    summary.getOverall().getTotal());
        }
    }
}
