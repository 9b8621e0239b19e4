package io.potentia.scoring.analysis.sensitivity;

import io.potentia.scoring.analysis.TwoIndicatorIndex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.sensitivity.OneAtATime.Impact;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One-at-a-time perturbations of {@link TwoIndicatorIndex} under the arithmetic mean, worked by
 * hand. Nominal index (x + y) / 200: C 0.525, A 0.51, B 0.50, D 0.20, ranks A 2, B 3, C 1, D 4.
 */
class OneAtATimeTest {
  private static final Dataset DATA = TwoIndicatorIndex.fourAreas().build();

  private static ScoringPipeline arithmetic(Framework framework) {
    return TwoIndicatorIndex.pipeline(framework, TwoIndicatorIndex.spec("arithmetic-mean").build());
  }

  private static void assertShifts(Impact impact, double mean, double max) {
    assertEquals(mean, impact.comparison().meanAbsoluteRankShift(), 1e-12, impact.node() + " x " + impact.factor());
    assertEquals(max, impact.comparison().maxAbsoluteRankShift(), 1e-12, impact.node() + " x " + impact.factor());
  }

  @Test
  void leavingAnIndicatorOutRanksByTheOther() {
    List<Impact> impacts = OneAtATime.leaveOneOut(arithmetic(TwoIndicatorIndex.flat()), DATA, TwoIndicatorIndex.YEAR);

    assertEquals(List.of("x", "y"), impacts.stream().map(Impact::node).toList());
    // without x, by y: B 1, C 2, D 3, A 4; shifts 2, 2, 1, 1
    assertShifts(impacts.get(0), 1.5, 2);
    assertEquals(4, impacts.get(0).comparison().changes().get(0).rankB(), "A falls to last by y alone");
    // without y, by x: A 1, C 2, B 3, D 4; shifts 1, 0, 1, 0
    assertShifts(impacts.get(1), 0.5, 1);
    assertEquals(0, impacts.get(0).factor());
  }

  @Test
  void leavingAnIndicatorOutRemovesThePillarItLeavesEmpty() {
    List<Impact> impacts = OneAtATime.leaveOneOut(arithmetic(TwoIndicatorIndex.pillared()), DATA, TwoIndicatorIndex.YEAR);
    assertShifts(impacts.get(0), 1.5, 2);
    assertShifts(impacts.get(1), 0.5, 1);
  }

  @Test
  void aSpecOverrideOfTheLeftOutNodeGoesWithIt() {
    com.fasterxml.jackson.databind.node.JsonNodeFactory f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
    ScoringPipeline overridden = TwoIndicatorIndex.pipeline(TwoIndicatorIndex.flat(), TwoIndicatorIndex.spec("arithmetic-mean")
        .putOverride("x", StrategySpec.NodeOverride.builder().normalisation(StepSpec.of("goalposts",
            java.util.Map.of("lower", f.numberNode(0), "upper", f.numberNode(300)))).build())
        .build());
    List<Impact> impacts = OneAtATime.leaveOneOut(overridden, DATA, TwoIndicatorIndex.YEAR);
    // x counts a third: x/300 + y/100 is A 0.42, B 0.667, C 0.65, D 0.267; by x alone A and B swap ends
    assertEquals(List.of("x", "y"), impacts.stream().map(Impact::node).toList());
    assertShifts(impacts.get(1), 1, 2);
  }

  @Test
  void tripledWeightsReorderAsWorkedByHand() {
    OneAtATime.WeightSensitivity result = OneAtATime.weights(arithmetic(TwoIndicatorIndex.flat()), DATA,
        TwoIndicatorIndex.YEAR, 3);

    assertEquals(List.of(), result.methodWeighted());
    assertEquals(2, result.impacts().size());
    // x tripled, (3x + y) / 400: A 0.705, C 0.5625, B 0.50, D 0.20; shifts A 1, C 1
    assertShifts(result.impacts().get(0), 0.5, 1);
    assertEquals(3, result.impacts().get(0).factor());
    // y tripled, (x + 3y) / 400: B 0.50, C 0.4875, A 0.315, D 0.20; shifts 1, 2, 1, 0
    assertShifts(result.impacts().get(1), 1, 2);
  }

  @Test
  void aUnitFactorChangesNothing() {
    OneAtATime.WeightSensitivity result = OneAtATime.weights(arithmetic(TwoIndicatorIndex.pillared()), DATA,
        TwoIndicatorIndex.YEAR, 1);
    assertEquals(List.of("p1", "p2", "x", "y"), result.impacts().stream().map(Impact::node).toList());
    result.impacts().forEach(i -> assertEquals(1, i.comparison().spearman(), 1e-12, i.node()));
  }

  @Test
  void weightsSetByAMethodAreListedNotPerturbed() {
    ScoringPipeline equalWeights = TwoIndicatorIndex.pipeline(TwoIndicatorIndex.flat(),
        TwoIndicatorIndex.spec("arithmetic-mean").weighting(StepSpec.of("equal")).build());
    OneAtATime.WeightSensitivity result = OneAtATime.weights(equalWeights, DATA, TwoIndicatorIndex.YEAR, 0.5, 2);
    assertEquals(List.of("x", "y"), result.methodWeighted());
    assertEquals(List.of(), result.impacts());
  }

  @Test
  void rejectsFactorsThatAreNotPositiveAndFinite() {
    ScoringPipeline p = arithmetic(TwoIndicatorIndex.flat());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> OneAtATime.weights(p, DATA, TwoIndicatorIndex.YEAR, 0.5, 0));
    assertTrue(e.getMessage().contains("weight factor 0.0 must be finite and positive"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> OneAtATime.weights(p, DATA, TwoIndicatorIndex.YEAR));
  }
}
