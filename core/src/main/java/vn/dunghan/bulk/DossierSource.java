package vn.dunghan.bulk;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Objects;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierRecord;
import vn.dunghan.json.ReadLimits;
import vn.dunghan.portal.PortalDossiers;

/**
 * Where the dossiers of a bulk run come from: items read one at a time on the calling thread (an
 * NDJSON line, a CSV row, a generated dossier), each decoded into a {@link DossierRecord} by
 * {@link #decode} on the worker threads (NDJSON lines and the portal's payload are parsed there; CSV
 * and Excel rows are read whole on the calling thread, so {@code decode} only hands them on), and
 * the way the format names a field, so that an error the evaluator finds
 * points where the input holds the value (a JSON Pointer for NDJSON, a column for CSV).
 * <p>
 * A source is read once, by one thread; {@link #decode}, {@link #size} and {@link #locate} are
 * thread-safe.
 *
 * @param <T>  the type of the items as read
 */
public interface DossierSource<T> extends Iterator<T>, AutoCloseable {

    /**
     * Decodes an item into a record; never throws for bad content.
     *
     * @param item  an item of this source, not null
     * @return the dossier, or the error naming the record, the field and the rule, not null
     */
    DossierRecord decode(T item);

    /**
     * Gets the bytes an item holds in memory, so that batches are bounded by bytes.
     *
     * @param item  an item of this source, not null
     * @return the size in bytes, 0 when small and fixed
     */
    default long size(T item) {
        return 0;
    }

    /**
     * Names, as this format does, the field behind a field path of the dossier model.
     *
     * @param dossier  the dossier decoded from an item, not null
     * @param path  the field path, written as a JSON Pointer ({@code /events/2/at}), not null
     * @return where the input holds that value, not null
     */
    default String locate(Dossier dossier, String path) {
        return path;
    }

    /**
     * Gets where the dossier code stands in this format, for the error of a reused code.
     *
     * @return the code's location, such as {@code /id} or {@code /MaHoSo}, not null
     */
    default String idPath() {
        return "/id";
    }

    /**
     * Gets what the reader of the input should be told once, such as the columns of a CSV header
     * that are not read.
     *
     * @return the notes, one sentence each, empty by default, not null
     */
    default java.util.List<String> getNotes() {
        return java.util.List.of();
    }

    /**
     * Closes the input; the default does nothing.
     */
    @Override
    default void close() {
    }

    /**
     * Obtains a source over the lines of an NDJSON stream ({@link vn.dunghan.json.DossierJson}).
     *
     * @param in  the UTF-8 bytes, closed by {@link #close()}, also when this fails, not null
     * @param limits  the read limits, not null
     * @return the source, not null
     */
    static DossierSource<?> ndjson(InputStream in, ReadLimits limits) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        return Closing.orClose(in, () -> new NdjsonSource(in, limits));
    }

    /**
     * Obtains a source over the rows of a CSV stream ({@link vn.dunghan.csv.CsvDossiers}); the
     * header is read now.
     *
     * @param in  the UTF-8 bytes, closed by {@link #close()}, also when this fails, not null
     * @return the source, not null
     * @throws vn.dunghan.json.InvalidDocumentException if the file is not UTF-8 or its header is invalid
     */
    static DossierSource<?> csv(InputStream in) {
        Objects.requireNonNull(in, "in");
        return Closing.orClose(in, () -> new CsvSource(vn.dunghan.csv.CsvDossiers.open(in)));
    }

    /**
     * Obtains a source over the rows of the first sheet of an Excel workbook
     * ({@link vn.dunghan.csv.XlsxDossiers}); the header is read now. Needs
     * {@code org.dhatim:fastexcel-reader}, an optional dependency.
     *
     * @param in  the workbook's bytes, closed by {@link #close()}, also when this fails, not null
     * @return the source, not null
     * @throws vn.dunghan.json.InvalidDocumentException if the bytes are not a workbook or its header is invalid
     * @throws IllegalStateException if fastexcel-reader is not on the class or module path
     */
    static DossierSource<?> xlsx(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return Closing.orClose(in, () -> new CsvSource(vn.dunghan.csv.XlsxDossiers.open(in)));
        } catch (NoClassDefFoundError ex) {
            throw new IllegalStateException("Reading .xlsx needs org.dhatim:fastexcel-reader and its dependencies on the"
                    + " class path (" + ex.getMessage() + " is missing)", ex);
        }
    }

    /**
     * Obtains a source over dossiers already built, such as generated ones, numbered from 1.
     *
     * @param dossiers  the dossiers, not null
     * @return the source, not null
     */
    static DossierSource<?> of(Iterator<Dossier> dossiers) {
        return new BuiltSource(Objects.requireNonNull(dossiers, "dossiers"));
    }

    /**
     * Obtains a source over the dossiers of the national portal's payload
     * ({@link vn.dunghan.portal.PortalDossiers}): a JSON array, the envelope of
     * {@code DongBoHoSoMC}, or one object per line.
     *
     * @param in  the UTF-8 bytes, closed by {@link #close()}, also when this fails, not null
     * @param limits  the read limits: the line length and nesting depth of one dossier, not null
     * @param calendar  the calendar on which steps' allocations are counted, not null
     * @return the source, not null
     * @throws vn.dunghan.json.InvalidDocumentException if the input is not UTF-8
     */
    static DossierSource<?> portal(InputStream in, ReadLimits limits, WorkCalendar calendar) {
        return portal(in, limits, PortalDossiers.of(Objects.requireNonNull(calendar, "calendar")));
    }

    /**
     * Obtains a source over the dossiers of the national portal's payload read by a given reader,
     * such as one that joins a separate file of progress entries
     * ({@link PortalDossiers#withProgress}).
     *
     * @param in  the UTF-8 bytes, closed by {@link #close()}, also when this fails, not null
     * @param limits  the read limits: the line length and nesting depth of one dossier, not null
     * @param reader  the reader of one dossier, not null
     * @return the source, not null
     * @throws vn.dunghan.json.InvalidDocumentException if the input is not UTF-8
     */
    static DossierSource<?> portal(InputStream in, ReadLimits limits, PortalDossiers reader) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(reader, "reader");
        return Closing.orClose(in, () -> new PortalSource(in, limits, reader));
    }

    /**
     * Obtains a source for an input format.
     *
     * @param format  the format, not null
     * @param in  the bytes, closed by {@link #close()}, not null
     * @param limits  the read limits of NDJSON, not null
     * @param calendar  the calendar of the portal's steps, not null
     * @return the source, not null
     * @throws vn.dunghan.json.InvalidDocumentException if the input is refused as a whole
     */
    static DossierSource<?> open(InputFormat format, InputStream in, ReadLimits limits, WorkCalendar calendar) {
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(calendar, "calendar");
        switch (Objects.requireNonNull(format, "format")) {
            case CSV:
                return csv(in);
            case PORTAL:
                return portal(in, limits, calendar);
            case XLSX:
                return xlsx(in);
            default:
                return ndjson(in, limits);
        }
    }
}
