package vn.dunghan.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;
import vn.dunghan.dossier.ApplicantKey;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.DossierRecord;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.InvalidFieldException;
import vn.dunghan.json.InvalidDocumentException;
import vn.dunghan.json.TextEncoding;
import vn.dunghan.json.VietnamTimes;

/**
 * Reads dossiers from CSV with the columns of the national synchronisation payload, one dossier
 * per row after a header row, into the same {@link Dossier} as {@link vn.dunghan.json.DossierJson},
 * so that both formats go through the same validation and give the same error records.
 * <p>
 * The delimiter is found from the header row: comma, semicolon or tab, whichever it holds most of
 * outside quotes (Excel writes semicolons where the decimal mark is a comma). A leading byte order
 * mark is skipped. Header names are matched without accents, case, spaces or underscores, so
 * {@code Ngày tiếp nhận} is {@code NgayTiepNhan}. Columns (every column but the required ones may be
 * absent or empty; each row is one dossier):
 * <table>
 * <caption>CSV columns</caption>
 * <tr><th>column</th><th>becomes</th></tr>
 * <tr><td>{@code MaHoSo}</td><td>{@code id} (required)</td></tr>
 * <tr><td>{@code MaTTHC}</td><td>{@code procedure} (required)</td></tr>
 * <tr><td>{@code DonViTiepNhan} or {@code DonViXuLy}</td><td>{@code agency} (required)</td></tr>
 * <tr><td>{@code KenhNop} or {@code KenhThucHien}</td><td>{@code channel}: COUNTER, ONLINE,
 * POSTAL, Trực tiếp, Trực tuyến, Bưu chính, or the portal's codes 1, 2, 3</td></tr>
 * <tr><td>{@code NgayNopHoSo}</td><td>{@code submittedAt}</td></tr>
 * <tr><td>{@code NgayTiepNhan}</td><td>{@code acceptedAt} (required)</td></tr>
 * <tr><td>{@code NgayHenTra}</td><td>{@code appointment} (required)</td></tr>
 * <tr><td>{@code NgayCoQuanNhan}</td><td>{@code competentReceivedAt}</td></tr>
 * <tr><td>{@code NgayBoSung}, {@code NgayTiepNhanBoSung}, {@code NgayHenTraMoi}</td><td>SUPPLEMENT_REQUESTED,
 * SUPPLEMENT_RECEIVED and its re-issued appointment</td></tr>
 * <tr><td>{@code NgayGiaHan}, {@code NgayHenTraGiaHan}, {@code CoXinLoi}</td><td>EXTENDED, its new appointment,
 * and whether an apology was sent (1, 0, true, false, có, không)</td></tr>
 * <tr><td>{@code NgayKySo}</td><td>RESULT_SIGNED</td></tr>
 * <tr><td>{@code NgayKetThucXuLy}</td><td>COMPLETED</td></tr>
 * <tr><td>{@code NgayTra}</td><td>RETURNED</td></tr>
 * <tr><td>{@code NgayBanGiao}</td><td>HANDED_OVER</td></tr>
 * <tr><td>{@code NgayTuChoi}, {@code NgayRutHoSo}, {@code NgayDungXuLy}</td><td>REFUSED, WITHDRAWN, STOPPED</td></tr>
 * <tr><td>{@code ChuHoSo}, {@code SoGiayToChuHoSo}</td><td>the applicant's name and identity number, made into
 * the opaque {@code applicant} key ({@link ApplicantKey}) and not kept</td></tr>
 * </table>
 * Times are in Vietnam time, in the forms of {@link VietnamTimes} ({@code 12/02/2026 15:40},
 * {@code 2026-02-12T15:40}, {@code 20260212154000}); appointments may be a date alone, meaning the
 * end of the day. The events of a row are put in time order. Columns of other names (a row number,
 * a procedure's name, notes), and a second name of a column already given, are not read
 * ({@link #getIgnoredColumns()}). A header that repeats a name or lacks a required column is
 * rejected as a whole with an {@link InvalidDocumentException};
 * a bad row yields an error record naming its record number, the column as the file names it
 * ({@code /NgayTiepNhan}) and the rule, and reading goes on.
 * <p>
 * This class is not thread-safe; it reads its reader one row at a time, in constant memory.
 */
public final class CsvDossiers implements Iterator<DossierRecord>, Closeable {

    /** What a decoder puts in place of bytes that are not UTF-8. */
    private static final char UNDECODABLE = '\uFFFD';

    private final Iterator<String[]> rows;
    private final AutoCloseable input;
    /** Each column's index in a row. */
    private final Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
    /** Each column's header as the file writes it, for error paths. */
    private final Map<CsvColumn, String> names = new EnumMap<>(CsvColumn.class);
    private final int width;
    /** The header's columns that are not dossier fields, in header order. */
    private final List<String> ignored = new ArrayList<>();
    private long number;
    /** A structural error of the CSV text: reported as one error row, after which reading stops. */
    private String broken;
    /** The next row that is not blank, read ahead by {@link #hasNext()}. */
    private String[] pending;
    private boolean stopped;

    private CsvDossiers(Iterator<String[]> rows, String[] header, AutoCloseable input) {
        this.rows = rows;
        this.input = input;
        this.width = header.length;
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1).strip();
            }
            CsvColumn column = CsvColumn.find(name);
            if (column == null) {
                // exports carry columns of their own (STT, Tên TTHC, Ghi chú): not read, and said once
                ignored.add(name);
                continue;
            }
            if (columns.containsKey(column)) {
                if (name.equals(names.get(column))) {
                    throw new InvalidDocumentException("/" + name, "Column '" + name + "' appears twice in the header");
                }
                // another name of a column already given: the first is read, this one is noted
                ignored.add(name);
                continue;
            }
            columns.put(column, i);
            names.put(column, name);
        }
        for (CsvColumn column : CsvColumn.values()) {
            if (column.isRequired() && !columns.containsKey(column)) {
                throw new InvalidDocumentException("/" + column.header(), "The header lacks the required column '"
                        + column.header() + "'" + (ignored.isEmpty() ? "" : "; columns not read: " + ignored));
            }
        }
    }

    /**
     * Opens a UTF-8 CSV stream and reads its header. A row holding bytes that are not valid UTF-8
     * becomes an error record naming its column; reading goes on with the next row.
     *
     * @param in  the CSV bytes, closed by {@link #close()}, not null
     * @return the rows, not null
     * @throws InvalidDocumentException if the file is not UTF-8 text ({@link TextEncoding}), or the
     *     header is missing, repeats a name, or lacks a required column
     */
    public static CsvDossiers open(InputStream in) {
        // a file in another encoding is refused whole; InputStreamReader replaces the stray
        // malformed bytes of a UTF-8 file with U+FFFD, which each row then rejects
        return open(new InputStreamReader(TextEncoding.requireUtf8(Objects.requireNonNull(in, "in")),
                StandardCharsets.UTF_8));
    }

    /**
     * Opens a CSV stream and reads its header. A reader that fails on malformed input (such as
     * {@code Files.newBufferedReader}) stops the whole run at the first bad byte: prefer
     * {@link #open(InputStream)} for files.
     *
     * @param reader  the CSV text, closed by {@link #close()}, not null
     * @return the rows, not null
     * @throws InvalidDocumentException if the header is missing, repeats a name, or lacks a required column
     */
    public static CsvDossiers open(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try {
            BufferedReader text = new BufferedReader(reader, 1 << 16);
            char delimiter = Delimiters.detect(text);
            MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(delimiter)).readValues(text);
            if (!rows.hasNext()) {
                throw new InvalidDocumentException("", "The CSV has no header row");
            }
            return new CsvDossiers(rows, rows.next(), rows);
        } catch (JacksonException ex) {
            throw new InvalidDocumentException("", "The CSV cannot be read: " + ex.getOriginalMessage(), ex);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Override
    public boolean hasNext() {
        if (stopped) {
            return false;
        }
        if (broken != null || pending != null) {
            return true;
        }
        try {
            // blank rows (an empty line, a row of delimiters, an empty formatted row) are no records
            while (rows.hasNext()) {
                String[] values = rows.next();
                number++;
                if (!isBlank(values)) {
                    pending = values;
                    return true;
                }
            }
            return false;
        } catch (RuntimeException ex) {
            broken = message(ex);
            return true;
        }
    }

    private static boolean isBlank(String[] values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public DossierRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String[] values = pending;
        pending = null;
        if (values == null) {
            number++;
            stopped = true;
            return DossierRecord.error(number, null, "", "The CSV cannot be read from this row on: " + broken);
        }
        String id = value(values, CsvColumn.MA_HO_SO);
        if (id != null && id.indexOf(UNDECODABLE) >= 0) {
            id = null;
        }
        try {
            checkDecoded(values);
            if (values.length > width) {
                throw new InvalidDocumentException("", "The row has " + values.length + " fields, the header "
                        + width);
            }
            return DossierRecord.of(number, dossier(values));
        } catch (InvalidDocumentException ex) {
            return DossierRecord.error(number, id, ex.getPath(), ex.getRule());
        } catch (InvalidFieldException ex) {
            // the model's rule about an event's field: the column of that field
            CsvColumn column = CsvColumn.of(null, null, ex.getField());
            return DossierRecord.error(number, id, column == null ? "" : "/" + names.getOrDefault(column, column.header()),
                    ex.getRule());
        }
    }

    /** What a reader's failure says: Jackson's message without its source description. */
    private static String message(RuntimeException ex) {
        return ex instanceof JacksonException jackson ? jackson.getOriginalMessage() : String.valueOf(ex.getMessage());
    }

    /**
     * Obtains the rows of a table read by another reader, such as a spreadsheet's sheet.
     *
     * @param header  the header row, not null
     * @param rows  the data rows, read one at a time; a runtime exception ends the reading with one error record
     * @param input  closed by {@link #close()}, not null
     * @return the rows, not null
     * @throws InvalidDocumentException if the header repeats a name or lacks a required column
     */
    static CsvDossiers of(String[] header, Iterator<String[]> rows, AutoCloseable input) {
        return new CsvDossiers(rows, header, input);
    }

    /** Rejects a row with bytes that were not UTF-8, naming the first such column. */
    private void checkDecoded(String[] values) {
        for (Map.Entry<CsvColumn, Integer> column : columns.entrySet()) {
            int index = column.getValue();
            if (index < values.length && values[index].indexOf(UNDECODABLE) >= 0) {
                throw error(column.getKey(), "The value holds bytes that are not valid UTF-8 (decoded as U+FFFD)");
            }
        }
    }

    private InvalidDocumentException error(CsvColumn column, String rule) {
        return new InvalidDocumentException("/" + names.getOrDefault(column, column.header()), rule);
    }

    private String value(String[] values, CsvColumn column) {
        Integer index = columns.get(column);
        if (index == null || index >= values.length) {
            return null;
        }
        String text = values[index].strip();
        return text.isEmpty() ? null : text;
    }

    private String required(String[] values, CsvColumn column) {
        String text = value(values, column);
        if (text == null) {
            throw error(column, "Column '" + names.get(column) + "' is required");
        }
        return text;
    }

    private Dossier dossier(String[] values) {
        String id = required(values, CsvColumn.MA_HO_SO);
        String procedure = required(values, CsvColumn.MA_TTHC);
        String agency = required(values, CsvColumn.DON_VI_TIEP_NHAN);
        Channel channel = channel(value(values, CsvColumn.KENH_NOP));
        required(values, CsvColumn.NGAY_TIEP_NHAN);
        required(values, CsvColumn.NGAY_HEN_TRA);
        LocalDateTime accepted = time(values, CsvColumn.NGAY_TIEP_NHAN, null);
        LocalDateTime appointment = time(values, CsvColumn.NGAY_HEN_TRA, LocalTime.MAX);
        LocalDateTime submitted = time(values, CsvColumn.NGAY_NOP_HO_SO, null);
        LocalDateTime competent = time(values, CsvColumn.NGAY_CO_QUAN_NHAN, null);
        List<DossierEvent> events = new ArrayList<>();
        LocalDateTime received = time(values, CsvColumn.NGAY_TIEP_NHAN_BO_SUNG, null);
        if (received != null) {
            events.add(DossierEvent.supplementReceived(received, time(values, CsvColumn.NGAY_HEN_TRA_MOI, LocalTime.MAX)));
        } else if (value(values, CsvColumn.NGAY_HEN_TRA_MOI) != null) {
            throw error(CsvColumn.NGAY_HEN_TRA_MOI, "A re-issued appointment needs the receipt of the supplement in "
                    + names.getOrDefault(CsvColumn.NGAY_TIEP_NHAN_BO_SUNG, "NgayTiepNhanBoSung"));
        }
        boolean apology = apology(value(values, CsvColumn.CO_XIN_LOI));
        LocalDateTime extended = time(values, CsvColumn.NGAY_GIA_HAN, null);
        LocalDateTime newAppointment = time(values, CsvColumn.NGAY_HEN_TRA_GIA_HAN, LocalTime.MAX);
        if (extended != null) {
            if (newAppointment == null) {
                throw error(CsvColumn.NGAY_HEN_TRA_GIA_HAN, "An extension (" + names.get(CsvColumn.NGAY_GIA_HAN)
                        + ") needs its new appointment in " + names.getOrDefault(CsvColumn.NGAY_HEN_TRA_GIA_HAN,
                                CsvColumn.NGAY_HEN_TRA_GIA_HAN.header()));
            }
            events.add(DossierEvent.extended(extended, newAppointment, apology));
        } else {
            for (CsvColumn column : List.of(CsvColumn.NGAY_HEN_TRA_GIA_HAN, CsvColumn.CO_XIN_LOI)) {
                if (value(values, column) != null) {
                    throw error(column, "Column '" + names.get(column) + "' is given without an extension in "
                            + names.getOrDefault(CsvColumn.NGAY_GIA_HAN, CsvColumn.NGAY_GIA_HAN.header()));
                }
            }
        }
        for (CsvColumn column : CsvColumn.values()) {
            if (column.isMomentEvent()) {
                LocalDateTime time = time(values, column, null);
                if (time != null) {
                    events.add(DossierEvent.of(column.event(), time));
                }
            }
        }
        events.sort(Comparator.comparing(DossierEvent::time));
        String applicant = ApplicantKey.of(value(values, CsvColumn.CHU_HO_SO), value(values, CsvColumn.SO_GIAY_TO_CHU_HO_SO));
        return new Dossier(id, procedure, agency, channel, submitted, accepted, appointment, competent, events,
                applicant);
    }

    /** The column's time, null if the column is empty or absent; a date alone is read as {@code dateOnly}. */
    private LocalDateTime time(String[] values, CsvColumn column, LocalTime dateOnly) {
        String text = value(values, column);
        if (text == null) {
            return null;
        }
        try {
            return VietnamTimes.parse(text, dateOnly);
        } catch (DateTimeParseException ex) {
            throw new InvalidDocumentException("/" + names.get(column), ex.getMessage(), ex);
        }
    }

    private Channel channel(String text) {
        if (text == null) {
            return Channel.COUNTER;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "counter":
            case "trực tiếp":
            case "1":
                return Channel.COUNTER;
            case "online":
            case "trực tuyến":
            case "2":
                return Channel.ONLINE;
            case "postal":
            case "bưu chính":
            case "3":
                return Channel.POSTAL;
            default:
                throw error(CsvColumn.KENH_NOP, "'" + text + "' is not a channel: COUNTER, ONLINE, POSTAL, Trực tiếp,"
                        + " Trực tuyến, Bưu chính, or 1, 2, 3");
        }
    }

    private boolean apology(String text) {
        if (text == null) {
            return false;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "1":
            case "true":
            case "có":
                return true;
            case "0":
            case "false":
            case "không":
                return false;
            default:
                throw error(CsvColumn.CO_XIN_LOI, "'" + text + "' is not 1, 0, true, false, có or không");
        }
    }

    /**
     * Gets the columns of the header that are not read: names that are no column of
     * {@link CsvColumn}, such as a row number or a procedure's name.
     *
     * @return the names as the header writes them, in header order, not null
     */
    public List<String> getIgnoredColumns() {
        return List.copyOf(ignored);
    }

    /**
     * Names the column behind a field path into a dossier read from this file, so that an error
     * found by the evaluator ({@code /events/1/at}) points at the CSV column as the file names it
     * ({@code /NgayKetThucXuLy}).
     *
     * @param dossier  the dossier read from a row, not null
     * @param path  the field path into the dossier, as a JSON Pointer, not null
     * @return the column as a pointer, or the path itself when no column matches
     */
    public String locate(Dossier dossier, String path) {
        String[] parts = path.split("/", -1);
        CsvColumn column = null;
        if (parts.length == 2) {
            column = CsvColumn.of(parts[1], null, null);
        } else if (parts.length == 4 && parts[1].equals("events") && parts[2].matches("\\d{1,9}")) {
            int index = Integer.parseInt(parts[2]);
            if (index < dossier.events().size()) {
                // a field without a column of its own (the type) is in the event's column
                EventType type = dossier.events().get(index).type();
                column = CsvColumn.of(null, type, parts[3]);
                column = column != null ? column : CsvColumn.of(null, type, "at");
            }
        }
        return column == null ? path : "/" + names.getOrDefault(column, column.header());
    }

    /**
     * Closes the underlying reader.
     */
    @Override
    public void close() {
        try {
            input.close();
        } catch (RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            throw new UncheckedIOException(ex instanceof IOException io ? io : new IOException(ex));
        }
    }
}
