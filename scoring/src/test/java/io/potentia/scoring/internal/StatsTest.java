package io.potentia.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Summary statistics against published examples: Excel's SKEW and KURT help pages (data 3, 4, 5,
 * 2, 3, 4, 5, 6, 4, 7: skewness 0.359543, excess kurtosis -0.151799637), the standard deviation
 * example of 2, 4, 4, 4, 5, 5, 7, 9 (population 2, sample sqrt(32/7)), R's {@code quantile} type 7
 * of 1..10 (0.25: 3.25, 0.9: 9.1) and the classic cancellation case of compensated summation.
 */
class StatsTest {
  private static final double NA = Double.NaN;
  private static final double[] EXCEL = {3, 4, 5, 2, 3, 4, 5, 6, 4, 7};

  @Test
  void skewnessAndKurtosisMatchExcelsSkewAndKurt() {
    assertEquals(0.359543, Stats.skewness(EXCEL), 5e-7);
    assertEquals(-0.151799637, Stats.kurtosis(EXCEL), 5e-10);
    double[] withGaps = {3, NA, 4, 5, 2, 3, 4, NA, 5, 6, 4, 7};
    assertEquals(Stats.skewness(EXCEL), Stats.skewness(withGaps), 1e-15, "missing values are left out");
    assertEquals(Stats.kurtosis(EXCEL), Stats.kurtosis(withGaps), 1e-15);
  }

  @Test
  void skewnessAndKurtosisNeedEnoughValuesAndSomeSpread() {
    assertEquals(NA, Stats.skewness(new double[] {1, 2}));
    assertEquals(0, Stats.skewness(new double[] {1, 2, 3}), 1e-15);
    assertEquals(NA, Stats.skewness(new double[] {4, 4, 4}));
    assertEquals(NA, Stats.kurtosis(new double[] {1, 2, 3}));
    assertEquals(NA, Stats.kurtosis(new double[] {4, 4, 4, 4}));
    // 1, 2, 3, 4: g2 = -1.36, so ((n-1)/((n-2)(n-3))) ((n+1) g2 + 6) = 3/2 * (5 * -1.36 + 6) = -1.2
    assertEquals(-1.2, Stats.kurtosis(new double[] {1, 2, 3, 4}), 1e-12);
    // 1, 2, 10: deviations -10/3, -7/3, 17/3, so m2 = 146/9, m3 = 1190/27 and skewness sqrt(6) m3 / m2^1.5
    assertEquals(Math.sqrt(6) * (1190.0 / 27) / Math.pow(146.0 / 9, 1.5), Stats.skewness(new double[] {1, 2, 10}), 1e-12);
  }

  @Test
  void standardDeviationUsesTheStatedDivisor() {
    double[] x = {2, 4, 4, 4, 5, 5, 7, 9};
    assertEquals(2, Stats.sd(x, 0), 1e-15);
    assertEquals(Math.sqrt(32.0 / 7), Stats.sd(x, 1), 1e-15);
    assertEquals(NA, Stats.sd(new double[] {5}, 1), "one value has no sample spread");
    assertEquals(0, Stats.sd(new double[] {5}, 0));
    assertEquals(0, Stats.sd(new double[] {3, 3, NA, 3}, 1));
    assertEquals(NA, Stats.sd(new double[] {NA}, 0));
    assertEquals(1e300, Stats.sd(new double[] {1e300, -1e300}, 0), 1e285, "huge values neither overflow nor lose their spread");
    assertEquals(1e300 * Math.sqrt(2), Stats.sd(new double[] {1e300, -1e300}, 1), 1e285);
  }

  @Test
  void sumsAndMeansAreCompensatedAndSkipMissingValues() {
    assertEquals(1.0, Stats.sum(new double[] {1e100, 1.0, -1e100}));
    assertEquals(1.0, Stats.sum(new double[] {1.0, 1e100, -1e100}));
    assertEquals(2.0, Stats.sum(new double[] {1.0, NA, 1e100, 1.0, -1e100}));
    assertEquals(0, Stats.sum(new double[] {NA}));
    assertEquals(1e308, Stats.mean(new double[] {1e308, 1e308}), "no overflow");
    assertEquals(2.5, Stats.mean(new double[] {1, NA, 4}));
    assertEquals(NA, Stats.mean(new double[] {NA, NA}));
    assertEquals(0, Stats.mean(new double[] {0, -0.0}));
    assertEquals(-3, Stats.mean(new double[] {-2, -4}));
    assertEquals(2, Stats.count(new double[] {1, NA, 3}));
  }

  @Test
  void quantilesInterpolateBetweenOrderStatisticsAsRsTypeSeven() {
    double[] x = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
    assertEquals(3.25, Stats.quantile(x, 0.25), 1e-12);
    assertEquals(9.1, Stats.quantile(x, 0.9), 1e-12);
    assertEquals(1, Stats.quantile(x, 0));
    assertEquals(10, Stats.quantile(x, 1));
    assertEquals(5.5, Stats.median(x));
    assertEquals(3.5, Stats.median(new double[] {10, 7, 4, 3, 2, 1}), "numpy's percentile example");
    assertEquals(4, Stats.median(new double[] {NA, 4, NA}));
    assertEquals(NA, Stats.median(new double[] {NA}));
    assertArrayEquals(new double[] {3, 1}, Stats.present(new double[] {NA, 3, NA, 1}));
  }

  @Test
  void extremesSkipMissingValues() {
    double[] x = {NA, -2, 7, NA, 7, -2};
    assertEquals(-2, Stats.min(x));
    assertEquals(7, Stats.max(x));
    assertEquals(7, Stats.maxAbs(x));
    assertEquals(9, Stats.maxAbs(new double[] {-9, 3}));
    assertEquals(NA, Stats.min(new double[] {NA}));
    assertEquals(NA, Stats.max(new double[0]));
    assertEquals(0, Stats.maxAbs(new double[] {NA}));
    assertEquals(Double.NEGATIVE_INFINITY, Stats.min(new double[] {1, Double.NEGATIVE_INFINITY}));
  }

  @Test
  void presentKeepsThePresentValuesInOrderAndMaxAbsIgnoresTheMissing() {
    double[] x = {Double.NaN, -0.0, 3.5, Double.NaN, -7.25, 0.0};
    assertEquals("[-0.0, 3.5, -7.25, 0.0]", java.util.Arrays.toString(Stats.present(x)));
    assertEquals(0, Stats.present(new double[] {Double.NaN}).length);
    assertEquals(7.25, Stats.maxAbs(x));
    assertEquals(0.0, Stats.maxAbs(new double[] {Double.NaN, -0.0}));
    assertEquals(Double.POSITIVE_INFINITY, Stats.maxAbs(new double[] {1, Double.NEGATIVE_INFINITY}));
  }
}
