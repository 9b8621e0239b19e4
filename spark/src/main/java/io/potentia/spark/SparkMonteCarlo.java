package io.potentia.spark;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.uncertainty.RankHistogram;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * {@link MonteCarlo} uncertainty of a year's ranks with its replications spread over a Spark
 * cluster. The replications {@code [0, R)} are cut into {@code partitions} blocks of consecutive
 * replications ({@code [R b / p, R (b + 1) / p)}); each executor builds the pipeline from the
 * {@link PipelineSource}, computes its block with {@link MonteCarlo#blocks} and returns the
 * block's {@link RankHistogram} (per node and area, each rank taken once with its count: at most
 * two numbers per area and replication of the block, or per rank of the area's span, whichever is
 * fewer); the driver adds them up and reduces them. Replication {@code r} draws from
 * the plan's seed and {@code r} only, and the counts add exactly, so the result is bit for bit
 * that of {@link MonteCarlo#run} on one machine, whatever the number of partitions or executors.
 *
 * <p>The dataset and the plan travel to the executors in their file forms (long-form CSV, JSON),
 * which carry every value exactly.
 */
public final class SparkMonteCarlo {
  private SparkMonteCarlo() {}

  /**
   * Runs the analysis on the cluster.
   *
   * @param spark the session
   * @param pipeline builds the nominal pipeline on the driver and on each executor
   * @param data the dataset
   * @param year the year scored
   * @param plan what to vary
   * @param partitions the number of blocks of replications, from 1; more than the replications
   *     leaves the extra partitions empty
   * @return the same result as {@link MonteCarlo#run} with the same plan
   * @throws InvalidInputException if {@code partitions} is below 1, or as {@link MonteCarlo#run}
   *     (an executor's error is rethrown as it was raised there)
   */
  public static MonteCarlo.Result run(SparkSession spark, PipelineSource pipeline, io.potentia.core.data.Dataset data,
      int year, UncertaintyPlan plan, int partitions) {
    if (partitions < 1) {
      throw InvalidInputException.at("partitions", "partitions is " + partitions + "; it must be at least 1");
    }
    ScoringPipeline nominal = pipeline.build();
    // prepared on the driver first: a bad plan is reported before any task starts
    MonteCarlo.Blocks driver = MonteCarlo.blocks(nominal, data, year, plan);
    String csv = csv(data);
    String json = PotentiaJson.write(plan);
    int reps = plan.replications();
    List<int[]> blocks = new ArrayList<>();
    for (int b = 0; b < partitions; b++) {
      int from = (int) ((long) reps * b / partitions);
      int to = (int) ((long) reps * (b + 1) / partitions);
      if (from < to) {
        blocks.add(new int[] {from, to});
      }
    }
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    RankHistogram all;
    try {
      all = sc.parallelize(blocks, blocks.size()).map(block -> {
        ScoringPipeline p = pipeline.build();
        io.potentia.core.data.Dataset d = DatasetCsv.read("dataset", new StringReader(csv), p.catalogue());
        UncertaintyPlan u = PotentiaJson.readString("plan", json, UncertaintyPlan.class);
        return MonteCarlo.blocks(p, d, year, u).run(block[0], block[1], null, null);
      }).reduce(RankHistogram::merge);
    } catch (Exception e) { // Scala throws SparkException, a checked exception, undeclared
      throw rethrown(e);
    }
    return driver.result(all);
  }

  /** The dataset in long-form CSV, every value in its shortest exact decimal form. */
  static String csv(io.potentia.core.data.Dataset data) {
    StringWriter out = new StringWriter();
    try {
      DatasetCsv.writeLong(data, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The executor's own error where Spark kept it, so that a user reads what was wrong, not a stage failure. */
  static RuntimeException rethrown(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException invalid) {
        return invalid;
      }
    }
    return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
  }
}
