package vn.dunghan.examples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import vn.dunghan.analytics.Bieu06;
import vn.dunghan.analytics.Bieu06Words;
import vn.dunghan.analytics.DisplayText;
import vn.dunghan.json.Bieu06Json;

/**
 * Writes the Biểu 06 table of a period in both views: {@code bieu-06.xlsx} (one sheet per view,
 * the form's merged headings, numbers as numbers, a total row, the notes under it),
 * {@code bieu-06.csv} (for Excel: a BOM, one row per view and agency) and {@code bieu-06.json}
 * ({@link Bieu06Json}). Each file is written whole or not at all ({@link AtomicOutput}).
 */
final class Bieu06Files {

    static final List<String> NAMES = List.of("bieu-06.xlsx", "bieu-06.csv", "bieu-06.json");

    private final Locale language;
    private final java.time.LocalDateTime asOf;
    private final long rejected;

    /**
     * @param language  the language of headings and notes
     * @param asOf  the evaluation instant, named in the notes
     * @param rejected  the records rejected as invalid, named in the notes
     */
    Bieu06Files(Locale language, java.time.LocalDateTime asOf, long rejected) {
        this.language = language;
        this.asOf = asOf;
        this.rejected = rejected;
    }

    void write(Path dir, List<Bieu06> views) throws IOException {
        writeWorkbook(dir.resolve("bieu-06.xlsx"), views);
        writeCsv(dir.resolve("bieu-06.csv"), views);
        try (AtomicOutput output = AtomicOutput.open(dir.resolve("bieu-06.json"))) {
            output.writer().write(Bieu06Json.write(views));
            output.writer().write('\n');
            output.commit();
        }
    }

    private void writeCsv(Path file, List<Bieu06> views) throws IOException {
        boolean vi = language.getLanguage().equals("vi");
        List<String> groups = Bieu06Words.groups(language);
        List<String> columns = Bieu06Words.columns(language);
        StringBuilder header = new StringBuilder(vi ? "kỳ,góc nhìn," : "period,view,")
                .append(csv(Bieu06Words.agency(language)));
        for (int i = 0; i < columns.size(); i++) {
            header.append(',').append(csv(groups.get(i < 4 ? 0 : i < 8 ? 1 : 2) + ": " + columns.get(i)));
        }
        ReportTables.writeCsv(file, header.toString(), w -> {
            for (Bieu06 table : views) {
                String prefix = table.getPeriod() + "," + csv(Bieu06Words.view(table.getView(), language)) + ",";
                for (Bieu06.Row row : table.getRows()) {
                    w.write(prefix + csv(row.agency()) + numbers(row) + "\n");
                }
                w.write(prefix + csv(Bieu06Words.total(language)) + numbers(table.getTotal()) + "\n");
            }
        });
    }

    private static String numbers(Bieu06.Row row) {
        StringBuilder text = new StringBuilder();
        for (long n : row.toColumns()) {
            text.append(',').append(n);
        }
        return text.toString();
    }

    private void writeWorkbook(Path file, List<Bieu06> views) throws IOException {
        try (AtomicOutput output = AtomicOutput.open(file)) {
            Workbook workbook = new Workbook(output.stream(), "dunghan", "1.0");
            Bieu06 legal = views.stream().filter(v -> v.getView() == Bieu06.View.LEGAL).findFirst().orElseThrow();
            List<String> notes = Bieu06Words.notes(legal, asOf, rejected, language);
            for (Bieu06 table : views) {
                sheet(workbook.newWorksheet(table.getView() == Bieu06.View.LEGAL
                        ? (language.getLanguage().equals("vi") ? "Theo quy định" : "Legal")
                        : (language.getLanguage().equals("vi") ? "Theo phần mềm" : "One-stop software")), table, notes);
            }
            workbook.finish();
            output.commit();
        }
    }

    private void sheet(Worksheet ws, Bieu06 table, List<String> notes) {
        ws.pageOrientation("landscape");
        ws.paperSize(org.dhatim.fastexcel.PaperSize.A4_PAPER);
        ws.setFitToPage(true);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.value(0, 0, Bieu06Words.title(language) + " — " + Bieu06Words.period(table.getPeriod(), language));
        ws.style(0, 0).bold().fontSize(13).set();
        ws.value(1, 0, Bieu06Words.view(table.getView(), language));
        ws.value(3, 0, Bieu06Words.agency(language));
        ws.range(3, 0, 4, 0).merge();
        List<String> groups = Bieu06Words.groups(language);
        int[][] spans = {{1, 4}, {5, 8}, {9, 11}};
        for (int g = 0; g < 3; g++) {
            ws.value(3, spans[g][0], groups.get(g));
            ws.range(3, spans[g][0], 3, spans[g][1]).merge();
        }
        List<String> columns = Bieu06Words.columns(language);
        for (int i = 0; i < columns.size(); i++) {
            ws.value(4, i + 1, columns.get(i));
        }
        ws.range(3, 0, 4, 11).style().bold().wrapText(true).horizontalAlignment("center").verticalAlignment("center")
                .fillColor("F3F3F3").borderStyle("thin").set();
        int r = 5;
        for (Bieu06.Row row : table.getRows()) {
            ws.value(r, 0, DisplayText.visible(row.agency()));
            numbers(ws, r++, row);
        }
        ws.value(r, 0, Bieu06Words.total(language));
        numbers(ws, r, table.getTotal());
        ws.range(r, 0, r, 11).style().bold().set();
        ws.range(5, 0, r, 11).style().borderStyle("thin").set();
        ws.width(0, 38);
        for (int c = 1; c <= 11; c++) {
            ws.width(c, 12);
        }
        r += 2;
        for (String note : notes) {
            ws.value(r++, 0, note);
        }
    }

    private static void numbers(Worksheet ws, int r, Bieu06.Row row) {
        long[] values = row.toColumns();
        for (int i = 0; i < values.length; i++) {
            ws.value(r, i + 1, values[i]);
        }
    }

    private static String csv(String value) {
        return DisplayText.csvCell(value);
    }
}
