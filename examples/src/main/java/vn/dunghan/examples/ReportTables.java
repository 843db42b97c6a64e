package vn.dunghan.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

import vn.dunghan.analytics.DisplayText;
import vn.dunghan.analytics.HiddenLateness;
import vn.dunghan.analytics.Summary;
import vn.dunghan.analytics.Tally;
import vn.dunghan.dossier.Discrepancy;
import vn.dunghan.dossier.FindingCode;
import vn.dunghan.dossier.Outcome;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.dossier.ProcedureSpec;

/**
 * The CSV tables of the report, made for Excel: UTF-8 with a byte order mark, so that Vietnamese
 * names open right; headers in the report's language, in words; rates as percentages with one
 * decimal in columns whose name ends with {@code %}; the procedure's name beside its code. Every
 * file is written whole or not at all ({@link AtomicOutput}).
 */
final class ReportTables {

    private static final String BOM = "\uFEFF";

    private final boolean vietnamese;
    private final Locale locale;
    private final PolicySet policies;

    ReportTables(Locale locale, PolicySet policies) {
        this.locale = locale;
        this.vietnamese = locale.getLanguage().equals("vi");
        this.policies = policies;
    }

    /**
     * Writes the open dossiers to act on, most late first.
     *
     * @param file  the file, not null
     * @param actions  the dossiers, not null
     * @throws IOException if the file cannot be written
     */
    void writeActions(Path file, java.util.List<vn.dunghan.analytics.ActionItem> actions) throws IOException {
        writeCsv(file, vietnamese ? "mã hồ sơ,cơ quan,mã thủ tục,tên thủ tục,tình trạng,hạn theo luật,"
                + "số ngày làm việc trễ,ngày hẹn,đã có văn bản xin lỗi"
                : "dossier,agency,procedure,procedure name,state,legal due,working days late,appointment,"
                + "written apology recorded", w -> {
                    for (vn.dunghan.analytics.ActionItem a : actions) {
                        w.write(String.join(",", csv(a.id()), csv(a.agency()), csv(a.procedure()),
                                csv(a.procedureName() == null ? "" : a.procedureName()), outcome(a.outcome()),
                                a.legalDueDate().toString(), Integer.toString(a.lateWorkingDays()),
                                a.statedDueDate().toString(), yesNo(a.apologyRecorded())) + "\n");
                    }
                });
    }

    /**
     * Writes every agency's activity on the working days around long breaks.
     *
     * @param file  the file, not null
     * @param around  the days ({@link vn.dunghan.analytics.HolidayActivity#around}), not null
     * @throws IOException if the file cannot be written
     */
    void writeActivity(Path file, java.util.List<vn.dunghan.analytics.HolidayActivity.Day> around) throws IOException {
        writeCsv(file, vietnamese ? "nghỉ từ,nghỉ đến,dịp lễ,cơ quan,ngày,ngày làm việc so với kỳ nghỉ,tiếp nhận,"
                + "trả kết quả,hoàn thành,một cửa thường ngày,một cửa không hoạt động"
                : "break from,break to,holiday,agency,date,working days from the break,accepted,returned,completed,"
                + "counter's usual per working day,counter idle", w -> {
                    for (vn.dunghan.analytics.HolidayActivity.Day d : around) {
                        w.write(String.join(",", d.breakPeriod().from().toString(), d.breakPeriod().to().toString(),
                                csv(d.breakPeriod().name(locale)), csv(d.agency()), d.date().toString(),
                                Integer.toString(d.offset()), Integer.toString(d.accepted()),
                                Integer.toString(d.returned()), Integer.toString(d.completed()),
                                String.format(Locale.ROOT, "%.1f", d.usual()), yesNo(d.idle())) + "\n");
                    }
                });
    }

    void write(Path dir, Summary summary) throws IOException {
        Files.createDirectories(dir);
        writeTallies(dir.resolve("by-agency.csv"), vietnamese ? "cơ quan" : "agency", summary.getByAgency(), false);
        writeTallies(dir.resolve("by-procedure.csv"), vietnamese ? "mã thủ tục" : "procedure", summary.getByProcedure(),
                true);
        Map<String, Tally> months = new java.util.TreeMap<>();
        for (Map.Entry<YearMonth, Tally> entry : summary.getByMonth().entrySet()) {
            months.put(entry.getKey().toString(), entry.getValue());
        }
        writeTallies(dir.resolve("by-month.csv"), vietnamese ? "tháng" : "month", months, false);
        writeHidden(dir.resolve("hidden-lateness.csv"), summary);
    }

    private void writeHidden(Path file, Summary summary) throws IOException {
        writeCsv(file, vietnamese ? "mã hồ sơ,cơ quan,mã thủ tục,tên thủ tục,hạn theo luật,hạn theo hẹn,hoàn thành,"
                + "số ngày làm việc trễ,dấu hiệu"
                : "dossier,agency,procedure,procedure name,legal due,stated due,finished,working days late,findings",
                w -> {
                    for (HiddenLateness h : summary.getTopHiddenLateness()) {
                        w.write(hiddenRow(h) + "\n");
                    }
                });
    }

    private String hiddenRow(HiddenLateness h) {
        StringBuilder findings = new StringBuilder();
        for (FindingCode code : h.findings()) {
            findings.append(findings.length() == 0 ? "" : "; ").append(code.getTitle(locale));
        }
        return String.join(",", csv(h.id()), csv(h.agency()), csv(h.procedure()), csv(name(h.procedure())),
                h.legalDueDate().toString(), h.statedDueDate().toString(),
                h.finishedAt() == null ? "" : h.finishedAt().toString(), Integer.toString(h.lateWorkingDays()),
                csv(findings.toString()));
    }

    private void writeTallies(Path file, String key, Map<String, Tally> tallies, boolean named) throws IOException {
        writeCsv(file, header(key, named), w -> {
            for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
                Tally t = entry.getValue();
                StringBuilder row = new StringBuilder(csv(entry.getKey()));
                if (named) {
                    row.append(',').append(csv(name(entry.getKey())));
                }
                row.append(',').append(t.getTotal()).append(',').append(t.getFinished()).append(',')
                        .append(percent(t.getLegalOnTimeRate())).append(',').append(percent(t.getSystemOnTimeRate()))
                        .append(',').append(percent(t.getStatedOnTimeRate())).append(',')
                        .append(percent(t.getMetricOnTimeRate())).append(',').append(t.getHiddenLateness());
                for (Outcome outcome : Outcome.values()) {
                    row.append(',').append(t.getCount(outcome));
                }
                for (FindingCode code : FindingCode.values()) {
                    row.append(',').append(t.getFindings(code));
                }
                for (Discrepancy cause : Discrepancy.values()) {
                    if (cause != Discrepancy.NO_APPOINTMENT_COUNTED_ON_TIME) {
                        row.append(',').append(t.getDiscrepancies(cause));
                    }
                }
                w.write(row + "\n");
            }
        });
    }

    /** Writes the rows of a CSV file. */
    @FunctionalInterface
    interface Rows {
        void write(Writer w) throws IOException;
    }

    /**
     * Writes a CSV file for Excel, whole or not at all ({@link AtomicOutput}): the byte order mark,
     * the header line, then the rows.
     *
     * @param file  the file, not null
     * @param header  the header, without the line break, not null
     * @param rows  writes the rows, each ending with a line break, not null
     * @throws IOException if the file cannot be written
     */
    static void writeCsv(Path file, String header, Rows rows) throws IOException {
        try (AtomicOutput output = AtomicOutput.open(file)) {
            Writer w = output.writer();
            w.write(BOM + header + "\n");
            rows.write(w);
            output.commit();
        }
    }

    private String yesNo(boolean yes) {
        return yes ? (vietnamese ? "có" : "yes") : (vietnamese ? "không" : "no");
    }

    private String header(String key, boolean named) {
        StringBuilder header = new StringBuilder(key);
        if (named) {
            header.append(vietnamese ? ",tên thủ tục" : ",procedure name");
        }
        header.append(vietnamese ? ",hồ sơ,có kết quả,đúng hạn theo luật %,đúng hạn theo phần mềm một cửa %,"
                + "đúng hạn theo giấy hẹn %,đúng hạn theo QĐ 766 %,trễ hạn bị che giấu"
                : ",dossiers,finished,legal on time %,one-stop software on time %,stated on time %,"
                + "Decision 766 on time %,hidden lateness");
        for (Outcome outcome : Outcome.values()) {
            header.append(',').append(outcome(outcome));
        }
        for (FindingCode code : FindingCode.values()) {
            header.append(',').append(csv(code.getTitle(locale)));
        }
        for (Discrepancy cause : Discrepancy.values()) {
            if (cause != Discrepancy.NO_APPOINTMENT_COUNTED_ON_TIME) {
                header.append(',').append(csv((vietnamese ? "lệch: " : "differs: ") + cause.getTitle(locale)));
            }
        }
        return header.toString();
    }

    private String outcome(Outcome outcome) {
        return switch (outcome) {
            case EARLY -> vietnamese ? "trước hạn" : "early";
            case ON_TIME -> vietnamese ? "đúng hạn" : "on time";
            case LATE -> vietnamese ? "trễ hạn" : "late";
            case IN_PROGRESS -> vietnamese ? "đang giải quyết" : "in progress";
            case DUE_SOON -> vietnamese ? "sắp đến hạn" : "due soon";
            case OVERDUE -> vietnamese ? "quá hạn" : "overdue";
            case PAUSED -> vietnamese ? "tạm dừng" : "paused";
            case CLOSED -> vietnamese ? "kết thúc không có kết quả" : "closed";
        };
    }

    private String name(String procedure) {
        ProcedureSpec spec = policies.getProcedures().get(procedure);
        return spec == null || spec.name() == null ? "" : spec.name();
    }

    private static String percent(double rate) {
        return Double.isNaN(rate) ? "" : String.format(Locale.ROOT, "%.1f", rate * 100);
    }

    private static String csv(String value) {
        return DisplayText.csvCell(value);
    }
}
