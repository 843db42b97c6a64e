package vn.dunghan.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-run stage timer still runs and prints every stage, with the tree as the unit. */
class PipelineStagesTest {

    @Test
    void timesEveryStageAgainstTheTreeOfTheSameRound() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            PipelineStages.main(new String[] {"2"});
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("20,000 dossiers, 2 rounds, medians of the last 1"), text);
        Pattern row = Pattern.compile("(?m)^(\\w+) +(\\d+\\.\\d\\d) ms +(\\d+\\.\\d\\d) × tree$");
        Matcher matcher = row.matcher(text);
        StringBuilder stages = new StringBuilder();
        while (matcher.find()) {
            stages.append(matcher.group(1)).append(' ');
            if (matcher.group(1).equals("tree")) {
                assertEquals("1.00", matcher.group(3), text);
            }
        }
        assertEquals("split tree tokens read evaluate summary codes pipeline ", stages.toString(), text);
    }
}
