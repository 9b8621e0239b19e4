package io.potentia.core.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.potential.PotentialType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorTest {

  private static Indicator.Builder valid() {
    return Indicator.builder().id("economic.gdp").name("GDP").unit("VND billion").direction(Direction.BENEFIT)
        .scale(Scale.RATIO).validRange(ValidRange.atLeast(0)).dimension(PotentialType.ECONOMIC).rollUp(RollUp.SUM)
        .description("Output.");
  }

  @Test
  void aValidIndicatorAppliesAtEveryLevelByDefault() {
    Indicator gdp = valid().build();
    assertTrue(gdp.appliesAt(AreaLevel.COMMUNE));
    assertTrue(gdp.appliesAt(AreaLevel.NATION));
  }

  @Test
  void anIdWithUpperCaseIsRejectedNamingTheIndicator() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> valid().id("Economic.GDP").build());
    assertEquals("id", e.problems().get(0).path());
    assertTrue(e.getMessage().contains("'Economic.GDP'"), e.getMessage());
  }

  @Test
  void summingPercentagesIsRejected() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> valid().scale(Scale.PERCENTAGE).validRange(ValidRange.of(0, 100)).build());
    assertEquals("rollUp", e.problems().get(0).path());
    assertTrue(e.getMessage().contains("'percentage'"), e.getMessage());
  }

  @Test
  void aCountMustBeBoundedBelowByZero() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> valid().scale(Scale.COUNT).validRange(ValidRange.unbounded()).build());
    assertEquals("validRange.min", e.problems().get(0).path());
  }

  @Test
  void everyBrokenRuleIsReportedAtOnce() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> valid().name(" ").unit("").levels(Set.of()).build());
    assertEquals(3, e.problems().size(), e.getMessage());
  }

  @Test
  void aRangeWithMinAboveMaxIsRejectedWithBothBounds() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> ValidRange.of(5, 1));
    assertTrue(e.getMessage().contains("min 5.0 is above max 1.0"), e.getMessage());
  }

  @Test
  void aRangeBoundMustBeFinite() {
    assertThrows(InvalidInputException.class, () -> ValidRange.of(Double.NEGATIVE_INFINITY, 1));
    assertThrows(InvalidInputException.class, () -> ValidRange.atLeast(Double.NaN));
  }

  @Test
  void aRangeNeverContainsNanOrInfinity() {
    ValidRange any = ValidRange.unbounded();
    assertFalse(any.contains(Double.NaN));
    assertFalse(any.contains(Double.POSITIVE_INFINITY));
    assertTrue(any.contains(-1e300));
    assertTrue(ValidRange.of(0, 100).contains(100));
    assertFalse(ValidRange.of(0, 100).contains(100.0000001));
  }

  @Test
  void enumIdsAreLookedUpWithAnErrorListingTheKnownOnes() {
    assertEquals(RollUp.POPULATION_WEIGHTED_MEAN, RollUp.fromId("population-weighted-mean"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Direction.fromId("good"));
    assertTrue(e.getMessage().contains("unknown direction 'good'; known: benefit, cost"), e.getMessage());
  }
}
