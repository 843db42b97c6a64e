package vn.dunghan.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import vn.dunghan.dossier.DossierRecord;
import vn.dunghan.json.InvalidDocumentException;

/** Excel workbooks in the columns of CSV: dates as Excel dates or as text, numbers, errors by column. */
class XlsxDossiersTest {

    private static final String[] HEADER = {"Mã hồ sơ", "Mã TTHC", "Đơn vị xử lý", "Kênh thực hiện", "Ngày tiếp nhận",
        "Ngày hẹn trả", "Ngày kết thúc xử lý", "Ngày trả"};

    /** Writes a workbook: the header, then rows whose LocalDateTime values become date cells. */
    private static byte[] workbook(Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "dunghan-test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Hồ sơ");
            for (int c = 0; c < HEADER.length; c++) {
                sheet.value(0, c, HEADER[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDateTime time) {
                        sheet.value(r + 1, c, time);
                        sheet.style(r + 1, c).format("dd/mm/yyyy hh:mm").set();
                    } else if (value instanceof java.time.LocalDate date) {
                        sheet.value(r + 1, c, date);
                        sheet.style(r + 1, c).format("dd/mm/yyyy").set();
                    } else if (value instanceof Double huge) {
                        // a number too large to be a date, shown in a date format
                        sheet.value(r + 1, c, huge);
                        sheet.style(r + 1, c).format("dd/mm/yyyy").set();
                    } else if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (value != null) {
                        sheet.value(r + 1, c, (String) value);
                    }
                }
            }
            sheet.finish();
        }
        return out.toByteArray();
    }

    private static List<DossierRecord> read(byte[] xlsx) {
        List<DossierRecord> records = new ArrayList<>();
        try (CsvDossiers rows = XlsxDossiers.open(new ByteArrayInputStream(xlsx))) {
            rows.forEachRemaining(records::add);
        }
        return records;
    }

    private static List<DossierRecord> readCsv(String csv) {
        List<DossierRecord> records = new ArrayList<>();
        try (CsvDossiers rows = CsvDossiers.open(new StringReader(String.join(",", HEADER) + "\n" + csv))) {
            rows.forEachRemaining(records::add);
        }
        return records;
    }

    @Test
    void excelDatesTextDatesAndNumbersReadAsTheirCsvTwin() throws IOException {
        byte[] xlsx = workbook(
                new Object[] {"000.00.12.H29-260212-0007", "1.004873", "UBND phường Bến Nghé", 1,
                    LocalDateTime.of(2026, 2, 12, 15, 40), LocalDateTime.of(2026, 2, 26, 16, 0),
                    LocalDateTime.of(2026, 2, 25, 10, 0), "26/02/2026 09:00"},
                new Object[] {"000.00.12.H29-260302-0011", "1.004222", "UBND phường Bến Nghé", "Trực tuyến",
                    "02/03/2026 08:15", "20260316160000", null, null});
        List<DossierRecord> expected = readCsv(
                "000.00.12.H29-260212-0007,1.004873,UBND phường Bến Nghé,1,12/02/2026 15:40,26/02/2026 16:00,"
                        + "25/02/2026 10:00,26/02/2026 09:00\n"
                        + "000.00.12.H29-260302-0011,1.004222,UBND phường Bến Nghé,Trực tuyến,02/03/2026 08:15,"
                        + "20260316160000,,\n");
        assertEquals(expected, read(xlsx));
        assertFalse(expected.get(0).isError(), expected.get(0).toString());
    }

    @Test
    void badCellsAreErrorRecordsNamingTheColumnAndBadFilesAreRefused() throws IOException {
        List<DossierRecord> records = read(workbook(
                new Object[] {"A-1", "1.004873", "U", 1, "31/02/2026 10:00", LocalDateTime.of(2026, 3, 5, 16, 0)},
                new Object[] {"A-2", "1.004873", "U", 7, LocalDateTime.of(2026, 3, 2, 9, 0), LocalDateTime.of(2026, 3, 5, 16, 0)}));
        assertEquals("/Ngày tiếp nhận", records.get(0).path());
        assertEquals("'31/02/2026 10:00' is not a valid time: Invalid date 'FEBRUARY 31'", records.get(0).message());
        assertEquals("/Kênh thực hiện", records.get(1).path());
        assertTrue(records.get(1).message().startsWith("'7' is not a channel"), records.get(1).message());
        InvalidDocumentException ex = assertThrows(InvalidDocumentException.class,
                () -> XlsxDossiers.open(new ByteArrayInputStream("MaHoSo\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals("The file is not an Excel workbook (.xlsx); an older .xls or a CSV file must be saved as .xlsx or"
                + " read as CSV", ex.getRule());
    }

    @Test
    void aDateCellIsADateAndABadCellFailsOnlyItsRow() throws IOException {
        List<DossierRecord> records = read(workbook(
                new Object[] {"D-1", "1.004873", "U", 1, LocalDateTime.of(2026, 3, 2, 9, 0), java.time.LocalDate.of(2026, 3, 5)},
                new Object[] {"D-2", "1.004873", "U", 1, LocalDateTime.of(2026, 3, 2, 9, 0), 1e12},
                new Object[] {"D-3", "1.004873", "U", 1, LocalDateTime.of(2026, 3, 2, 9, 0), "05/03/2026"}));
        assertEquals(3, records.size());
        // an appointment given as a date means the end of that day, as the same date in CSV does
        assertEquals(java.time.LocalDate.of(2026, 3, 5).atTime(java.time.LocalTime.MAX), records.get(0).dossier().appointment());
        assertEquals(records.get(0).dossier().appointment(), records.get(2).dossier().appointment());
        assertEquals("/Ngày hẹn trả", records.get(1).path());
        assertTrue(records.get(1).message().startsWith("'1.0E12' is not a time"), records.get(1).message());
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        for (String format : new String[] {"dd/mm/yyyy", "d/m/yy h:mm", "yyyy-mm-dd hh:mm:ss", "[$-42A]dd/mm/yyyy", "mmm"}) {
            assertTrue(XlsxDossiers.isDateFormat(format), format);
        }
        for (String format : new String[] {"General", "0.00", "#,##0", "\"ngày\" 0", "[Red]0.0", "@"}) {
            assertFalse(XlsxDossiers.isDateFormat(format), format);
        }
        assertTrue(XlsxDossiers.hasTime("dd/mm/yyyy hh:mm"));
        // serials: 46083 is 2026-03-02; a time of day is kept even under a date-only format
        assertEquals("2026-03-02", XlsxDossiers.dateTime(46083, false));
        assertEquals("2026-03-02T08:00:00", XlsxDossiers.dateTime(46083 + 1.0 / 3, false));
        assertEquals("2026-03-02T00:00:00", XlsxDossiers.dateTime(46083, true));
        assertEquals("2026-03-02T15:40:00", XlsxDossiers.dateTime(46083 + (15 * 60 + 40) / 1440.0 + 1e-9, true));
        assertFalse(XlsxDossiers.hasTime("dd/mm/yyyy"));
        assertFalse(XlsxDossiers.hasTime("d \"h\" m"));
    }
}
