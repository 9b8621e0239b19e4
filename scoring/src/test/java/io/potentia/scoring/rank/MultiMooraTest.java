package io.potentia.scoring.rank;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MULTIMOORA (Brauers and Zavadskas 2010) with the theory of dominance (Brauers and Zavadskas 2011). */
class MultiMooraTest {

  private static double[] extra(RankingResult r, String name) {
    return r.extras().get(name).stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Kracka, Brauers and Zavadskas (2010), see {@link MooraTest#krackaEtAl()}: without coefficients of
   * significance, so every weight is 1/7 here, and Brauers's parts are 7 times the ratio system and
   * the reference point, and the 7th power of the multiplicative form.
   */
  @Test
  void reproducesKrackaBrauersAndZavadskassThreePartsAndFinalOrder() {
    RankingResult r = RankingMethods.multimoora().rank(MooraTest.krackaEtAl());
    double[] ratio = {-1.62447867, -0.25233889, -0.84635037, -2.23363519, -1.18698242, -0.77456208};
    double[] reference = {0.68934931, 0.69986697, 0.59817104, 0.85955696, 0.6002238, 0.61480595};
    double[] multiplicative = {3.4343, 148689.356, 120.3441, 0.7882, 16.2917, 252.9155};
    for (int i = 0; i < 6; i++) {
      assertEquals(ratio[i], 7 * extra(r, "ratio-system")[i], 1e-8, "ratio system of A" + (i + 1));
      assertEquals(reference[i], 7 * extra(r, "reference-point")[i], 1e-8, "reference point of A" + (i + 1));
      assertEquals(multiplicative[i], Math.exp(7 * extra(r, "multiplicative-log")[i]), 5e-5 * multiplicative[i],
          "multiplicative form of A" + (i + 1));
    }
    assertArrayEquals(new double[] {5, 1, 3, 6, 4, 2}, extra(r, "ratio-system-rank"));
    assertArrayEquals(new double[] {4, 5, 1, 6, 2, 3}, extra(r, "reference-point-rank"));
    assertArrayEquals(new double[] {5, 1, 3, 6, 4, 2}, extra(r, "multiplicative-rank"));
    // dominance: A2 is ahead of every other in two parts, A6 of all but A2, ..., A4 of none
    assertArrayEquals(new double[] {1, 5, 3, 0, 2, 4}, extra(r, "dominates"));
    assertArrayEquals(new double[] {4, 0, 2, 5, 3, 1}, extra(r, "dominated-by"));
    assertArrayEquals(new double[] {-0.6, 1, 0.2, -1, -0.2, 0.6}, r.scoreArray(), 1e-15);
    assertEquals(List.of(5.0, 1.0, 3.0, 6.0, 4.0, 2.0), r.ranks(), "A2 > A6 > A3 > A5 > A1 > A4, as published");
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("theory of dominance")), r.notes().toString());
  }

  @Test
  void mirrorImagesTieInEveryPartSoNeitherDominates() {
    // equal weights on (1, 2) and (2, 1): the same ratio sum, distance and product, so no part puts one ahead
    DecisionProblem p = RankingMethodsTest.problem(new double[][] {{1, 2}, {2, 1}}, new double[] {1, 1}, BENEFIT,
        BENEFIT);
    RankingResult r = RankingMethods.multimoora().rank(p);
    assertArrayEquals(new double[] {0, 0}, extra(r, "dominates"));
    assertArrayEquals(new double[] {0, 0}, r.scoreArray(), 0);
  }

  @Test
  void aSingleAlternativeScoresZero() {
    DecisionProblem p = RankingMethodsTest.problem(new double[][] {{3, 4}}, new double[] {1, 1}, BENEFIT, COST);
    assertArrayEquals(new double[] {0}, RankingMethods.multimoora().rank(p).scoreArray(), 0);
  }

  @Test
  void aValueThatIsNotPositiveIsRefusedNamingTheAlternativeCriterionAndValue() {
    DecisionProblem p = RankingMethodsTest.problem(new double[][] {{3, 4}, {2, 0}}, new double[] {1, 1}, BENEFIT, COST);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RankingMethods.multimoora().rank(p));
    assertTrue(e.getMessage().contains("multimoora: the value of 'A2' on criterion 'C2' is 0.0; it must be > 0"),
        e.getMessage());
  }
}
