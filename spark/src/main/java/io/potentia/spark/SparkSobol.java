package io.potentia.spark;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.RankModel;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Variance-based sensitivity of the index ranks ({@link RankSensitivity}) with the Sobol design's
 * runs spread over a Spark cluster: the analysis that outgrows one machine when every indicator's
 * measured value is a factor ({@link RankModel}'s {@code value:<indicator>} factors). The runs
 * {@code [0, N (k + 2))} are cut into {@code partitions} blocks; each executor builds the pipeline
 * and the {@link RankModel}, runs its block's points of the {@link SobolIndices.Design} and
 * returns one output (the mean absolute rank shift) per run, never the ranks, so the driver holds
 * {@code N (k + 2)} numbers whatever the number of areas. The driver then applies the estimators
 * ({@link RankSensitivity#fromOutputs}), which need every run's output for their bootstrap. The
 * points and each run's value draws depend on the set-up, the plan's seed and the run only, so
 * the result is bit for bit that of {@link RankSensitivity#estimate} on one machine, whatever the
 * partitioning.
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
   * @param partitions the number of blocks of runs, from 1
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
    int runs = SobolIndices.Design.of(sobol).runs();
    List<int[]> blocks = new ArrayList<>();
    for (int b = 0; b < partitions; b++) {
      int from = (int) ((long) runs * b / partitions);
      int to = (int) ((long) runs * (b + 1) / partitions);
      if (from < to) {
        blocks.add(new int[] {from, to});
      }
    }
    // the design depends on k and N only; the set-up itself is not serializable
    int factors = sobol.factors();
    int baseSamples = sobol.baseSamples();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Tuple2<Integer, double[]>> parts;
    try {
      parts = sc.parallelize(blocks, blocks.size()).map(block -> {
        ScoringPipeline p = pipeline.build();
        io.potentia.core.data.Dataset d = DatasetCsv.read("dataset", new StringReader(csv), p.catalogue());
        UncertaintyPlan u = PotentiaJson.readString("plan", json, UncertaintyPlan.class);
        SobolIndices.Model output = RankSensitivity.output(RankModel.of(p, d, year, u));
        SobolIndices.Design design = SobolIndices.Design.of(new SobolIndices.Config(factors, baseSamples,
            SobolIndices.Estimator.SALTELLI_2010, 0, 0.5, 0));
        double[] y = new double[block[1] - block[0]];
        IntStream.range(0, y.length).parallel().forEach(r -> y[r] = output.evaluate(design.point(block[0] + r))[0]);
        return new Tuple2<>(block[0], y);
      }).collect();
    } catch (Exception e) { // Scala throws SparkException, a checked exception, undeclared
      throw SparkMonteCarlo.rethrown(e);
    }
    double[] y = new double[runs];
    for (Tuple2<Integer, double[]> part : parts) {
      System.arraycopy(part._2(), 0, y, part._1(), part._2().length);
    }
    return RankSensitivity.fromOutputs(model, y, sobol);
  }
}
