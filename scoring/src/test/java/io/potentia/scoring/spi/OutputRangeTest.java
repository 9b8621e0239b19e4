package io.potentia.scoring.spi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A bounded strategy's range: closed, finite, and tolerant only of rounding. */
class OutputRangeTest {
  @Test
  void containsItsEndsAndRoundingBeyondThemButNothingMore() {
    OutputRange r = new OutputRange(0, 100);
    assertTrue(r.contains(0) && r.contains(100) && r.contains(50));
    assertTrue(r.contains(100 + 1e-11), "within 1e-12 of the larger bound's size");
    assertTrue(r.contains(-1e-11));
    assertFalse(r.contains(100 + 1e-9));
    assertFalse(r.contains(-1e-9));
    assertFalse(r.contains(Double.NaN));
    OutputRange unit = new OutputRange(0, 1);
    assertTrue(unit.contains(1 + 9e-13), "a slack of at least 1e-12");
    assertFalse(unit.contains(1 + 2e-12));
    assertTrue(new OutputRange(5, 5).contains(5), "a single point");
  }

  @Test
  void boundsMustBeFiniteAndInOrder() {
    assertThrows(IllegalArgumentException.class, () -> new OutputRange(1, 0));
    assertThrows(IllegalArgumentException.class, () -> new OutputRange(Double.NaN, 0));
    assertThrows(IllegalArgumentException.class, () -> new OutputRange(0, Double.POSITIVE_INFINITY));
    new OutputRange(-1, -1);
  }
}
