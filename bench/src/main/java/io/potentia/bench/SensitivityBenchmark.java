package io.potentia.bench;

import io.potentia.core.interop.ImportedIndex;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.uncertainty.RankModel;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
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
 * Sobol sensitivity of the ranking to its weights and aggregator at workload U1's size M (2,000
 * areas, 60 indicators, arithmetic or geometric mean): {@code N (k + 2)} rankings with N = 256,
 * and 1,000 bootstrap resamples of the intervals.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar Sensitivity}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SensitivityBenchmark {
  @Param({"2000"})
  int areas;

  @Param({"60"})
  int indicators;

  RankModel model;

  @Setup
  public void setUp() {
    ImportedIndex index = U1Matrix.of(areas, indicators).toIndex(2000);
    var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    UncertaintyPlan plan = UncertaintyPlan.builder().weights(UncertaintyPlan.WeightRange.of(0.5, 1.5))
        .addNormalisations(UncertaintyPlan.Choice.of(StepSpec.of("min-max",
            java.util.Map.of("lower", f.numberNode(1), "upper", f.numberNode(100))), 1))
        .addAggregations(UncertaintyPlan.Choice.of(StepSpec.of("arithmetic-mean"), 0.5),
            UncertaintyPlan.Choice.of(StepSpec.of("geometric-mean"), 0.5))
        .build();
    ScoringPipeline pipeline = ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(plan.nominal(StrategySpec.defaults())).build();
    model = RankModel.of(pipeline, index.dataset(), 2000, plan);
  }

  /**
   * Estimates the indices once.
   *
   * @return the result, so that the work is not optimised away
   */
  @Benchmark
  public RankSensitivity.Result sobolOfRankShift() {
    return RankSensitivity.estimate(model, new SobolIndices.Config(model.factors().size(), 256,
        SobolIndices.Estimator.SALTELLI_2010, 1000, 0.95, 1L), null, null);
  }
}
