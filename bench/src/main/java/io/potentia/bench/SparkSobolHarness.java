package io.potentia.bench;

import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.RankModel;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.spark.PipelineSource;
import io.potentia.spark.SparkSobol;
import io.potentia.spark.example.SyntheticPanel;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.apache.spark.sql.SparkSession;

/**
 * A timed harness (not JMH, not a unit test) of the indicator-level value Sobol analysis: every
 * indicator's values drawn with a 5% relative normal error, one factor per indicator, on a
 * synthetic index (SYNTHETIC DATA, {@link SyntheticPanel}) of 2,000 areas x 60 indicators, N =
 * 256 base samples, 100 bootstrap resamples: {@code 256 (60 + 2) = 15,872} pipeline runs. It times
 * the local engine on 1 and on 2 cores (its parallel loops in a pool of that many threads) and
 * Spark on {@code local[1]} and {@code local[2]} (4 partitions per core), checks that all four
 * give the same indices, and prints each time, the per-run time, Spark's speed-up from 1 to 2
 * cores and its overhead against the local engine on the same cores. One pass of each, after one
 * small warm-up run: the figures are wall-clock times of minutes, where a JIT's warm-up matters
 * little.
 *
 * <p>Arguments (optional): {@code areas indicators N}. Run with Spark's jars on the class path and
 * the JVM flags Spark needs on Java 17 (the spark module's {@code spark.jvm.flags}); see
 * {@code spark/submit-local.sh} for building that class path from {@code ~/.m2}.
 */
public final class SparkSobolHarness {
  private SparkSobolHarness() {}

  /**
   * Runs the four timings and prints them.
   *
   * @param args areas, indicators and N; 2000 60 256 when absent
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    int areas = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int indicators = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 256;
    SyntheticPanel panel = new SyntheticPanel(areas, indicators, 1);
    UncertaintyPlan plan = plan(panel);
    SobolIndices.Config config = new SobolIndices.Config(indicators, n, SobolIndices.Estimator.SALTELLI_2010, 100, 0.95, 1);
    PipelineSource source = () -> new SyntheticPanel(areas, indicators, 1).pipeline();
    int runs = n * (indicators + 2);
    System.out.printf(Locale.ROOT, "value Sobol, %d areas x %d indicators (SYNTHETIC DATA), N = %d: %d runs; %d cores seen%n",
        areas, indicators, n, runs, Runtime.getRuntime().availableProcessors());

    // warm-up: the same code paths on a small panel
    SyntheticPanel small = new SyntheticPanel(50, 4, 2);
    local(small, plan(small), new SobolIndices.Config(4, 16, SobolIndices.Estimator.SALTELLI_2010, 10, 0.95, 1), 2);

    double[] localSeconds = new double[3];
    double[] sparkSeconds = new double[3];
    RankSensitivity.Result reference = null;
    for (int cores = 1; cores <= 2; cores++) {
      long start = System.nanoTime();
      RankSensitivity.Result result = local(panel, plan, config, cores);
      localSeconds[cores] = (System.nanoTime() - start) / 1e9;
      reference = check(reference, result, "local engine, " + cores + " cores");
      print("local engine", cores, localSeconds[cores], runs);
    }
    for (int cores = 1; cores <= 2; cores++) {
      SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("SparkSobolHarness")
          .config("spark.ui.enabled", "false").getOrCreate();
      try {
        long start = System.nanoTime();
        RankSensitivity.Result result = SparkSobol.estimate(spark, source, panel.data(), SyntheticPanel.YEAR, plan, config,
            4 * cores);
        sparkSeconds[cores] = (System.nanoTime() - start) / 1e9;
        reference = check(reference, result, "spark local[" + cores + "]");
        print("spark local[" + cores + "], " + 4 * cores + " partitions", cores, sparkSeconds[cores], runs);
      } finally {
        spark.stop();
      }
    }
    System.out.printf(Locale.ROOT, "speed-up from 1 to 2 cores: local engine %.2fx, spark %.2fx%n",
        localSeconds[1] / localSeconds[2], sparkSeconds[1] / sparkSeconds[2]);
    for (int cores = 1; cores <= 2; cores++) {
      System.out.printf(Locale.ROOT, "spark's overhead on %d core(s): %+.1f%% (%.1f s)%n", cores,
          100 * (sparkSeconds[cores] / localSeconds[cores] - 1), sparkSeconds[cores] - localSeconds[cores]);
    }
    System.out.println("all four runs gave the same indices, bit for bit");
  }

  /** Every indicator's values with a 5% relative normal error: one factor per indicator. */
  private static UncertaintyPlan plan(SyntheticPanel panel) {
    UncertaintyPlan.Builder plan = UncertaintyPlan.builder().seed(1);
    for (String indicator : panel.data().indicators()) {
      plan.putValue(indicator, UncertaintyPlan.ValueSpread.of(UncertaintyPlan.ValueSpread.Distribution.NORMAL, 0.05, true));
    }
    return plan.build();
  }

  /** The local engine with its parallel loops on {@code cores} threads. */
  private static RankSensitivity.Result local(SyntheticPanel panel, UncertaintyPlan plan, SobolIndices.Config config,
      int cores) throws InterruptedException, ExecutionException {
    ForkJoinPool pool = new ForkJoinPool(cores);
    try {
      // parallel streams started inside a pool's task run in that pool
      return pool.submit(() -> RankSensitivity.estimate(RankModel.of(panel.pipeline(), panel.data(), SyntheticPanel.YEAR,
          plan), config, null, null)).get();
    } finally {
      pool.shutdown();
    }
  }

  private static RankSensitivity.Result check(RankSensitivity.Result reference, RankSensitivity.Result result, String what) {
    if (reference != null && !(Arrays.equals(reference.indices().firstOrder(), result.indices().firstOrder())
        && Arrays.equals(reference.indices().totalOrder(), result.indices().totalOrder()))) {
      throw new IllegalStateException(what + " gave other indices than the first run");
    }
    return result;
  }

  private static void print(String where, int cores, double seconds, int runs) {
    System.out.printf(Locale.ROOT, "%-34s %d core(s): %7.1f s, %.2f ms per run (%.2f ms per run per core)%n", where, cores,
        seconds, 1000 * seconds / runs, 1000 * seconds * cores / runs);
  }
}
