package vn.dunghan.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.dunghan.analytics.Bieu06;
import vn.dunghan.analytics.ReportPeriod;
import vn.dunghan.analytics.Summary;
import vn.dunghan.calendar.WorkCalendar;
import vn.dunghan.deadline.TimeLimit;
import vn.dunghan.bulk.BulkEvaluation;
import vn.dunghan.bulk.DossierSource;
import vn.dunghan.bulk.Pipeline;
import vn.dunghan.bulk.SummarySink;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.dossier.ProcedureSpec;
import vn.dunghan.holidays.VietnamCalendars;
import vn.dunghan.json.DossierJson;
import vn.dunghan.json.NdjsonLines;
import vn.dunghan.json.ReadLimits;

/**
 * The bulk pipeline against its limit, on the same in-memory NDJSON file of 20,000 dossiers:
 * {@link #pipeline} splits lines, parses and validates each dossier, evaluates it and adds it to a
 * {@link Summary} and both views of the last full month's Biểu 06 table (rejecting reused codes), as
 * the {@code report} command does; {@link #parseOnly}
 * splits the same lines and has Jackson parse each into a tree, and nothing else. Both run on
 * {@link #threads} threads with {@link BulkEvaluation}, in batches of {@link #BATCH} records. The
 * target: the pipeline takes at most twice the parse-only time (50% of its throughput).
 * <p>
 * The batch is smaller than {@link BulkEvaluation#DEFAULT_BATCH} so that 20,000 records make 20
 * batches and both runs reach the steady state of a long file, where the calling thread reads and
 * delivers one batch while the workers handle the next; with 5 batches, filling and draining that
 * pipeline would dominate. The end-to-end throughput of the CLI on a million dossiers, with the
 * default batch, is measured by {@code report-throughput.sh}.
 * <p>
 * The warm-up is 12 seconds, not 3: with two workers and the calling thread busy on two cores,
 * the just-in-time compiler gets little processor time, and the run with 2 threads was still
 * getting faster after 8 seconds (390, 177, 115, 86, 86, 64, 55 ms per operation); after 10
 * seconds it is steady.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark {

    /** The number of dossiers in the file. */
    public static final int DOSSIERS = 20_000;
    /** The records per batch. */
    public static final int BATCH = 1024;

    @Param({"1", "2"})
    int threads;

    // package-private for PipelineStages, which times the same work stage by stage
    byte[] file;
    Evaluator evaluator;
    LocalDateTime asOf;
    JsonMapper mapper;

    /** Writes the file: dossiers accepted on the working days of 2025-2026, in six shapes. */
    @Setup
    public void setUp() {
        WorkCalendar calendar = VietnamCalendars.civilService();
        List<ProcedureSpec> procedures = List.of(ProcedureSpec.of("1.004222", "Đăng ký kết hôn", TimeLimit.ofWorkingDays(10)),
                ProcedureSpec.of("1.004227", "Đăng ký khai sinh", TimeLimit.ofWorkingDays(3)),
                ProcedureSpec.of("2.000908", "Chứng thực bản sao", TimeLimit.ofWorkingDays(2)));
        evaluator = Evaluator.of(calendar, PolicySet.of(procedures));
        // after the last dossier's last event: every event is part of each timeline
        asOf = LocalDateTime.of(2027, 6, 1, 0, 0);
        mapper = JsonMapper.builder().build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LocalDate day = calendar.nextWorkingDayOrSame(LocalDate.of(2025, 1, 2));
        for (int i = 0; i < DOSSIERS; i++) {
            if (i % 40 == 39) {
                day = calendar.plusWorkingDays(day, 1);
            }
            out.writeBytes(DossierJson.write(dossier(calendar, procedures.get(i % 3), day, i)).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        file = out.toByteArray();
    }

    private static Dossier dossier(WorkCalendar calendar, ProcedureSpec procedure, LocalDate day, int i) {
        LocalDateTime accepted = day.atTime(8 + i % 8, (i * 7) % 60);
        int limit = procedure.limit().getAmount();
        LocalDateTime appointment = calendar.plusWorkingDays(day, limit + i % 3).atTime(16, 0);
        String id = String.format("000.00.%02d.H29-%s-%06d", 10 + i % 7, day.toString().replace("-", "").substring(2), i);
        String agency = "UBND phường " + (i % 7 + 1);
        LocalDate finished = calendar.plusWorkingDays(day, Math.max(0, limit - 2 + i % 5));
        List<DossierEvent> events = switch (i % 6) {
            case 0 -> List.of(DossierEvent.of(EventType.COMPLETED, finished.atTime(10, 0)),
                    DossierEvent.of(EventType.RETURNED, finished.atTime(15, 0)));
            case 1 -> List.of(DossierEvent.of(EventType.SUPPLEMENT_REQUESTED, calendar.plusWorkingDays(day, 1).atTime(9, 0)),
                    DossierEvent.supplementReceived(calendar.plusWorkingDays(day, 3).atTime(9, 0), null),
                    DossierEvent.of(EventType.COMPLETED, calendar.plusWorkingDays(finished, 2).atTime(10, 0)),
                    DossierEvent.of(EventType.RETURNED, calendar.plusWorkingDays(finished, 3).atTime(9, 0)));
            case 2 -> List.of(DossierEvent.extended(calendar.plusWorkingDays(day, limit - 1).atTime(10, 0),
                    calendar.plusWorkingDays(day, limit + 5).atTime(16, 0), i % 4 == 0),
                    DossierEvent.of(EventType.COMPLETED, calendar.plusWorkingDays(day, limit + 4).atTime(10, 0)));
            case 3 -> List.of(DossierEvent.of(EventType.RESULT_SIGNED, finished.atTime(9, 0)),
                    DossierEvent.of(EventType.COMPLETED, finished.atTime(10, 0)),
                    DossierEvent.of(EventType.HANDED_OVER, calendar.plusWorkingDays(finished, 1).atTime(10, 0)));
            case 4 -> List.of(DossierEvent.of(EventType.WITHDRAWN, calendar.plusWorkingDays(day, 1).atTime(11, 0)));
            default -> List.of();
        };
        return new Dossier(id, procedure.code(), agency, i % 2 == 0 ? Channel.COUNTER : Channel.ONLINE, null, accepted,
                appointment, null, events);
    }

    /**
     * Splits, parses, validates, evaluates, checks codes and summarises every record: the report's
     * pipeline ({@link Pipeline} with a {@link SummarySink}).
     */
    @Benchmark
    public Report pipeline() {
        SummarySink sink = SummarySink.create(ReportPeriod.lastFullMonthBefore(asOf.toLocalDate()));
        Pipeline.of(evaluator, asOf).withBulk(BulkEvaluation.parallel(threads).withBatch(BATCH))
                .run(DossierSource.ndjson(new ByteArrayInputStream(file), ReadLimits.defaults()), sink, done -> { });
        return new Report(sink.toSummary(), sink.toBieu06(Bieu06.View.SYSTEM), sink.toBieu06(Bieu06.View.LEGAL));
    }

    /** What the report's pipeline builds. */
    public record Report(Summary summary, Bieu06 system, Bieu06 legal) {
    }

    /** Splits the same lines and parses each into a Jackson tree: the limit of any JSON pipeline. */
    @Benchmark
    public long parseOnly() {
        long[] fields = {0};
        BulkEvaluation.parallel(threads).withBatch(BATCH).map(NdjsonLines.of(new ByteArrayInputStream(file), ReadLimits.defaults()),
                (NdjsonLines.Line line) -> mapper.readTree(line.bytes()), (JsonNode node) -> fields[0] += node.size(),
                done -> { });
        return fields[0];
    }
}
