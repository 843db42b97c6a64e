package vn.dunghan.examples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * An output file written whole or not at all: the text goes to a temporary file beside the target
 * and replaces the target only when complete ({@link #commit()}); a failed or killed run leaves the
 * previous file, or none, under the target's name. The move replaces the target's directory entry,
 * so a target that is a symbolic link is replaced, never written through.
 */
final class AtomicOutput implements AutoCloseable {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Path target;
    private final Path temporary;
    private final java.io.OutputStream stream;
    private final Writer writer;
    private boolean committed;

    private AtomicOutput(Path target, Path temporary) throws IOException {
        this.target = target;
        this.temporary = temporary;
        // created as any new file is, with the permissions the user's umask gives
        this.stream = new java.io.BufferedOutputStream(Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE));
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
    }

    /**
     * Opens an output.
     *
     * @param target  the file to replace when complete, not null
     * @return the output, not null
     * @throws IOException if the temporary file cannot be created
     */
    static AtomicOutput open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        String suffix = Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
        return new AtomicOutput(absolute, dir.resolve("." + absolute.getFileName() + "." + suffix + ".tmp"));
    }

    /**
     * Checks, before a long run, that a folder can take the output: it is created if missing, and
     * a file is written in it and removed.
     *
     * @param dir  the folder, not null
     * @throws IOException if the folder cannot be created or written
     */
    static void checkWritable(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        Files.createDirectories(absolute);
        Path probe = Files.createTempFile(absolute, ".dunghan-", ".tmp");
        Files.delete(probe);
    }

    /**
     * Says why a file operation failed, in words rather than the exception's class.
     *
     * @param ex  the failure, not null
     * @return the reason, such as {@code permission denied}, not null
     */
    static String reason(IOException ex) {
        if (ex instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (ex instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (ex instanceof java.nio.file.NoSuchFileException) {
            return "no such folder";
        }
        if (ex instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }

    /** @return the writer of text content, UTF-8 */
    Writer writer() {
        return writer;
    }

    /** @return the stream of binary content, such as a workbook; not to be mixed with {@link #writer()} */
    java.io.OutputStream stream() {
        return stream;
    }

    /**
     * Moves the complete file into place.
     *
     * @throws IOException if it cannot be written or moved
     */
    void commit() throws IOException {
        writer.close();
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException ex) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Removes the temporary file of an output that was not committed. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            writer.close();
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Finds an input that an output would overwrite, by any spelling of its path (relative, with
     * {@code ..}, through a link).
     *
     * @param output  the output file, not null
     * @param inputs  the input files by option name, such as {@code --input}; null values ignored
     * @return a one-sentence error, or null if the output names no input
     */
    static String collision(Path output, Map<String, String> inputs) {
        Path out = output.toAbsolutePath().normalize();
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            if (input.getValue() == null || input.getValue().equals("-")) {
                continue;
            }
            Path in = Path.of(input.getValue()).toAbsolutePath().normalize();
            if (out.equals(in) || isSameFile(out, in)) {
                return "The output " + output + " is the file of " + input.getKey() + " " + input.getValue()
                        + "; choose another output, so that the input is not overwritten.";
            }
        }
        return null;
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException ex) {
            return false;
        }
    }
}
