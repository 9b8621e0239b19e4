package io.potentia.scoring.analysis.balance;

import io.potentia.scoring.analysis.TwoIndicatorIndex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.result.ScoreReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Balance of the {@link TwoIndicatorIndex} leaves x and y (scores x/100 and y/100), on data built
 * so that the regression is known exactly: x = 10, 20, 30, 40 and y = 40, 40, 60, 100, that is
 * y/100 = 0.1 + 2 x/100 + e with e = (0.1, -0.1, -0.1, 0.1), which sums to 0 and is orthogonal to
 * x, so least squares returns a = 0.1, b = 2 and the residuals e; R^2 = 1 - 0.04 / 0.24 = 5/6.
 */
class BalanceTest {
  private static final double[] X = {10, 20, 30, 40};
  private static final double[] Y = {40, 40, 60, 100};

  private static ScoreReport report(Dataset.Builder b) {
    return TwoIndicatorIndex.pipeline(TwoIndicatorIndex.flat(), TwoIndicatorIndex.spec("arithmetic-mean").build())
        .score(b.build(), TwoIndicatorIndex.YEAR);
  }

  private static Dataset.Builder data() {
    Dataset.Builder b = Dataset.builder();
    for (int i = 0; i < 4; i++) {
      String area = String.valueOf((char) ('A' + i));
      b.put(area, "t.x", TwoIndicatorIndex.YEAR, X[i]).put(area, "t.y", TwoIndicatorIndex.YEAR, Y[i]);
    }
    return b;
  }

  @Test
  void theGapIsTheResidualOfOutcomeOnResources() {
    Balance.Gap gap = Balance.gap(report(data()), "x", "y");

    assertEquals(0.1, gap.intercept(), 1e-12);
    assertEquals(2, gap.slope(), 1e-12);
    assertEquals(5.0 / 6, gap.rSquared(), 1e-12);
    double[] e = {0.1, -0.1, -0.1, 0.1};
    List<Double> residuals = List.copyOf(gap.gaps().values());
    for (int i = 0; i < 4; i++) {
      assertEquals(e[i], residuals.get(i), 1e-12, "area " + (char) ('A' + i));
    }
    assertEquals(List.of("A", "B", "C", "D"), List.copyOf(gap.gaps().keySet()));
  }

  @Test
  void imbalanceIsTheSpreadOfThePotentialsWithTheWeakestAndStrongest() {
    Balance.Imbalances result = Balance.imbalance(report(data()), List.of("x", "y"));
    // A: 0.1 and 0.4, population sd 0.15, weakest x; D: 0.4 and 1.0, sd 0.3
    Balance.Imbalance a = result.areas().get(0);
    assertEquals(0.15, a.spread(), 1e-12);
    assertEquals("x", a.weakest());
    assertEquals("y", a.strongest());
    assertEquals(0.3, result.areas().get(3).spread(), 1e-12);
  }

  @Test
  void couplingCoordinationOfTwoSubsystems() {
    Balance.Coordination c = Balance.coupling(report(data()), List.of("x", "y"), 1);
    // A: C = 2 sqrt(0.1 * 0.4) / 0.5 = 0.8, T = 0.25, D = sqrt(0.2)
    assertEquals(Math.sqrt(0.2), c.degrees().get("A"), 1e-12);
    // D: C = 2 sqrt(0.4) / 1.4, T = 0.7
    assertEquals(Math.sqrt(2 * Math.sqrt(0.4) / 1.4 * 0.7), c.degrees().get("D"), 1e-12);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Balance.coupling(report(data()), List.of("x", "y"), 0.5));
    assertTrue(e.getMessage().contains("outside [0, 0.5]"), e.getMessage());
  }

  @Test
  void anAreaWithoutScoresIsListedApart() {
    ScoreReport r = report(data().putMissing("E", "t.x", TwoIndicatorIndex.YEAR).put("E", "t.y", TwoIndicatorIndex.YEAR, 50));
    assertEquals(List.of("E"), Balance.gap(r, "x", "y").notScored());
    assertEquals(List.of("E"), Balance.imbalance(r, List.of("x", "y")).notScored());
    assertEquals(List.of("E"), Balance.coupling(r, List.of("x", "y"), 1).notScored());
    assertEquals(0.1, Balance.gap(r, "x", "y").intercept(), 1e-12, "E takes no part in the fit");
  }

  @Test
  void rejectsARegressionThatCannotBeFitted() {
    // the areas with an outcome all have x = 30; the one that differs has no outcome
    Dataset.Builder flat = Dataset.builder();
    for (int i = 0; i < 3; i++) {
      flat.put("A" + i, "t.x", TwoIndicatorIndex.YEAR, 30).put("A" + i, "t.y", TwoIndicatorIndex.YEAR, 10 * i);
    }
    flat.put("A3", "t.x", TwoIndicatorIndex.YEAR, 50).putMissing("A3", "t.y", TwoIndicatorIndex.YEAR);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Balance.gap(report(flat), "x", "y"));
    assertTrue(e.getMessage().contains("every area has the same 'x' score"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> Balance.imbalance(report(data()), List.of("x")));
  }
}
