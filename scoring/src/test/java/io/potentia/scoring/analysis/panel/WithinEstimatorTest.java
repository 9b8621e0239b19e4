package io.potentia.scoring.analysis.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WithinEstimatorTest {
  /**
   * Hand-worked: area A has (x, y) = (0, 1), (2, 5), (4, 7) and area B (1, 0), (3, 4). Demeaned, A
   * gives x~ = -2, 0, 2 and y~ = -10/3, 2/3, 8/3; B gives x~ = -1, 1 and y~ = -2, 2. So sum x~^2 = 10,
   * sum x~ y~ = 20/3 + 16/3 + 2 + 2 = 16 and b = 1.6. Residuals: A -2/15, 2/3, -8/15; B -0.4, 0.4;
   * SSE = 16/15 on n - G - 1 = 2 degrees of freedom, so the classical SE is sqrt(8/15 / 10) =
   * 0.2309. Clustered: sum x~ e is -0.8 in A and 0.8 in B, so SE = sqrt(2 * 1.28) / 10 = 0.16 and
   * t = 10.
   */
  @Test
  void aHandWorkedTwoAreaPanelGivesItsSlopeAndBothStandardErrors() {
    WithinEstimator.Estimate e = WithinEstimator.fit(List.of("A", "A", "A", "B", "B"),
        new double[] {0, 2, 4, 1, 3}, new double[] {1, 5, 7, 0, 4});
    assertEquals(1.6, e.coefficient(), 1e-12);
    assertEquals(Math.sqrt(8.0 / 150), e.classicalStandardError(), 1e-12);
    assertEquals(0.16, e.standardError(), 1e-12);
    assertEquals(10, e.t(), 1e-9);
    assertEquals(5, e.observations());
    assertEquals(2, e.areas());
  }

  @Test
  void areaEffectsDoNotMoveTheSlope() {
    // adding any constant per area to y leaves every demeaned value, hence b and its errors, unchanged
    WithinEstimator.Estimate shifted = WithinEstimator.fit(List.of("A", "A", "A", "B", "B"),
        new double[] {0, 2, 4, 1, 3}, new double[] {101, 105, 107, -50, -46});
    assertEquals(1.6, shifted.coefficient(), 1e-12);
    assertEquals(0.16, shifted.standardError(), 1e-12);
  }

  /**
   * Seeded: 40 areas over 6 years, y = a_i + 0.3 x + e with area effects a_i correlated with x (so
   * pooled least squares would be biased) and e ~ N(0, 1). Over 20 seeds the estimate lies within 4
   * classical standard errors of 0.3 (a 4-sigma miss has odds about 1 in 16,000 per seed), the
   * clustered standard error agrees with the classical one within a factor of 2 (with independent,
   * equal-variance errors both estimate the same spread), and the effect is found (t > 3).
   */
  @Test
  void recoversAKnownEffectFromGeneratedPanelsDespiteCorrelatedAreaEffects() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> areas = new ArrayList<>();
      double[] x = new double[240];
      double[] y = new double[240];
      int k = 0;
      for (int i = 0; i < 40; i++) {
        double level = r.nextDouble(0, 100);
        double effect = -0.5 * level + r.nextGaussian();
        for (int t = 0; t < 6; t++, k++) {
          areas.add("area" + i);
          x[k] = level + 10 * r.nextGaussian();
          y[k] = effect + 0.3 * x[k] + r.nextGaussian();
        }
      }
      WithinEstimator.Estimate e = WithinEstimator.fit(areas, x, y);
      assertTrue(Math.abs(e.coefficient() - 0.3) < 4 * e.classicalStandardError(), "seed " + seed + ": " + e);
      double ratio = e.standardError() / e.classicalStandardError();
      assertTrue(ratio > 0.5 && ratio < 2, "seed " + seed + ": " + e);
      assertTrue(e.t() > 3, "seed " + seed + ": " + e);
      assertEquals(240, e.observations());
      assertEquals(40, e.areas());
    }
  }

  @Test
  void refusesNonFiniteValuesNamingEachAndARegressorConstantWithinEveryArea() {
    InvalidInputException bad = assertThrows(InvalidInputException.class, () -> WithinEstimator.fit(
        List.of("A", "A", "B", "B"), new double[] {0, Double.NaN, 1, 2}, new double[] {1, 2, 3, Double.POSITIVE_INFINITY}));
    assertTrue(bad.getMessage().contains("observation 1 of area 'A': x = NaN"), bad.getMessage());
    assertTrue(bad.getMessage().contains("observation 3 of area 'B': x = 2.0, y = Infinity"), bad.getMessage());
    InvalidInputException flat = assertThrows(InvalidInputException.class, () -> WithinEstimator.fit(
        List.of("A", "A", "B", "B"), new double[] {1, 1, 5, 5}, new double[] {1, 2, 3, 4}));
    assertTrue(flat.getMessage().contains("x does not vary within any area"), flat.getMessage());
    InvalidInputException few = assertThrows(InvalidInputException.class, () -> WithinEstimator.fit(
        List.of("A", "A", "B"), new double[] {1, 2, 5}, new double[] {1, 2, 3}));
    assertTrue(few.getMessage().contains("3 observation(s) in 2 area(s)"), few.getMessage());
  }
}
