package io.potentia.scoring.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * PROMETHEE's six generalised criteria, as defined by J. P. Brans and Ph. Vincke, "A preference
 * ranking organisation method", Management Science 31 (1985) 647–656, Figure 1 (and Brans and
 * Mareschal's PROMETHEE chapter in Multiple Criteria Decision Analysis, Springer, 2005, Table
 * 5.1): the values at and between the thresholds, and the thresholds each one needs.
 */
class PreferenceFunctionTest {
  private static final double NONE = Double.NaN;

  @Test
  void usualPrefersAnyPositiveDifferenceFully() {
    PreferenceFunction f = PreferenceFunction.of("usual", NONE, NONE, NONE);
    assertEquals(0, f.preference(0));
    assertEquals(0, f.preference(-1));
    assertEquals(1, f.preference(1e-9));
  }

  @Test
  void uShapeIsIndifferentUpToQAndStrictlyPrefersBeyondIt() {
    PreferenceFunction f = PreferenceFunction.of("u-shape", 2, NONE, NONE);
    assertEquals(0, f.preference(2));
    assertEquals(1, f.preference(2.0000001));
    assertEquals(0, f.preference(1));
  }

  @Test
  void vShapeGrowsLinearlyToFullPreferenceAtP() {
    PreferenceFunction f = PreferenceFunction.of("v-shape", NONE, 4, NONE);
    assertEquals(0.25, f.preference(1));
    assertEquals(0.75, f.preference(3));
    assertEquals(1, f.preference(4));
    assertEquals(1, f.preference(9));
  }

  @Test
  void levelGivesHalfPreferenceBetweenQAndP() {
    PreferenceFunction f = PreferenceFunction.of("level", 1, 3, NONE);
    assertEquals(0, f.preference(1));
    assertEquals(0.5, f.preference(1.5));
    assertEquals(0.5, f.preference(3));
    assertEquals(1, f.preference(3.5));
  }

  @Test
  void linearRisesFromZeroAtQToOneAtP() {
    PreferenceFunction f = PreferenceFunction.of("linear", 1, 5, NONE);
    assertEquals(0, f.preference(1));
    assertEquals(0.25, f.preference(2));
    assertEquals(0.75, f.preference(4));
    assertEquals(1, f.preference(5));
    assertEquals(1, f.preference(6));
  }

  @Test
  void gaussianIsOneMinusTheNormalKernelOfTheDifference() {
    PreferenceFunction f = PreferenceFunction.of("gaussian", NONE, NONE, 2);
    assertEquals(1 - Math.exp(-0.125), f.preference(1), 1e-15);
    assertEquals(1 - Math.exp(-0.5), f.preference(2), 1e-15, "at d = s, about 0.3935");
    assertEquals(0, f.preference(0));
  }

  @Test
  void everyFunctionIsANonDecreasingPreferenceInTheUnitInterval() {
    SplittableRandom random = new SplittableRandom(12);
    PreferenceFunction[] all = {PreferenceFunction.of("usual", NONE, NONE, NONE), PreferenceFunction.of("u-shape", 1, NONE, NONE),
        PreferenceFunction.of("v-shape", NONE, 2, NONE), PreferenceFunction.of("level", 0.5, 2, NONE),
        PreferenceFunction.of("linear", 0.5, 2, NONE), PreferenceFunction.of("gaussian", NONE, NONE, 1)};
    for (PreferenceFunction f : all) {
      double before = -1;
      double previous = 0;
      for (int k = 0; k < 2000; k++) {
        double d = before + random.nextDouble() * 0.01;
        double v = f.preference(d);
        assertTrue(v >= 0 && v <= 1 && v >= previous, f.function() + " at " + d + ": " + v + " after " + previous);
        previous = v;
        before = d;
      }
    }
  }

  @Test
  void eachFunctionDemandsItsThresholdsAndRejectsBadOnes() {
    assertMessage("preference function 'cubic' is unknown", () -> PreferenceFunction.of("cubic", NONE, NONE, NONE));
    assertMessage("'u-shape' needs q", () -> PreferenceFunction.of("u-shape", NONE, NONE, NONE));
    assertMessage("'v-shape' needs p", () -> PreferenceFunction.of("v-shape", NONE, NONE, NONE));
    assertMessage("'level' needs q", () -> PreferenceFunction.of("level", NONE, 2, NONE));
    assertMessage("'linear' needs p", () -> PreferenceFunction.of("linear", 1, NONE, NONE));
    assertMessage("'gaussian' needs s", () -> PreferenceFunction.of("gaussian", NONE, NONE, NONE));
    assertMessage("q 2.0 must be below p 2.0", () -> PreferenceFunction.of("linear", 2, 2, NONE));
    assertMessage("q 3.0 must be below p 2.0", () -> PreferenceFunction.of("level", 3, 2, NONE));
    assertMessage("s 0.0 must be > 0", () -> PreferenceFunction.of("gaussian", NONE, NONE, 0));
    assertMessage("q is -1.0; it must be finite and >= 0", () -> PreferenceFunction.of("u-shape", -1, NONE, NONE));
    assertMessage("p is Infinity", () -> PreferenceFunction.of("v-shape", NONE, Double.POSITIVE_INFINITY, NONE));
    assertMessage("s is -2.0", () -> PreferenceFunction.of("gaussian", NONE, NONE, -2));
    // a threshold the function does not use is still checked, and zero is allowed where it is used
    assertMessage("p is -1.0", () -> PreferenceFunction.of("usual", NONE, -1, NONE));
    assertEquals(1, PreferenceFunction.of("u-shape", 0, NONE, NONE).preference(1e-12));
    assertEquals(0.5, PreferenceFunction.of("level", 0, 1, NONE).preference(0.5));
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable build) {
    InvalidInputException e = assertThrows(InvalidInputException.class, build);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
