package io.potentia.scoring.rank;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MAIRCA (Pamučar, Vasin and Lukovac 2014). */
class MaircaTest {

  /**
   * Aksoy (2021), "An analysis on Turkey's merger and acquisition activities: MAIRCA method",
   * Gümüşhane Üniversitesi Sosyal Bilimler Enstitüsü Elektronik Dergisi 12(1), pp. 1-11: five years on
   * four benefit criteria; total gaps Q = 0.0332, 0.1122, 0.0654, 0.1304, 0.1498. The data and Q
   * agree value for value with pymcdm's transcription (github.com/kotbaton/pymcdm,
   * test/test_mcdm.py, TestMAIRCA, to 4 decimals). Table and page not confirmed: the paper's text
   * could not be reached from here.
   */
  @Test
  void reproducesAksoysTotalGaps() {
    double[][] rows = {{70, 245, 16.4, 19}, {52, 246, 7.3, 22}, {53, 295, 10.3, 25}, {63, 256, 12, 8}, {64, 233, 5.3, 17}};
    RankingResult r = RankingMethods.mairca().rank(RankingMethodsTest.problem(rows,
        new double[] {0.04744, 0.02464, 0.51357, 0.41435}, BENEFIT, BENEFIT, BENEFIT, BENEFIT));
    assertArrayEquals(new double[] {0.0332, 0.1122, 0.0654, 0.1304, 0.1498}, r.scoreArray(), 5e-5);
    assertFalse(r.higherIsBetter(), "the smallest gap is best");
    assertEquals(List.of(1.0, 3.0, 2.0, 4.0, 5.0), r.ranks());
  }

  /**
   * A cost criterion, from JMcDM's MAIRCA test (github.com/jbytecode/JMcDM, test/mcdm/testmairca.jl):
   * 0.1206454, 0.0806646, 0.1458627, 0.1454237 with its weights (summing to 0.999) scaled to sum 1.
   */
  @Test
  void reproducesJmcdmsExampleWithACostCriterion() {
    double[][] rows = {{6.952, 8.000, 6.649, 7.268, 8.000, 7.652, 6.316}, {7.319, 7.319, 6.604, 7.319, 8.000, 7.652, 5.313},
        {7.000, 7.319, 7.652, 6.952, 7.652, 6.952, 4.642}, {7.319, 6.952, 6.649, 7.319, 7.652, 6.649, 5.000}};
    RankingResult r = RankingMethods.mairca().rank(RankingMethodsTest.problem(rows,
        new double[] {0.172, 0.165, 0.159, 0.129, 0.112, 0.122, 0.140},
        BENEFIT, BENEFIT, BENEFIT, BENEFIT, BENEFIT, BENEFIT, COST));
    assertArrayEquals(new double[] {0.1206454, 0.0806646, 0.1458627, 0.1454237}, r.scoreArray(), 5e-8);
  }

  @Test
  void anAlternativeBestOnEveryCriterionHasNoGapAndTheWorstTheWholeTheoreticalRating() {
    DecisionProblem p = RankingMethodsTest.problem(new double[][] {{5, 1}, {3, 2}, {1, 3}}, new double[] {1, 3},
        BENEFIT, COST);
    // theoretical ratings w_j / m = (1/4) / 3 and (3/4) / 3; A2 sits halfway on both
    assertArrayEquals(new double[] {0, 1.0 / 6, 1.0 / 3}, RankingMethods.mairca().rank(p).scoreArray(), 1e-15);
  }

  @Test
  void aConstantCriterionAndSoASingleAlternativeAreRefusedNamingTheCriterionAndValue() {
    InvalidInputException constant = assertThrows(InvalidInputException.class, () -> RankingMethods.mairca().rank(
        RankingMethodsTest.problem(new double[][] {{5, 2}, {3, 2}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(constant.getMessage().contains("mairca: criterion 'C2' is constant (every alternative has 2.0)"),
        constant.getMessage());
    assertEquals("criteria[1]", constant.problems().get(0).path());
    InvalidInputException single = assertThrows(InvalidInputException.class, () -> RankingMethods.mairca().rank(
        RankingMethodsTest.problem(new double[][] {{5, 2}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(single.getMessage().contains("criterion 'C1' is constant (every alternative has 5.0, the only one)"),
        single.getMessage());
  }

  @Test
  void negativeValuesAndValuesNearTheLargestDoubleAreRankedWithoutOverflow() {
    DecisionProblem p = RankingMethodsTest.problem(new double[][] {{-1.5e308, 2}, {1.5e308, 1}, {0, 3}},
        new double[] {1, 1}, BENEFIT, COST);
    // C1 normalises to 0, 1, 1/2 and C2 (cost) to 1/2, 1, 0: gaps (1/6)(1 - r) summed
    assertArrayEquals(new double[] {(1 + 0.5) / 6, 0, (0.5 + 1) / 6}, RankingMethods.mairca().rank(p).scoreArray(),
        1e-15);
  }
}
