package vn.dunghan.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regenerates the results section of {@code benchmarks/RESULTS.md} from a JMH JSON result file:
 * one table per benchmark class, each figure with its error, and the ratio of each peer to
 * dunghan's figure at the same parameters.
 * <p>
 * Usage: {@code java -cp benchmarks.jar vn.dunghan.benchmarks.ResultsTable results.json RESULTS.md "command" "machine"}.
 * The text between {@code <!-- results:begin -->} and {@code <!-- results:end -->} is replaced.
 */
public final class ResultsTable {

    private static final String BEGIN = "<!-- results:begin -->";
    private static final String END = "<!-- results:end -->";

    private ResultsTable() {
    }

    /**
     * Runs the generator.
     *
     * @param args  the JSON file, the Markdown file, the command line run, and a machine description
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("Usage: ResultsTable RESULTS.json RESULTS.md COMMAND MACHINE");
            System.exit(2);
        }
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
        String table = render(results, args[2], args[3]);
        Path markdown = Path.of(args[1]);
        String text = Files.exists(markdown) ? Files.readString(markdown, StandardCharsets.UTF_8) : BEGIN + "\n" + END + "\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IOException(markdown + " has no " + BEGIN + " ... " + END + " section");
        }
        Files.writeString(markdown, text.substring(0, begin + BEGIN.length()) + "\n" + table + text.substring(end),
                StandardCharsets.UTF_8);
    }

    /** One measured figure, with the bytes allocated per operation when run with {@code -prof gc}, else NaN. */
    private record Row(String method, String params, double score, double error, String unit, double allocated) {
    }

    static String render(JsonNode results, String command, String machine) {
        Map<String, List<Row>> byClass = new LinkedHashMap<>();
        String jdk = "";
        for (JsonNode result : results) {
            String name = result.get("benchmark").asString();
            int dot = name.lastIndexOf('.');
            String className = name.substring(name.lastIndexOf('.', dot - 1) + 1, dot);
            StringBuilder params = new StringBuilder();
            JsonNode paramNode = result.get("params");
            if (paramNode != null) {
                for (Map.Entry<String, JsonNode> param : paramNode.properties()) {
                    params.append(params.length() == 0 ? "" : ", ").append(param.getKey()).append('=')
                            .append(param.getValue().asString());
                }
            }
            JsonNode metric = result.get("primaryMetric");
            JsonNode gc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
            byClass.computeIfAbsent(className, k -> new ArrayList<>()).add(new Row(name.substring(dot + 1),
                    params.toString(), metric.get("score").asDouble(), metric.get("scoreError").asDouble(),
                    metric.get("scoreUnit").asString(), gc.isMissingNode() ? Double.NaN : gc.get("score").asDouble()));
            jdk = result.get("jdkVersion").asString() + " (" + result.get("vmName").asString() + ")";
        }
        StringBuilder out = new StringBuilder();
        out.append("Command: `").append(command).append("`  \n");
        out.append("JDK: ").append(jdk).append("  \n");
        out.append("Machine: ").append(machine).append("\n\n");
        for (Map.Entry<String, List<Row>> entry : byClass.entrySet()) {
            out.append("### ").append(entry.getKey()).append("\n\n");
            out.append("| benchmark | params | score | error (99.9%) | unit | allocated | × dunghan |\n");
            out.append("|---|---|---:|---:|---|---:|---:|\n");
            for (Row row : entry.getValue()) {
                Double base = baseline(entry.getValue(), row);
                out.append("| ").append(row.method()).append(" | ").append(row.params()).append(" | ")
                        .append(format(row.score())).append(" | ± ").append(format(row.error())).append(" | ")
                        .append(row.unit()).append(" | ")
                        .append(Double.isNaN(row.allocated()) ? "" : String.format(Locale.ROOT, "%,.0f B/op", row.allocated()))
                        .append(" | ")
                        .append(base == null ? "" : String.format(Locale.ROOT, "%.1f", row.score() / base))
                        .append(" |\n");
            }
            out.append('\n');
        }
        out.append(targets(byClass));
        return out.toString();
    }

    /** The speed targets, each computed from this run's figures; a target whose figures are absent is left out. */
    static String targets(Map<String, List<Row>> byClass) {
        StringBuilder out = new StringBuilder("### Targets in this run\n\n| target | measured | met |\n|---|---|---|\n");
        List<Row> days = byClass.getOrDefault("WorkingDaysBenchmark", List.of());
        for (String span : List.of("recent", "years")) {
            String params = "n=15, span=" + span;
            Row dunghan = find(days, "plusDunghan", params);
            if (dunghan == null) {
                continue;
            }
            Row fastest = null;
            for (String peer : List.of("plusStrata", "plusObjectLab", "plusJollyday")) {
                Row row = find(days, peer, params);
                if (row != null && (fastest == null || row.score() < fastest.score())) {
                    fastest = row;
                }
            }
            if (fastest != null) {
                target(out, "`plusWorkingDays` ≥ 5× faster than the fastest peer, n = 15, " + span + " dates",
                        fastest.score() / dunghan.score(), 5, fastest.method().substring(4) + " " + format(fastest.score())
                        + " ns vs " + format(dunghan.score()) + " ns");
            }
            Row loop = find(days, "plusHashSetLoop", params);
            if (loop != null) {
                target(out, "`plusWorkingDays` ≥ 50× faster than the HashSet loop, n = 15, " + span + " dates",
                        loop.score() / dunghan.score(), 50, format(loop.score()) + " ns vs " + format(dunghan.score()) + " ns");
            }
            Row slowest = null;
            for (Row row : days) {
                if (row.method().equals("plusDunghan") && row.params().endsWith("span=" + span)
                        && (slowest == null || row.score() > slowest.score())) {
                    slowest = row;
                }
            }
            if (slowest != null) {
                out.append("| `plusWorkingDays` ≤ 10 ns for every n, ").append(span).append(" dates | ")
                        .append(format(slowest.score())).append(" ns (").append(slowest.params(), 0,
                                slowest.params().indexOf(','))
                        .append(") | ").append(slowest.score() <= 10 ? "yes" : "**no**").append(" |\n");
            }
            List<Row> perCall = byClass.getOrDefault("WorkingDaysPerCallBenchmark", List.of());
            Row dunghanPerCall = find(perCall, "plusDunghan", "span=" + span);
            Row strataPerCall = find(perCall, "plusStrata", "span=" + span);
            if (dunghanPerCall != null && strataPerCall != null) {
                out.append("| for comparison, not a target: Strata against `plusWorkingDays` one call per invocation"
                        + " (harness included), n = 15, ").append(span).append(" dates | ")
                        .append(String.format(Locale.ROOT, "%.1f×", strataPerCall.score() / dunghanPerCall.score()))
                        .append(" (Strata ").append(format(strataPerCall.score())).append(" ns vs ")
                        .append(format(dunghanPerCall.score())).append(" ns) | – |\n");
            }
        }
        List<Row> lunar = byClass.getOrDefault("LunarBenchmark", List.of());
        for (String direction : List.of("from", "to", "of")) {
            Row dunghan = find(lunar, direction + "Dunghan", "");
            Row time4j = find(lunar, direction + "Time4j", "");
            if (dunghan != null && time4j != null) {
                String label = switch (direction) {
                    case "from" -> "`from`, Gregorian to lunar";
                    case "to" -> "`toLocalDate` of a lunar date";
                    default -> "`of(…).toLocalDate()`, lunar fields to Gregorian";
                };
                target(out, "lunar conversion (" + label + ") ≥ 100× faster than Time4J",
                        time4j.score() / dunghan.score(), 100, format(time4j.score()) + " ns vs " + format(dunghan.score()) + " ns");
            }
        }
        Row clean = find(byClass.getOrDefault("EvaluationBenchmark", List.of()), "evaluateClean", "");
        if (clean != null) {
            out.append("| one-dossier evaluation ≤ 250 ns | ").append(format(clean.score())).append(" ± ")
                    .append(format(clean.error())).append(" ns").append(Double.isNaN(clean.allocated()) ? ""
                            : String.format(Locale.ROOT, ", %,.0f B/op", clean.allocated()))
                    .append(" | ").append(clean.score() <= 250 ? "yes" : "**no**").append(" |\n");
        }
        List<Row> pipeline = byClass.getOrDefault("PipelineBenchmark", List.of());
        for (String threads : List.of("1", "2")) {
            Row full = find(pipeline, "pipeline", "threads=" + threads);
            Row parse = find(pipeline, "parseOnly", "threads=" + threads);
            if (full != null && parse != null) {
                double share = parse.score() / full.score();
                out.append("| bulk pipeline ≥ 50% of Jackson parse-only throughput, ").append(threads)
                        .append(threads.equals("1") ? " thread" : " threads").append(" | ")
                        .append(String.format(Locale.ROOT, "%.0f%% (%s ms vs %s ms for %,d dossiers)", share * 100,
                                format(full.score()), format(parse.score()), PipelineBenchmark.DOSSIERS))
                        .append(" | ").append(share >= 0.5 ? "yes" : "**no**").append(" |\n");
            }
        }
        return out.append('\n').toString();
    }

    private static void target(StringBuilder out, String target, double ratio, double required, String figures) {
        out.append("| ").append(target).append(" | ").append(String.format(Locale.ROOT, "%.1f×", ratio)).append(" (")
                .append(figures).append(") | ").append(ratio >= required ? "yes" : "**no**").append(" |\n");
    }

    private static Row find(List<Row> rows, String method, String params) {
        for (Row row : rows) {
            if (row.method().equals(method) && row.params().equals(params)) {
                return row;
            }
        }
        return null;
    }

    /** dunghan's score for the same operation and parameters: method names share the prefix before the library. */
    private static Double baseline(List<Row> rows, Row row) {
        String operation = operation(row.method());
        for (Row candidate : rows) {
            if (candidate.method().equals(operation + "Dunghan") && candidate.params().equals(row.params())) {
                return candidate.score();
            }
        }
        return null;
    }

    private static String operation(String method) {
        for (int i = 1; i < method.length(); i++) {
            if (Character.isUpperCase(method.charAt(i))) {
                return method.substring(0, i);
            }
        }
        return method;
    }

    private static String format(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
