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

/** EDAS (Keshavarz Ghorabaee, Zavadskas, Olfat and Turskis 2015, Informatica 26(3)). */
class EdasTest {
  private static final RankingMethod EDAS = DeclaredTraits.registered("edas").strategy();

  /**
   * Yazdani, Torkayesh, Santibanez-Gonzalez and Otaghsara (2020), "Evaluation of renewable energy
   * resources using integrated Shannon Entropy-EDAS model", Sustainable Operations and Computers
   * 1, 35-42: five renewable energy resources on eight criteria with entropy weights; appraisal
   * scores 0.841, 0.632, 0.883, 0.457, 0.104 (three decimals). Table and page not confirmed: the
   * paper's text could not be reached from here, so the inputs, weights and scores are checked
   * against pymcdm's transcription (test/test_mcdm.py, TestEDAS, which cites the paper with these
   * journal pages), with which every value here agrees.
   */
  @Test
  void reproducesYazdaniEtAl2020RenewableEnergyScores() {
    double[][] rows = {{3873, 39.55, 0.27, 0.87, 150, 0.07, 12, 2130}, {5067, 67.26, 0.23, 0.23, 40, 0.02, 21, 2200},
        {2213, 24.69, 0.08, 0.17, 200, 0.04, 35, 570}, {6243, 132, 0.07, 0.25, 100, 0.04, 16, 100},
        {8312, 460.47, 0.05, 0.21, 25, 0.1, 25, 200}};
    RankingResult r = EDAS.rank(problem(rows, new double[] {0.131, 0.113, 0.126, 0.125, 0.126, 0.129, 0.132, 0.117},
        COST, COST, COST, BENEFIT, BENEFIT, COST, BENEFIT, BENEFIT));
    assertArrayEquals(new double[] {0.841, 0.632, 0.883, 0.457, 0.104}, r.scoreArray(), 5e-4);
    assertEquals(List.of(2.0, 3.0, 1.0, 4.0, 5.0), r.ranks());
    assertTrue(r.higherIsBetter());
  }

  /**
   * Ersoy (2021), "Equipment selection for an e-commerce company using Entropy-based TOPSIS, EDAS
   * and CODAS methods during the COVID-19", LogForum 17(3): six notebooks on six criteria; EDAS
   * appraisal scores 0.414, 0.130, 0.461, 0.212, 0.944, 0.043 (three decimals). Journal pages, table
   * and page not confirmed: the paper's text could not be reached from here, so the values are
   * checked against scikit-criteria's transcription (tests/agg/test_edas.py,
   * test_edas_notebook_selection, which cites the paper only as LogForum 17(3)), with which every
   * value here agrees.
   */
  @Test
  void reproducesErsoy2021NotebookScores() {
    double[][] rows = {{256, 8, 41, 1.6, 1.77, 7347.16}, {256, 8, 32, 1.0, 1.8, 6919.99}, {256, 8, 53, 1.6, 1.9, 8400},
        {256, 8, 41, 1.0, 1.75, 6808.9}, {512, 8, 35, 1.6, 1.7, 8479.99}, {256, 4, 35, 1.6, 1.7, 7499.99}};
    RankingResult r = EDAS.rank(problem(rows, new double[] {0.405, 0.221, 0.134, 0.199, 0.007, 0.034},
        BENEFIT, BENEFIT, BENEFIT, BENEFIT, COST, COST));
    assertArrayEquals(new double[] {0.414, 0.130, 0.461, 0.212, 0.944, 0.043}, r.scoreArray(), 5e-4);
    assertEquals(List.of(3.0, 5.0, 2.0, 4.0, 1.0, 6.0), r.ranks());
  }

  @Test
  void theScoreIsTheMeanOfTheNormalisedPositiveAndNegativeDistances() {
    // averages 2 and 20; A1 is 50% above on C1 and 50% better (lower) on the cost C2: SP = 0.5, SN = 0;
    // A2 is 50% below and 50% worse: SP = 0, SN = 0.5; A3 sits on both averages
    RankingResult r = EDAS.rank(problem(new double[][] {{3, 10}, {1, 30}, {2, 20}}, new double[] {0.5, 0.5}, BENEFIT, COST));
    assertEquals(List.of(0.5, 0.0, 0.0), r.extras().get("SP"));
    assertEquals(List.of(0.0, 0.5, 0.0), r.extras().get("SN"));
    assertArrayEquals(new double[] {1, 0, 0.5}, r.scoreArray(), 1e-15);
  }

  @Test
  void constantCriteriaAndASingleAlternativeTieAtOneHalf() {
    assertArrayEquals(new double[] {0.5, 0.5}, EDAS.rank(problem(new double[][] {{4, 7}, {4, 7}}, new double[] {1, 1},
        BENEFIT, COST)).scoreArray(), 0);
    assertArrayEquals(new double[] {0.5}, EDAS.rank(problem(new double[][] {{4, 7}}, new double[] {1, 1},
        BENEFIT, COST)).scoreArray(), 0);
    // a constant criterion adds no distance: the ranking is that of the other criterion
    RankingResult r = EDAS.rank(problem(new double[][] {{4, 1}, {4, 3}, {4, 2}}, new double[] {1, 1}, BENEFIT, BENEFIT));
    assertEquals(List.of(3.0, 1.0, 2.0), r.ranks());
  }

  @Test
  void aCriterionWhoseAverageIsNotPositiveIsRefusedNamingItAndTheAverage() {
    InvalidInputException zero = assertThrows(InvalidInputException.class, () -> EDAS.rank(problem(
        new double[][] {{1, 2}, {1, -2}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(zero.getMessage().contains("edas: the average of criterion 'C2' is 0.0; it must be > 0"), zero.getMessage());
    assertEquals("criteria[1]", zero.problems().get(0).path());
    InvalidInputException negative = assertThrows(InvalidInputException.class, () -> EDAS.rank(problem(
        new double[][] {{-1}, {-3}}, new double[] {1}, BENEFIT)));
    assertTrue(negative.getMessage().contains("average of criterion 'C1' is -2.0"), negative.getMessage());
    // a negative value is accepted where the average stays positive
    assertEquals(List.of(1.0, 2.0), EDAS.rank(problem(new double[][] {{5}, {-1}}, new double[] {1}, BENEFIT)).ranks());
  }

  @Test
  void valuesNearTheLargestDoubleGiveTheScoresOfTheirOrdinaryScale() {
    double[][] ordinary = {{1, 3}, {2, 5}, {3, 1}};
    double[][] extreme = new double[3][2];
    for (int i = 0; i < 3; i++) {
      extreme[i][0] = ordinary[i][0] * 5e307; // the plain sum of the column overflows
      extreme[i][1] = ordinary[i][1];
    }
    assertArrayEquals(EDAS.rank(problem(ordinary, new double[] {1, 1}, BENEFIT, COST)).scoreArray(),
        EDAS.rank(problem(extreme, new double[] {1, 1}, BENEFIT, COST)).scoreArray(), 1e-12);
  }

  @Test
  void declaresWhatItKeepsOverSeededProblems() {
    DeclaredTraits.check(DeclaredTraits.registered("edas"), EnumSet.of(Trait.MONOTONE, Trait.BOUNDED,
        Trait.COMPENSATORY, Trait.SCALE_INVARIANT, Trait.ANONYMOUS, Trait.DETERMINISTIC), 0, 1);
  }
}
