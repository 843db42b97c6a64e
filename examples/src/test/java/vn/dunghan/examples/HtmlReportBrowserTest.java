package vn.dunghan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the HTML report in a real browser, headless Chromium (Debian package {@code chromium},
 * which {@code .ci/run} installs when missing), and checks the rendered page. On a machine without
 * Chromium the test is skipped, except in CI, where it fails.
 */
class HtmlReportBrowserTest {

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    @Test
    void reportRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
        Path browser = chromium();
        if (browser == null) {
            assertTrue(System.getenv("CI") == null, "CI must have Chromium: .ci/run installs the Debian package chromium");
            Assumptions.abort("Chromium is not installed here (apt-get install chromium); the browser test is skipped");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"report", "--count", "2000", "--output-dir", dir.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8));
        assertEquals(0, code);
        Path html = dir.resolve("report.html");
        Path dom = dir.resolve("dom.html");
        Process process = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--dump-dom", html.toUri().toString())
                .redirectOutput(dom.toFile())
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish within 120 s");
        assertEquals(0, process.exitValue(), Files.readString(dir.resolve("chromium.log")));
        String rendered = Files.readString(dom, StandardCharsets.UTF_8);
        // the browser parsed the whole page: the headline figures, every chart and table, Vietnamese text
        assertTrue(rendered.contains("<h1>dunghan report: 2,000 generated dossiers (seed 2026)</h1>"), rendered);
        assertTrue(rendered.contains("dossiers as of 2026-11-26 00:00: on time <b>"), rendered);
        for (String id : List.of("agency-rates", "lateness", "trend", "findings", "agencies", "hidden")) {
            assertTrue(rendered.contains("id=\"" + id + "\""), id);
        }
        assertTrue(rendered.contains("UBND phường Bến Thành"), "Vietnamese agency names");
        // the legal, stated and Decision 766 lines, each drawn; charts scale with the window
        assertEquals(3, rendered.split("<polyline", -1).length - 1, "the three trend lines");
        assertTrue(rendered.contains("width=\"100%\""), "charts scale with the window");
        assertTrue(rendered.contains("@media print"), "a print stylesheet");
        assertTrue(rendered.split("<rect ", -1).length > 40, "the bars of the charts");
        assertTrue(rendered.trim().endsWith("</html>"), "the page is complete");
        // the Vietnamese page, as an official reads it
        Path vi = dir.resolve("vi");
        assertEquals(0, Main.run(new String[] {"report", "--count", "2000", "--output-dir", vi.toString(), "--lang", "vi"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        Process viProcess = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--dump-dom",
                vi.resolve("report.html").toUri().toString())
                .redirectOutput(dir.resolve("dom-vi.html").toFile())
                .redirectError(dir.resolve("chromium-vi.log").toFile())
                .start();
        assertTrue(viProcess.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish within 120 s");
        String viRendered = Files.readString(dir.resolve("dom-vi.html"), StandardCharsets.UTF_8);
        assertTrue(viRendered.contains("<html lang=\"vi\">"), viRendered.substring(0, Math.min(200, viRendered.length())));
        assertTrue(viRendered.contains("<h1>Báo cáo dunghan: 2.000 hồ sơ mẫu (seed 2026)</h1>"), viRendered);
        assertTrue(viRendered.contains("<h2>Tỷ lệ đúng hạn theo cơ quan</h2>"), viRendered);
        // agencies ranked with the gap between the software's rate and the law's; the partial last month said
        assertTrue(viRendered.contains("<th>chênh lệch</th>"), "the gap column");
        assertTrue(viRendered.contains("Tháng cuối, 2026-11, chỉ tính đến 2026-11-26"), "the partial month");
        // the page opens with the three rates and why they differ, then Biểu 06 in both views
        int reconciliation = viRendered.indexOf("<h2 id=\"reconciliation\">Vì sao các tỷ lệ khác nhau</h2>");
        int bieu06 = viRendered.indexOf("<h2 id=\"bieu-06\">Biểu 06: Tình hình, kết quả giải quyết thủ tục hành chính"
                + " — tháng 10/2026</h2>");
        assertTrue(reconciliation > 0 && bieu06 > reconciliation
                && bieu06 < viRendered.indexOf("<h2>Tỷ lệ đúng hạn theo cơ quan</h2>"), "the order of the sections");
        assertTrue(viRendered.contains("Đúng hạn theo luật <b>"), "the legal rate");
        assertTrue(viRendered.contains(", theo phần mềm một cửa <b>"), "the software's rate");
        assertTrue(viRendered.contains(", theo chỉ số Quyết định 766 <b>"), "the Decision 766 rate");
        assertTrue(viRendered.contains("<td>Ngày hẹn muộn hơn hạn luật định</td>"), "a cause of the difference");
        assertTrue(viRendered.contains("id=\"reconciliation-agencies\""), "the causes by agency");
        assertTrue(viRendered.contains("<th colspan=\"4\">Số hồ sơ nhận giải quyết</th>"), "the form's headings");
        assertTrue(viRendered.contains("<td rowspan=\"2\"><b>Tổng cộng</b></td><td class=\"d\">phần mềm</td>"),
                "the total row of the software's view");
        assertTrue(viRendered.contains("<td class=\"d\">quy định</td>"), "the legal view beside it");
        assertTrue(viRendered.contains("<h2 id=\"procedures\">Thủ tục hành chính</h2>"), "the procedures");
        assertTrue(viRendered.contains("<h2 id=\"tet\">Quanh Tết Nguyên đán</h2>") && viRendered.contains("id=\"tet-0\""),
                "the chart around Tết");
    }
}
