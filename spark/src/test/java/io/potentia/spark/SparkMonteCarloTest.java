package io.potentia.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo.NodeRanks;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan.ValueSpread;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo on Spark (local[2]) gives the local engine's result bit for bit, for 1, 2 and 7
 * partitions, on the pipeline path (values drawn) and on the fast path.
 */
class SparkMonteCarloTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("SparkMonteCarloTest").config("spark.ui.enabled", "false")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static void assertSame(MonteCarlo.Result local, MonteCarlo.Result distributed) {
    assertEquals(local.areas(), distributed.areas());
    assertEquals(local.fastPath(), distributed.fastPath());
    assertEquals(local.nodes().keySet(), distributed.nodes().keySet());
    for (String node : local.nodes().keySet()) {
      NodeRanks a = local.nodes().get(node);
      NodeRanks b = distributed.nodes().get(node);
      assertArrayEquals(a.mean(), b.mean(), node);
      assertArrayEquals(a.topK(), b.topK(), node);
      assertArrayEquals(a.counts(), b.counts(), node);
      for (int p = 0; p < a.percentiles().length; p++) {
        assertArrayEquals(a.percentiles()[p], b.percentiles()[p], node);
      }
    }
  }

  @Test
  void valuesDrawnOnThePipelinePathGiveTheLocalResultForAnyPartitioning() {
    UncertaintyPlan plan = UncertaintyPlan.builder().replications(60).seed(7)
        .weights(UncertaintyPlan.WeightRange.of(0.5, 1.5))
        .putValue(Panels.DATA.indicators().get(0), ValueSpread.of(ValueSpread.Distribution.NORMAL, 0.1, true))
        .build();
    MonteCarlo.Result local = MonteCarlo.run(Panels.pipeline(), Panels.DATA, 2021, plan, null, null);
    assertTrue(!local.fastPath());
    for (int partitions : new int[] {1, 2, 7}) {
      assertSame(local, SparkMonteCarlo.run(spark, Panels::pipeline, Panels.DATA, 2021, plan, partitions));
    }
  }

  @Test
  void theFastPathGivesTheLocalResultForAnyPartitioning() {
    UncertaintyPlan plan = UncertaintyPlan.builder().replications(500).seed(8)
        .weights(UncertaintyPlan.WeightRange.of(0.5, 1.5))
        .addNodes("index").build();
    MonteCarlo.Result local = MonteCarlo.run(Panels.pipeline(), Panels.DATA, 2020, plan, null, null);
    assertTrue(local.fastPath());
    for (int partitions : new int[] {1, 2, 7}) {
      assertSame(local, SparkMonteCarlo.run(spark, Panels::pipeline, Panels.DATA, 2020, plan, partitions));
    }
  }

  @Test
  void aPlanNamingAnUnknownIndicatorIsRejectedBeforeAnyTask() {
    UncertaintyPlan plan = UncertaintyPlan.builder().replications(10)
        .putValue("no.such", ValueSpread.of(ValueSpread.Distribution.NORMAL, 0.1, true)).build();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> SparkMonteCarlo.run(spark, Panels::pipeline, Panels.DATA, 2020, plan, 2));
    assertTrue(e.getMessage().contains("'no.such'"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> SparkMonteCarlo.run(spark, Panels::pipeline, Panels.DATA, 2020,
        UncertaintyPlan.builder().build(), 0));
  }
}
