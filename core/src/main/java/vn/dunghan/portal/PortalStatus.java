package vn.dunghan.portal;

import java.time.LocalDateTime;
import java.util.List;

import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.EventType;
import vn.dunghan.json.DocumentNode;

/**
 * The status codes of a dossier in the portal's payload ({@code TrangThaiHoSo}, and {@code TrangThai}
 * of a progress entry), as open one-stop platforms' integration code lists them, and the events
 * each adds to the dates of the payload. The dates decide the timeline; a status adds only what no
 * date field says: the closing of a refused, withdrawn or stopped dossier, and a supplement request
 * outside {@code DanhSachHoSoBoSung}.
 */
enum PortalStatus {

    /** 1, Mới đăng ký: registered; read like 2 when it carries an acceptance. */
    REGISTERED("1", null),
    /** 2, Được tiếp nhận: accepted. */
    ACCEPTED("2", null),
    /** 3, Không được tiếp nhận: refused; closed at {@code NgayTuChoi}. */
    REFUSED("3", EventType.REFUSED),
    /** 4, Đang xử lý: in progress. */
    IN_PROGRESS("4", null),
    /** 5, Yêu cầu bổ sung giấy tờ: a supplement is requested. */
    SUPPLEMENT_REQUESTED("5", EventType.SUPPLEMENT_REQUESTED),
    /** 6, Yêu cầu thực hiện nghĩa vụ tài chính: waiting for a payment; the clock keeps running. */
    PAYMENT_REQUESTED("6", null),
    /** 7, Công dân yêu cầu rút hồ sơ: withdrawn. */
    WITHDRAWN("7", EventType.WITHDRAWN),
    /** 8, Dừng xử lý: stopped. */
    STOPPED("8", EventType.STOPPED),
    /** 9, Đã xử lý xong: done; needs {@code NgayKetThucXuLy}. */
    DONE("9", null),
    /** 10, Đã trả kết quả: returned; needs {@code NgayTra}. */
    RETURNED("10", null);

    private final String code;
    private final EventType closing;

    PortalStatus(String code, EventType closing) {
        this.code = code;
        this.closing = closing;
    }

    /**
     * Reads the status of a dossier; a dossier without one is in progress.
     *
     * @param node  the dossier object, not null
     * @return the status, not null
     * @throws vn.dunghan.json.InvalidDocumentException if the code is not 1 to 10
     */
    static PortalStatus of(DocumentNode node) {
        String code = PortalDossiers.code(node, "TrangThaiHoSo");
        if (code == null) {
            return IN_PROGRESS;
        }
        for (PortalStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw node.field("TrangThaiHoSo").error("Status '" + code + "' is not a status of the portal's payload, 1 to 10");
    }

    /**
     * Adds the events of the dates and of this status.
     *
     * @param node  the dossier object, not null
     * @param progress  its progress entries, not null
     * @param events  the events so far, added to, not null
     */
    void addEvents(DocumentNode node, List<PortalDossiers.Progress> progress, List<DossierEvent> events) {
        LocalDateTime completed = PortalDossiers.time(node, "NgayKetThucXuLy", null);
        LocalDateTime returned = PortalDossiers.time(node, "NgayTra", null);
        LocalDateTime refused = PortalDossiers.time(node, "NgayTuChoi", null);
        if (this == REFUSED || this == WITHDRAWN || this == STOPPED) {
            LocalDateTime at = this == REFUSED && refused != null ? refused : lastEntry(progress);
            at = at != null ? at : completed;
            if (at == null) {
                throw node.field(this == REFUSED ? "NgayTuChoi" : "NgayKetThucXuLy").error("Status " + code + " closes"
                        + " the dossier and needs its time: " + (this == REFUSED ? "NgayTuChoi, " : "")
                        + "a progress entry with TrangThai " + code + " or NgayKetThucXuLy");
            }
            events.add(DossierEvent.of(closing, at));
            return;
        }
        if (refused != null) {
            throw node.field("NgayTuChoi").error("A refusal (NgayTuChoi) needs the status 3, not " + code);
        }
        if (this == SUPPLEMENT_REQUESTED && !hasOpenRequest(events)) {
            // a request with no time cannot stop the clock: the dossier is read as running
            LocalDateTime at = lastEntry(progress);
            if (at != null) {
                events.add(DossierEvent.of(EventType.SUPPLEMENT_REQUESTED, at));
            }
        }
        if (this == DONE && completed == null) {
            throw node.field("NgayKetThucXuLy").error("Status 9 (done) needs NgayKetThucXuLy");
        }
        if (this == RETURNED && returned == null) {
            throw node.field("NgayTra").error("Status 10 (returned) needs NgayTra");
        }
        if (completed != null) {
            events.add(DossierEvent.of(EventType.COMPLETED, completed));
        }
        if (returned != null) {
            events.add(DossierEvent.of(EventType.RETURNED, returned));
        }
    }

    /** The time of the last progress entry with this status, or null. */
    private LocalDateTime lastEntry(List<PortalDossiers.Progress> progress) {
        LocalDateTime last = null;
        for (PortalDossiers.Progress entry : progress) {
            if (code.equals(entry.status()) && (last == null || entry.at().isAfter(last))) {
                last = entry.at();
            }
        }
        return last;
    }

    private static boolean hasOpenRequest(List<DossierEvent> events) {
        int open = 0;
        for (DossierEvent event : events) {
            open += event.type() == EventType.SUPPLEMENT_REQUESTED ? 1 : event.type() == EventType.SUPPLEMENT_RECEIVED ? -1 : 0;
        }
        return open > 0;
    }
}
