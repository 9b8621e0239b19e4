package io.potentia.scoring.analysis.sensitivity;

import io.potentia.scoring.ScoringPipeline;

import io.potentia.scoring.analysis.TwoIndicatorIndex;

import io.potentia.core.framework.FrameworkEdits;
import io.potentia.scoring.analysis.uncertainty.MonteCarloRanks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.analysis.uncertainty.MonteCarloRanks.Aggregation;
import io.potentia.scoring.analysis.sensitivity.SobolIndices.Estimator;
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

  /**
   * Two pillars, p1 holding x and p2 holding y, of {@link TwoIndicatorIndex}, with weight factors
   * in [0.2, 1.8]: with two factors the indices can be computed directly, by averaging the model
   * over a 120 x 120 grid of midpoints, and the Saltelli estimates must agree with them.
   */
  @Test
  void pillarWeightsOfAPipelineAgreeWithADirectVarianceDecomposition() {
    io.potentia.scoring.ScoringPipeline pipeline = TwoIndicatorIndex.pipeline(TwoIndicatorIndex.pillared(),
        TwoIndicatorIndex.spec("arithmetic-mean").build());
    io.potentia.core.data.Dataset data = TwoIndicatorIndex.fourAreas().build();
    int year = TwoIndicatorIndex.YEAR;
    double[] nominal = pipeline.score(data, year).ranks("index");
    int g = 120;
    double[][] y = new double[g][g];
    for (int i = 0; i < g; i++) {
      for (int j = 0; j < g; j++) {
        java.util.Map<String, Double> f = java.util.Map.of("p1", 0.2 + 1.6 * (i + 0.5) / g, "p2", 0.2 + 1.6 * (j + 0.5) / g);
        double[] ranks = pipeline.withFramework(FrameworkEdits.reweighted(pipeline.framework(), f)).score(data, year).ranks("index");
        for (int a = 0; a < ranks.length; a++) {
          y[i][j] += Math.abs(ranks[a] - nominal[a]) / ranks.length;
        }
      }
    }
    double mean = 0;
    for (double[] row : y) {
      for (double v : row) {
        mean += v / (g * g);
      }
    }
    double total = 0;
    double byFirst = 0;
    double bySecond = 0;
    for (int i = 0; i < g; i++) {
      double rowMean = 0;
      double colMean = 0;
      for (int j = 0; j < g; j++) {
        total += (y[i][j] - mean) * (y[i][j] - mean) / (g * g);
        rowMean += y[i][j] / g;
        colMean += y[j][i] / g;
      }
      byFirst += (rowMean - mean) * (rowMean - mean) / g;
      bySecond += (colMean - mean) * (colMean - mean) / g;
    }
    RankSensitivity.Result r = RankSensitivity.ofPillarWeights(pipeline, data, year, 0.2, 1.8,
        new SobolIndices.Config(2, 4096, Estimator.SALTELLI_2010, 0, 0.95, 3));
    assertEquals(List.of("weight:p1", "weight:p2"), r.factors());
    assertEquals(byFirst / total, r.indices().firstOrder()[0].estimate(), 0.05);
    assertEquals(bySecond / total, r.indices().firstOrder()[1].estimate(), 0.05);
    assertEquals(4096 * 4, r.modelRuns());

    RankSensitivity.Result flat = RankSensitivity.ofPillarWeights(pipeline, data, year, 1, 1,
        new SobolIndices.Config(2, 16, Estimator.JANSEN_1999, 0, 0.95, 3));
    assertTrue(flat.indices().constant(), "equal weights every time: no shift to explain");
    assertThrows(InvalidInputException.class, () -> RankSensitivity.ofPillarWeights(pipeline, data, year,
        0.5, 1.5, new SobolIndices.Config(3, 16, Estimator.JANSEN_1999, 0, 0.95, 3)));
  }

  @Test
  void aWholeSobolSetUpMustNameAsManyFactorsAsThereAreAndReportsEveryRanking() {
    double[][] columns = {spread(1, 20), spread(2, 20)};
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    RankSensitivity.Result r = RankSensitivity.estimate(columns, List.of("a", "b"), arithmetic(),
        new SobolIndices.Config(2, 32, Estimator.SALTELLI_2010, 10, 0.9, 3L), (done, total) -> calls.incrementAndGet(),
        null);
    assertEquals(r.modelRuns(), calls.get());
    assertEquals(RankSensitivity.estimate(columns, List.of("a", "b"), arithmetic(), 32, Estimator.SALTELLI_2010, 10,
        0.9, 3L).indices().totalOrder()[1], r.indices().totalOrder()[1]);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RankSensitivity.estimate(columns,
        List.of("a", "b"), arithmetic(), new SobolIndices.Config(3, 32, Estimator.SALTELLI_2010, 0, 0.9, 3L), null, null));
    assertTrue(e.getMessage().contains("has 3 factors, but there are 2"), e.getMessage());
  }
}
