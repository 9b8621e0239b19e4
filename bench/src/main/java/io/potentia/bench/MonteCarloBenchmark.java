package io.potentia.bench;

import io.potentia.scoring.analysis.uncertainty.MonteCarloRanks;
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
 * The inner loops of workload U1 once compiled: {@link MonteCarloRanks#run} on normalised columns
 * (scoring the replications in tiles, ranking each, the per-area statistics), at sizes M (2,000
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

  double[][] columns;
  MonteCarloRanks.Config config;

  @Setup
  public void setUp() {
    String[] parts = size.split(":");
    int areas = Integer.parseInt(parts[0]);
    int indicators = Integer.parseInt(parts[1]);
    SplittableRandom random = new SplittableRandom(7);
    columns = new double[indicators][areas];
    for (double[] column : columns) {
      for (int i = 0; i < areas; i++) {
        column[i] = 1 + 99 * random.nextDouble();
      }
    }
    config = new MonteCarloRanks.Config(Integer.parseInt(parts[2]), 1L, 0.5, 1.5,
        List.of(MonteCarloRanks.Aggregation.ARITHMETIC, MonteCarloRanks.Aggregation.GEOMETRIC), new double[] {0.5, 0.5},
        new double[] {5, 50, 95}, 10);
  }

  /**
   * One run of every replication.
   *
   * @return the result, so that the work is not optimised away
   */
  @Benchmark
  public MonteCarloRanks.Result replicate() {
    return MonteCarloRanks.run(columns, config, null, null);
  }
}
