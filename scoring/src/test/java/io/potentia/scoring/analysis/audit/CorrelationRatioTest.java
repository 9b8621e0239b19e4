package io.potentia.scoring.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The correlation ratio against functions whose first-order indices are known analytically. */
class CorrelationRatioTest {
  /**
   * The Ishigami function {@code sin x1 + 7 sin^2 x2 + 0.1 x3^4 sin x1}, inputs uniform on [-pi,
   * pi]: first-order indices 0.3139, 0.4424 and 0 (Ishigami and Homma 1990; Sobol' and Levitan
   * 1999; Marrel et al. 2009, Reliability Engineering and System Safety 94). The tolerance is the
   * estimator's: 4,000 samples and a spline of at most 12 knots.
   */
  @Test
  void recoversTheIshigamiFunctionsFirstOrderIndices() {
    SplittableRandom random = new SplittableRandom(1990);
    int n = 4000;
    double[][] x = new double[3][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        x[j][i] = -Math.PI + 2 * Math.PI * random.nextDouble();
      }
      double s2 = Math.sin(x[1][i]);
      y[i] = Math.sin(x[0][i]) + 7 * s2 * s2 + 0.1 * Math.pow(x[2][i], 4) * Math.sin(x[0][i]);
    }
    assertEquals(0.3139, CorrelationRatio.of(x[0], y), 0.03);
    assertEquals(0.4424, CorrelationRatio.of(x[1], y), 0.03);
    assertEquals(0, CorrelationRatio.of(x[2], y), 0.02);
  }

  /**
   * A weighted sum of independent inputs: {@code S_i = w_i^2 var(x_i) / sum_j w_j^2 var(x_j)};
   * with weights 0.5, 0.3, 0.2 on uniform inputs, 0.25/0.38, 0.09/0.38 and 0.04/0.38. A
   * nominal weight of 0.5 buys two thirds of the variance.
   */
  @Test
  void aWeightedSumOfIndependentInputsSharesItsVarianceByTheSquaredWeights() {
    SplittableRandom random = new SplittableRandom(2013);
    int n = 5000;
    double[] w = {0.5, 0.3, 0.2};
    double[][] x = new double[3][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) {
        x[j][i] = random.nextDouble();
        y[i] += w[j] * x[j][i];
      }
    }
    for (int j = 0; j < 3; j++) {
      assertEquals(w[j] * w[j] / 0.38, CorrelationRatio.of(x[j], y), 0.02, "input " + j);
    }
  }

  /** A symmetric nonlinear dependence has no linear correlation, yet the input explains everything. */
  @Test
  void seesWhatACorrelationMisses() {
    int n = 201;
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = -1 + 2.0 * i / (n - 1);
      y[i] = x[i] * x[i];
    }
    assertEquals(1, CorrelationRatio.of(x, y), 1e-9);
  }

  /**
   * Seeded property: an output that is a cubic of the input is explained fully (every knot count's
   * spline holds the cubic), however the input is spread: uniform, skewed over nine orders of
   * magnitude, a tight cluster with a few far outliers, where knot intervals differ in width by
   * millions, or log-normal.
   */
  @Test
  void aCubicOfTheInputIsExplainedFullyHoweverTheInputIsSpread() {
    SplittableRandom random = new SplittableRandom(3);
    for (int trial = 0; trial < 80; trial++) {
      int n = 40 + random.nextInt(3000);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        double u = random.nextDouble();
        x[i] = switch (trial % 4) {
          case 0 -> u;
          case 1 -> Math.pow(u, 6) * 1e9;
          case 2 -> 1e-5 * random.nextGaussian() + (u < 0.02 ? 100 : 0);
          default -> Math.exp(3 * random.nextGaussian()); // log-normal: a few areas far above the rest
        };
        double z = x[i] / (trial % 4 == 1 ? 1e9 : trial % 4 == 3 ? 1e4 : 1);
        y[i] = 2 - z + 0.5 * z * z * z;
      }
      assertEquals(1, CorrelationRatio.of(x, y), 1e-9, "trial " + trial);
    }
  }

  /** With few distinct values the ratio is the between-group share: groups {0: 1, 3}, {1: 5, 7} of y = 1, 3, 5, 7. */
  @Test
  void groupsOfAnOrdinalInputGiveTheBetweenGroupVarianceShare() {
    // group means 2 and 6, overall mean 4: between variance 4, total variance (9 + 1 + 1 + 9) / 4 = 5
    assertEquals(0.8, CorrelationRatio.of(new double[] {0, 0, 1, 1}, new double[] {1, 3, 5, 7}), 1e-12);
  }

  /** Seeded property: S is in [0, 1], ignores missing pairs, and does not change when x is rescaled. */
  @Test
  void isBoundedAndScaleFree() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 50; trial++) {
      int n = 30 + random.nextInt(300);
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = random.nextGaussian();
        y[i] = Math.sin(3 * x[i]) * random.nextDouble() + random.nextGaussian();
      }
      double s = CorrelationRatio.of(x, y);
      assertTrue(s >= 0 && s <= 1);
      double[] scaled = new double[n];
      for (int i = 0; i < n; i++) {
        scaled[i] = 10 * x[i] + 3;
      }
      assertEquals(s, CorrelationRatio.of(scaled, y), 1e-9);
      double[] gappy = x.clone();
      gappy[0] = Double.NaN;
      assertTrue(Double.isFinite(CorrelationRatio.of(gappy, y)));
    }
  }

  @Test
  void refusesAConstantOutputTooFewPairsAndInfiniteValues() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> CorrelationRatio.of(new double[] {1, 2, 3}, new double[] {4, 4, 4}));
    assertTrue(e.getMessage().contains("the output does not vary"), e.getMessage());
    e = assertThrows(InvalidInputException.class,
        () -> CorrelationRatio.of(new double[] {1, 2, Double.NaN}, new double[] {4, 5, 6}));
    assertTrue(e.getMessage().contains("2 complete pairs"), e.getMessage());
    assertThrows(InvalidInputException.class,
        () -> CorrelationRatio.of(new double[] {1, 2, Double.POSITIVE_INFINITY}, new double[] {4, 5, 6}));
  }
}
