package io.potentia.scoring.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.audit.IndicatorStatistics.Column;
import io.potentia.scoring.analysis.audit.IndicatorStatistics.Flag;
import io.potentia.scoring.analysis.audit.IndicatorStatistics.Thresholds;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Indicator statistics and their flags. */
class IndicatorStatisticsTest {
  private static final double NaN = Double.NaN;

  /**
   * Microsoft's documentation of Excel's SKEW and KURT works one example, the values 3, 4, 5, 2,
   * 3, 4, 5, 6, 4, 7: SKEW 0.359543 and KURT -0.151799637 (support.microsoft.com, "SKEW function"
   * and "KURT function"). The statistics use the same type-2 sample formulas.
   */
  @Test
  void skewnessAndKurtosisMatchExcelsPublishedExamples() {
    Column c = IndicatorStatistics.column("x", 2024, new double[] {3, 4, 5, 2, 3, 4, 5, 6, 4, 7}, Thresholds.defaults());
    assertEquals(0.359543, c.skewness().getAsDouble(), 5e-7);
    assertEquals(-0.151799637, c.kurtosis().getAsDouble(), 5e-10);
    assertEquals(10, c.present());
    assertEquals(6 / 10.0, c.uniqueShare(), 0);
    assertEquals(Set.of(), c.flags());
  }

  /** Worked by hand (and numpy): 1, 2, 3, 4, 100 and one missing value. */
  @Test
  void aColumnWithOneDominantValueIsFlaggedForOutliersAndItsStatisticsAreExact() {
    Column c = IndicatorStatistics.column("x", 2024, new double[] {1, 2, NaN, 3, 4, 100}, Thresholds.defaults());
    assertEquals(5, c.present());
    assertEquals(1, c.missing());
    assertEquals(1, c.min().getAsDouble(), 0);
    assertEquals(100, c.max().getAsDouble(), 0);
    assertEquals(22, c.mean().getAsDouble(), 1e-14);
    assertEquals(3, c.median().getAsDouble(), 0);
    assertEquals(43.617656975128774, c.sd().getAsDouble(), 1e-12);
    assertEquals(2.232395911636458, c.skewness().getAsDouble(), 1e-12);
    assertEquals(4.986865957200655, c.kurtosis().getAsDouble(), 1e-12);
    assertEquals(Set.of(Flag.OUTLIERS), c.flags());
  }

  @Test
  void fewDistinctValuesAndLowCoverageAreFlaggedAndZerosCounted() {
    Column c = IndicatorStatistics.column("x", 2024, new double[] {0, 0, 0, 1, NaN, NaN, NaN}, Thresholds.defaults());
    assertEquals(3, c.zeros());
    assertEquals(0.5, c.uniqueShare(), 0);
    assertEquals(Set.of(Flag.LOW_COVERAGE), c.flags(), "half distinct is not below 0.5; 4 of 7 is below 0.65");
    Column constant = IndicatorStatistics.column("x", 2024, new double[] {5, 5}, Thresholds.defaults());
    assertEquals(Set.of(Flag.NEAR_CONSTANT), constant.flags());
    assertTrue(constant.skewness().isEmpty() && constant.kurtosis().isEmpty(), "undefined is empty, not NaN");
  }

  @Test
  void aColumnWithNothingPresentHasNoStatisticsAndLowCoverage() {
    Column c = IndicatorStatistics.column("x", 2024, new double[] {NaN, NaN}, Thresholds.defaults());
    assertTrue(c.mean().isEmpty() && c.min().isEmpty() && c.median().isEmpty() && c.sd().isEmpty());
    assertEquals(Set.of(Flag.LOW_COVERAGE), c.flags());
  }

  @Test
  void theDatasetFormCoversEveryIndicatorAndYearAndCountsAbsentOnesAsMissing() {
    Dataset data = Dataset.builder().put("a", "i", 2023, 1).put("b", "i", 2023, 2).put("a", "i", 2024, 3).build();
    List<Column> columns = IndicatorStatistics.of(data, List.of("i", "absent"), List.of("a", "b", "c"),
        Thresholds.defaults());
    assertEquals(List.of("i 2023 2", "i 2024 1", "absent 2023 0", "absent 2024 0"),
        columns.stream().map(c -> c.indicator() + " " + c.year() + " " + c.present()).toList());
    assertEquals(3, columns.get(3).missing());
  }

  @Test
  void badThresholdsAndInfiniteValuesAreRefusedByName() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Thresholds(2, 3.5, 0.5, 1.2));
    assertTrue(e.getMessage().contains("coverage: statistics: the coverage 1.2 is not in [0, 1]"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> new Thresholds(0, 3.5, 0.5, 0.5));
    e = assertThrows(InvalidInputException.class, () -> IndicatorStatistics.column("gdp", 2024,
        new double[] {1, Double.POSITIVE_INFINITY}, Thresholds.defaults()));
    assertTrue(e.getMessage().contains("gdp[1]") && e.getMessage().contains("Infinity"), e.getMessage());
  }

  /** Seeded property: the statistics do not depend on the order of the areas, and never hold NaN. */
  @Test
  void statisticsAreOrderFreeAndFinite() {
    SplittableRandom random = new SplittableRandom(16);
    for (int trial = 0; trial < 300; trial++) {
      double[] x = new double[1 + random.nextInt(12)];
      for (int i = 0; i < x.length; i++) {
        x[i] = random.nextDouble() < 0.2 ? NaN : random.nextInt(5) * Math.exp(random.nextGaussian() * 3);
      }
      double[] shuffled = x.clone();
      for (int i = shuffled.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        double t = shuffled[i];
        shuffled[i] = shuffled[j];
        shuffled[j] = t;
      }
      Column a = IndicatorStatistics.column("x", 1, x, Thresholds.defaults());
      Column b = IndicatorStatistics.column("x", 1, shuffled, Thresholds.defaults());
      assertEquals(a.present(), b.present());
      assertEquals(a.flags(), b.flags(), Arrays.toString(x));
      assertEquals(a.median(), b.median());
      assertEquals(a.uniqueShare(), b.uniqueShare(), 0);
      for (var v : List.of(a.mean(), a.sd(), a.skewness(), a.kurtosis())) {
        assertTrue(v.isEmpty() || Double.isFinite(v.getAsDouble()));
      }
      assertEquals(a.mean().isPresent() ? a.mean().getAsDouble() : 0, b.mean().isPresent() ? b.mean().getAsDouble() : 0,
          1e-9 * (1 + Math.abs(a.mean().orElse(0))));
    }
  }
}
