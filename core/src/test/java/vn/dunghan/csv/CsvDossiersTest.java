package vn.dunghan.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.bulk.BulkEvaluation;
import vn.dunghan.bulk.DossierSource;
import vn.dunghan.bulk.Pipeline;
import vn.dunghan.bulk.ResultLines;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierRecord;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.json.InvalidDocumentException;
import vn.dunghan.json.PolicyJson;
import vn.dunghan.json.ReadLimits;

/** CSV input in the columns of the national payload, through the same validation as NDJSON. */
class CsvDossiersTest {

    private static java.io.InputStream utf8(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static final String HEADER = "MaHoSo,MaTTHC,DonViTiepNhan,KenhNop,NgayNopHoSo,NgayTiepNhan,NgayHenTra,"
            + "NgayBoSung,NgayTiepNhanBoSung,NgayHenTraMoi,NgayGiaHan,NgayHenTraGiaHan,CoXinLoi,NgayKySo,"
            + "NgayKetThucXuLy,NgayTra\n";

    private static List<DossierRecord> read(String csv) {
        List<DossierRecord> rows = new ArrayList<>();
        try (CsvDossiers reader = CsvDossiers.open(new StringReader(csv))) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void readsEveryColumnAndEveryTimeForm() {
        List<DossierRecord> rows = read(HEADER
                + "000.00.12.H29-260212-0007,1.004227,UBND phường Bến Nghé,Trực tiếp,12/02/2026 15:30,"
                + "2026-02-12T15:40:00,20260312,13/02/2026 09:00:00,20260220100000,2026-03-20 16:00,"
                + "2026-03-10T10:00+07:00,20/03/2026,có,2026-03-18 10:00,2026-03-18T11:00,\n");
        assertEquals(1, rows.size());
        Dossier d = rows.get(0).dossier();
        assertEquals("000.00.12.H29-260212-0007", d.id());
        assertEquals(Channel.COUNTER, d.channel());
        assertEquals(LocalDateTime.of(2026, 2, 12, 15, 30), d.submittedAt());
        assertEquals(LocalDateTime.of(2026, 2, 12, 15, 40), d.acceptedAt());
        assertEquals(LocalDate.of(2026, 3, 12).atTime(LocalTime.MAX), d.appointment());
        assertEquals(List.of(EventType.SUPPLEMENT_REQUESTED, EventType.SUPPLEMENT_RECEIVED, EventType.EXTENDED,
                EventType.RESULT_SIGNED, EventType.COMPLETED), d.events().stream().map(e -> e.type()).toList());
        assertEquals(LocalDateTime.of(2026, 2, 20, 10, 0), d.events().get(1).at());
        assertEquals(LocalDateTime.of(2026, 3, 20, 16, 0), d.events().get(1).newAppointment());
        assertTrue(d.events().get(2).apology());
        assertEquals(LocalDate.of(2026, 3, 20).atTime(LocalTime.MAX), d.events().get(2).newAppointment());
    }

    @Test
    void badRowsAreErrorRecordsAndReadingGoesOn() {
        List<DossierRecord> rows = read(HEADER
                + "A-1,1.004227,UBND,,,31/02/2026 10:00,2026-03-20,,,,,,,,,\n"
                + "A-2,1.004227,UBND,fax,,2026-03-02T09:00,2026-03-20,,,,,,,,,\n"
                + "A-3,1.004227,UBND,,,2026-03-02T09:00+08:00,2026-03-20,,,,,,,,,\n"
                + "A-4,1.004227,,,,2026-03-02T09:00,2026-03-20,,,,,,,,,\n"
                + "A-5,1.004227,UBND,,,2026-03-02T09:00,2026-03-20,,,,2026-03-05T09:00,,,,,\n"
                + "A-6,1.004227,UBND,,,2026-03-02T09:00,2026-03-20,,,,,,perhaps,,,\n"
                + "A-7,1.004227,UBND,,,2026-03-02T09:00,2026-03-20,,,,,,,,,,extra\n"
                + "A-8,1.004227,UBND,,,2026-03-02T09:00,2026-03-20,,,,,,,,2026-03-19T10:00,2026-03-19T11:00\n"
                + "A-9,1.004227,UBND,,,2026-03-02T09:00,2026-03-20,,,,,,1,,,\n");
        assertEquals(9, rows.size());
        assertError(rows.get(0), 1, "A-1", "/NgayTiepNhan", "'31/02/2026 10:00' is not a valid time: Invalid date"
                + " 'FEBRUARY 31'");
        assertError(rows.get(1), 2, "A-2", "/KenhNop", "'fax' is not a channel: COUNTER, ONLINE, POSTAL, Trực tiếp,"
                + " Trực tuyến, Bưu chính, or 1, 2, 3");
        assertError(rows.get(2), 3, "A-3", "/NgayTiepNhan", "Time '2026-03-02T09:00+08:00' has the offset +08:00;"
                + " times must be Vietnam time, local or +07:00");
        assertError(rows.get(3), 4, "A-4", "/DonViTiepNhan", "Column 'DonViTiepNhan' is required");
        assertError(rows.get(4), 5, "A-5", "/NgayHenTraGiaHan", "An extension (NgayGiaHan) needs its new appointment"
                + " in NgayHenTraGiaHan");
        assertError(rows.get(5), 6, "A-6", "/CoXinLoi", "'perhaps' is not 1, 0, true, false, có or không");
        assertError(rows.get(6), 7, "A-7", "", "The row has 17 fields, the header 16");
        assertTrue(!rows.get(7).isError());
        assertEquals(8, rows.get(7).number());
        assertError(rows.get(8), 9, "A-9", "/CoXinLoi", "Column 'CoXinLoi' is given without an extension in NgayGiaHan");
    }

    private static void assertError(DossierRecord row, long number, String id, String path, String message) {
        assertTrue(row.isError(), String.valueOf(row));
        assertEquals(number, row.number());
        assertEquals(id, row.id());
        assertEquals(path, row.path());
        assertEquals(message, row.message());
    }

    @Test
    void headerErrorsRejectTheWholeFile() {
        // blank rows are no records, and the row numbers still count them
        List<DossierRecord> withBlanks = read("MaHoSo;MaTTHC;DonViTiepNhan;NgayTiepNhan;NgayHenTra\n\n;;;;\n"
                + "A;1.004227;U;2026-03-02T09:00;2026-03-20\n ; ; ; ; \nB;1.004227;U;2026-03-02T09:00;bad\n");
        assertEquals(List.of(3L, 5L), withBlanks.stream().map(DossierRecord::number).toList());
        assertEquals("/NgayHenTra", withBlanks.get(1).path());
        // a column under two of its names: the first is read, the second noted
        try (CsvDossiers rows = CsvDossiers.open(new StringReader("MaHoSo,MaTTHC,Đơn vị tiếp nhận,Đơn vị xử lý,NgayTiepNhan,"
                + "NgayHenTra\nA,1.004227,U,V,2026-03-02T09:00,2026-03-20\n"))) {
            assertEquals(List.of("Đơn vị xử lý"), rows.getIgnoredColumns());
            assertEquals("U", rows.next().dossier().agency());
        }
        // columns of other names are not read, and said; a misspelt required column shows among them
        try (CsvDossiers rows = CsvDossiers.open(new StringReader("STT;MaHoSo;MaTTHC;Tên TTHC;DonViTiepNhan;NgayTiepNhan;"
                + "NgayHenTra;Ghi chú\n1;A;1.004227;Khai sinh;U;2026-03-02T09:00;2026-03-20;xin gấp\n"))) {
            assertEquals(List.of("STT", "Tên TTHC", "Ghi chú"), rows.getIgnoredColumns());
            assertEquals(false, rows.next().isError());
        }
        InvalidDocumentException ex = assertThrows(InvalidDocumentException.class,
                () -> CsvDossiers.open(new StringReader("MaHoSo,MaTTHC,DonViTiepNhan,NgayTiepNhan,NgayHenTraa\n")));
        assertEquals("At /NgayHenTra: The header lacks the required column 'NgayHenTra'; columns not read: [NgayHenTraa]",
                ex.getMessage());
        ex = assertThrows(InvalidDocumentException.class, () -> CsvDossiers.open(new StringReader(
                "MaHoSo,MaTTHC,DonViTiepNhan,NgayTiepNhan,NgayHenTra,MaHoSo\n")));
        assertEquals("At /MaHoSo: Column 'MaHoSo' appears twice in the header", ex.getMessage());
        ex = assertThrows(InvalidDocumentException.class, () -> CsvDossiers.open(new StringReader("")));
        assertEquals("At /: The CSV has no header row", ex.getMessage());
        // a byte-order mark before the first column name is allowed
        assertEquals(1, read("\uFEFFMaHoSo,MaTTHC,DonViTiepNhan,NgayTiepNhan,NgayHenTra\nA,1.004227,U,2026-03-02T09:00,"
                + "2026-03-20\n").size());
    }

    @Test
    void csvAndNdjsonOfTheSameDossierGiveTheSameResult() {
        WorkCalendar calendar = WorkCalendar.builder(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)).build();
        Evaluator evaluator = Evaluator.of(calendar, PolicyJson.read("{\"procedures\":[{\"code\":\"1.004227\","
                + "\"limit\":{\"amount\":10,\"unit\":\"WORKING_DAYS\"}}]}"));
        Pipeline pipeline = Pipeline.of(evaluator, LocalDateTime.of(2026, 11, 26, 0, 0))
                .withBulk(BulkEvaluation.parallel(2));
        String csv = "MaHoSo,MaTTHC,DonViTiepNhan,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTra\n"
                + "X-260302-1,1.004227,UBND,02/03/2026 09:00,20/03/2026,2026-03-19T10:00,20260320090000\n"
                + "X-260302-2,1.004227,UBND,2026-03-02T09:00,2026-03-01T16:00,,\n";
        String ndjson = "{\"id\":\"X-260302-1\",\"procedure\":\"1.004227\",\"agency\":\"UBND\",\"acceptedAt\":\"2026-03-02T09:00\","
                + "\"appointment\":\"2026-03-20\",\"events\":[{\"type\":\"COMPLETED\",\"at\":\"2026-03-19T10:00\"},"
                + "{\"type\":\"RETURNED\",\"at\":\"2026-03-20T09:00\"}]}\n"
                + "{\"id\":\"X-260302-2\",\"procedure\":\"1.004227\",\"agency\":\"UBND\",\"acceptedAt\":\"2026-03-02T09:00\","
                + "\"appointment\":\"2026-03-01T16:00\"}\n";
        StringWriter fromCsv = new StringWriter();
        Pipeline.Counts counts = pipeline.run(DossierSource.csv(utf8(csv)), ResultLines.to(fromCsv), n -> { });
        StringWriter fromNdjson = new StringWriter();
        pipeline.run(DossierSource.ndjson(utf8(ndjson), ReadLimits.defaults()), ResultLines.to(fromNdjson), n -> { });
        // the same results; an error names the CSV column instead of the JSON field
        assertEquals(fromNdjson.toString().replace("\"path\":\"/appointment\"", "\"path\":\"/NgayHenTra\""),
                fromCsv.toString());
        assertEquals(new Pipeline.Counts(2, 1, 1), counts);
        assertTrue(fromCsv.toString().contains("\"error\":{\"path\":\"/NgayHenTra\",\"message\":\"Appointment"
                + " 2026-03-01T16:00 is before the acceptance 2026-03-02T09:00\"}"), fromCsv.toString());
    }

    @Test
    void errorsFoundByTheEvaluatorNameTheColumn() {
        CsvDossiers reader = CsvDossiers.open(new StringReader(HEADER.replace("\n", ",NgayBanGiao\n")
                + "A-1,1.004227,UBND,,,2026-03-02T09:00,2026-03-20,03/03/2026 09:00,04/03/2026 09:00,2026-03-25,"
                + "2026-03-20T10:00,2026-03-30,1,2026-03-26T10:00,2026-03-27T10:00,2026-03-27T11:00,"
                + "2026-03-27T12:00\n"));
        Dossier dossier = reader.next().dossier();
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < dossier.events().size(); i++) {
            columns.add(dossier.events().get(i).type() + " " + reader.locate(dossier, "/events/" + i + "/at")
                    + " " + reader.locate(dossier, "/events/" + i + "/newAppointment"));
        }
        assertEquals(List.of("SUPPLEMENT_REQUESTED /NgayBoSung /NgayBoSung",
                "SUPPLEMENT_RECEIVED /NgayTiepNhanBoSung /NgayHenTraMoi",
                "EXTENDED /NgayGiaHan /NgayHenTraGiaHan", "RESULT_SIGNED /NgayKySo /NgayKySo",
                "COMPLETED /NgayKetThucXuLy /NgayKetThucXuLy", "RETURNED /NgayTra /NgayTra",
                "HANDED_OVER /NgayBanGiao /NgayBanGiao"), columns);
        assertEquals("/CoXinLoi", reader.locate(dossier, "/events/2/apology"));
        for (String[] pair : new String[][] {{"/id", "/MaHoSo"}, {"/procedure", "/MaTTHC"}, {"/agency", "/DonViTiepNhan"},
                {"/channel", "/KenhNop"}, {"/submittedAt", "/NgayNopHoSo"}, {"/acceptedAt", "/NgayTiepNhan"},
                {"/appointment", "/NgayHenTra"}, {"/competentReceivedAt", "/NgayCoQuanNhan"}, {"", ""},
                {"/events/9/at", "/events/9/at"}, {"/other", "/other"}}) {
            assertEquals(pair[1], reader.locate(dossier, pair[0]), pair[0]);
        }
    }

    @Test
    void excelExportsAreReadWhateverTheirDelimiterAndHeaderSpelling() {
        // Excel in a Vietnamese locale writes semicolons; headers typed by hand carry accents and spaces
        String expected = read("MaHoSo,MaTTHC,DonViTiepNhan,KenhNop,NgayTiepNhan,NgayHenTra,NgayTra\n"
                + "A-1,1.004227,UBND xã A,2,02/03/2026 09:00,20/03/2026,\"19/03/2026 10:00\"\n").get(0).dossier().toString();
        String semicolons = "\uFEFFMã hồ sơ;Mã TTHC;Đơn vị xử lý;Kênh thực hiện;Ngày tiếp nhận;Ngày hẹn trả;ngay_tra\n"
                + "A-1;1.004227;UBND xã A;2;2/3/2026 9:00;20/03/2026;\"19/03/2026 10:00\"\n";
        assertEquals(expected, read(semicolons).get(0).dossier().toString());
        assertEquals(expected, read(semicolons.replace(';', '\t')).get(0).dossier().toString());
        assertEquals(Channel.ONLINE, read(semicolons).get(0).dossier().channel());
        // a quoted header may hold the other delimiters
        assertEquals(expected, read("\"MaHoSo\";\"MaTTHC\";\"DonViTiepNhan, cấp xã\";KenhNop;NgayTiepNhan;NgayHenTra;NgayTra\n"
                .replace("\"DonViTiepNhan, cấp xã\"", "DonViTiepNhan") + "A-1;1.004227;UBND xã A;2;02/03/2026 09:00;20/03/2026;"
                + "19/03/2026 10:00\n").get(0).dossier().toString());
        // one name twice is refused; a second spelling of a column is not read
        InvalidDocumentException ex = assertThrows(InvalidDocumentException.class,
                () -> read("MaHoSo,MaTTHC,MaTTHC,DonViTiepNhan,NgayTiepNhan,NgayHenTra\n"));
        assertEquals("At /MaTTHC: Column 'MaTTHC' appears twice in the header", ex.getMessage());
        // errors name the column as the file writes it
        DossierRecord bad = read("Mã hồ sơ;MaTTHC;DonViTiepNhan;Ngày tiếp nhận;NgayHenTra\nB-1;1.004227;U;31/04/2026 08:00;"
                + "2026-05-20\n").get(0);
        assertEquals("/Ngày tiếp nhận", bad.path());
        assertEquals("'31/04/2026 08:00' is not a valid time: Invalid date 'APRIL 31'", bad.message());
        DossierRecord empty = read("Mã hồ sơ;MaTTHC;DonViTiepNhan;Ngày tiếp nhận;NgayHenTra\nB-2;1.004227;U;;2026-05-20\n").get(0);
        assertEquals("/Ngày tiếp nhận", empty.path());
        assertEquals("Column 'Ngày tiếp nhận' is required", empty.message());
    }
}
