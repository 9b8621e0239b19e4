package io.potentia.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.RankModel;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan.ValueSpread;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Indicator-level value Sobol analysis on Spark (local[2]) gives the local engine's indices bit for bit. */
class SparkSobolTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("SparkSobolTest").config("spark.ui.enabled", "false")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void everyIndicatorsErrorAsAFactorGivesTheLocalIndicesForAnyPartitioning() {
    UncertaintyPlan.Builder plan = UncertaintyPlan.builder().seed(4);
    for (String indicator : Panels.DATA.indicators()) {
      plan.putValue(indicator, ValueSpread.of(ValueSpread.Distribution.NORMAL, 0.05, true));
    }
    UncertaintyPlan values = plan.build();
    SobolIndices.Config config = new SobolIndices.Config(Panels.INDICATORS, 32, SobolIndices.Estimator.SALTELLI_2010, 50,
        0.95, 2);
    RankSensitivity.Result local = RankSensitivity.estimate(RankModel.of(Panels.pipeline(), Panels.DATA, 2022, values),
        config, null, null);
    for (int partitions : new int[] {1, 2, 7}) {
      RankSensitivity.Result distributed = SparkSobol.estimate(spark, Panels::pipeline, Panels.DATA, 2022, values, config,
          partitions);
      assertEquals(local.factors(), distributed.factors());
      assertEquals(local.modelRuns(), distributed.modelRuns());
      for (int i = 0; i < Panels.INDICATORS; i++) {
        assertEquals(local.indices().firstOrder()[i], distributed.indices().firstOrder()[i], "partitions " + partitions);
        assertEquals(local.indices().totalOrder()[i], distributed.indices().totalOrder()[i], "partitions " + partitions);
      }
    }
  }
}
