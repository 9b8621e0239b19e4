package io.potentia.scoring.aggregate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Floors, caps and vetoes: each acts strictly beyond its threshold, and says why. */
class AggregationRuleTest {
  private static final List<String> NAMES = List.of("political", "military");

  @Test
  void aFloorRaisesOnlyScoresBelowIt() {
    AggregationRule floor = AggregationRule.floor(10);
    assertEquals(Optional.empty(), floor.apply(10, new double[2], NAMES));
    assertEquals(Optional.empty(), floor.apply(Double.NaN, new double[2], NAMES), "a missing score stays missing");
    AggregationRule.Applied a = floor.apply(9.5, new double[2], NAMES).orElseThrow();
    assertEquals(10, a.score());
    assertEquals("raised from 9.5 to the floor 10.0", a.explanation());
  }

  @Test
  void aCapLowersOnlyScoresAboveIt() {
    AggregationRule cap = AggregationRule.cap(90);
    assertEquals(Optional.empty(), cap.apply(90, new double[2], NAMES));
    AggregationRule.Applied a = cap.apply(90.5, new double[2], NAMES).orElseThrow();
    assertEquals(90, a.score());
    assertEquals("lowered from 90.5 to the cap 90.0", a.explanation());
  }

  @Test
  void aWeakChildCapsTheScoreOnlyWhenBelowItsThresholdAndTheScoreIsAboveTheCap() {
    AggregationRule rule = AggregationRule.capWhenBelow(1, 20, 50);
    assertEquals(Optional.empty(), rule.apply(60, new double[] {80, 20}, NAMES), "at the threshold: no cap");
    assertEquals(Optional.empty(), rule.apply(50, new double[] {80, 5}, NAMES), "at the cap already");
    assertEquals(Optional.empty(), rule.apply(40, new double[] {80, 5}, NAMES));
    AggregationRule.Applied a = rule.apply(60, new double[] {80, 19.5}, NAMES).orElseThrow();
    assertEquals(50, a.score());
    assertEquals("capped at 50.0 (from 60.0) because 'military' scores 19.5, below 20.0", a.explanation());
  }

  @Test
  void aVetoSetsTheScoreWhateverItWasWhenItsChildIsWeak() {
    AggregationRule veto = AggregationRule.vetoWhenBelow(0, 10, 0);
    AggregationRule.Applied a = veto.apply(30, new double[] {9, 70}, NAMES).orElseThrow();
    assertEquals(0, a.score());
    assertEquals("vetoed to 0.0 (from 30.0) because 'political' scores 9.0, below 10.0", a.explanation());
    assertEquals(Optional.empty(), veto.apply(0, new double[] {9, 70}, NAMES), "already at the veto score");
    assertEquals(Optional.empty(), veto.apply(30, new double[] {10, 70}, NAMES), "at the threshold: no veto");
    assertEquals(-5, AggregationRule.vetoWhenBelow(0, 10, -5).apply(-20, new double[] {0, 0}, NAMES).orElseThrow().score(),
        "a veto can raise as well as lower");
    AggregationRule far = AggregationRule.vetoWhenBelow(5, 10, 0);
    assertEquals(Optional.empty(), far.apply(30, new double[] {1, 1}, NAMES), "a child that is not there triggers nothing");
  }

  @Test
  void rulesNeedFiniteValuesAndTheTriggeringChild() {
    assertThrows(InvalidInputException.class, () -> AggregationRule.floor(Double.NaN));
    assertThrows(InvalidInputException.class, () -> AggregationRule.cap(Double.POSITIVE_INFINITY));
    assertThrows(InvalidInputException.class, () -> AggregationRule.capWhenBelow(0, Double.NaN, 50));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AggregationRule.vetoWhenBelow(-1, 10, 0));
    assertTrue(e.getMessage().contains("needs the position of the child"), e.getMessage());
    assertEquals(0, AggregationRule.capWhenBelow(0, 1, 2).child());
    assertEquals(AggregationRule.Kind.FLOOR, AggregationRule.floor(1).kind());
  }
}
