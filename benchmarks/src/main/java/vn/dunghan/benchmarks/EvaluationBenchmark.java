package vn.dunghan.benchmarks;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.dunghan.deadline.TimeLimit;
import vn.dunghan.dossier.Channel;
import vn.dunghan.dossier.Dossier;
import vn.dunghan.dossier.DossierEvent;
import vn.dunghan.dossier.EventType;
import vn.dunghan.dossier.Evaluation;
import vn.dunghan.dossier.Evaluator;
import vn.dunghan.dossier.PolicySet;
import vn.dunghan.dossier.ProcedureSpec;
import vn.dunghan.holidays.VietnamCalendars;

/**
 * One evaluation of a six-event dossier on the civil-service calendar: a compliant supplementation
 * cycle, an extension with an apology, the result signed, completed and returned. Run with
 * {@code -prof gc} to see the allocation per evaluation. Ten measured iterations: on a shared
 * 2-core machine one-second iterations of this benchmark vary by a third from one to the next.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EvaluationBenchmark {

    private Evaluator evaluator;
    private Dossier clean;
    private Dossier late;
    private LocalDateTime asOf;

    /** Builds the evaluator and two dossiers: one with no finding, one late with findings. */
    @Setup
    public void setUp() {
        evaluator = Evaluator.of(VietnamCalendars.civilService(),
                PolicySet.of(List.of(ProcedureSpec.of("1.004222", "Đăng ký kết hôn", TimeLimit.ofWorkingDays(10)))));
        LocalDateTime accepted = LocalDateTime.of(2026, 3, 2, 9, 0);
        clean = new Dossier("000.00.12.H29-260302-0001", "1.004222", "UBND phường Bến Nghé", Channel.COUNTER, null,
                accepted, LocalDateTime.of(2026, 3, 16, 16, 0), null, List.of(
                        DossierEvent.of(EventType.SUPPLEMENT_REQUESTED, LocalDateTime.of(2026, 3, 4, 10, 0)),
                        DossierEvent.supplementReceived(LocalDateTime.of(2026, 3, 6, 10, 0),
                                LocalDateTime.of(2026, 3, 20, 16, 0)),
                        DossierEvent.of(EventType.RESULT_SIGNED, LocalDateTime.of(2026, 3, 18, 15, 0)),
                        DossierEvent.of(EventType.COMPLETED, LocalDateTime.of(2026, 3, 18, 16, 0)),
                        DossierEvent.of(EventType.EARLY_NOTICE, LocalDateTime.of(2026, 3, 18, 16, 30)),
                        DossierEvent.of(EventType.RETURNED, LocalDateTime.of(2026, 3, 19, 9, 0))));
        late = new Dossier("000.00.12.H29-260302-0002", "1.004222", "UBND phường Bến Nghé", Channel.COUNTER, null,
                accepted, LocalDateTime.of(2026, 3, 20, 16, 0), null, List.of(
                        DossierEvent.of(EventType.SUPPLEMENT_REQUESTED, LocalDateTime.of(2026, 3, 9, 10, 0)),
                        DossierEvent.supplementReceived(LocalDateTime.of(2026, 3, 11, 10, 0), null),
                        DossierEvent.extended(LocalDateTime.of(2026, 3, 19, 10, 0), LocalDateTime.of(2026, 3, 27, 16, 0),
                                true),
                        DossierEvent.of(EventType.COMPLETED, LocalDateTime.of(2026, 3, 25, 16, 0)),
                        DossierEvent.of(EventType.RESULT_SIGNED, LocalDateTime.of(2026, 3, 26, 15, 0)),
                        DossierEvent.of(EventType.RETURNED, LocalDateTime.of(2026, 3, 27, 9, 0))));
        asOf = LocalDateTime.of(2026, 11, 26, 0, 0);
    }

    /** A dossier finished early, with no finding. */
    @Benchmark
    public Evaluation evaluateClean() {
        return evaluator.evaluate(clean, asOf);
    }

    /** A dossier late in law, with four findings. */
    @Benchmark
    public Evaluation evaluateWithFindings() {
        return evaluator.evaluate(late, asOf);
    }
}
