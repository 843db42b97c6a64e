package vn.dunghan.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.DossierRecord;
import vn.dunghan.dossier.EventType;

/**
 * The national portal's dossier payload (DongBoHoSoMC), mapped onto dossiers as docs/portal.md
 * says, in each of its shapes.
 */
class PortalSourceTest {

    private static final WorkCalendar CALENDAR = WorkCalendar.builder(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31))
            .build();

    private static final String FULL = "{\"MaHoSo\":\"H-1\",\"MaTTHC\":\"1.013225\",\"TenTTHC\":\"Cấp phép\","
            + "\"DonViXuLy\":\"UBND xã A\",\"KenhThucHien\":\"2\",\"ChuHoSo\":\"Nguyễn Văn A\",\"NgayNopHoSo\":\"20260303210000\","
            + "\"NgayTiepNhan\":\"20260304100000\",\"NgayHenTra\":\"20260318160000\",\"TrangThaiHoSo\":\"10\","
            + "\"DanhSachHoSoBoSung\":[{\"NgayBoSung\":\"20260306100000\",\"NgayTiepNhanBoSung\":\"20260311090000\","
            + "\"NgayHenTraTruoc\":\"20260318160000\",\"NgayHenTraMoi\":\"20260325\"}],"
            + "\"QuaTrinhXuLy\":[{\"PhongBanXuLy\":\"Phòng Kinh tế\",\"ThoiDiemXuLy\":\"20260320160000\",\"TrangThai\":\"4\","
            + "\"NgayBatDau\":\"20260312080000\",\"NgayKetThucTheoQuyDinh\":\"20260317\"}],"
            + "\"NgayKetThucXuLy\":\"20260326100000\",\"NgayTra\":\"20260327090000\",\"TaiLieuNop\":[{\"TepDinhKemId\":\"9\"}]}";

    private static List<DossierRecord> read(String json) {
        List<DossierRecord> records = new ArrayList<>();
        try (DossierSource<?> source = DossierSource.portal(utf8(json), vn.dunghan.json.ReadLimits.defaults(), CALENDAR)) {
            collect(source, records);
        }
        return records;
    }

    private static <T> void collect(DossierSource<T> source, List<DossierRecord> records) {
        source.forEachRemaining(item -> records.add(source.decode(item)));
    }

    private static ByteArrayInputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyFieldBecomesItsPartOfTheDossier() {
        Dossier d = read(FULL).get(0).dossier();
        assertEquals("H-1", d.id());
        assertEquals("1.013225", d.procedure());
        assertEquals("UBND xã A", d.agency());
        assertEquals(Channel.ONLINE, d.channel());
        assertEquals(LocalDateTime.of(2026, 3, 3, 21, 0), d.submittedAt());
        assertEquals(LocalDateTime.of(2026, 3, 4, 10, 0), d.acceptedAt());
        assertEquals(LocalDateTime.of(2026, 3, 18, 16, 0), d.appointment());
        assertEquals(List.of(
                DossierEvent.of(EventType.SUPPLEMENT_REQUESTED, LocalDateTime.of(2026, 3, 6, 10, 0)),
                DossierEvent.supplementReceived(LocalDateTime.of(2026, 3, 11, 9, 0), LocalDate.of(2026, 3, 25).atTime(LocalTime.MAX)),
                // allocated: the working days after 12 March through 17 March (13, 16, 17)
                DossierEvent.step("Phòng Kinh tế", LocalDateTime.of(2026, 3, 12, 8, 0), LocalDateTime.of(2026, 3, 20, 16, 0), 3),
                DossierEvent.of(EventType.COMPLETED, LocalDateTime.of(2026, 3, 26, 10, 0)),
                DossierEvent.of(EventType.RETURNED, LocalDateTime.of(2026, 3, 27, 9, 0))), d.events());
    }

    @Test
    void anArrayAnEnvelopeAndOneObjectPerLineGiveTheSameRecords() {
        String second = FULL.replace("H-1", "H-2");
        List<DossierRecord> array = read("[" + FULL + ",\n" + second + "]");
        List<DossierRecord> envelope = read("{\"session\":\"x\",\"madonvi\":\"000.00.12.H29\",\"service\":\"DongBoHoSoMC\","
                + "\"isUpdating\":\"False\",\"data\":[" + FULL + "," + second + "]}");
        List<DossierRecord> lines = read(FULL + "\n\n" + second + "\n");
        assertEquals(2, array.size());
        assertEquals(array, envelope);
        // one object per line: records are numbered by line, as in NDJSON (line 2 is blank)
        assertEquals(array.stream().map(DossierRecord::dossier).toList(), lines.stream().map(DossierRecord::dossier).toList());
        assertEquals(List.of(1L, 3L), lines.stream().map(DossierRecord::number).toList());
        assertEquals(List.of(1L, 2L), array.stream().map(DossierRecord::number).toList());
        // envelopes and arrays may follow one another in one file
        List<DossierRecord> mixed = read("[" + FULL + "]\n{\"service\":\"DongBoHoSoMC\",\"data\":[" + second + "]}\n" + FULL
                + "\n[]\n{\"data\":[" + second + "],\"service\":\"DongBoHoSoMC\"}");
        assertEquals(List.of("H-1", "H-2", "H-1", "H-2"), mixed.stream().map(DossierRecord::id).toList());
    }

    @Test
    void statusesCloseOrPauseWhereNoDateSays() {
        String base = "{\"MaHoSo\":\"S\",\"MaTTHC\":\"P\",\"DonViXuLy\":\"U\",\"NgayTiepNhan\":\"20260302090000\","
                + "\"NgayHenTra\":\"20260310160000\"";
        assertEquals(List.of(DossierEvent.of(EventType.REFUSED, LocalDateTime.of(2026, 3, 4, 9, 0))),
                read(base + ",\"TrangThaiHoSo\":\"3\",\"NgayTuChoi\":\"20260304090000\"}").get(0).dossier().events());
        assertEquals(List.of(DossierEvent.of(EventType.WITHDRAWN, LocalDateTime.of(2026, 3, 5, 9, 0))),
                read(base + ",\"TrangThaiHoSo\":7,\"QuaTrinhXuLy\":[{\"ThoiDiemXuLy\":\"20260305090000\",\"TrangThai\":\"7\","
                        + "\"NguoiXuLy\":\"A\"}]}").get(0).dossier().events());
        assertEquals(List.of(DossierEvent.of(EventType.STOPPED, LocalDateTime.of(2026, 3, 6, 9, 0))),
                read(base + ",\"TrangThaiHoSo\":\"8\",\"NgayKetThucXuLy\":\"20260306090000\"}").get(0).dossier().events());
        assertEquals(List.of(DossierEvent.of(EventType.SUPPLEMENT_REQUESTED, LocalDateTime.of(2026, 3, 3, 9, 0))),
                read(base + ",\"TrangThaiHoSo\":\"5\",\"QuaTrinhXuLy\":[{\"ThoiDiemXuLy\":\"20260303090000\",\"TrangThai\":\"5\","
                        + "\"NguoiXuLy\":\"A\"}]}").get(0).dossier().events());
        // 1, 2, 4 and 6: the dates decide; no status means in progress
        for (String status : new String[] {"\"1\"", "2", "\"4\"", "\"6\"", "null"}) {
            assertEquals(List.of(), read(base + ",\"TrangThaiHoSo\":" + status + "}").get(0).dossier().events(), status);
        }
    }

    @Test
    void badPayloadsAreErrorRecordsNamingTheField() {
        String base = "{\"MaHoSo\":\"S\",\"MaTTHC\":\"P\",\"DonViXuLy\":\"U\",\"NgayTiepNhan\":\"20260302090000\","
                + "\"NgayHenTra\":\"20260310160000\"";
        assertError(base + ",\"TrangThaiHoSo\":\"11\"}", "/TrangThaiHoSo", "Status '11' is not a status of the portal's"
                + " payload, 1 to 10");
        assertError(base + ",\"TrangThaiHoSo\":\"9\"}", "/NgayKetThucXuLy", "Status 9 (done) needs NgayKetThucXuLy");
        assertError(base + ",\"TrangThaiHoSo\":\"10\"}", "/NgayTra", "Status 10 (returned) needs NgayTra");
        assertError(base + ",\"TrangThaiHoSo\":\"7\"}", "/NgayKetThucXuLy", "Status 7 closes the dossier and needs its"
                + " time: a progress entry with TrangThai 7 or NgayKetThucXuLy");
        // status 5 with no request time: read as running, since an undated request cannot stop the clock
        assertEquals(List.of(), read(base + ",\"TrangThaiHoSo\":\"5\"}").get(0).dossier().events());
        assertError(base + ",\"NgayTuChoi\":\"20260304090000\"}", "/NgayTuChoi", "A refusal (NgayTuChoi) needs the status"
                + " 3, not 4");
        assertError(base + ",\"KenhThucHien\":\"4\"}", "/KenhThucHien", "Channel '4' is not 1 (counter), 2 (online) or 3"
                + " (post)");
        assertError(base.replace("\"20260302090000\"", "\"\"") + "}", "/NgayTiepNhan", "Field 'NgayTiepNhan' is required");
        assertError(base.replace("20260302090000", "20260230090000") + "}", "/NgayTiepNhan",
                "'20260230090000' is not a valid time: Invalid date 'FEBRUARY 30'");
        assertError(base + ",\"DanhSachHoSoBoSung\":[{\"NgayTiepNhanBoSung\":\"20260304090000\"}]}",
                "/DanhSachHoSoBoSung/0/NgayBoSung", "Field 'NgayBoSung' is required");
        assertError(base + ",\"QuaTrinhXuLy\":[{\"ThoiDiemXuLy\":\"20260304090000\",\"NgayBatDau\":\"20260303090000\","
                + "\"NgayKetThucTheoQuyDinh\":\"20260305\"}]}", "/QuaTrinhXuLy/0/PhongBanXuLy", "A step (NgayBatDau and"
                + " NgayKetThucTheoQuyDinh) needs its unit in PhongBanXuLy or NguoiXuLy");
        assertError("{\"MaHoSo\":\"S\",\"NguoiXuLy\":\"A\",\"ThoiDiemXuLy\":\"20260304090000\",\"TrangThai\":\"4\"}", "",
                "This is a progress entry (CapNhatTienDoHoSoMC) of dossier S, not a dossier; give the progress entries as"
                        + " a separate file (--progress) or nest them in their dossier's QuaTrinhXuLy");
        List<DossierRecord> broken = read("[" + base + "}, {\"MaHoSo\": ]");
        assertEquals(2, broken.size());
        assertTrue(broken.get(1).message().startsWith("The payload cannot be read from here on: "), broken.get(1).message());
        // one object per line: a bad line is one error record, and reading goes on
        List<DossierRecord> perLine = read(base + "}\n{\"MaHoSo\": ]\n" + base.replace("\"S\"", "\"T\"") + "}\n");
        assertEquals(List.of(false, true, false), perLine.stream().map(DossierRecord::isError).toList());
        assertEquals("T", perLine.get(2).id());
        // an envelope without its data says so
        assertEquals("The envelope holds no data array of dossiers", read("{\"service\":\"DongBoHoSoMC\"}").get(0).message());
    }

    private static void assertError(String json, String path, String message) {
        DossierRecord record = read(json).get(0);
        assertTrue(record.isError(), json);
        assertEquals(path, record.path(), json);
        assertEquals(message, record.message(), json);
    }

    @Test
    void theApplicantKeyComesFromTheIdentityNumberAndNothingOfItIsPrinted() {
        String base = "{\"MaHoSo\":\"A\",\"MaTTHC\":\"P\",\"DonViXuLy\":\"U\",\"NgayTiepNhan\":\"20260302090000\","
                + "\"NgayHenTra\":\"20260310160000\",\"ChuHoSo\":\"Nguyễn Văn B\"";
        String expected = vn.dunghan.dossier.ApplicantKey.of("Nguyễn Văn B", "079123456789");
        assertEquals(expected, read(base + ",\"SoGiayToChuHoSo\":\"079123456789\"}").get(0).dossier().applicant());
        // a number where text was expected is read as the number (its leading zero already lost)
        assertEquals(vn.dunghan.dossier.ApplicantKey.of("Nguyễn Văn B", "79123456789"),
                read(base + ",\"SoGiayToChuHoSo\":79123456789}").get(0).dossier().applicant());
        assertEquals(expected, read(base + ",\"DinhDanhCHS\":[{\"LoaiDinhDanh\":\"1\",\"SoDinhDanh\":\"079123456789\"}]}")
                .get(0).dossier().applicant());
        // an identity field of another shape is left out, never quoted in an error
        DossierRecord odd = read(base + ",\"SoGiayToChuHoSo\":{\"CCCD\":\"079123456789\"},\"DinhDanhCHS\":\"x\"}").get(0);
        assertEquals(false, odd.isError());
        assertEquals(vn.dunghan.dossier.ApplicantKey.of("Nguyễn Văn B", null), odd.dossier().applicant());
    }

    @Test
    void progressSentApartIsJoinedByCode() {
        String dossier = "{\"MaHoSo\":\"W\",\"MaTTHC\":\"P\",\"DonViXuLy\":\"U\",\"NgayTiepNhan\":\"20260302090000\","
                + "\"NgayHenTra\":\"20260310160000\",\"TrangThaiHoSo\":\"7\"}";
        vn.dunghan.portal.PortalProgress progress = vn.dunghan.portal.PortalProgress.read(utf8("{\"service\":"
                + "\"CapNhatTienDoHoSoMC\",\"data\":[{\"MaHoSo\":\"W\",\"ThoiDiemXuLy\":\"20260305090000\",\"TrangThai\":\"7\"},"
                + "{\"ThoiDiemXuLy\":\"20260305090000\"}]}\n{\"MaHoSo\":\"X\",\"ThoiDiemXuLy\":\"bad\"}"));
        assertEquals(1, progress.getSkipped());
        assertEquals(2, progress.size());
        List<DossierRecord> records = new ArrayList<>();
        try (DossierSource<?> source = DossierSource.portal(utf8(dossier + "\n" + dossier.replace("\"W\"", "\"X\"")),
                vn.dunghan.json.ReadLimits.defaults(), vn.dunghan.portal.PortalDossiers.of(CALENDAR).withProgress(progress))) {
            collect(source, records);
        }
        // W is withdrawn at the time of its separate progress entry; X's entry is bad and named
        assertEquals(List.of(DossierEvent.of(EventType.WITHDRAWN, LocalDateTime.of(2026, 3, 5, 9, 0))),
                records.get(0).dossier().events());
        assertEquals("/CapNhatTienDoHoSoMC/0/ThoiDiemXuLy", records.get(1).path());
    }

    @Test
    void aPrettyPrintedDossierIsOneRecord() {
        String pretty = FULL.replace(",\"", ",\n  \"").replace("{\"MaHoSo", "{\n  \"MaHoSo");
        List<DossierRecord> records = read(pretty + "\n" + pretty.replace("H-1", "H-2"));
        assertEquals(List.of("H-1", "H-2"), records.stream().map(DossierRecord::id).toList());
        assertEquals(false, records.get(0).isError());
    }

    @Test
    void theFormatIsFoundFromTheFirstBytes() {
        assertEquals(InputFormat.PORTAL, detect("x.json", "[{\"MaHoSo\":\"1\"}]"));
        assertEquals(InputFormat.PORTAL, detect("x.ndjson", "\uFEFF {\"MaHoSo\":\"1\"}\n"));
        assertEquals(InputFormat.PORTAL, detect("-", "{\n \"service\": \"DongBoHoSoMC\", \"data\": []}"));
        assertEquals(InputFormat.NDJSON, detect("x.json", "{\"id\":\"1\"}\n"));
        assertEquals(InputFormat.NDJSON, detect("x.json", ""));
        assertEquals(InputFormat.CSV, detect("x.CSV", "[{\"MaHoSo\":\"1\"}]"));
        // a workbook renamed .csv is still a workbook
        assertEquals(InputFormat.XLSX, detect("export.csv", "PK\u0003\u0004rest"));
    }

    private static InputFormat detect(String name, String head) {
        return InputFormat.detect(name, new BufferedInputStream(utf8(head)));
    }
}
