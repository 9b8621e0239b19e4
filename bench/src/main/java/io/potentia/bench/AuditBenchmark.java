package io.potentia.bench;

import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.audit.Audit;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
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
 * The full statistical audit of every year of 10,000 areas x 200 indicators x 5 years (the tree of
 * {@link PipelineBenchmark}: 5 pillars, 20 sub-pillars; values correlated within a sub-pillar, 5%
 * missing, mean imputation): availability, statistics, scoring, coherence and weights against
 * importance: one year of the panel, and every year. The audit issue asks for under 2 s.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar Audit}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class AuditBenchmark {
  @Param({"10000"})
  int areas;

  @Param({"200"})
  int indicators;

  @Param({"5"})
  int years;

  ScoringPipeline pipeline;
  Dataset data;

  @Setup
  public void setUp() {
    List<Indicator> catalogue = new ArrayList<>();
    List<FrameworkNode> nodes = BenchTree.innerNodes();
    SplittableRandom random = new SplittableRandom(16);
    double[][] common = new double[20][areas];
    for (double[] c : common) {
      for (int a = 0; a < areas; a++) {
        c[a] = random.nextGaussian();
      }
    }
    Dataset.Builder b = Dataset.builder().label("synthetic benchmark data");
    for (int i = 0; i < indicators; i++) {
      String id = "bench.i" + i;
      catalogue.add(BenchTree.indicator(i, Direction.BENEFIT));
      nodes.add(BenchTree.leaf(i));
      for (int y = 0; y < years; y++) {
        for (int a = 0; a < areas; a++) {
          if (random.nextDouble() < 0.05) {
            b.putMissing("A" + a, id, 2020 + y);
          } else {
            b.put("A" + a, id, 2020 + y, 500 + 100 * (common[i % 20][a] + random.nextGaussian() + 0.1 * y));
          }
        }
      }
    }
    data = b.build();
    pipeline = ScoringPipeline.builder()
        .framework(Framework.builder().id("bench").name("Bench").nodes(nodes).build())
        .catalogue(IndicatorCatalogue.builder().id("bench").indicators(catalogue).build())
        .spec(StrategySpec.builder().imputation(StepSpec.of("mean")).build())
        .build();
  }

  @Benchmark
  public int auditOneYear() {
    return Audit.of(pipeline, data, 2020 + years - 1, Audit.Settings.defaults()).summary().flaggedIndicators().size();
  }

  @Benchmark
  public int auditEveryYear() {
    int flagged = 0;
    for (Audit audit : Audit.everyYear(pipeline, data, Audit.Settings.defaults())) {
      flagged += audit.summary().flaggedIndicators().size();
    }
    return flagged;
  }
}
