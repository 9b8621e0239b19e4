package io.potentia.scoring.rank;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static io.potentia.scoring.rank.RankingMethodsTest.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** COPRAS (Zavadskas, Kaklauskas and Šarka 1994, Technological and Economic Development of Economy 1(3)). */
class CoprasTest {
  private static final RankingMethod COPRAS = DeclaredTraits.registered("copras").strategy();

  /**
   * Uysal and İnan (2022), "Performance evaluation of research assistants by COPRAS method",
   * International Journal of Social Science and Economic Research: five research assistants on
   * seven equally weighted criteria (the fifth, the time to complete the courses, a cost); utility
   * degrees 100.0000, 78.8501, 63.3837, 98.6506, 86.8878 percent (four decimals), ranks 1, 4, 5, 2,
   * 3. Volume, pages, table and page not confirmed: the paper could not be reached from here, and
   * scikit-criteria (tests/agg/test_copras.py, test_COPRAS_Uysal2022assistants), whose
   * transcription every value here agrees with, cites it only this far. Nor is the attribution
   * confirmed: a paper of the same title by Organ and Yalçın (2016, European Scientific Journal
   * 12(10)) may be the original source.
   */
  @Test
  void reproducesUysalAndInan2022ResearchAssistants() {
    double[][] rows = {{3.57, 4.00, 4.00, 83.75, 3, 9, 1}, {3.07, 3.95, 4.00, 83.00, 3, 1, 3}, {3.23, 3.54, 3.46, 66.00, 4, 0, 2},
        {3.42, 3.96, 4.00, 70.00, 5, 5, 7}, {2.56, 3.37, 3.79, 82.00, 4, 4, 5}};
    double w = 1.0 / 7;
    RankingResult r = COPRAS.rank(problem(rows, new double[] {w, w, w, w, w, w, w},
        BENEFIT, BENEFIT, BENEFIT, BENEFIT, COST, BENEFIT, BENEFIT));
    assertArrayEquals(new double[] {100.0000, 78.8501, 63.3837, 98.6506, 86.8878}, extra(r, "utility-degree"), 5e-5);
    assertEquals(List.of(1.0, 4.0, 5.0, 2.0, 3.0), r.ranks());
  }

  @Test
  void theRelativeSignificanceAddsTheBenefitSharesAndTheComparedCostShares() {
    // weighted shares: benefit (1/4, 3/4) / 2; cost (1/3, 2/3) / 2, so S- = 1/6 and 1/3, S-min = 1/6,
    // sum S- = 1/2, sum S-min / S- = 3/2: Q1 = 1/8 + (1/12)/(1/4) = 11/24, Q2 = 3/8 + (1/12)/(1/2) = 13/24
    RankingResult r = COPRAS.rank(problem(new double[][] {{1, 1}, {3, 2}}, new double[] {1, 1}, BENEFIT, COST));
    assertArrayEquals(new double[] {11.0 / 24, 13.0 / 24}, r.scoreArray(), 1e-15);
    assertArrayEquals(new double[] {100.0 * 11 / 13, 100}, extra(r, "utility-degree"), 1e-12);
  }

  @Test
  void withoutAWeightedCostCriterionTheSignificanceIsTheBenefitSumAndSaysSo() {
    RankingResult r = COPRAS.rank(problem(new double[][] {{1, 5}, {3, 5}}, new double[] {1, 0}, BENEFIT, COST));
    assertArrayEquals(new double[] {0.25, 0.75}, r.scoreArray(), 1e-15);
    assertTrue(r.notes().contains("no cost criterion has a weight above 0, so the significance Q is S+ alone"),
        r.notes().toString());
    assertEquals(List.of(100.0), extra(problem(new double[][] {{2, 5}}, new double[] {1, 1}, BENEFIT, COST)));
  }

  @Test
  void valuesTheSharesCannotTakeAreRefusedNamingTheAlternativeCriterionAndValue() {
    InvalidInputException cost = assertThrows(InvalidInputException.class, () -> COPRAS.rank(problem(
        new double[][] {{1, 2}, {2, 0}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(cost.getMessage().contains("copras: the value of 'A2' on cost criterion 'C2' is 0.0; it must be > 0"),
        cost.getMessage());
    InvalidInputException benefit = assertThrows(InvalidInputException.class, () -> COPRAS.rank(problem(
        new double[][] {{-1, 2}, {2, 3}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(benefit.getMessage().contains("'A1' on benefit criterion 'C1' is -1.0; it must be >= 0"),
        benefit.getMessage());
  }

  @Test
  void declaresWhatItKeepsOverSeededProblems() {
    DeclaredTraits.check(DeclaredTraits.registered("copras"), EnumSet.of(Trait.MONOTONE, Trait.BOUNDED,
        Trait.COMPENSATORY, Trait.SCALE_INVARIANT, Trait.ANONYMOUS, Trait.DETERMINISTIC), 0, 1);
  }

  private static List<Double> extra(DecisionProblem p) {
    return COPRAS.rank(p).extras().get("utility-degree");
  }

  private static double[] extra(RankingResult r, String name) {
    return r.extras().get(name).stream().mapToDouble(Double::doubleValue).toArray();
  }
}
