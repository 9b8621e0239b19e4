package io.potentia.scoring.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Sobol estimators' sums are mergeable and exact: however the base rows are split and in
 * whatever order the parts are merged, the indices are the same to the last bit.
 */
class SobolSumsTest {
  /** Ishigami's function (a = 7, b = 0.1) on [-pi, pi)^3, the usual test of Sobol estimators. */
  private static final SobolIndices.Model ISHIGAMI = u -> {
    double x1 = -Math.PI + 2 * Math.PI * u[0];
    double x2 = -Math.PI + 2 * Math.PI * u[1];
    double x3 = -Math.PI + 2 * Math.PI * u[2];
    return new double[] {Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1)};
  };

  @Test
  void anExactSumDoesNotDependOnTheOrderOfItsTerms() {
    // seeded property: terms of mixed sign and magnitude (1e-300 to 1e300) that cancel in double arithmetic
    SplittableRandom random = new SplittableRandom(11);
    for (int trial = 0; trial < 50; trial++) {
      List<Double> terms = new ArrayList<>();
      for (int t = 0; t < 200; t++) {
        terms.add((random.nextBoolean() ? 1 : -1) * random.nextDouble() * Math.pow(10, random.nextInt(-300, 300)));
      }
      ExactSum forward = new ExactSum();
      terms.forEach(forward::add);
      BigDecimal exact = terms.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
      Collections.shuffle(terms, new java.util.Random(trial));
      ExactSum left = new ExactSum();
      ExactSum right = new ExactSum();
      for (int t = 0; t < terms.size(); t++) {
        (t % 3 == 0 ? left : right).add(terms.get(t));
      }
      left.add(right);
      assertEquals(exact.doubleValue(), forward.toDouble(), "trial " + trial);
      assertEquals(forward.toDouble(), left.toDouble(), "trial " + trial);
    }
  }

  @Test
  void anExactSumKeepsWhatDoubleAdditionLoses() {
    ExactSum sum = new ExactSum();
    sum.add(1e100);
    sum.add(1.0);
    sum.add(-1e100);
    assertEquals(1.0, sum.toDouble());
    assertEquals(0.5, sum.ratio(2));
    assertEquals(new BigDecimal(1).divide(new BigDecimal(3), MathContext.DECIMAL64).doubleValue(), sum.ratio(3));
  }

  @Test
  void rowsSplitAnyWayAndMergedInAnyOrderGiveTheIndicesOfOneMachine() {
    SobolIndices.Config config = new SobolIndices.Config(3, 64, SobolIndices.Estimator.SALTELLI_2010, 40, 0.9, 5);
    SobolIndices.Result whole = SobolIndices.estimate(ISHIGAMI, 1, config);
    SobolIndices.Design design = SobolIndices.Design.of(config);
    for (int parts : new int[] {1, 2, 7, 64}) {
      List<SobolSums> sums = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        sums.add(SobolIndices.sums(ISHIGAMI, 1, config, design, 64 * p / parts, 64 * (p + 1) / parts));
      }
      Collections.reverse(sums);
      SobolSums merged = sums.stream().reduce(SobolSums::merge).orElseThrow();
      SobolIndices.OutputIndices a = whole.outputs()[0];
      SobolIndices.OutputIndices b = SobolIndices.fromSums(merged, config).outputs()[0];
      assertArrayEquals(a.firstOrder(), b.firstOrder(), parts + " parts");
      assertArrayEquals(a.totalOrder(), b.totalOrder(), parts + " parts");
      assertEquals(a.variance(), b.variance());
    }
  }

  @Test
  void thePooledVarianceIsTheExactOneRoundedOnce() {
    // f = u_1 over the design: the variance of the 2N values of A and B, worked out in BigDecimal
    SobolIndices.Config config = new SobolIndices.Config(1, 16, SobolIndices.Estimator.JANSEN_1999, 0, 0.9, 1);
    SobolIndices.Model model = u -> new double[] {1e6 + u[0]};
    SobolIndices.Design design = SobolIndices.Design.of(config);
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    for (int r = 0; r < 32; r++) {
      BigDecimal y = new BigDecimal(model.evaluate(design.point(r))[0]);
      sum = sum.add(y);
      squares = squares.add(y.multiply(y));
    }
    BigDecimal expected = squares.multiply(BigDecimal.valueOf(32)).subtract(sum.multiply(sum))
        .divide(BigDecimal.valueOf(32 * 32), MathContext.DECIMAL128);
    assertEquals(expected.doubleValue(), SobolIndices.estimate(model, 1, config).outputs()[0].variance());
  }

  @Test
  void missingDoubledOrForeignRowsAreRefused() {
    SobolIndices.Config config = new SobolIndices.Config(3, 8, SobolIndices.Estimator.SALTELLI_2010, 5, 0.9, 5);
    SobolIndices.Design design = SobolIndices.Design.of(config);
    SobolSums half = SobolIndices.sums(ISHIGAMI, 1, config, design, 0, 4);
    InvalidInputException missing = assertThrows(InvalidInputException.class, () -> SobolIndices.fromSums(half, config));
    assertTrue(missing.getMessage().contains("4 of the design's 8 base rows"), missing.getMessage());
    InvalidInputException twice = assertThrows(InvalidInputException.class,
        () -> half.merge(SobolIndices.sums(ISHIGAMI, 1, config, design, 3, 8)));
    assertTrue(twice.getMessage().contains("base row 3 is in both"), twice.getMessage());
    SobolIndices.Config other = new SobolIndices.Config(3, 8, SobolIndices.Estimator.SALTELLI_2010, 5, 0.9, 6);
    assertThrows(InvalidInputException.class, () -> half.merge(SobolSums.of(other, 1)));
    InvalidInputException notFinite = assertThrows(InvalidInputException.class,
        () -> SobolSums.of(config, 1).addRows(2, new double[][][] {{{1, 2, Double.NaN, 4, 5}}}));
    assertTrue(notFinite.getMessage().contains("run " + (2 * 8 + 2) + " is NaN"), notFinite.getMessage());
  }
}
