package vn.dunghan.examples.spark;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;

import scala.Tuple2;
import vn.dunghan.analytics.Summary;
import vn.dunghan.bulk.BulkResult;
import vn.dunghan.bulk.Pipeline;
import vn.dunghan.bulk.ResultLines;
import vn.dunghan.bulk.SummarySink;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.Refilings;
import vn.dunghan.holidays.VietnamCalendars;
import vn.dunghan.json.DossierJson;
import vn.dunghan.json.PolicyJson;
import vn.dunghan.json.ReadLimits;

/**
 * Evaluates an NDJSON file of dossiers on Apache Spark, for datasets that outgrow one machine, with
 * the results of {@code dunghan.jar evaluate} and {@code report} on one machine for any UTF-8 file
 * whose lines are under the length limit (Spark's text reader replaces bytes that are not UTF-8 and
 * has no line limit; check such files with {@code evaluate} first), and as long as one machine's
 * re-filing tracker would not have forgotten an ended dossier ({@link Refilings#DEFAULT_CAPACITY}
 * applicants and procedures): one output
 * line per non-blank input line, in input order, numbered by input line; a dossier code used by an
 * earlier line makes the later line an error; and one {@link Summary}, merged from the summaries
 * of the partitions ({@link Summary#merge} is associative, so the partitioning does not matter).
 * <p>
 * Each executor builds its own {@link Evaluator} from the policy document and the civil-service
 * calendar, so nothing of dunghan's is serialized but the summaries. Reused codes are found by
 * grouping the records by code, one shuffle; re-filings ({@link Refilings}) by grouping them by
 * applicant and procedure, one shuffle, each group taken in input order as on one machine. The
 * records are read twice, once for the results and once for the summary, unless the caller caches
 * {@link #records}.
 * <p>
 * Built only with the Maven profile {@code spark} (see the README). This class is immutable.
 */
public final class SparkEvaluation {

    private final String policies;
    private final LocalDateTime asOf;

    private SparkEvaluation(String policies, LocalDateTime asOf) {
        this.policies = policies;
        this.asOf = asOf;
    }

    /**
     * Obtains an evaluation.
     *
     * @param policiesJson  the policy document, read on every executor, not null
     * @param asOf  the evaluation instant for open dossiers, not null
     * @return the evaluation, not null
     * @throws vn.dunghan.json.InvalidDocumentException if the policy document is invalid
     */
    public static SparkEvaluation of(String policiesJson, LocalDateTime asOf) {
        PolicyJson.read(policiesJson); // fail on the driver, not on every executor
        return new SparkEvaluation(Objects.requireNonNull(policiesJson, "policiesJson"), Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * One non-blank input line, with its line number and, when the line repeats the dossier code of
     * an earlier line, that line's number.
     *
     * @param number  the 1-based line number
     * @param line  the JSON text
     * @param firstWithCode  the number of the first line with the same code, or -1 if this is it
     */
    public record Line(long number, String line, long firstWithCode) implements java.io.Serializable {
    }

    /**
     * Reads the non-blank lines of a text file with their numbers, and marks the repeated codes. A
     * line is blank as {@link vn.dunghan.json.NdjsonLines} says: only spaces, tabs and carriage
     * returns. (Spark's text reader also ends a line at a lone carriage return, which
     * {@code NdjsonLines} does not; exports use LF or CRLF.)
     *
     * @param spark  the session, not null
     * @param path  the NDJSON file or directory, in any file system Spark reads, not null
     * @return the lines, in no particular order, not null
     */
    public JavaRDD<Line> records(SparkSession spark, String path) {
        JavaPairRDD<Long, String> lines = spark.read().textFile(path).javaRDD().zipWithIndex()
                .filter(t -> !isBlank(t._1()))
                .mapToPair(t -> new Tuple2<>(t._2() + 1, t._1()));
        // a line without a valid code is a group of its own; the code is the one the pipeline registers
        String policyText = policies;
        LocalDateTime instant = asOf;
        JavaPairRDD<Long, Long> firsts = lines.mapPartitionsToPair((Iterator<Tuple2<Long, String>> part) -> {
            Pipeline pipeline = pipeline(policyText, instant);
            List<Tuple2<String, Long>> codes = new ArrayList<>();
            part.forEachRemaining(t -> codes.add(new Tuple2<>(codeOf(pipeline, t._1(), t._2()), t._1())));
            return codes.iterator();
        }).groupByKey()
                .flatMapToPair(group -> {
                    long first = Long.MAX_VALUE;
                    for (long number : group._2()) {
                        first = Math.min(first, number);
                    }
                    List<Tuple2<Long, Long>> marks = new ArrayList<>();
                    for (long number : group._2()) {
                        marks.add(new Tuple2<>(number, number == first ? -1L : first));
                    }
                    return marks.iterator();
                });
        return lines.join(firsts).map(t -> new Line(t._1(), t._2()._1(), t._2()._2()));
    }

    private static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String codeOf(Pipeline pipeline, long number, String line) {
        String id = pipeline.evaluate(DossierJson.read(number, line, ReadLimits.defaults())).id();
        return id == null ? "\u0000" + number : id;
    }

    /**
     * Evaluates the records into NDJSON result lines, in input order.
     *
     * @param records  the records from {@link #records}, not null
     * @return the result and error lines, sorted by line number, not null
     */
    public JavaRDD<String> results(JavaRDD<Line> records) {
        String policyText = policies;
        LocalDateTime instant = asOf;
        return linked(records).mapPartitionsToPair((Iterator<Tuple2<String, Iterable<Line>>> groups) -> {
            Pipeline pipeline = pipeline(policyText, instant);
            List<Tuple2<Long, String>> out = new ArrayList<>();
            groups.forEachRemaining(group -> {
                for (BulkResult result : evaluate(pipeline, group._2())) {
                    out.add(new Tuple2<>(result.number(), ResultLines.encode(result)));
                }
            });
            return out.iterator();
        }).sortByKey().values();
    }

    /**
     * Groups the records that may be linked as re-filings, those of one applicant and procedure, in
     * one shuffle; a record without an applicant is a group of its own.
     */
    private static JavaPairRDD<String, Iterable<Line>> linked(JavaRDD<Line> records) {
        return records.mapToPair(line -> new Tuple2<>(linkKey(line), line)).groupByKey();
    }

    private static String linkKey(Line line) {
        vn.dunghan.dossier.DossierRecord record = DossierJson.read(line.number(), line.line(), ReadLimits.defaults());
        return record.isError() || record.dossier().applicant() == null ? "\u0001" + line.number()
                : record.dossier().applicant() + '\u0000' + record.dossier().procedure();
    }

    /**
     * Evaluates a group in input order as the one-machine pipeline does: a reused code is an
     * error, and a re-filing gets its finding ({@link Refilings}).
     */
    private static List<BulkResult> evaluate(Pipeline pipeline, Iterable<Line> group) {
        List<Line> lines = new ArrayList<>();
        group.forEach(lines::add);
        lines.sort(java.util.Comparator.comparingLong(Line::number));
        Refilings refilings = Refilings.create(VietnamCalendars.civilService());
        List<BulkResult> results = new ArrayList<>(lines.size());
        for (Line line : lines) {
            BulkResult result = result(pipeline, line);
            results.add(result.isError() ? result : linked(refilings, result));
        }
        return results;
    }

    /** A result with its re-filing finding, if any; a failure is the record's error, as on one machine. */
    private static BulkResult linked(Refilings refilings, BulkResult result) {
        try {
            return BulkResult.of(result.number(), refilings.accept(result.evaluation()));
        } catch (RuntimeException ex) {
            return Pipeline.failure(result.number(), ex);
        }
    }

    /** The pipeline of one partition: the same evaluation as every other command's. */
    private static Pipeline pipeline(String policyText, LocalDateTime asOf) {
        return Pipeline.of(Evaluator.of(VietnamCalendars.civilService(), PolicyJson.read(policyText)), asOf);
    }

    /** A line's result, or the error of a reused code, as the one-machine pipeline gives it. */
    private static BulkResult result(Pipeline pipeline, Line line) {
        BulkResult result = pipeline.evaluate(DossierJson.read(line.number(), line.line(), ReadLimits.defaults()));
        return line.firstWithCode() < 0 ? result : Pipeline.duplicate(result, "/id", line.firstWithCode());
    }

    /**
     * Summarises the valid records: one summary per partition, merged.
     *
     * @param records  the records from {@link #records}, not null
     * @return the summary of every valid record whose code is not repeated, not null
     */
    public Summary summary(JavaRDD<Line> records) {
        String policyText = policies;
        LocalDateTime instant = asOf;
        return linked(records).mapPartitions((Iterator<Tuple2<String, Iterable<Line>>> groups) -> {
            Pipeline pipeline = pipeline(policyText, instant);
            SummarySink sink = SummarySink.create();
            groups.forEachRemaining(group -> evaluate(pipeline, group._2()).forEach(result -> sink.accept(result, null)));
            return List.of(sink.toSummary()).iterator();
        }).fold(Summary.builder().build(), Summary::merge);
    }

    /**
     * Runs an evaluation: {@code spark-submit --class vn.dunghan.examples.spark.SparkEvaluation
     * dunghan-examples.jar INPUT OUTPUT_DIR POLICIES.json [AS_OF]}. Without a master from
     * {@code spark-submit}, runs locally on every core. Writes the result lines to {@code OUTPUT_DIR}
     * and prints the overall counts.
     *
     * @param args  the input, the output directory, the policy file and the evaluation instant
     * @throws java.io.IOException if the policy file cannot be read
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("Usage: SparkEvaluation INPUT.ndjson OUTPUT_DIR POLICIES.json [2026-11-26T00:00]");
            System.exit(2);
        }
        SparkEvaluation evaluation = of(java.nio.file.Files.readString(java.nio.file.Path.of(args[2])),
                args.length == 4 ? vn.dunghan.json.VietnamTimes.parse(args[3], java.time.LocalTime.MIDNIGHT)
                        : LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).withNano(0));
        SparkSession.Builder builder = SparkSession.builder().appName("dunghan");
        if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        try (SparkSession spark = builder.getOrCreate()) {
            JavaRDD<Line> records = evaluation.records(spark, args[0]).cache();
            evaluation.results(records).saveAsTextFile(args[1]);
            vn.dunghan.analytics.Tally all = evaluation.summary(records).getOverall();
            System.out.println(all.getTotal() + " dossiers evaluated; on time: legal " + all.getLegalOnTimeRate()
                    + ", stated " + all.getStatedOnTimeRate() + "; hidden lateness " + all.getHiddenLateness());
        }
    }
}
