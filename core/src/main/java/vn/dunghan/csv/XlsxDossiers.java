package vn.dunghan.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import vn.dunghan.json.InvalidDocumentException;

/**
 * Reads dossiers from the first sheet of an Excel workbook ({@code .xlsx}), with the columns of
 * {@link CsvDossiers} in its first row, through the same validation and error records. A cell
 * holding an Excel date-time (a number in a date format) is read as that time in Vietnam time; a
 * number in any other format as its digits; text as itself, in the forms CSV takes. Codes such as
 * {@code 1.004873} are best stored as text: a number cell keeps no trailing zeros.
 * <p>
 * Needs {@code org.dhatim:fastexcel-reader} on the class or module path: an optional dependency of
 * dunghan-core, added by the applications that read spreadsheets.
 * <p>
 * This class is a thread-safe utility class; the rows it returns are not thread-safe.
 */
public final class XlsxDossiers {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

    private XlsxDossiers() {
    }

    /**
     * Opens a workbook and reads the header of its first sheet.
     *
     * @param in  the workbook's bytes, closed by {@link CsvDossiers#close()}, not null
     * @return the rows, not null
     * @throws InvalidDocumentException if the bytes are not a workbook, or the first sheet is
     *     empty or its header is invalid
     * @throws UncheckedIOException if the input cannot be read
     */
    public static CsvDossiers open(InputStream in) {
        Objects.requireNonNull(in, "in");
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
        } catch (IOException | RuntimeException ex) {
            close(in);
            throw new InvalidDocumentException("", "The file is not an Excel workbook (.xlsx); an older .xls or a"
                    + " CSV file must be saved as .xlsx or read as CSV", ex);
        }
        try {
            Stream<Row> stream = workbook.getFirstSheet().openStream();
            Iterator<Row> rows = stream.iterator();
            if (!rows.hasNext()) {
                throw new InvalidDocumentException("", "The first sheet has no header row");
            }
            String[] header = values(rows.next(), 0);
            Iterator<String[]> data = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public String[] next() {
                    return values(rows.next(), header.length);
                }
            };
            return CsvDossiers.of(header, data, () -> {
                stream.close();
                workbook.close();
            });
        } catch (IOException ex) {
            close(workbook);
            throw new UncheckedIOException(ex);
        } catch (RuntimeException ex) {
            close(workbook);
            throw ex;
        }
    }

    /** The cells of a row as text, at least {@code width} of them, empty where a cell is absent. */
    private static String[] values(Row row, int width) {
        String[] values = new String[Math.max(width, row.getCellCount())];
        for (int i = 0; i < values.length; i++) {
            Cell cell = i < row.getCellCount() ? row.getCell(i) : null;
            values[i] = cell == null ? "" : safeText(cell);
        }
        return values;
    }

    /** A cell as text; a cell that cannot be read gives its raw value, for its column to reject. */
    private static String safeText(Cell cell) {
        try {
            return text(cell);
        } catch (RuntimeException ex) {
            return cell.getRawValue() == null ? "" : cell.getRawValue();
        }
    }

    /**
     * A cell as text: a date-time cell as ISO, a date cell (a date format without hours) as an ISO
     * date, so that an appointment on a date means the end of that day as in CSV; a number as its
     * digits; anything else, and a number that is no date, as the cell's own text.
     */
    private static String text(Cell cell) {
        switch (cell.getType()) {
            case NUMBER:
            case FORMULA:
                String format = cell.getDataFormatString();
                String raw = cell.getRawValue();
                if (isDateFormat(format) && raw != null && isNumber(raw)) {
                    return dateTime(Double.parseDouble(raw), hasTime(format));
                }
                if (cell.getType() == CellType.NUMBER) {
                    return cell.asNumber().stripTrailingZeros().toPlainString();
                }
                return cell.getText() == null ? "" : cell.getText();
            case EMPTY:
                return "";
            default:
                return cell.getText() == null ? "" : cell.getText();
        }
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException ex) {
            return false;
        }
    }

    /**
     * An Excel date serial (days since 1899-12-30, in the 1900 system) as text, rounded to the
     * second: a date alone when the format shows no time and the day has none, so that an
     * appointment on a date means the end of that day as in CSV; else the date-time.
     */
    static String dateTime(double serial, boolean formatHasTime) {
        if (serial < 1 || serial > 2_958_465) {
            throw new IllegalArgumentException("Serial " + serial + " is not a date Excel shows");
        }
        long seconds = Math.round(serial * 86_400);
        LocalDateTime time = LocalDateTime.of(1899, 12, 30, 0, 0).plusSeconds(seconds);
        return !formatHasTime && time.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? time.format(ISO_DATE)
                : time.format(ISO);
    }

    /** Checks if a date format shows hours or seconds, outside quoted text and brackets. */
    static boolean hasTime(String format) {
        return showsAny(format, "hHsS");
    }

    /**
     * Checks if a number format shows a date or a time: it holds a day, month, year, hour or
     * second outside quoted text and brackets (Excel's own test).
     */
    static boolean isDateFormat(String format) {
        return showsAny(format, "dmyhsDMYHS");
    }

    private static boolean showsAny(String format, String letters) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        int brackets = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                i++;
            } else if (!quoted && c == '[') {
                brackets++;
            } else if (!quoted && c == ']') {
                brackets--;
            } else if (!quoted && brackets == 0 && letters.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static void close(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ex) {
            // already failing with a better error
        }
    }
}
