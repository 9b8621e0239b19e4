package io.potentia.scoring.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.ValidRange;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan.ValueSpread;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan.ValueSpread.Distribution;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Monte Carlo's value draws have the moments their distributions promise (a uniform on [v - h,
 * v + h] has variance h^2 / 3; the Box-Muller normal has mean 0 and variance 1), and truncation to
 * the valid range redraws rather than clamps. Checked over 200,000 seeded draws.
 */
class ValueDrawsTest {
  private static final int N = 200_000;

  private static double[] moments(Distribution d, double v, double spread, boolean relative, ValidRange range) {
    SplittableRandom random = new SplittableRandom(17);
    ValueSpread s = ValueSpread.of(d, spread, relative);
    double sum = 0;
    double sq = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < N; k++) {
      double x = ValueDraws.draw(v, s, range, random, "A", "t.x", 2024);
      sum += x;
      sq += x * x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    double mean = sum / N;
    return new double[] {mean, sq / N - mean * mean, min, max};
  }

  @Test
  void aUniformSpreadCoversPlusOrMinusHAroundTheValue() {
    double[] m = moments(Distribution.UNIFORM, 50, 10, false, ValidRange.unbounded());
    assertEquals(50, m[0], 0.05);
    assertEquals(100.0 / 3, m[1], 0.3);
    assertTrue(m[2] >= 40 && m[2] < 40.01 && m[3] <= 60 && m[3] > 59.99, m[2] + " to " + m[3]);
  }

  @Test
  void aRelativeSpreadScalesWithTheValuesSize() {
    double[] m = moments(Distribution.UNIFORM, -200, 0.05, true, ValidRange.unbounded());
    assertEquals(-200, m[0], 0.05);
    assertEquals(100.0 / 3, m[1], 0.3, "h = 0.05 x |-200| = 10");
  }

  @Test
  void aNormalSpreadHasTheStatedStandardDeviation() {
    double[] m = moments(Distribution.NORMAL, 5, 2, false, ValidRange.unbounded());
    assertEquals(5, m[0], 0.02);
    assertEquals(4, m[1], 0.05);
    SplittableRandom random = new SplittableRandom(3);
    double sum = 0;
    double sq = 0;
    int beyond = 0;
    for (int k = 0; k < N; k++) {
      double z = ValueDraws.nextGaussian(random);
      sum += z;
      sq += z * z;
      beyond += Math.abs(z) > 1.959964 ? 1 : 0;
    }
    assertEquals(0, sum / N, 0.01);
    assertEquals(1, sq / N, 0.01);
    assertEquals(0.05, (double) beyond / N, 0.003, "5% of a standard normal lies beyond 1.96");
  }

  @Test
  void drawsOutsideTheValidRangeAreDrawnAgainNotClamped() {
    double[] m = moments(Distribution.UNIFORM, 99, 5, false, ValidRange.of(0, 100));
    assertTrue(m[3] <= 100 && m[2] >= 94, m[2] + " to " + m[3]);
    // redrawing leaves a uniform on [94, 100]: mean 97, no mass piled at 100
    assertEquals(97, m[0], 0.05);
    assertEquals(36.0 / 12, m[1], 0.05);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ValueDraws.draw(1000, ValueSpread.of(
        Distribution.NORMAL, 0.01, false), ValidRange.of(0, 100), new SplittableRandom(1), "A", "t.x", 2024));
    assertTrue(e.getMessage().contains("indicator 't.x' around 1000.0 (area 'A', 2024, spread 0.01)"), e.getMessage());
  }
}
