package vn.dunghan.examples;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import vn.dunghan.bulk.DossierSource;
import vn.dunghan.bulk.InputFormat;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.json.ReadLimits;

/**
 * Opens the dossiers of {@code --input} for {@code evaluate} and {@code report}: a file, standard
 * input for {@code -} (never closed), or a bundled resource; in the format {@code --format} names,
 * else the one its name and first bytes show ({@link InputFormat#detect}).
 */
final class DossierInput {

    private DossierInput() {
    }

    /**
     * Reads {@code --format}, which {@link Arguments#parse} has checked.
     *
     * @param arguments  the arguments, not null
     * @return the format, or null to detect it
     */
    static InputFormat format(Arguments arguments) {
        return arguments.option("format").map(InputFormat::of).orElse(null);
    }

    /**
     * Says, when every record of a run was an error, that nothing could be read and what to check.
     *
     * @param counts  the run's counts, not null
     * @param format  the format given with {@code --format}, or null if it was found
     * @param err  where to say it, not null
     * @return true if every record was an error
     */
    static boolean allRejected(vn.dunghan.bulk.Pipeline.Counts counts, InputFormat format, java.io.PrintStream err) {
        if (counts.records() == 0 || counts.results() > 0) {
            return false;
        }
        err.println("No record could be evaluated: every one is an error (see the error records)."
                + (format != null ? " Is --format " + format.name().toLowerCase(java.util.Locale.ROOT) + " right for this file?"
                        : ""));
        return true;
    }

    /**
     * Opens the input.
     *
     * @param file  the file, {@code -} for standard input, or null for the resource
     * @param resource  the bundled resource read when no file is named
     * @param format  the format, or null to detect it
     * @param stdin  standard input, not null
     * @param calendar  the calendar of the portal's steps, not null
     * @return the source, to be closed, not null
     * @throws IOException if the file cannot be opened
     */
    static DossierSource<?> open(String file, String resource, InputFormat format, InputStream stdin,
            WorkCalendar calendar) throws IOException {
        return open(file, resource, format, stdin, calendar, null);
    }

    /**
     * Opens the input, joining to the portal's dossiers the progress entries of a separate file.
     *
     * @param file  the file, {@code -} for standard input, or null for the resource
     * @param resource  the bundled resource read when no file is named
     * @param format  the format, or null to detect it
     * @param stdin  standard input, not null
     * @param calendar  the calendar of the portal's steps, not null
     * @param progress  the file of {@code CapNhatTienDoHoSoMC} entries, or null
     * @return the source, to be closed, not null
     * @throws IOException if a file cannot be opened
     * @throws IllegalArgumentException if progress entries are given for another format than the portal's
     */
    static DossierSource<?> open(String file, String resource, InputFormat format, InputStream stdin,
            WorkCalendar calendar, Path progress) throws IOException {
        BufferedInputStream in = new BufferedInputStream(bytes(file, resource, stdin), 1 << 16);
        try {
            InputFormat chosen = format != null ? format : InputFormat.detect(file == null ? resource : file, in);
            if (progress != null) {
                if (chosen != InputFormat.PORTAL) {
                    throw new IllegalArgumentException("Option --progress joins progress entries to the portal's"
                            + " payload; this input is read as " + chosen.name().toLowerCase(java.util.Locale.ROOT) + ".");
                }
                vn.dunghan.portal.PortalProgress entries;
                try (InputStream p = Files.newInputStream(progress)) {
                    entries = vn.dunghan.portal.PortalProgress.read(p);
                }
                return DossierSource.portal(in, ReadLimits.defaults(),
                        vn.dunghan.portal.PortalDossiers.of(calendar).withProgress(entries));
            }
            return DossierSource.open(chosen, in, ReadLimits.defaults(), calendar);
        } catch (RuntimeException | IOException ex) {
            in.close();
            throw ex;
        }
    }

    private static InputStream bytes(String file, String resource, InputStream stdin) throws IOException {
        if (file == null) {
            InputStream in = DossierInput.class.getResourceAsStream(resource);
            if (in == null) {
                throw new NoSuchFileException(resource);
            }
            return in;
        }
        if (file.equals("-")) {
            return new FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input stays open
                }
            };
        }
        return Files.newInputStream(Path.of(file));
    }
}
