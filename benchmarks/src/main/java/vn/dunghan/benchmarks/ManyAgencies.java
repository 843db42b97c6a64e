package vn.dunghan.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the many-agencies case of {@code benchmarks/report-agencies.sh}: each agency has two
 * dossiers eight years apart (July 2018 and July 2026), so that a report whose cost grew with the
 * agencies times the days spanned would show it.
 */
public final class ManyAgencies {

    private ManyAgencies() {
    }

    /**
     * Writes the file.
     *
     * @param args  the output path and the number of agencies
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int agencies = Integer.parseInt(args[1]);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (int a = 0; a < agencies; a++) {
                for (String year : new String[] {"2018", "2026"}) {
                    out.write("{\"id\":\"A" + a + "-" + year + "\",\"procedure\":\"1.004222\",\"agency\":\"Agency " + a
                            + "\",\"channel\":\"COUNTER\",\"acceptedAt\":\"" + year + "-07-02T09:00:00\",\"appointment\":\""
                            + year + "-07-20T16:00:00\",\"events\":[{\"type\":\"COMPLETED\",\"at\":\"" + year
                            + "-07-10T10:00:00\"}]}\n");
                }
            }
        }
    }
}
