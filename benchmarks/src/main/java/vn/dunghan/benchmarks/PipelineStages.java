package vn.dunghan.benchmarks;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import vn.dunghan.analytics.Summary;
import vn.dunghan.bulk.DuplicateIds;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.json.DossierJson;
import vn.dunghan.json.NdjsonLines;
import vn.dunghan.json.ReadLimits;

/**
 * Where {@link PipelineBenchmark}'s time goes, stage by stage, on its file of 20,000 dossiers and
 * on one thread: splitting the lines, Jackson's tree (the parse-only limit), Jackson's tokens
 * alone, reading dossiers ({@code DossierJson.read}), evaluating them, summarising them, checking
 * their codes, and the whole pipeline. Each round times every stage once, in turn, so that the
 * machine's load affects them alike; the figures are the medians of the last {@code ROUNDS / 2}
 * rounds, in milliseconds and as a ratio to the tree of the same round. A tool for finding what to
 * change, not a substitute for the JMH figures.
 * Usage: {@code java -cp benchmarks.jar vn.dunghan.benchmarks.PipelineStages [ROUNDS]}.
 */
public final class PipelineStages {

    private static final String[] STAGES = {"split", "tree", "tokens", "read", "evaluate", "summary", "codes",
        "pipeline"};

    private PipelineStages() {
    }

    /**
     * Times the stages.
     *
     * @param args  the number of rounds, 60 if absent
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        PipelineBenchmark bench = new PipelineBenchmark();
        bench.threads = 1;
        bench.setUp();
        ReadLimits limits = ReadLimits.defaults();
        List<NdjsonLines.Line> lines = new ArrayList<>();
        NdjsonLines.of(new ByteArrayInputStream(bench.file), limits).forEachRemaining(lines::add);
        List<Dossier> dossiers = new ArrayList<>();
        for (NdjsonLines.Line line : lines) {
            dossiers.add(DossierJson.read(line, limits).dossier());
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (Dossier dossier : dossiers) {
            evaluations.add(bench.evaluator.evaluate(dossier, bench.asOf));
        }
        long[][] times = new long[STAGES.length][rounds];
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            for (int stage = 0; stage < STAGES.length; stage++) {
                long start = System.nanoTime();
                sink += run(stage, bench, limits, lines, dossiers, evaluations);
                times[stage][round] = System.nanoTime() - start;
            }
        }
        int from = rounds / 2;
        System.out.printf(Locale.ROOT, "%,d dossiers, %d rounds, medians of the last %d%n", lines.size(), rounds,
                rounds - from);
        for (int stage = 0; stage < STAGES.length; stage++) {
            double[] millis = new double[rounds - from];
            double[] ratios = new double[rounds - from];
            for (int round = from; round < rounds; round++) {
                millis[round - from] = times[stage][round] / 1e6;
                ratios[round - from] = (double) times[stage][round] / times[1][round];
            }
            System.out.printf(Locale.ROOT, "%-9s %7.2f ms  %5.2f × tree%n", STAGES[stage], median(millis),
                    median(ratios));
        }
        System.out.println("checksum " + sink + " (keeps the work from being optimised away)");
    }

    private static long run(int stage, PipelineBenchmark bench, ReadLimits limits, List<NdjsonLines.Line> lines,
            List<Dossier> dossiers, List<Evaluation> evaluations) {
        long sink = 0;
        switch (stage) {
            case 0 -> {
                NdjsonLines split = NdjsonLines.of(new ByteArrayInputStream(bench.file), limits);
                while (split.hasNext()) {
                    sink += split.next().length();
                }
            }
            case 1 -> {
                for (NdjsonLines.Line line : lines) {
                    sink += bench.mapper.readTree(line.bytes()).size();
                }
            }
            case 2 -> {
                for (NdjsonLines.Line line : lines) {
                    try (JsonParser parser = bench.mapper.createParser(line.bytes())) {
                        JsonToken token;
                        while ((token = parser.nextToken()) != null) {
                            sink += token == JsonToken.VALUE_STRING ? parser.getString().length() : 1;
                        }
                    }
                }
            }
            case 3 -> {
                for (NdjsonLines.Line line : lines) {
                    sink += DossierJson.read(line, limits).isError() ? 0 : 1;
                }
            }
            case 4 -> {
                for (Dossier dossier : dossiers) {
                    sink += bench.evaluator.evaluate(dossier, bench.asOf).getLateWorkingDays();
                }
            }
            case 5 -> {
                Summary.Builder summary = Summary.builder();
                for (Evaluation evaluation : evaluations) {
                    summary.add(evaluation);
                }
                sink += summary.build().getOverall().hashCode();
            }
            case 6 -> {
                DuplicateIds ids = DuplicateIds.create();
                for (Dossier dossier : dossiers) {
                    sink += ids.firstRecordOf(dossier.id(), 1);
                }
            }
            default -> sink += bench.pipeline().hashCode();
        }
        return sink;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
