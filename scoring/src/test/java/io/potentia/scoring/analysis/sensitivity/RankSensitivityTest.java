package io.potentia.scoring.analysis.sensitivity;

import io.potentia.scoring.ScoringPipeline;

import io.potentia.scoring.analysis.TwoIndicatorIndex;

import io.potentia.core.framework.FrameworkEdits;
import io.potentia.core.interop.ImportedIndex;
import io.potentia.core.interop.MatrixCsv;
import io.potentia.scoring.analysis.uncertainty.RankModel;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.analysis.sensitivity.SobolIndices.Estimator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RankSensitivityTest {
  private static final int YEAR = 2000;

  /** The rank model of a flat index over the columns, each divided by its maximum. */
  private static RankModel model(double[][] columns, List<String> names, UncertaintyPlan plan) {
    List<String> rows = new java.util.ArrayList<>();
    for (int i = 0; i < columns[0].length; i++) {
      rows.add("A" + i);
    }
    ImportedIndex index = new MatrixCsv.Matrix("test", rows, names, columns).toIndex(YEAR);
    ScoringPipeline pipeline = ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(StrategySpec.builder().normalisation(StepSpec.of("max")).build()).build();
    return RankModel.of(pipeline, index.dataset(), YEAR, plan);
  }

  private static UncertaintyPlan weights(double low, double high) {
    return UncertaintyPlan.builder().weights(UncertaintyPlan.WeightRange.of(low, high)).build();
  }

  private static RankSensitivity.Result estimate(RankModel model, int samples, Estimator estimator, int bootstrap,
      double confidence, long seed) {
    return RankSensitivity.estimate(model, new SobolIndices.Config(model.factors().size(), samples, estimator, bootstrap,
        confidence, seed), null, null);
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
  void twoDiscordantIndicatorsShareTheVarianceThroughTheirRatio() {
    RankModel model = model(new double[][] {spread(1, 30), spread(2, 30)}, List.of("a", "b"), weights(0.5, 1.5));
    assertTrue(model.fastPath());
    RankSensitivity.Result result = estimate(model, 1024, Estimator.SALTELLI_2010, 100, 0.95, 3L);

    assertEquals(List.of("weight:a", "weight:b"), result.factors());
    assertEquals(1024 * 4, result.modelRuns());
    assertFalse(result.indices().constant());
    // only the ratio of the two weights matters, so each weight explains as much as the other
    for (int j = 0; j < 2; j++) {
      assertTrue(result.indices().totalOrder()[j].estimate() > 0.3, "ST of weight " + j);
    }
    assertEquals(result.indices().totalOrder()[0].estimate(), result.indices().totalOrder()[1].estimate(), 0.15);
  }

  @Test
  void indicatorsThatOrderTheAreasAlikeLeaveTheWeightsNothingToMove() {
    // every positive weighting of two columns in the same order keeps that order
    double[] a = spread(5, 12);
    double[] b = java.util.Arrays.stream(a).map(x -> 3 * x + 7).toArray();
    RankSensitivity.Result result = estimate(model(new double[][] {a, b}, List.of("a", "b"), weights(0.5, 1.5)), 64,
        Estimator.JANSEN_1999, 10, 0.9, 1L);
    assertTrue(result.indices().constant());
  }

  @Test
  void aChoiceOfAggregatorIsAFactorOfItsOwn() {
    // one area leads on balance, another by one strong indicator: the geometric mean reorders them
    double[][] columns = {{90, 10, 50, 40}, {10, 90, 50, 45}, {5, 95, 52, 44}};
    UncertaintyPlan both = UncertaintyPlan.builder().weights(UncertaintyPlan.WeightRange.of(0.9, 1.1))
        .addAggregations(UncertaintyPlan.Choice.of("arithmetic-mean"), UncertaintyPlan.Choice.of("geometric-mean")).build();

    RankSensitivity.Result result = estimate(model(columns, List.of("x", "y", "z"), both), 512, Estimator.SALTELLI_2010, 100,
        0.95, 9L);

    assertEquals(List.of("weight:x", "weight:y", "weight:z", "aggregation"), result.factors());
    assertTrue(result.indices().totalOrder()[3].estimate() > 0.1, "aggregation ST " + result.indices().totalOrder()[3]);
  }

  @Test
  void aPlanThatVariesNothingOrLeavesIndicatorsOutIsRefusedNamingTheSetting() {
    double[][] columns = {{1, 2}, {3, 4}};
    InvalidInputException nothing = assertThrows(InvalidInputException.class, () -> RankSensitivity.estimate(model(columns,
        List.of("a", "b"), UncertaintyPlan.builder().build()), new SobolIndices.Config(1, 16, Estimator.SALTELLI_2010, 0, 0.9,
        1L), null, null));
    assertTrue(nothing.getMessage().contains("the plan varies nothing"), nothing.getMessage());
    InvalidInputException leaveOut = assertThrows(InvalidInputException.class, () -> model(columns, List.of("a", "b"),
        UncertaintyPlan.builder().leaveOut(1).build()));
    assertTrue(leaveOut.getMessage().contains("leaveOut"), leaveOut.getMessage());
  }

  @Test
  void theFastPathAndThePipelineAgreeOnEveryPoint() {
    double[][] columns = {spread(1, 25), spread(2, 25), spread(3, 25)};
    UncertaintyPlan plan = UncertaintyPlan.builder().weights(UncertaintyPlan.WeightRange.of(0.5, 1.5))
        .addAggregations(UncertaintyPlan.Choice.of("arithmetic-mean"), UncertaintyPlan.Choice.of("geometric-mean")).build();
    RankModel fast = model(columns, List.of("a", "b", "c"), plan);
    assertTrue(fast.fastPath());
    SplittableRandom random = new SplittableRandom(4);
    for (int k = 0; k < 50; k++) {
      double[] u = {random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble()};
      boolean geometric = u[3] >= 0.5;
      double[] s = new double[25];
      for (int j = 0; j < 3; j++) {
        double max = java.util.Arrays.stream(columns[j]).max().orElseThrow();
        for (int i = 0; i < 25; i++) {
          double z = columns[j][i] / max;
          s[i] += (0.5 + u[j]) * (geometric ? Math.log(z) : z);
        }
      }
      assertArrayEquals(io.potentia.scoring.internal.Ranks.rank(s, true, io.potentia.scoring.spi.TiePolicy.MIN),
          fast.ranks(u), "point " + k);
    }
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

  /**
   * A user's aggregator that does not declare a quasi-arithmetic form runs through the pipeline:
   * here one that computes the arithmetic mean, which must then rank every point as the fast path
   * does with the built-in arithmetic mean.
   */
  @Test
  void anAggregatorWithoutTheFormIsEvaluatedThroughThePipelineWithTheSameRanks() {
    double[][] columns = {spread(7, 20), spread(8, 20), spread(9, 20)};
    List<String> rows = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      rows.add("A" + i);
    }
    ImportedIndex index = new MatrixCsv.Matrix("test", rows, List.of("a", "b", "c"), columns).toIndex(YEAR);
    io.potentia.scoring.aggregate.Aggregator builtIn = io.potentia.scoring.aggregate.Aggregators.arithmeticMean();
    // a lambda: an aggregator that does not say it is a quasi-arithmetic mean
    io.potentia.scoring.spi.Described<io.potentia.scoring.aggregate.Aggregator> own = new io.potentia.scoring.spi.Described<>(
        "own-mean", io.potentia.scoring.aggregate.Aggregators.byName("arithmetic-mean").traits(), builtIn::aggregate);
    UncertaintyPlan plan = weights(0.5, 1.5);
    StrategySpec spec = StrategySpec.builder().normalisation(StepSpec.of("max")).build();
    RankModel viaPipeline = RankModel.of(ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(spec).aggregator(own).build(), index.dataset(), YEAR, plan);
    RankModel fast = RankModel.of(ScoringPipeline.builder().framework(index.framework()).catalogue(index.catalogue())
        .spec(spec).build(), index.dataset(), YEAR, plan);
    assertFalse(viaPipeline.fastPath());
    assertTrue(fast.fastPath());
    SplittableRandom random = new SplittableRandom(5);
    for (int k = 0; k < 30; k++) {
      double[] u = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
      assertArrayEquals(viaPipeline.ranks(u), fast.ranks(u), "point " + k);
    }
  }

  @Test
  void aWholeSobolSetUpMustNameAsManyFactorsAsThereAreAndReportsEveryRanking() {
    RankModel model = model(new double[][] {spread(1, 20), spread(2, 20)}, List.of("a", "b"), weights(0.5, 1.5));
    java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    RankSensitivity.Result r = RankSensitivity.estimate(model, new SobolIndices.Config(2, 32, Estimator.SALTELLI_2010, 10,
        0.9, 3L), (done, total) -> calls.incrementAndGet(), null);
    assertEquals(r.modelRuns(), calls.get());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RankSensitivity.estimate(model,
        new SobolIndices.Config(3, 32, Estimator.SALTELLI_2010, 0, 0.9, 3L), null, null));
    assertTrue(e.getMessage().contains("has 3 factors, but there are 2"), e.getMessage());
  }
}
