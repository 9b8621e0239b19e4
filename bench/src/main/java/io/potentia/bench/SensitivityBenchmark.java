package io.potentia.bench;

import io.potentia.scoring.analysis.uncertainty.MonteCarloRanks;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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

  double[][] columns;
  List<String> names;
  MonteCarloRanks.Config config;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    columns = new double[indicators][areas];
    names = new ArrayList<>();
    for (int j = 0; j < indicators; j++) {
      names.add("i" + j);
      for (int i = 0; i < areas; i++) {
        columns[j][i] = 1 + 99 * random.nextDouble();
      }
    }
    config = new MonteCarloRanks.Config(1, 1L, 0.5, 1.5,
        List.of(MonteCarloRanks.Aggregation.ARITHMETIC, MonteCarloRanks.Aggregation.GEOMETRIC), new double[] {0.5, 0.5},
        new double[] {50}, 10);
  }

  /**
   * Estimates the indices once.
   *
   * @return the result, so that the work is not optimised away
   */
  @Benchmark
  public RankSensitivity.Result sobolOfRankShift() {
    return RankSensitivity.estimate(columns, names, config, 256, SobolIndices.Estimator.SALTELLI_2010, 1000, 0.95, 1L);
  }
}
