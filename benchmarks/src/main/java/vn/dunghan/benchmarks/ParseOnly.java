package vn.dunghan.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline of the report's throughput: Jackson parsing every line of an NDJSON file into a
 * tree, and nothing else. Prints the records and the elapsed milliseconds.
 * Usage: {@code java -cp benchmarks.jar vn.dunghan.benchmarks.ParseOnly FILE}.
 */
public final class ParseOnly {

    private ParseOnly() {
    }

    /**
     * Parses the file.
     *
     * @param args  the NDJSON file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        long start = System.nanoTime();
        long records = 0;
        long fields = 0;
        try (BufferedReader reader = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                fields += node.size();
                records++;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(records + " records, " + fields + " fields parsed in " + millis + " ms");
    }
}
