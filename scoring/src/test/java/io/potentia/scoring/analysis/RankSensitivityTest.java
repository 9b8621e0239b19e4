package io.potentia.scoring.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.analysis.MonteCarloRanks.Aggregation;
import io.potentia.scoring.analysis.SobolIndices.Estimator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RankSensitivityTest {
  private static MonteCarloRanks.Config arithmetic() {
    return new MonteCarloRanks.Config(1, 1L, 0.5, 1.5, List.of(Aggregation.ARITHMETIC), new double[] {1},
        new double[] {50}, 1);
  }

  private static double[] spread(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = 1 + 99 * random.nextDouble();
    }
    return x;
  }

  @Test
  void theWeightOfAnIndicatorEqualForEveryAreaCannotMoveTheRanking() {
    // a common value adds the same to every score, and rescaling the weights scales every score alike
    double[] same = new double[30];
    java.util.Arrays.fill(same, 50);
    RankSensitivity.Result result = RankSensitivity.estimate(new double[][] {spread(1, 30), spread(2, 30), same},
        List.of("a", "b", "flat"), arithmetic(), 1024, Estimator.SALTELLI_2010, 100, 0.95, 3L);

    assertEquals(List.of("weight:a", "weight:b", "weight:flat"), result.factors());
    assertEquals(1024 * 5, result.modelRuns());
    assertFalse(result.indices().constant());
    assertEquals(0, result.indices().totalOrder()[2].estimate(), 1e-12);
    assertEquals(0, result.indices().firstOrder()[2].estimate(), 1e-12);
    // the two informative weights share the variance, and only through their ratio: they interact
    for (int j = 0; j < 2; j++) {
      assertTrue(result.indices().totalOrder()[j].estimate() > 0.3, "ST of weight " + j);
    }
  }

  @Test
  void withOneIndicatorTheWeightsCannotMoveTheRankingAtAll() {
    RankSensitivity.Result result = RankSensitivity.estimate(new double[][] {spread(5, 12)}, List.of("only"),
        arithmetic(), 64, Estimator.JANSEN_1999, 10, 0.9, 1L);
    assertTrue(result.indices().constant());
  }

  @Test
  void aChoiceOfAggregatorIsAFactorOfItsOwn() {
    // one area leads on balance, another by one strong indicator: the geometric mean reorders them
    double[][] columns = {{90, 10, 50, 40}, {10, 90, 50, 45}, {5, 95, 52, 44}};
    MonteCarloRanks.Config both = new MonteCarloRanks.Config(1, 1L, 0.9, 1.1,
        List.of(Aggregation.ARITHMETIC, Aggregation.GEOMETRIC), new double[] {0.5, 0.5}, new double[] {50}, 1);

    RankSensitivity.Result result = RankSensitivity.estimate(columns, List.of("x", "y", "z"), both, 512,
        Estimator.SALTELLI_2010, 100, 0.95, 9L);

    assertEquals(List.of("weight:x", "weight:y", "weight:z", "aggregation"), result.factors());
    assertTrue(result.indices().totalOrder()[3].estimate() > 0.1, "aggregation ST " + result.indices().totalOrder()[3]);
  }

  @Test
  void namesMustMatchTheIndicators() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RankSensitivity.estimate(
        new double[][] {{1, 2}, {3, 4}}, List.of("a"), arithmetic(), 16, Estimator.SALTELLI_2010, 0, 0.9, 1L));
    assertTrue(e.getMessage().contains("1 names for 2 indicators"), e.getMessage());
  }

  @Test
  void aValueTheGeometricMeanCannotTakeIsNamed() {
    MonteCarloRanks.Config geometric = new MonteCarloRanks.Config(1, 1L, 1, 1, List.of(Aggregation.GEOMETRIC),
        new double[] {1}, new double[] {50}, 1);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RankSensitivity.estimate(
        new double[][] {{1, 2}, {3, 0}}, List.of("a", "b"), geometric, 16, Estimator.SALTELLI_2010, 0, 0.9, 1L));
    assertTrue(e.getMessage().contains("value 0.0 of indicator 1, area 1"), e.getMessage());
  }
}
