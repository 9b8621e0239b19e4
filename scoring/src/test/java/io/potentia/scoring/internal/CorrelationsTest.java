package io.potentia.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Pearson's and Spearman's correlations from their definitions, worked by hand. */
class CorrelationsTest {
  private static final double NaN = Double.NaN;

  /**
   * x = (1, 2, 3, 4), y = (2, 4, 5, 9): deviations (-1.5, -0.5, 0.5, 1.5) and (-3, -1, 0, 4), so
   * sxy = 11, sxx = 5, syy = 26 and r = 11 / sqrt(130).
   */
  @Test
  void pearsonIsTheCovarianceOverTheProductOfSpreads() {
    assertEquals(11 / Math.sqrt(130), Correlations.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 9}), 1e-15);
  }

  /**
   * Ties take their average rank (Spearman 1904): x = (1, 2, 2, 3) ranks (1, 2.5, 2.5, 4), y = (1,
   * 3, 2, 4) ranks itself; Pearson's r of the ranks is 4.5 / sqrt(4.5 x 5).
   */
  @Test
  void spearmanIsPearsonOfAverageRanks() {
    assertEquals(4.5 / Math.sqrt(22.5), Correlations.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 3, 2, 4}),
        1e-15);
  }

  @Test
  void onlyThePairsWhereBothArePresentCount() {
    assertEquals(Correlations.pearson(new double[] {1, 2, 3, 4}, new double[] {2, 4, 5, 9}),
        Correlations.pearson(new double[] {1, NaN, 2, 3, 4, 7}, new double[] {2, 8, 4, 5, 9, NaN}), 1e-15);
    assertTrue(Double.isNaN(Correlations.pearson(new double[] {1, 1, 1}, new double[] {1, 2, 3})), "no spread");
    assertTrue(Double.isNaN(Correlations.spearman(new double[] {1, NaN}, new double[] {NaN, 2})), "no pair");
  }

  /** Seeded property: both lie in [-1, 1], are symmetric, and Spearman ignores a monotone transform. */
  @Test
  void correlationsAreBoundedSymmetricAndSpearmanIsRankBased() {
    SplittableRandom random = new SplittableRandom(1904);
    for (int trial = 0; trial < 300; trial++) {
      int n = 3 + random.nextInt(30);
      double[] x = new double[n];
      double[] y = new double[n];
      double[] ex = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = random.nextInt(10) + random.nextGaussian();
        y[i] = x[i] * random.nextGaussian() + random.nextGaussian();
        ex[i] = Math.exp(x[i]);
      }
      double r = Correlations.pearson(x, y);
      assertTrue(r >= -1 && r <= 1);
      assertEquals(r, Correlations.pearson(y, x), 1e-12);
      assertEquals(Correlations.spearman(x, y), Correlations.spearman(ex, y), 1e-12);
    }
  }
}
