package io.potentia.scoring.analysis.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.analysis.sensitivity.SobolIndices.Config;
import io.potentia.scoring.analysis.sensitivity.SobolIndices.Estimator;
import io.potentia.scoring.analysis.sensitivity.SobolIndices.Interval;
import io.potentia.scoring.analysis.sensitivity.SobolIndices.OutputIndices;
import io.potentia.scoring.analysis.sensitivity.SobolIndices.Result;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sobol indices of the Ishigami function, {@code sin x1 + 7 sin^2 x2 + 0.1 x3^4 sin x1} with
 * {@code x_i ~ Uniform(-pi, pi)}, whose indices are known in closed form. Published values:
 * T. Ishigami and T. Homma, "An importance quantification technique in uncertainty analysis for
 * computer models", ISUMA '90 (1990) 398–403; tabulated in A. Saltelli et al., "Global
 * Sensitivity Analysis. The Primer", Wiley (2008), and in the SALib documentation:
 * S1 = 0.3139, S2 = 0.4424, S3 = 0, ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
 */
class SobolIndicesTest {
  private static final double[] FIRST = {0.3139, 0.4424, 0.0};
  private static final double[] TOTAL = {0.5576, 0.4424, 0.2437};

  private static final SobolIndices.Model ISHIGAMI = u -> {
    double x1 = -Math.PI + 2 * Math.PI * u[0];
    double x2 = -Math.PI + 2 * Math.PI * u[1];
    double x3 = -Math.PI + 2 * Math.PI * u[2];
    double s2 = Math.sin(x2);
    return new double[] {Math.sin(x1) + 7 * s2 * s2 + 0.1 * Math.pow(x3, 4) * Math.sin(x1)};
  };

  private static Config config(Estimator estimator) {
    return new Config(3, 1 << 14, estimator, 200, 0.95, 42L);
  }

  @ParameterizedTest
  @EnumSource(Estimator.class)
  void reproducesThePublishedIshigamiIndices(Estimator estimator) {
    Result result = SobolIndices.estimate(ISHIGAMI, 1, config(estimator));

    assertEquals((1 << 14) * 5, result.modelRuns());
    OutputIndices y = result.outputs()[0];
    assertFalse(y.constant());
    for (int i = 0; i < 3; i++) {
      assertEquals(FIRST[i], y.firstOrder()[i].estimate(), 0.01, "S" + (i + 1));
      assertEquals(TOTAL[i], y.totalOrder()[i].estimate(), 0.01, "ST" + (i + 1));
    }
    // the closed-form variance: a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2 with a = 7, b = 0.1
    double variance = 49.0 / 8 + 0.1 * Math.pow(Math.PI, 4) / 5 + 0.01 * Math.pow(Math.PI, 8) / 18 + 0.5;
    assertEquals(variance, y.variance(), 0.01 * variance);
  }

  @Test
  void intervalsHoldTheirEstimateAndThePublishedValue() {
    OutputIndices y = SobolIndices.estimate(ISHIGAMI, 1, config(Estimator.SALTELLI_2010)).outputs()[0];
    for (int i = 0; i < 3; i++) {
      assertWithin(y.firstOrder()[i], FIRST[i], "S" + (i + 1));
      assertWithin(y.totalOrder()[i], TOTAL[i], "ST" + (i + 1));
    }
  }

  private static void assertWithin(Interval interval, double published, String name) {
    assertTrue(interval.lower() <= interval.estimate() && interval.estimate() <= interval.upper(),
        name + " estimate outside its interval: " + interval);
    // the interval is a bootstrap of a quasi-random sample: widen it by the rounding of the published figure
    assertTrue(interval.lower() - 5e-3 <= published && published <= interval.upper() + 5e-3,
        name + " = " + published + " outside " + interval);
    assertTrue(interval.upper() - interval.lower() < 0.1, name + " interval too wide: " + interval);
  }

  @Test
  void anAdditiveModelHasEqualFirstAndTotalIndicesInProportionToSquaredCoefficients() {
    // y = 1 u1 + 2 u2 + 3 u3: V_i = c_i^2 / 12, so S_i = ST_i = c_i^2 / 14
    OutputIndices y = SobolIndices.estimate(u -> new double[] {u[0] + 2 * u[1] + 3 * u[2]}, 1,
        new Config(3, 1 << 12, Estimator.JANSEN_1999, 0, 0.9, 1L)).outputs()[0];
    for (int i = 0; i < 3; i++) {
      double expected = (i + 1) * (i + 1) / 14.0;
      assertEquals(expected, y.firstOrder()[i].estimate(), 2e-3);
      assertEquals(expected, y.totalOrder()[i].estimate(), 2e-3);
      // no resamples: the interval is the estimate alone
      assertEquals(y.firstOrder()[i].estimate(), y.firstOrder()[i].lower());
      assertEquals(y.firstOrder()[i].estimate(), y.firstOrder()[i].upper());
    }
  }

  @Test
  void aConstantOutputIsFlaggedWithZeroIndicesBesideAVaryingOne() {
    Result result = SobolIndices.estimate(u -> new double[] {3.5, u[1]}, 2,
        new Config(2, 4096, Estimator.SALTELLI_2010, 50, 0.95, 7L));

    OutputIndices flat = result.outputs()[0];
    assertTrue(flat.constant());
    assertEquals(0, flat.variance());
    for (Interval interval : flat.firstOrder()) {
      assertEquals(new Interval(0, 0, 0), interval);
    }
    OutputIndices second = result.outputs()[1];
    assertFalse(second.constant());
    assertEquals(0, second.totalOrder()[0].estimate(), 1e-12);
    assertEquals(1, second.totalOrder()[1].estimate(), 1e-2);
  }

  @Test
  void theSameConfigurationGivesTheSameIndicesOnOneThreadAndOnMany() throws Exception {
    Config config = new Config(3, 1 << 10, Estimator.SALTELLI_2010, 100, 0.9, 99L);
    Result many = SobolIndices.estimate(ISHIGAMI, 1, config);
    ForkJoinPool single = new ForkJoinPool(1);
    try {
      Result one = single.submit(() -> SobolIndices.estimate(ISHIGAMI, 1, config)).get();
      for (int i = 0; i < 3; i++) {
        assertEquals(many.outputs()[0].firstOrder()[i], one.outputs()[0].firstOrder()[i]);
        assertEquals(many.outputs()[0].totalOrder()[i], one.outputs()[0].totalOrder()[i]);
      }
    } finally {
      single.shutdown();
    }
  }

  @Test
  void aDifferentSeedMovesOnlyTheIntervals() {
    OutputIndices a = SobolIndices.estimate(ISHIGAMI, 1, new Config(3, 512, Estimator.SALTELLI_2010, 100, 0.9, 1L))
        .outputs()[0];
    OutputIndices b = SobolIndices.estimate(ISHIGAMI, 1, new Config(3, 512, Estimator.SALTELLI_2010, 100, 0.9, 2L))
        .outputs()[0];
    assertEquals(a.firstOrder()[0].estimate(), b.firstOrder()[0].estimate());
    assertFalse(a.firstOrder()[0].equals(b.firstOrder()[0]));
  }

  @Test
  void aRunThatReturnsANonFiniteOutputIsNamed() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SobolIndices.estimate(
        u -> new double[] {u[0] > 0.7 ? Double.NaN : u[0]}, 1, new Config(1, 16, Estimator.SALTELLI_2010, 0, 0.9, 1L)));
    assertTrue(e.getMessage().contains("returned output 0 = NaN"), e.getMessage());
    assertTrue(e.getMessage().contains("at factors ["), e.getMessage());
  }

  @Test
  void aRunThatReturnsTheWrongNumberOfOutputsIsNamed() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SobolIndices.estimate(
        u -> new double[] {u[0]}, 2, new Config(1, 16, Estimator.SALTELLI_2010, 0, 0.9, 1L)));
    assertTrue(e.getMessage().contains("returned 1 outputs; the analysis states 2"), e.getMessage());
  }

  @Test
  void rejectsConfigurationsThatCannotBeEstimated() {
    assertThrows(InvalidInputException.class, () -> new Config(0, 16, Estimator.JANSEN_1999, 0, 0.9, 1L));
    assertThrows(InvalidInputException.class,
        () -> new Config(SobolIndices.MAX_FACTORS + 1, 16, Estimator.JANSEN_1999, 0, 0.9, 1L));
    assertThrows(InvalidInputException.class, () -> new Config(2, 1, Estimator.JANSEN_1999, 0, 0.9, 1L));
    assertThrows(InvalidInputException.class, () -> new Config(2, 16, null, 0, 0.9, 1L));
    assertThrows(InvalidInputException.class, () -> new Config(2, 16, Estimator.JANSEN_1999, -1, 0.9, 1L));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> new Config(2, 16, Estimator.JANSEN_1999, 10, 1.0, 1L));
    assertTrue(e.getMessage().contains("confidenceLevel is 1.0"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> SobolIndices.estimate(u -> new double[0], 0,
        new Config(1, 16, Estimator.JANSEN_1999, 0, 0.9, 1L)));
  }

  @Test
  void theFactorsOfEveryRunLieInTheUnitHypercubeAwayFromTheOrigin() {
    SobolIndices.estimate(u -> {
      double sum = 0;
      for (double v : u) {
        assertTrue(v >= 0 && v < 1, "factor " + v);
        sum += v;
      }
      assertTrue(sum > 0, "the origin was sampled");
      return new double[] {sum};
    }, 1, new Config(4, 64, Estimator.SALTELLI_2010, 0, 0.9, 1L));
  }

  @Test
  void everyModelRunIsReportedOnceAndTheLastReportIsTheTotal() {
    Config c = new Config(3, 64, Estimator.SALTELLI_2010, 0, 0.9, 1L);
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger highest = new AtomicInteger();
    Result result = SobolIndices.estimate(ISHIGAMI, 1, c, (done, total) -> {
      calls.incrementAndGet();
      highest.accumulateAndGet(done, Math::max);
      assertEquals(64 * (3 + 2), total);
    }, null);
    assertEquals(result.modelRuns(), calls.get());
    assertEquals(result.modelRuns(), highest.get());
    // a listener does not change the result
    assertEquals(SobolIndices.estimate(ISHIGAMI, 1, c).outputs()[0].totalOrder()[0],
        result.outputs()[0].totalOrder()[0]);
  }

  @Test
  void aRaisedFlagStopsTheAnalysisBeforeEveryRunIsDone() {
    AtomicInteger runs = new AtomicInteger();
    CancellationException e = assertThrows(CancellationException.class, () -> SobolIndices.estimate(u -> {
      runs.incrementAndGet();
      return ISHIGAMI.evaluate(u);
    }, 1, new Config(3, 1 << 12, Estimator.SALTELLI_2010, 0, 0.9, 1L), null, () -> runs.get() >= 100));
    assertTrue(e.getMessage().contains("cancelled after"), e.getMessage());
    assertTrue(runs.get() < (1 << 12) * 5, "ran " + runs.get());
  }
}
