package io.potentia.spark;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.sensitivity.SobolSums;
import io.potentia.scoring.analysis.uncertainty.RankModel;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Variance-based sensitivity of the index ranks ({@link RankSensitivity}) with the Sobol design's
 * runs spread over a Spark cluster: the analysis that outgrows one machine when every indicator's
 * measured value is a factor ({@link RankModel}'s {@code value:<indicator>} factors). The base rows
 * {@code [0, N)} of the {@link SobolIndices.Design} are cut into {@code partitions} blocks; each
 * executor builds the pipeline and the {@link RankModel}, runs its rows' {@code k + 2} points each
 * and returns the estimators' sums over its rows ({@link SobolSums}: per bootstrap resample and
 * factor, a few exact sums), never the runs' outputs, so what reaches the driver does not grow
 * with N. The executors merge the sums in a tree (Spark's {@code treeReduce}), so the driver
 * receives a few summaries however many partitions there are (what {@code
 * spark.driver.maxResultSize} bounds), and applies the estimators ({@link SobolIndices#fromSums}).
 * A summary holds {@code (B + 1) (2k + 2)} exact sums of some tens of bytes each: about 3 MB for k =
 * 200 and B = 100.
 * The points, each run's value draws and each resample's rows depend on the set-up, the plan's
 * seed and the run only, and the sums are exact, so the result is bit for bit that of {@link
 * RankSensitivity#estimate} on one machine, whatever the partitioning and the order in which the
 * executors finish.
 */
public final class SparkSobol {
  private SparkSobol() {}

  /**
   * Estimates the indices on the cluster.
   *
   * @param spark the session
   * @param pipeline builds the nominal pipeline on the driver and on each executor
   * @param data the dataset
   * @param year the year scored
   * @param plan the factors: weights' range, choices of strategy, values drawn
   * @param sobol the Sobol set-up; its factor count must be the model's
   * @param partitions the number of blocks of base rows, from 1; more than N leaves the extra ones empty
   * @return the same result as {@link RankSensitivity#estimate} with the same arguments
   * @throws InvalidInputException if {@code partitions} is below 1, or as {@link RankModel#of} and
   *     {@link RankSensitivity#estimate} (an executor's error is rethrown as it was raised there)
   */
  public static RankSensitivity.Result estimate(SparkSession spark, PipelineSource pipeline,
      io.potentia.core.data.Dataset data, int year, UncertaintyPlan plan, SobolIndices.Config sobol, int partitions) {
    if (partitions < 1) {
      throw InvalidInputException.at("partitions", "partitions is " + partitions + "; it must be at least 1");
    }
    RankModel model = RankModel.of(pipeline.build(), data, year, plan);
    if (model.factors().size() != sobol.factors()) {
      throw InvalidInputException.at("factors", "the Sobol set-up has " + sobol.factors() + " factors, but there are "
          + model.factors().size() + " " + model.factors());
    }
    String csv = SparkMonteCarlo.csv(data);
    String json = PotentiaJson.write(plan);
    int rows = sobol.baseSamples();
    List<int[]> blocks = new ArrayList<>();
    for (int b = 0; b < partitions; b++) {
      int from = (int) ((long) rows * b / partitions);
      int to = (int) ((long) rows * (b + 1) / partitions);
      if (from < to) {
        blocks.add(new int[] {from, to});
      }
    }
    // the set-up is rebuilt from its parts on the executors: a record of the scoring module, not serializable
    int factors = sobol.factors();
    int baseSamples = sobol.baseSamples();
    SobolIndices.Estimator estimator = sobol.estimator();
    int resamples = sobol.bootstrapResamples();
    double level = sobol.confidenceLevel();
    long seed = sobol.seed();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    SobolSums sums;
    try {
      sums = sc.parallelize(blocks, blocks.size()).map(block -> {
        ScoringPipeline p = pipeline.build();
        io.potentia.core.data.Dataset d = DatasetCsv.read("dataset", new StringReader(csv), p.catalogue());
        UncertaintyPlan u = PotentiaJson.readString("plan", json, UncertaintyPlan.class);
        SobolIndices.Config config = new SobolIndices.Config(factors, baseSamples, estimator, resamples, level, seed);
        return SobolIndices.sums(RankSensitivity.output(RankModel.of(p, d, year, u)), 1, config,
            SobolIndices.Design.of(config), block[0], block[1]);
      }).treeReduce(SobolSums::merge); // merged on the executors, level by level: few summaries reach the driver
    } catch (Exception e) { // Scala throws SparkException, a checked exception, undeclared
      throw SparkMonteCarlo.rethrown(e);
    }
    return RankSensitivity.fromSums(model, sums, sobol);
  }
}
