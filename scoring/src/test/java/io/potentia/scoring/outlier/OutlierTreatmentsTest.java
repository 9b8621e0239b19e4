package io.potentia.scoring.outlier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Stats;
import java.util.List;
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

  @Test
  void aLowOutlierIsWinsorisedUpToItsNeighbourAndTiedExtremesMoveTogether() {
    double[] low = {-1000, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19};
    OutlierTreatment.Treated t = rule.treat(low);
    assertEquals(List.of(0), t.winsorised());
    assertEquals(1, t.values()[0]);
    assertEquals("winsorised 1 point(s)", t.note());
    assertEquals(Stats.skewness(t.values()), t.skewness());
    assertEquals(Stats.kurtosis(t.values()), t.kurtosis());

    double[] twin = new double[40];
    for (int i = 0; i < twin.length; i++) {
      twin[i] = i % 10;
    }
    twin[7] = 5000;
    twin[23] = 5000;
    OutlierTreatment.Treated both = rule.treat(twin);
    assertEquals(List.of(23, 7), both.winsorised(), "the extreme found first is listed after its twins");
    assertEquals(9, both.values()[7]);
    assertEquals(9, both.values()[23]);
    assertEquals(5000, twin[7], "the input is not changed");
  }

  @Test
  void theLogTransformPadsByOneHundredthOfTheRangeOnTheSideOfTheSkew() {
    double[] x = new double[30];
    double[] negative = new double[30];
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.pow(2, i);
      negative[i] = -x[i];
    }
    double min = 1;
    double max = Math.pow(2, 29);
    double pad = 0.01 * (max - min);
    OutlierTreatment.Treated up = OutlierTreatments.skewKurtosis(2, 3.5, 0).treat(x);
    OutlierTreatment.Treated down = OutlierTreatments.skewKurtosis(2, 3.5, 0).treat(negative);
    for (int i = 0; i < x.length; i++) {
      assertEquals(Math.log(x[i] - min + pad), up.values()[i], 1e-12);
      // the mirrored column's max is -1: -ln(max - (-x) + pad) = -ln(x - 1 + pad)
      assertEquals(-Math.log(x[i] - min + pad), down.values()[i], 1e-12, "-ln(max - x + pad) of the mirrored column");
    }
    assertTrue(up.logTransformed() && down.logTransformed());
    assertTrue(up.winsorised().isEmpty());
    assertEquals("winsorising 0 point(s) did not satisfy the rule: log-transformed instead", up.note());
    assertEquals(Stats.skewness(up.values()), up.skewness());
  }

  @Test
  void theRuleNeedsBothLimitsExceededStrictly() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 1000};
    double s = Stats.skewness(x);
    double k = Stats.kurtosis(x);
    assertEquals("within the rule: not treated", OutlierTreatments.skewKurtosis(s, k - 1, 5).treat(x).note());
    assertEquals("within the rule: not treated", OutlierTreatments.skewKurtosis(s - 1e-9, k, 5).treat(x).note());
    assertTrue(OutlierTreatments.skewKurtosis(s - 1e-9, k - 1e-9, 5).treat(x).note().startsWith("winsorised"));
    double[] mirrored = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      mirrored[i] = -x[i];
    }
    assertTrue(OutlierTreatments.skewKurtosis(s - 1e-9, k - 1e-9, 5).treat(mirrored).note().startsWith("winsorised"),
        "negative skew counts by its size");
  }

  @Test
  void tooFewValuesAreNotAssessedAndBadLimitsOrValuesAreRejected() {
    OutlierTreatment.Treated t = rule.treat(new double[] {1, Double.NaN, 2, 1000});
    assertEquals("fewer than four values: not assessed", t.note());
    assertArrayEquals(new double[] {1, Double.NaN, 2, 1000}, t.values());
    assertTrue(Double.isNaN(t.skewness()) && Double.isNaN(t.kurtosis()));
    assertThrows(InvalidInputException.class, () -> OutlierTreatments.skewKurtosis(0, 3.5, 5));
    assertThrows(InvalidInputException.class, () -> OutlierTreatments.skewKurtosis(2, Double.NaN, 5));
    assertThrows(InvalidInputException.class, () -> OutlierTreatments.skewKurtosis(2, 3.5, -1));
    assertThrows(InvalidInputException.class, () -> rule.treat(new double[] {1, 2, 3, Double.POSITIVE_INFINITY}));
    assertTrue(io.potentia.scoring.spec.Strategies.registry().outliers(io.potentia.scoring.spec.StepSpec.of("skew-kurtosis"))
        .has(io.potentia.scoring.spi.Trait.MONOTONE));
  }
}
