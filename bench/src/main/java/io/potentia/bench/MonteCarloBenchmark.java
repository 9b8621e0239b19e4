package io.potentia.bench;

import io.potentia.core.interop.ImportedIndex;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
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

/**
 * Workload U1 once compiled: {@link MonteCarlo#run} on a flat index over a matrix (the nominal
 * pipeline run, then the fast path: scoring the replications in tiles, ranking each, the per-area
 * statistics), at sizes M (2,000
 * areas, 60 indicators, 2,000 replications) and L (10,000, 100, 5,000), with weights from
 * Uniform(0.5, 1.5) and the arithmetic or geometric mean. The command-line figures add the JVM's
 * start-up and warm-up to these.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar MonteCarlo}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class MonteCarloBenchmark {
  @Param({"2000:60:2000", "10000:100:5000"})
  String size;

  ScoringPipeline pipeline;
  ImportedIndex index;
  UncertaintyPlan plan;

  @Setup
  public void setUp() {
    String[] parts = size.split(":");
    int areas = Integer.parseInt(parts[0]);
    int indicators = Integer.parseInt(parts[1]);
    index = U1Matrix.of(areas, indicators).toIndex(2000);
    var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    plan = UncertaintyPlan.builder().replications(Integer.parseInt(parts[2])).seed(1)
        .weights(UncertaintyPlan.WeightRange.of(0.5, 1.5))
        .addNormalisations(UncertaintyPlan.Choice.of(StepSpec.of("min-max",
            java.util.Map.of("lower", f.numberNode(1), "upper", f.numberNode(100))), 1))
        .addAggregations(UncertaintyPlan.Choice.of(StepSpec.of("arithmetic-mean"), 0.5),
            UncertaintyPlan.Choice.of(StepSpec.of("geometric-mean"), 0.5))
        .addNodes("index").build();
    pipeline = ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(plan.nominal(StrategySpec.defaults())).build();
  }

  /**
   * One run of every replication.
   *
   * @return the result, so that the work is not optimised away
   */
  @Benchmark
  public MonteCarlo.Result replicate() {
    return MonteCarlo.run(pipeline, index.dataset(), 2000, plan, null, null);
  }

  /**
   * {@link #replicate()} in a JVM started as {@code bin/potentia} starts {@code uncertainty}: loops
   * of up to 100 nodes unrolled, so that the kernel's four-replication pass is vectorised, and that
   * pass asked for ({@code -Dpotentia.wideLoops=true}).
   *
   * @return the result, so that the work is not optimised away
   */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-XX:LoopUnrollLimit=100", "-Dpotentia.wideLoops=true"})
  public MonteCarlo.Result replicateWide() {
    return MonteCarlo.run(pipeline, index.dataset(), 2000, plan, null, null);
  }
}
