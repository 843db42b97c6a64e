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

    /** One measured figure. */
    private record Row(String method, String params, double score, double error, String unit) {
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
            byClass.computeIfAbsent(className, k -> new ArrayList<>()).add(new Row(name.substring(dot + 1),
                    params.toString(), metric.get("score").asDouble(), metric.get("scoreError").asDouble(),
                    metric.get("scoreUnit").asString()));
            jdk = result.get("jdkVersion").asString() + " (" + result.get("vmName").asString() + ")";
        }
        StringBuilder out = new StringBuilder();
        out.append("Command: `").append(command).append("`  \n");
        out.append("JDK: ").append(jdk).append("  \n");
        out.append("Machine: ").append(machine).append("\n\n");
        for (Map.Entry<String, List<Row>> entry : byClass.entrySet()) {
            out.append("### ").append(entry.getKey()).append("\n\n");
            out.append("| benchmark | params | score | error (99.9%) | unit | × dunghan |\n");
            out.append("|---|---|---:|---:|---|---:|\n");
            for (Row row : entry.getValue()) {
                Double base = baseline(entry.getValue(), row);
                out.append("| ").append(row.method()).append(" | ").append(row.params()).append(" | ")
                        .append(format(row.score())).append(" | ± ").append(format(row.error())).append(" | ")
                        .append(row.unit()).append(" | ")
                        .append(base == null ? "" : String.format(Locale.ROOT, "%.1f", row.score() / base))
                        .append(" |\n");
            }
            out.append('\n');
        }
        return out.toString();
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
