package io.potentia.scoring.analysis.planning;

import io.potentia.scoring.analysis.TwoIndicatorIndex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.planning.BudgetPriorities.Funded;
import io.potentia.scoring.analysis.planning.BudgetPriorities.Method;
import io.potentia.scoring.analysis.planning.BudgetPriorities.Project;
import io.potentia.scoring.analysis.planning.BudgetPriorities.Roadmap;
import io.potentia.scoring.ScoringPipeline;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Budget priorities on {@link TwoIndicatorIndex} under the arithmetic mean over fixed goalposts,
 * where each indicator point of one area adds 1/200 to its index and 1/800 to the mean over the
 * four areas. Worked by hand, with a budget of 4 in 2025 and 4 in 2026:
 *
 * <pre>
 * project  area  effect     cost  needs  gain to the mean
 * P1       D     x + 30     3            0.0375
 * P2       D     y + 30     3            0.0375
 * P3       A     y + 40     5     P1     0.05
 * </pre>
 *
 * Feasible sets within 8: {P1, P2} (0.075) and {P1, P3} (0.0875); the best is {P1, P3}, P1 in
 * 2025 (3 of 4) and P3 in 2026 (5 of the 5 left).
 */
class BudgetPrioritiesTest {
  private static final Dataset DATA = TwoIndicatorIndex.fourAreas().build();
  private static final ScoringPipeline PIPELINE = TwoIndicatorIndex.pipeline(TwoIndicatorIndex.flat(),
      TwoIndicatorIndex.spec("arithmetic-mean").build());
  private static final Map<Integer, Double> BUDGET = Map.of(2025, 4.0, 2026, 4.0);
  private static final List<Project> PROJECTS = List.of(
      new Project("P1", "D", 3, Map.of("t.x", 30.0), Set.of(), 2025),
      new Project("P2", "D", 3, Map.of("t.y", 30.0), Set.of(), 2025),
      new Project("P3", "A", 5, Map.of("t.y", 40.0), Set.of("P1"), 2025));

  private static Roadmap plan(List<Project> projects, Map<Integer, Double> budget, Method method) {
    return BudgetPriorities.plan(PIPELINE, DATA, TwoIndicatorIndex.YEAR, "index", projects, budget, method);
  }

  @Test
  void theExactSearchFundsTheBestFeasibleSetAndSchedulesIt() {
    Roadmap r = plan(PROJECTS, BUDGET, Method.EXACT);

    assertEquals(List.of(new Funded("P1", 2025, 0.0375), new Funded("P3", 2026, 0.05)), rounded(r.funded()));
    assertEquals((0.51 + 0.50 + 0.525 + 0.20) / 4, r.baseline(), 1e-12);
    assertEquals(r.baseline() + 0.0875, r.value(), 1e-12);
    assertEquals(8, r.spent());
    assertTrue(r.boundHolds());
  }

  @Test
  void aBudgetYearBeforeTheDataOrPastTheHorizonIsATypingSlipAndRefused() {
    for (int bad : new int[] {-1, TwoIndicatorIndex.YEAR - 1, TwoIndicatorIndex.YEAR + BudgetPriorities.HORIZON + 1, 99999}) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> plan(PROJECTS, Map.of(2025, 4.0, bad, 4.0), Method.EXACT));
      assertTrue(e.getMessage().contains("budget." + bad + ": budget year " + bad + " is outside the roadmap's years "
          + TwoIndicatorIndex.YEAR), e.getMessage());
    }
  }

  @Test
  void theGreedySearchKeepsTheBetterOfItsTwoSets() {
    // by gain per cost: P1, then P2 (P3 no longer fits): 0.075; by gain: P1, then P3: 0.0875
    Roadmap r = plan(PROJECTS, BUDGET, Method.GREEDY);
    assertEquals(List.of("P1", "P3"), r.funded().stream().map(Funded::project).toList());
    assertEquals(r.baseline() + 0.0875, r.value(), 1e-12);
    assertEquals(false, r.boundHolds(), "P3 has a prerequisite: the bound is not claimed");
  }

  @Test
  void aProjectWaitsForItsEarliestYearAndNothingIsFundedBeyondTheBudget() {
    List<Project> late = List.of(new Project("P2", "D", 3, Map.of("t.y", 30.0), Set.of(), 2026),
        new Project("P4", "B", 20, Map.of("t.x", 10.0), Set.of(), 2025));
    Roadmap r = plan(late, BUDGET, Method.EXACT);
    assertEquals(List.of(new Funded("P2", 2026, 0.0375)), rounded(r.funded()));
  }

  @Test
  void rejectsEffectsOutsideTheValidRangeAndCircularPrerequisites() {
    InvalidInputException range = assertThrows(InvalidInputException.class, () -> plan(
        List.of(new Project("big", "A", 1, Map.of("t.x", 20.0), Set.of(), 2025)), BUDGET, Method.GREEDY));
    assertTrue(range.getMessage().contains("project 'big' takes 't.x' of area 'A' from 90.0 to 110.0"), range.getMessage());
    InvalidInputException cycle = assertThrows(InvalidInputException.class, () -> plan(List.of(
        new Project("a", "A", 1, Map.of("t.y", 1.0), Set.of("b"), 2025),
        new Project("b", "B", 1, Map.of("t.y", 1.0), Set.of("a"), 2025)), BUDGET, Method.EXACT));
    assertTrue(cycle.getMessage().contains("lead back to it"), cycle.getMessage());
    assertThrows(InvalidInputException.class, () -> plan(List.of(
        new Project("a", "A", 1, Map.of("t.y", 1.0), Set.of("zzz"), 2025)), BUDGET, Method.EXACT));
    assertThrows(InvalidInputException.class, () -> new Project("free", "A", 0, Map.of(), Set.of(), 2025));
    assertThrows(InvalidInputException.class, () -> plan(PROJECTS, Map.of(2025, -1.0), Method.EXACT));
  }

  private static List<Funded> rounded(List<Funded> funded) {
    return funded.stream().map(f -> new Funded(f.project(), f.year(), Math.round(f.gain() * 1e9) / 1e9)).toList();
  }

  @Test
  void aProjectCostingExactlyWhatIsLeftIsFundedAndTheLastYearStillCounts() {
    // P1 costs 3 of a budget of 3; P2 may start only in the plan's last year
    Roadmap exact = plan(List.of(new Project("P1", "D", 3, Map.of("t.x", 30.0), Set.of(), 2025)), Map.of(2025, 3.0),
        Method.EXACT);
    assertEquals(List.of("P1"), exact.funded().stream().map(Funded::project).toList());
    Roadmap greedy = plan(List.of(new Project("P1", "D", 3, Map.of("t.x", 30.0), Set.of(), 2025)), Map.of(2025, 3.0),
        Method.GREEDY);
    assertEquals(List.of("P1"), greedy.funded().stream().map(Funded::project).toList());
    assertTrue(greedy.boundHolds(), "no prerequisites: the greedy bound is claimed");
    Roadmap last = plan(List.of(new Project("P2", "D", 3, Map.of("t.y", 30.0), Set.of(), 2026)), BUDGET, Method.GREEDY);
    assertEquals(List.of(new Funded("P2", 2026, 0.0375)), rounded(last.funded()));
    Roadmap tooLate = plan(List.of(new Project("P2", "D", 3, Map.of("t.y", 30.0), Set.of(), 2027)), BUDGET, Method.EXACT);
    assertTrue(tooLate.funded().isEmpty(), "a project that cannot start within the plan is not funded");
    Roadmap none = plan(PROJECTS, Map.of(2025, 0.0), Method.GREEDY);
    assertTrue(none.funded().isEmpty());
    assertEquals(none.baseline(), none.value(), 0);
    assertEquals(0, none.spent(), 0);
  }

  @Test
  void aYearsSpendingMayUseWhatEarlierYearsLeftButNotWhatLaterYearsBring() {
    // 2 in 2025 and 4 in 2026: a project of 5 cannot be committed in 2025, and fits in 2026 on 2 + 4
    Roadmap r = plan(List.of(new Project("P3x", "A", 5, Map.of("t.y", 40.0), Set.of(), 2025)), Map.of(2025, 2.0, 2026, 4.0),
        Method.EXACT);
    assertEquals(List.of(new Funded("P3x", 2026, 0.05)), rounded(r.funded()));
    InvalidInputException negative = assertThrows(InvalidInputException.class, () -> plan(PROJECTS, Map.of(2025, -1.0),
        Method.GREEDY));
    assertTrue(negative.getMessage().contains("the budget of 2025 is -1.0"), negative.getMessage());
    assertThrows(InvalidInputException.class, () -> plan(PROJECTS, Map.of(2025, Double.NaN), Method.GREEDY));
    assertThrows(InvalidInputException.class, () -> plan(PROJECTS, Map.of(), Method.GREEDY));
  }
}
