package io.potentia.spark.example;

import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.RankModel;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.spark.PipelineSource;
import io.potentia.spark.SparkSobol;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The runnable example of the indicator-level value Sobol analysis on Spark (the timed comparison
 * with the local engine is bench's {@code SparkSobolHarness}): a synthetic index of {@code areas x indicators} (SYNTHETIC DATA), every
 * indicator's values drawn with a 5% relative normal error, {@code N} base samples. Prints the
 * time of the local engine ({@code local}) or of Spark ({@code spark}, on the session's master, in
 * {@code partitions} blocks), the per-run time and the largest total-order indices.
 *
 * <p>Arguments: {@code areas indicators N mode [partitions]}, for example {@code 2000 60 256 spark
 * 8}. Run with spark-submit (see docs/10-spark.md), or locally through Spark's launcher with {@code
 * spark/submit-local.sh}.
 */
public final class ValueSobolOnSpark {
  private ValueSobolOnSpark() {}

  /**
   * Runs the analysis once and prints what it took.
   *
   * @param args areas, indicators, N, {@code local} or {@code spark}, and for spark the partitions
   */
  public static void main(String[] args) {
    if (args.length < 4 || !(args[3].equals("local") || args[3].equals("spark"))) {
      System.err.println("usage: ValueSobolOnSpark AREAS INDICATORS N local|spark [PARTITIONS]");
      System.exit(2);
    }
    SyntheticPanel panel = new SyntheticPanel(Integer.parseInt(args[0]), Integer.parseInt(args[1]), 1);
    int n = Integer.parseInt(args[2]);
    UncertaintyPlan.Builder plan = UncertaintyPlan.builder().seed(1);
    for (String indicator : panel.data().indicators()) {
      plan.putValue(indicator, UncertaintyPlan.ValueSpread.of(UncertaintyPlan.ValueSpread.Distribution.NORMAL, 0.05, true));
    }
    UncertaintyPlan values = plan.build();
    SobolIndices.Config config = new SobolIndices.Config(panel.indicators(), n, SobolIndices.Estimator.SALTELLI_2010, 100,
        0.95, 1);
    long start = System.nanoTime();
    RankSensitivity.Result result;
    String where;
    if (args[3].equals("local")) {
      result = RankSensitivity.estimate(RankModel.of(panel.pipeline(), panel.data(), SyntheticPanel.YEAR, values), config,
          null, null);
      where = "local engine, " + Runtime.getRuntime().availableProcessors() + " cores";
    } else {
      int partitions = args.length > 4 ? Integer.parseInt(args[4]) : 8;
      SparkSession spark = SparkSession.builder().appName("potentia value Sobol").getOrCreate();
      int areas = panel.areas();
      int indicators = panel.indicators();
      PipelineSource source = () -> new SyntheticPanel(areas, indicators, 1).pipeline();
      start = System.nanoTime();
      result = SparkSobol.estimate(spark, source, panel.data(), SyntheticPanel.YEAR, values, config, partitions);
      where = "spark " + spark.sparkContext().master() + ", " + partitions + " partitions";
      spark.stop();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%d areas x %d indicators, N = %d: %d runs in %.1f s on %s (%.2f ms per run)%n",
        panel.areas(), panel.indicators(), n, result.modelRuns(), seconds, where, 1000 * seconds / result.modelRuns());
    for (int i = 0; i < Math.min(5, result.factors().size()); i++) {
      System.out.printf(Locale.ROOT, "  %s: S = %.3f, ST = %.3f%n", result.factors().get(i),
          result.indices().firstOrder()[i].estimate(), result.indices().totalOrder()[i].estimate());
    }
  }
}
