package io.potentia.scoring.outlier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.internal.Stats;
import org.junit.jupiter.api.Test;

class OutlierTreatmentsTest {
  private final OutlierTreatment rule = OutlierTreatments.skewKurtosis(2, 3.5, 5);

  @Test
  void skewnessAndKurtosisMatchExcelsDocumentedExamples() {
    // Microsoft Excel documentation: SKEW(3,4,5,2,3,4,5,6,4,7) = 0.359543; KURT(3,4,5,2,3,4,5,6,4,7) = -0.151800
    double[] x = {3, 4, 5, 2, 3, 4, 5, 6, 4, 7};
    assertEquals(0.359543, Stats.skewness(x), 5e-7);
    assertEquals(-0.151800, Stats.kurtosis(x), 5e-7);
  }

  @Test
  void aWellBehavedColumnIsLeftAlone() {
    OutlierTreatment.Treated t = rule.treat(new double[] {3, 4, 5, 2, 3, 4, 5, 6, 4, 7});
    assertTrue(t.winsorised().isEmpty());
    assertFalse(t.logTransformed());
    assertEquals("within the rule: not treated", t.note());
  }

  @Test
  void oneFarOutlierIsWinsorisedToItsNeighbour() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 1000};
    OutlierTreatment.Treated t = rule.treat(x);
    assertEquals(1, t.winsorised().size());
    assertEquals(19, t.values()[19], 0);
    assertTrue(Math.abs(t.skewness()) <= 2 || t.kurtosis() <= 3.5);
  }

  @Test
  void aHeavyTailThatWinsorisingCannotFixIsLogTransformedKeepingTheOrder() {
    double[] x = new double[30];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.pow(2, i);
    }
    OutlierTreatment.Treated t = OutlierTreatments.skewKurtosis(2, 3.5, 1).treat(x);
    assertTrue(t.logTransformed(), t.note());
    for (int i = 1; i < x.length; i++) {
      assertTrue(t.values()[i] > t.values()[i - 1]);
    }
  }
}
