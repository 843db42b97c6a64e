package vn.dunghan.csv;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import vn.dunghan.dossier.EventType;

/**
 * The columns of a dossier CSV and what each becomes: the one table that both reading a row and
 * naming the column behind an error use. Header names are matched without accents, case, spaces,
 * underscores or hyphens, so {@code Ngày tiếp nhận}, {@code ngay_tiep_nhan} and
 * {@code NgayTiepNhan} are one column; some columns also answer to the name the national portal's
 * payload gives the same value.
 */
enum CsvColumn {

    /** The dossier code. */
    MA_HO_SO("MaHoSo", "id", null, null, true),
    /** The procedure code. */
    MA_TTHC("MaTTHC", "procedure", null, null, true),
    /** The receiving agency; not in the national payload's dossier, added by exports. */
    DON_VI_TIEP_NHAN("DonViTiepNhan", "agency", null, null, true, "DonViXuLy"),
    /** The channel: COUNTER, ONLINE, POSTAL, their Vietnamese names, or the portal's codes 1, 2, 3. */
    KENH_NOP("KenhNop", "channel", null, null, false, "KenhThucHien"),
    /** The submission. */
    NGAY_NOP_HO_SO("NgayNopHoSo", "submittedAt", null, null, false, "NgayNop"),
    /** The acceptance. */
    NGAY_TIEP_NHAN("NgayTiepNhan", "acceptedAt", null, null, true),
    /** The appointment on the slip. */
    NGAY_HEN_TRA("NgayHenTra", "appointment", null, null, true, "NgayHenTraKetQua"),
    /** The competent body's receipt. */
    NGAY_CO_QUAN_NHAN("NgayCoQuanNhan", "competentReceivedAt", null, null, false),
    /** A supplement request. */
    NGAY_BO_SUNG("NgayBoSung", null, EventType.SUPPLEMENT_REQUESTED, "at", false),
    /** The receipt of the supplement. */
    NGAY_TIEP_NHAN_BO_SUNG("NgayTiepNhanBoSung", null, EventType.SUPPLEMENT_RECEIVED, "at", false),
    /** The appointment re-issued with the supplement. */
    NGAY_HEN_TRA_MOI("NgayHenTraMoi", null, EventType.SUPPLEMENT_RECEIVED, "newAppointment", false),
    /** An extension. */
    NGAY_GIA_HAN("NgayGiaHan", null, EventType.EXTENDED, "at", false),
    /** The extension's new appointment. */
    NGAY_HEN_TRA_GIA_HAN("NgayHenTraGiaHan", null, EventType.EXTENDED, "newAppointment", false),
    /** Whether the extension came with an apology. */
    CO_XIN_LOI("CoXinLoi", null, EventType.EXTENDED, "apology", false),
    /** The signature of the result. */
    NGAY_KY_SO("NgayKySo", null, EventType.RESULT_SIGNED, "at", false),
    /** The recorded completion. */
    NGAY_KET_THUC_XU_LY("NgayKetThucXuLy", null, EventType.COMPLETED, "at", false),
    /** The return of the result. */
    NGAY_TRA("NgayTra", null, EventType.RETURNED, "at", false, "NgayTraKetQua"),
    /** The handover to the applicant. */
    NGAY_BAN_GIAO("NgayBanGiao", null, EventType.HANDED_OVER, "at", false),
    /** A refusal. */
    NGAY_TU_CHOI("NgayTuChoi", null, EventType.REFUSED, "at", false),
    /** A withdrawal. */
    NGAY_RUT_HO_SO("NgayRutHoSo", null, EventType.WITHDRAWN, "at", false),
    /** A stop. */
    NGAY_DUNG_XU_LY("NgayDungXuLy", null, EventType.STOPPED, "at", false),
    /** The applicant's name: with the identity number, made into the opaque applicant key, never kept. */
    CHU_HO_SO("ChuHoSo", "applicant", null, null, false),
    /** The applicant's identity number (CCCD, CMND, tax code), as the portal's payload names it. */
    SO_GIAY_TO_CHU_HO_SO("SoGiayToChuHoSo", null, null, null, false, "SoDinhDanh", "SoCCCD");

    private static final List<CsvColumn> ALL = List.of(values());

    private final String header;
    private final String field;
    private final EventType event;
    private final String eventField;
    private final boolean required;
    private final List<String> keys;

    CsvColumn(String header, String field, EventType event, String eventField, boolean required, String... aliases) {
        this.header = header;
        this.field = field;
        this.event = event;
        this.eventField = eventField;
        this.required = required;
        this.keys = java.util.stream.Stream.concat(java.util.stream.Stream.of(header), java.util.stream.Stream.of(aliases))
                .map(CsvColumn::key).toList();
    }

    /**
     * Gets the column's canonical header name.
     *
     * @return the name, such as {@code NgayTiepNhan}
     */
    String header() {
        return header;
    }

    /**
     * Checks if every row must give this column.
     *
     * @return true if required
     */
    boolean isRequired() {
        return required;
    }

    /**
     * Gets the event this column records.
     *
     * @return the event type, null for a field of the dossier itself
     */
    EventType event() {
        return event;
    }

    /**
     * Checks if this column records an event that has only a moment, such as a return.
     *
     * @return true for a moment event
     */
    boolean isMomentEvent() {
        return event != null && event != EventType.SUPPLEMENT_RECEIVED && event != EventType.EXTENDED;
    }

    /**
     * Finds the column a header names.
     *
     * @param name  the header as written, not null
     * @return the column, or null if no column has that name
     */
    static CsvColumn find(String name) {
        String key = key(name);
        for (CsvColumn column : ALL) {
            if (column.keys.contains(key)) {
                return column;
            }
        }
        return null;
    }

    /**
     * Finds the column behind a field path of the dossier model.
     *
     * @param dossierField  the dossier's field ({@code acceptedAt}), or null for an event's field
     * @param type  the event's type, or null for a dossier field or for the first event with that field
     * @param eventField  the event's field ({@code at}, {@code newAppointment}, {@code apology})
     * @return the column, or null if no column holds that value
     */
    static CsvColumn of(String dossierField, EventType type, String eventField) {
        for (CsvColumn column : ALL) {
            if (dossierField != null ? dossierField.equals(column.field)
                    : column.event != null && (type == null || column.event == type) && column.eventField.equals(eventField)) {
                return column;
            }
        }
        return null;
    }

    /**
     * Gets the canonical names of every column.
     *
     * @return the names, in table order
     */
    static List<String> headers() {
        return ALL.stream().map(CsvColumn::header).toList();
    }

    /** A header reduced to what identifies it: no accents, case, spaces, underscores or hyphens. */
    static String key(String name) {
        String plain = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
