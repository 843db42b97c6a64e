package vn.dunghan.portal;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.dossier.ApplicantKey;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.InvalidFieldException;
import vn.dunghan.json.DocumentNode;
import vn.dunghan.json.InvalidDocumentException;
import vn.dunghan.json.VietnamTimes;

/**
 * Reads one dossier in the shape one-stop systems send to the national public service portal
 * (service {@code DongBoHoSoMC}), as documented in {@code docs/portal.md}: no official
 * specification is published, so the field names are those of open one-stop platforms'
 * integration code. Times are {@code yyyyMMddHHmmss} in Vietnam time (any form of
 * {@link VietnamTimes} is accepted); an empty string is an absent value.
 * <table>
 * <caption>Fields read</caption>
 * <tr><th>field</th><th>becomes</th></tr>
 * <tr><td>{@code MaHoSo}, {@code MaTTHC}, {@code DonViXuLy}</td><td>code, procedure, agency (required)</td></tr>
 * <tr><td>{@code KenhThucHien}</td><td>channel: 1 counter (also when absent), 2 online, 3 post</td></tr>
 * <tr><td>{@code NgayNopHoSo}, {@code NgayTiepNhan}, {@code NgayHenTra}</td><td>submission, acceptance
 * (required), appointment (required; a date alone is the end of that day)</td></tr>
 * <tr><td>{@code DanhSachHoSoBoSung[]}: {@code NgayBoSung}, {@code NgayTiepNhanBoSung},
 * {@code NgayHenTraMoi}</td><td>a supplement request, its receipt and the re-issued appointment</td></tr>
 * <tr><td>{@code NgayKetThucXuLy}, {@code NgayTra}, {@code NgayTuChoi}</td><td>completion, return, refusal</td></tr>
 * <tr><td>{@code TrangThaiHoSo}</td><td>the status, 1 to 10 ({@link PortalStatus}), which closes the dossier
 * for 3, 7 and 8</td></tr>
 * <tr><td>{@code QuaTrinhXuLy[]}: {@code ThoiDiemXuLy}, {@code TrangThai}, {@code PhongBanXuLy} or
 * {@code NguoiXuLy}, {@code NgayBatDau}, {@code NgayKetThucTheoQuyDinh}</td><td>the progress entries of
 * {@code CapNhatTienDoHoSoMC} for this dossier, nested, or from a separate file ({@link #withProgress}): an entry with a start and a legal end is a step whose
 * allocation is the working days between them; an entry's status and time date a closing or a
 * supplement request that has no date field of its own</td></tr>
 * </table>
 * {@code ChuHoSo} with {@code SoGiayToChuHoSo} (else the first {@code DinhDanhCHS[].SoDinhDanh})
 * become the opaque applicant key ({@link ApplicantKey}); neither is kept. Every other field
 * ({@code TenTTHC}, {@code TaiLieuNop}, ...) is accepted and not used. Errors name the field as a JSON Pointer into the dossier object.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PortalDossiers {

    private final WorkCalendar calendar;
    private final PortalProgress progress;

    private PortalDossiers(WorkCalendar calendar, PortalProgress progress) {
        this.calendar = calendar;
        this.progress = progress;
    }

    /**
     * Obtains a reader that counts step allocations on a calendar.
     *
     * @param calendar  the calendar of the agencies, not null
     * @return the reader, not null
     */
    public static PortalDossiers of(WorkCalendar calendar) {
        return new PortalDossiers(Objects.requireNonNull(calendar, "calendar"), PortalProgress.none());
    }

    /**
     * Returns a copy that also takes each dossier's progress entries from a separate file of
     * {@code CapNhatTienDoHoSoMC} entries, after those nested in its {@code QuaTrinhXuLy}.
     *
     * @param progress  the entries by dossier code, not null
     * @return the reader, not null
     */
    public PortalDossiers withProgress(PortalProgress progress) {
        return new PortalDossiers(calendar, Objects.requireNonNull(progress, "progress"));
    }

    /**
     * Checks if a field name is one of the envelope in which the portal's services receive their
     * data ({@code {"session","madonvi","service","isUpdating","data":[...]}}), which no dossier has.
     *
     * @param name  the field name, not null
     * @return true for a field of the envelope
     */
    public static boolean isEnvelopeField(String name) {
        return name.equals("data") || name.equals("service") || name.equals("session") || name.equals("madonvi")
                || name.equals("isUpdating");
    }

    /**
     * Checks if a JSON object is a progress entry of {@code CapNhatTienDoHoSoMC} rather than a dossier.
     *
     * @param node  the object, not null
     * @return true for a progress entry
     */
    public static boolean isProgressEntry(DocumentNode node) {
        return node.node().isObject() && node.node().has("ThoiDiemXuLy") && !node.node().has("NgayTiepNhan");
    }

    /**
     * Reads a dossier object.
     *
     * @param node  the object, not null
     * @return the dossier, not null
     * @throws InvalidDocumentException if a field is missing or breaks a rule, naming it
     */
    public Dossier read(DocumentNode node) {
        Objects.requireNonNull(node, "node");
        if (isProgressEntry(node)) {
            String of = node.node().path("MaHoSo").isString() ? " of dossier " + node.node().get("MaHoSo").asString() : "";
            throw node.error("This is a progress entry (CapNhatTienDoHoSoMC)" + of + ", not a dossier; give the"
                    + " progress entries as a separate file (--progress) or nest them in their dossier's QuaTrinhXuLy");
        }
        node.fieldNames();
        String id = node.required("MaHoSo").nonBlankText();
        String procedure = node.required("MaTTHC").nonBlankText();
        String agency = node.required("DonViXuLy").nonBlankText();
        Channel channel = channel(node);
        LocalDateTime submitted = time(node, "NgayNopHoSo", null);
        LocalDateTime accepted = required(node, "NgayTiepNhan", null);
        LocalDateTime appointment = required(node, "NgayHenTra", LocalTime.MAX);
        List<Progress> progress = progress(node, id);
        List<DossierEvent> events = new ArrayList<>();
        supplements(node, events);
        for (Progress entry : progress) {
            if (entry.step() != null) {
                events.add(entry.step());
            }
        }
        PortalStatus status = PortalStatus.of(node);
        status.addEvents(node, progress, events);
        events.sort(Comparator.comparing(DossierEvent::time));
        return new Dossier(id, procedure, agency, channel, submitted, accepted, appointment, null, events,
                applicant(node));
    }

    /**
     * The opaque key of the applicant ({@link ApplicantKey}) from {@code ChuHoSo} and an identity
     * number: {@code SoGiayToChuHoSo}, else the first {@code DinhDanhCHS[].SoDinhDanh}.
     */
    private static String applicant(DocumentNode node) {
        String number = scalar(node.node().get("SoGiayToChuHoSo"));
        tools.jackson.databind.JsonNode identities = node.node().get("DinhDanhCHS");
        if (number == null && identities != null && identities.isArray()) {
            for (tools.jackson.databind.JsonNode identity : identities) {
                number = number != null ? number : scalar(identity.get("SoDinhDanh"));
            }
        }
        return ApplicantKey.of(scalar(node.node().get("ChuHoSo")), number);
    }

    /**
     * A value of an identity field as text: a string or a number; anything else is not an identity
     * and is left out, never quoted in an error, so that no identity reaches an output.
     */
    private static String scalar(tools.jackson.databind.JsonNode value) {
        if (value == null || !(value.isString() || value.isNumber())) {
            return null;
        }
        String text = value.isString() ? value.asString().strip() : value.asString();
        return text.isEmpty() ? null : text;
    }

    private static Channel channel(DocumentNode node) {
        String code = code(node, "KenhThucHien");
        if (code == null || code.equals("1")) {
            return Channel.COUNTER;
        }
        if (code.equals("2")) {
            return Channel.ONLINE;
        }
        if (code.equals("3")) {
            return Channel.POSTAL;
        }
        throw node.field("KenhThucHien").error("Channel '" + code + "' is not 1 (counter), 2 (online) or 3 (post)");
    }

    private static void supplements(DocumentNode node, List<DossierEvent> events) {
        Optional<DocumentNode> list = node.optional("DanhSachHoSoBoSung");
        if (list.isEmpty()) {
            return;
        }
        for (DocumentNode cycle : list.get().elements()) {
            events.add(DossierEvent.of(EventType.SUPPLEMENT_REQUESTED, required(cycle, "NgayBoSung", null)));
            LocalDateTime received = time(cycle, "NgayTiepNhanBoSung", null);
            LocalDateTime newAppointment = time(cycle, "NgayHenTraMoi", LocalTime.MAX);
            if (received != null) {
                events.add(DossierEvent.supplementReceived(received, newAppointment));
            } else if (newAppointment != null) {
                throw cycle.field("NgayHenTraMoi").error("A re-issued appointment needs the receipt of the supplement"
                        + " in NgayTiepNhanBoSung");
            }
        }
    }

    /** A progress entry: its time, its status code, and the step it stands for, if any. */
    record Progress(LocalDateTime at, String status, DossierEvent step) {
    }

    private List<Progress> progress(DocumentNode node, String id) {
        List<Progress> entries = new ArrayList<>();
        Optional<DocumentNode> list = node.optional("QuaTrinhXuLy");
        if (list.isPresent()) {
            for (DocumentNode entry : list.get().elements()) {
                entries.add(entry(entry));
            }
        }
        List<tools.jackson.databind.JsonNode> separate = progress.of(id);
        for (int i = 0; i < separate.size(); i++) {
            try {
                entries.add(entry(DocumentNode.root(separate.get(i))));
            } catch (InvalidDocumentException ex) {
                // the entry of the separate progress file, named by its place among this dossier's
                throw new InvalidDocumentException("/CapNhatTienDoHoSoMC/" + i + ex.getPath(), ex.getRule(), ex);
            }
        }
        return entries;
    }

    private Progress entry(DocumentNode entry) {
        LocalDateTime at = required(entry, "ThoiDiemXuLy", null);
        LocalDateTime start = time(entry, "NgayBatDau", null);
        LocalDateTime legalEnd = time(entry, "NgayKetThucTheoQuyDinh", LocalTime.MAX);
        DossierEvent step = null;
        if (start != null && legalEnd != null) {
            String unit = text(entry, "PhongBanXuLy");
            unit = unit != null ? unit : text(entry, "NguoiXuLy");
            if (unit == null) {
                throw entry.field("PhongBanXuLy").error("A step (NgayBatDau and NgayKetThucTheoQuyDinh) needs"
                        + " its unit in PhongBanXuLy or NguoiXuLy");
            }
            step = step(entry, unit, start, at, legalEnd);
        }
        return new Progress(at, code(entry, "TrangThai"), step);
    }

    private DossierEvent step(DocumentNode entry, String unit, LocalDateTime start, LocalDateTime end,
            LocalDateTime legalEnd) {
        int allocated;
        try {
            allocated = calendar.workingDaysBetween(start.toLocalDate(), legalEnd.toLocalDate());
        } catch (DateTimeException ex) {
            throw entry.field("NgayKetThucTheoQuyDinh").error(ex.getMessage());
        }
        try {
            return DossierEvent.step(unit, start, end, allocated);
        } catch (InvalidFieldException ex) {
            throw entry.field("NgayKetThucTheoQuyDinh").error("The legal end " + legalEnd.toLocalDate()
                    + " is before the start " + start.toLocalDate());
        }
    }

    /** A text field, null when absent or blank. */
    static String text(DocumentNode node, String name) {
        Optional<DocumentNode> field = node.optional(name);
        if (field.isEmpty()) {
            return null;
        }
        String text = field.get().text().strip();
        return text.isEmpty() ? null : text;
    }

    /** A code given as a string or a whole number, null when absent or empty. */
    static String code(DocumentNode node, String name) {
        Optional<DocumentNode> field = node.optional(name);
        if (field.isEmpty()) {
            return null;
        }
        if (field.get().node().isIntegralNumber()) {
            return Integer.toString(field.get().integer());
        }
        String text = field.get().text().strip();
        return text.isEmpty() ? null : text;
    }

    /** A time, null when absent or empty; a date alone is allowed where {@code dateOnly} is not null. */
    static LocalDateTime time(DocumentNode node, String name, LocalTime dateOnly) {
        String text = text(node, name);
        if (text == null) {
            return null;
        }
        try {
            return VietnamTimes.parse(text, dateOnly);
        } catch (DateTimeParseException ex) {
            throw node.field(name).error(ex.getMessage());
        }
    }

    static LocalDateTime required(DocumentNode node, String name, LocalTime dateOnly) {
        LocalDateTime time = time(node, name, dateOnly);
        if (time == null) {
            throw node.field(name).error("Field '" + name + "' is required");
        }
        return time;
    }
}
