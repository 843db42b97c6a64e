package vn.dunghan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are written whole or not at all, never through a link, and never over an input. */
class AtomicOutputTest {

    @Test
    void anUncommittedOutputLeavesThePreviousFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("results.ndjson");
        Files.writeString(target, "previous\n");
        try (AtomicOutput output = AtomicOutput.open(target)) {
            output.writer().write("half a run");
            // no commit: the run failed or was stopped
        }
        assertEquals("previous\n", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
        try (AtomicOutput output = AtomicOutput.open(target)) {
            output.writer().write("whole run\n");
            output.commit();
        }
        assertEquals("whole run\n", Files.readString(target));
        // a new output gets the permissions any new file gets, not a temporary file's owner-only ones
        Path fresh = dir.resolve("fresh.csv");
        try (AtomicOutput output = AtomicOutput.open(fresh)) {
            output.commit();
        }
        Path plain = Files.createFile(dir.resolve("plain.csv"));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(fresh));
    }

    @Test
    void aLinkIsReplacedNotWrittenThrough(@TempDir Path dir) throws Exception {
        Path precious = Files.writeString(dir.resolve("precious.txt"), "keep me\n");
        Path link = Files.createSymbolicLink(dir.resolve("out.ndjson"), precious);
        try (AtomicOutput output = AtomicOutput.open(link)) {
            output.writer().write("results\n");
            output.commit();
        }
        assertEquals("keep me\n", Files.readString(precious));
        assertFalse(Files.isSymbolicLink(link));
        assertEquals("results\n", Files.readString(link));
    }

    @Test
    void anOutputNamingAnInputIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in.ndjson");
        String sample = new String(AtomicOutputTest.class.getResourceAsStream("sample-dossiers.ndjson").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(input, sample);
        Path link = Files.createSymbolicLink(dir.resolve("alias.ndjson"), input);
        for (String spelling : new String[] {input.toString(), dir.resolve("sub/../in.ndjson").toString(),
                link.toString()}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(new String[] {"evaluate", "--input", input.toString(), "--output", spelling, "--as-of",
                    "2026-11-26T00:00"}, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
                            StandardCharsets.UTF_8));
            assertEquals(2, code, spelling);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("is the file of --input"), err.toString());
            assertEquals(sample, Files.readString(input), "the input is intact");
        }
        // the report writes fixed names into its folder: an input among them is refused too
        Path byAgency = Files.writeString(dir.resolve("by-agency.csv"), "MaHoSo\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, Main.run(new String[] {"report", "--input", byAgency.toString(), "--output-dir", dir.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is the file of --input"), err.toString());
        assertEquals("MaHoSo\n", Files.readString(byAgency));
    }
}
