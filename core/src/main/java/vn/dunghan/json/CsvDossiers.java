package vn.dunghan.json;

import java.io.Closeable;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.EventType;

/**
 * Reads dossiers from CSV with the columns of the national synchronisation payload, one dossier
 * per row after a header row, into the same {@link Dossier} as {@link DossierJson}, so that both
 * formats go through the same validation and give the same error records.
 * <p>
 * Columns (header names, case-sensitive; every column but the required ones may be absent or empty):
 * <table>
 * <caption>CSV columns</caption>
 * <tr><th>column</th><th>becomes</th></tr>
 * <tr><td>{@code MaHoSo}</td><td>{@code id} (required)</td></tr>
 * <tr><td>{@code MaTTHC}</td><td>{@code procedure} (required)</td></tr>
 * <tr><td>{@code DonViTiepNhan}</td><td>{@code agency} (required; not in the national payload, added by dunghan)</td></tr>
 * <tr><td>{@code KenhNop}</td><td>{@code channel}: COUNTER, ONLINE, POSTAL, or Trực tiếp, Trực tuyến, Bưu chính</td></tr>
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
 * </table>
 * Times are in Vietnam time, in one of the forms {@code 2026-02-12T15:40[:00]} (or with a space,
 * or with {@code +07:00}), {@code 12/02/2026 15:40[:00]} or {@code 20260212154000}; appointments may
 * be a date alone ({@code 2026-03-12}, {@code 12/03/2026}, {@code 20260312}), meaning the end of the
 * day. The events of a row are put in time order. A header with an unknown or repeated column is
 * rejected as a whole with an {@link InvalidDocumentException}; a bad row yields an error record
 * naming its record number, the column as the path ({@code /NgayTiepNhan}) and the rule, and
 * reading goes on.
 * <p>
 * This class is not thread-safe; it reads its reader one row at a time, in constant memory.
 */
public final class CsvDossiers implements Iterator<DossierRecord>, Closeable {

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    /** What a decoder puts in place of bytes that are not UTF-8. */
    private static final char UNDECODABLE = '\uFFFD';
    private static final List<String> COLUMNS = List.of("MaHoSo", "MaTTHC", "DonViTiepNhan", "KenhNop", "NgayNopHoSo",
            "NgayTiepNhan", "NgayHenTra", "NgayCoQuanNhan", "NgayBoSung", "NgayTiepNhanBoSung", "NgayHenTraMoi",
            "NgayGiaHan", "NgayHenTraGiaHan", "CoXinLoi", "NgayKySo", "NgayKetThucXuLy", "NgayTra", "NgayBanGiao",
            "NgayTuChoi", "NgayRutHoSo", "NgayDungXuLy");
    /** The dossier's JSON fields that the first columns become, in the order of {@link #COLUMNS}. */
    private static final List<String> JSON_FIELDS = List.of("id", "procedure", "agency", "channel", "submittedAt",
            "acceptedAt", "appointment", "competentReceivedAt");
    // STRICT: 31/02 is an error, never silently 28/02
    private static final DateTimeFormatter SLASHED = strict("dd/MM/uuuu H:mm[:ss]");
    private static final DateTimeFormatter SLASHED_DATE = strict("dd/MM/uuuu");
    private static final DateTimeFormatter COMPACT = strict("uuuuMMddHHmmss");
    private static final DateTimeFormatter COMPACT_DATE = strict("uuuuMMdd");

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    private final MappingIterator<String[]> rows;
    private final Map<String, Integer> columns = new HashMap<>();
    private long number;
    /** A structural error of the CSV text: reported as one error row, after which reading stops. */
    private String broken;
    private boolean stopped;

    private CsvDossiers(MappingIterator<String[]> rows, String[] header) {
        this.rows = rows;
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (!COLUMNS.contains(name)) {
                throw new InvalidDocumentException("/" + name, "Column '" + name + "' is not a known column; known"
                        + " columns are " + COLUMNS);
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw new InvalidDocumentException("/" + name, "Column '" + name + "' appears twice in the header");
            }
        }
        for (String required : List.of("MaHoSo", "MaTTHC", "DonViTiepNhan", "NgayTiepNhan", "NgayHenTra")) {
            if (!columns.containsKey(required)) {
                throw new InvalidDocumentException("/" + required, "The header lacks the required column '" + required + "'");
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
     *     header is missing, or has an unknown or repeated column, or lacks a required one
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
     * @throws InvalidDocumentException if the header is missing, or has an unknown or repeated
     *     column, or lacks a required one
     */
    public static CsvDossiers open(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        try {
            MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(reader);
            if (!rows.hasNext()) {
                throw new InvalidDocumentException("", "The CSV has no header row");
            }
            return new CsvDossiers(rows, rows.next());
        } catch (JacksonException ex) {
            throw new InvalidDocumentException("", "The CSV cannot be read: " + ex.getOriginalMessage(), ex);
        }
    }

    @Override
    public boolean hasNext() {
        if (stopped) {
            return false;
        }
        if (broken != null) {
            return true;
        }
        try {
            return rows.hasNext();
        } catch (JacksonException ex) {
            broken = ex.getOriginalMessage();
            return true;
        }
    }

    @Override
    public DossierRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        number++;
        String[] values;
        try {
            values = broken != null ? null : rows.next();
        } catch (JacksonException ex) {
            broken = ex.getOriginalMessage();
            values = null;
        }
        if (values == null) {
            stopped = true;
            return new DossierRecord(number, null, null, "", "The CSV cannot be read from this row on: " + broken);
        }
        String id = value(values, "MaHoSo");
        if (id != null && id.indexOf(UNDECODABLE) >= 0) {
            id = null;
        }
        try {
            checkDecoded(values);
            if (values.length > columns.size()) {
                throw new InvalidDocumentException("", "The row has " + values.length + " fields, the header "
                        + columns.size());
            }
            return DossierRecord.of(number, dossier(values));
        } catch (InvalidDocumentException ex) {
            return DossierRecord.error(number, id, ex);
        }
    }

    /** Rejects a row with bytes that were not UTF-8, naming the first such column. */
    private void checkDecoded(String[] values) {
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            int index = column.getValue();
            if (index < values.length && values[index].indexOf(UNDECODABLE) >= 0) {
                throw new InvalidDocumentException("/" + column.getKey(), "The value holds bytes that are not"
                        + " valid UTF-8 (decoded as U+FFFD)");
            }
        }
    }

    private String value(String[] values, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= values.length) {
            return null;
        }
        String text = values[index].strip();
        return text.isEmpty() ? null : text;
    }

    private String required(String[] values, String column) {
        String text = value(values, column);
        if (text == null) {
            throw new InvalidDocumentException("/" + column, "Column '" + column + "' is required");
        }
        return text;
    }

    private Dossier dossier(String[] values) {
        String id = required(values, "MaHoSo");
        String procedure = required(values, "MaTTHC");
        String agency = required(values, "DonViTiepNhan");
        Channel channel = channel(value(values, "KenhNop"));
        LocalDateTime accepted = time(required(values, "NgayTiepNhan"), "NgayTiepNhan", false);
        LocalDateTime appointment = time(required(values, "NgayHenTra"), "NgayHenTra", true);
        LocalDateTime submitted = optionalTime(values, "NgayNopHoSo", false);
        LocalDateTime competent = optionalTime(values, "NgayCoQuanNhan", false);
        List<DossierEvent> events = new ArrayList<>();
        LocalDateTime requested = optionalTime(values, "NgayBoSung", false);
        if (requested != null) {
            events.add(DossierEvent.of(EventType.SUPPLEMENT_REQUESTED, requested));
        }
        LocalDateTime received = optionalTime(values, "NgayTiepNhanBoSung", false);
        if (received != null) {
            events.add(DossierEvent.supplementReceived(received, optionalTime(values, "NgayHenTraMoi", true)));
        }
        if (received == null && value(values, "NgayHenTraMoi") != null) {
            throw new InvalidDocumentException("/NgayHenTraMoi", "A re-issued appointment needs the receipt of the"
                    + " supplement in NgayTiepNhanBoSung");
        }
        boolean apology = apology(value(values, "CoXinLoi"));
        LocalDateTime extended = optionalTime(values, "NgayGiaHan", false);
        LocalDateTime newAppointment = optionalTime(values, "NgayHenTraGiaHan", true);
        if (extended != null) {
            if (newAppointment == null) {
                throw new InvalidDocumentException("/NgayHenTraGiaHan", "An extension (NgayGiaHan) needs its new"
                        + " appointment in NgayHenTraGiaHan");
            }
            events.add(DossierEvent.extended(extended, newAppointment, apology));
        } else {
            for (String column : List.of("NgayHenTraGiaHan", "CoXinLoi")) {
                if (value(values, column) != null) {
                    throw new InvalidDocumentException("/" + column, "Column '" + column + "' is given without an"
                            + " extension in NgayGiaHan");
                }
            }
        }
        add(events, values, "NgayKySo", EventType.RESULT_SIGNED);
        add(events, values, "NgayKetThucXuLy", EventType.COMPLETED);
        add(events, values, "NgayTra", EventType.RETURNED);
        add(events, values, "NgayBanGiao", EventType.HANDED_OVER);
        add(events, values, "NgayTuChoi", EventType.REFUSED);
        add(events, values, "NgayRutHoSo", EventType.WITHDRAWN);
        add(events, values, "NgayDungXuLy", EventType.STOPPED);
        events.sort(Comparator.comparing(DossierEvent::time));
        return new Dossier(id, procedure, agency, channel, submitted, accepted, appointment, competent, events);
    }

    private void add(List<DossierEvent> events, String[] values, String column, EventType type) {
        LocalDateTime time = optionalTime(values, column, false);
        if (time != null) {
            events.add(DossierEvent.of(type, time));
        }
    }

    private LocalDateTime optionalTime(String[] values, String column, boolean dateAllowed) {
        String text = value(values, column);
        return text == null ? null : time(text, column, dateAllowed);
    }

    private static Channel channel(String text) {
        if (text == null) {
            return Channel.COUNTER;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "counter":
            case "trực tiếp":
                return Channel.COUNTER;
            case "online":
            case "trực tuyến":
                return Channel.ONLINE;
            case "postal":
            case "bưu chính":
                return Channel.POSTAL;
            default:
                throw new InvalidDocumentException("/KenhNop", "'" + text + "' is not a channel: COUNTER, ONLINE,"
                        + " POSTAL, Trực tiếp, Trực tuyến or Bưu chính");
        }
    }

    private static boolean apology(String text) {
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
                throw new InvalidDocumentException("/CoXinLoi", "'" + text + "' is not 1, 0, true, false, có or không");
        }
    }

    /**
     * Parses a time of a column in Vietnam time, or a date alone where allowed (the end of the day).
     */
    static LocalDateTime time(String text, String column, boolean dateAllowed) {
        try {
            if (text.length() == 14 && text.chars().allMatch(Character::isDigit)) {
                return LocalDateTime.parse(text, COMPACT);
            }
            if (dateAllowed && text.length() == 8 && text.chars().allMatch(Character::isDigit)) {
                return LocalDate.parse(text, COMPACT_DATE).atTime(LocalTime.MAX);
            }
            if (text.indexOf('/') > 0) {
                if (dateAllowed && text.length() == 10) {
                    return LocalDate.parse(text, SLASHED_DATE).atTime(LocalTime.MAX);
                }
                return LocalDateTime.parse(text, SLASHED);
            }
            if (dateAllowed && text.length() == 10) {
                return LocalDate.parse(text).atTime(LocalTime.MAX);
            }
            String iso = text.replace(' ', 'T');
            int t = iso.indexOf('T');
            if (t > 0 && (iso.endsWith("Z") || iso.indexOf('+', t) > 0 || iso.indexOf('-', t) > 0)) {
                OffsetDateTime offset = OffsetDateTime.parse(iso);
                if (!offset.getOffset().equals(VIETNAM)) {
                    throw new InvalidDocumentException("/" + column, "Time '" + text + "' has the offset "
                            + offset.getOffset() + "; times must be Vietnam time, local or +07:00");
                }
                return offset.toLocalDateTime();
            }
            return LocalDateTime.parse(iso);
        } catch (DateTimeException ex) {
            throw new InvalidDocumentException("/" + column, "'" + text + "' is not a time of the form"
                    + " yyyy-MM-ddTHH:mm[:ss], dd/MM/yyyy HH:mm[:ss] or yyyyMMddHHmmss" + (dateAllowed
                            ? ", or a date yyyy-MM-dd, dd/MM/yyyy or yyyyMMdd" : "") + ", in Vietnam time", ex);
        }
    }

    /**
     * Names the column behind a JSON Pointer into a dossier read from CSV, so that an error found
     * by the evaluator ({@code /events/1/at}) points at the CSV column ({@code /NgayKetThucXuLy}).
     *
     * @param dossier  the dossier read from a row, not null
     * @param path  the JSON Pointer into the dossier, not null
     * @return the column as a pointer, or the path itself when no column matches
     */
    static String column(Dossier dossier, String path) {
        String[] parts = path.split("/", -1);
        if (parts.length == 2) {
            int field = JSON_FIELDS.indexOf(parts[1]);
            return field >= 0 ? "/" + COLUMNS.get(field) : path;
        }
        if (parts.length == 4 && parts[1].equals("events")) {
            int index = Integer.parseInt(parts[2]);
            if (index < dossier.events().size()) {
                String column = eventColumn(dossier.events().get(index).type(), parts[3]);
                return column == null ? path : "/" + column;
            }
        }
        return path;
    }

    private static String eventColumn(EventType type, String field) {
        switch (type) {
            case SUPPLEMENT_REQUESTED:
                return "NgayBoSung";
            case SUPPLEMENT_RECEIVED:
                return field.equals("newAppointment") ? "NgayHenTraMoi" : "NgayTiepNhanBoSung";
            case EXTENDED:
                return field.equals("newAppointment") ? "NgayHenTraGiaHan"
                        : field.equals("apology") ? "CoXinLoi" : "NgayGiaHan";
            case RESULT_SIGNED:
                return "NgayKySo";
            case COMPLETED:
                return "NgayKetThucXuLy";
            case RETURNED:
                return "NgayTra";
            case HANDED_OVER:
                return "NgayBanGiao";
            case REFUSED:
                return "NgayTuChoi";
            case WITHDRAWN:
                return "NgayRutHoSo";
            case STOPPED:
                return "NgayDungXuLy";
            default:
                return null;
        }
    }

    /**
     * Closes the underlying reader.
     */
    @Override
    public void close() {
        rows.close();
    }
}
