package io.potentia.scoring.analysis.whatif;

import io.potentia.scoring.analysis.TwoIndicatorIndex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.whatif.RankImprovement.Bound;
import io.potentia.scoring.analysis.whatif.RankImprovement.Plan;
import io.potentia.scoring.analysis.whatif.RankImprovement.Result;
import io.potentia.scoring.ScoringPipeline;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The smallest change that moves an area up, on {@link TwoIndicatorIndex} under the arithmetic
 * mean, worked by hand: the index is (x + y) / 200, C 0.525, A 0.51, B 0.50, D 0.20, so D (20,
 * 20) needs x + y of 100 to tie B for 3rd, 102 to pass A, 105 to tie C for 1st.
 */
class RankImprovementTest {
  private static final Dataset DATA = TwoIndicatorIndex.fourAreas().build();
  private static final int YEAR = TwoIndicatorIndex.YEAR;
  private static final ScoringPipeline PIPELINE =
      TwoIndicatorIndex.pipeline(TwoIndicatorIndex.flat(), TwoIndicatorIndex.spec("arithmetic-mean").build());

  private static double valueOf(Plan plan, String indicator) {
    return plan.changes().stream().filter(c -> c.indicator().equals(indicator)).findFirst().orElseThrow().to();
  }

  @Test
  void withinTheObservedRangesOnlyXCanLiftDAndItNeedsToReach80() {
    // default bounds: x in [20, 90] (width 70), y in [12, 50] (width 38); y alone cannot reach 80
    Result r = RankImprovement.moveUp(PIPELINE, DATA, YEAR, "D", 1, Map.of());
    assertEquals(4, r.rank());
    assertEquals(3, r.targetRank());
    assertEquals(1, r.singleIndicator().size());
    Plan x = r.singleIndicator().get(0);
    assertEquals(80, valueOf(x, "t.x"), 1e-9);
    assertEquals(60.0 / 70, x.cost(), 1e-9);
    assertEquals(3, x.rank(), "tying B counts");
    assertEquals(80, valueOf(r.combined().orElseThrow(), "t.x"), 1e-9);
    assertEquals(1, r.bestReachableRank(), "x at 90 and y at 50 give 0.70");
  }

  @Test
  void theCombinedPlanSpendsOnTheIndicatorThatBuysMostScoreFirst() {
    // x in [0, 70] buys 70/200 = 0.35 per share, y in [0, 60] buys 0.30: x goes to its bound, then y to 35
    Result r = RankImprovement.moveUp(PIPELINE, DATA, YEAR, "D", 3, Map.of("t.x", new Bound(0, 70), "t.y", new Bound(0, 60)));
    assertTrue(r.singleIndicator().isEmpty(), "neither alone reaches 105");
    Plan plan = r.combined().orElseThrow();
    assertEquals("t.x", plan.changes().get(0).indicator());
    assertEquals(70, valueOf(plan, "t.x"), 1e-9);
    assertEquals(35, valueOf(plan, "t.y"), 1e-9);
    assertEquals(50.0 / 70 + 15.0 / 60, plan.cost(), 1e-9);
    assertEquals(1, plan.rank());
    assertEquals(0.525, plan.score(), 1e-9);
  }

  @Test
  void anAreaAtItsBoundIsNotVariedThere() {
    // A has the highest x (90): with default bounds, only y can move it
    Result r = RankImprovement.moveUp(PIPELINE, DATA, YEAR, "A", 1, Map.of());
    assertTrue(r.notVaried().get("t.x").contains("already at its bound 90"), r.notVaried().toString());
    // A needs 90 + y >= 105: y to 15
    assertEquals(15, valueOf(r.combined().orElseThrow(), "t.y"), 1e-9);
  }

  @Test
  void overSeededLinearCasesTheCombinedPlanCostsNoMoreThanAnySingleIndicator() {
    SplittableRandom random = new SplittableRandom(17);
    for (int c = 0; c < 40; c++) {
      double bx = 90 + 10 * random.nextDouble();
      double by = 50 + 50 * random.nextDouble();
      Result r = RankImprovement.moveUp(PIPELINE, DATA, YEAR, "D", 1 + random.nextInt(3),
          Map.of("t.x", new Bound(20 * random.nextDouble(), bx), "t.y", new Bound(12 * random.nextDouble(), by)));
      for (Plan single : r.singleIndicator()) {
        assertTrue(r.combined().orElseThrow().cost() <= single.cost() + 1e-9, "case " + c);
        assertTrue(single.rank() <= r.targetRank(), "case " + c);
      }
      if (r.combined().isPresent()) {
        assertTrue(r.combined().get().rank() <= r.targetRank(), "case " + c);
      }
    }
  }

  @Test
  void impossibleRequestsAreRejectedWithTheReason() {
    assertTrue(assertThrows(InvalidInputException.class, () -> RankImprovement.moveUp(PIPELINE, DATA, YEAR, "A", 2, Map.of()))
        .getMessage().contains("area 'A' ranks 2; it cannot move up 2 ranks"));
    assertThrows(InvalidInputException.class, () -> RankImprovement.moveUp(PIPELINE, DATA, YEAR, "Z", 1, Map.of()));
    assertTrue(assertThrows(InvalidInputException.class,
        () -> RankImprovement.moveUp(PIPELINE, DATA, YEAR, "D", 1, Map.of("t.x", new Bound(30, 90)))).getMessage()
        .contains("outside its bound"));
    assertThrows(InvalidInputException.class, () -> new Bound(2, 1));
    assertThrows(InvalidInputException.class, () -> RankImprovement.moveUp(PIPELINE, DATA, YEAR, "D", 1, Map.of("t.z", new Bound(0, 1))));
  }
}
