package io.potentia.scoring.analysis.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.TwoIndicatorIndex;
import io.potentia.scoring.analysis.budget.BudgetAdequacy.Status;
import io.potentia.scoring.result.ScoreReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked: economic scores x = 10, 20, 30, 40, 50 and spending y = 8, 10, 17, 24, 26, that is
 * y = 2 + 0.5 x + e with e = (1, -2, 0, 2, -1), which sums to 0 and is orthogonal to x, so least
 * squares returns a = 2, b = 0.5 and the gaps e. SSE = 10, so s = sqrt(10 / 3) = 1.826 and the
 * standardised gaps are e / s = (0.548, -1.095, 0, 1.095, -0.548); R^2 = 1 - 10 / 260 = 25/26.
 */
class BudgetAdequacyTest {
  private static final List<String> AREAS = List.of("A", "B", "C", "D", "E");
  private static final double[] X = {10, 20, 30, 40, 50};
  private static final double[] Y = {8, 10, 17, 24, 26};

  @Test
  void theGapIsTheResidualOfSpendingOnEconomicPotentialAndLargeOnesAreFlagged() {
    BudgetAdequacy.Result r = BudgetAdequacy.assess(AREAS, X, Y, 1, List.of());
    assertEquals(2, r.intercept(), 1e-12);
    assertEquals(0.5, r.slope(), 1e-12);
    assertEquals(25.0 / 26, r.rSquared(), 1e-12);
    assertEquals(Math.sqrt(10.0 / 3), r.residualStandardError(), 1e-12);
    double[] gaps = {1, -2, 0, 2, -1};
    for (int k = 0; k < 5; k++) {
      BudgetAdequacy.Area a = r.areas().get(k);
      assertEquals(gaps[k], a.gap(), 1e-12, a.area());
      assertEquals(Y[k] - gaps[k], a.predicted(), 1e-12, a.area());
      assertEquals(gaps[k] / Math.sqrt(10.0 / 3), a.standardised(), 1e-12, a.area());
    }
    assertEquals(List.of(Status.SQUARED, Status.UNDER, Status.SQUARED, Status.OVER, Status.SQUARED),
        r.areas().stream().map(BudgetAdequacy.Area::status).toList());
    assertEquals(List.of("B", "D"), r.flagged().stream().map(BudgetAdequacy.Area::area).toList());
  }

  @Test
  void aLargerThresholdFlagsFewerAreas() {
    // |z| of B and D is 1.095: flagged at 1, not at 1.2
    assertTrue(BudgetAdequacy.assess(AREAS, X, Y, 1.2, List.of()).flagged().isEmpty());
  }

  @Test
  void readsSpendingFromTheDataAndListsAreasWithoutIt() {
    // x = 90, 50, 60, 20 scores 0.9, 0.5, 0.6, 0.2 (goalposts 0 and 100); D has no spending
    Dataset.Builder b = TwoIndicatorIndex.fourAreas();
    double[] spending = {5, 2, 4};
    for (int i = 0; i < 3; i++) {
      b.put(String.valueOf((char) ('A' + i)), "t.spending", TwoIndicatorIndex.YEAR, spending[i]);
    }
    Dataset data = b.build();
    ScoreReport report = TwoIndicatorIndex.pipeline(TwoIndicatorIndex.flat(), TwoIndicatorIndex.spec("arithmetic-mean").build())
        .score(data, TwoIndicatorIndex.YEAR);
    BudgetAdequacy.Result r = BudgetAdequacy.assess(report, data, "x", "t.spending", 1);
    assertEquals(List.of("D"), r.notScored());
    assertEquals(List.of("A", "B", "C"), r.areas().stream().map(BudgetAdequacy.Area::area).toList());
    assertEquals(report.score("x", "A"), r.areas().get(0).economic(), 0);
    assertEquals(5, r.areas().get(0).spending(), 0);
  }

  @Test
  void refusesAFlatThresholdTooFewAreasAndAnExactLine() {
    InvalidInputException zero = assertThrows(InvalidInputException.class,
        () -> BudgetAdequacy.assess(AREAS, X, Y, 0, List.of()));
    assertTrue(zero.getMessage().contains("threshold 0.0 must be positive and finite"), zero.getMessage());
    InvalidInputException few = assertThrows(InvalidInputException.class,
        () -> BudgetAdequacy.assess(List.of("A", "B"), new double[] {1, 2}, new double[] {1, 2}, 1, List.of()));
    assertTrue(few.getMessage().contains("2 area(s)"), few.getMessage());
    InvalidInputException exact = assertThrows(InvalidInputException.class,
        () -> BudgetAdequacy.assess(AREAS, X, new double[] {1, 2, 3, 4, 5}, 1, List.of()));
    assertTrue(exact.getMessage().contains("exactly on a line"), exact.getMessage());
  }
}
