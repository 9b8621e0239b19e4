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

/** MARCOS (Stević, Pamučar, Puška and Chatterjee 2020, Computers and Industrial Engineering 140). */
class MarcosTest {
  private static final RankingMethod MARCOS = DeclaredTraits.registered("marcos").strategy();

  /**
   * Ulutaş, Karabasevic, Popovic, Stanujkic, Nguyen and Karaköy (2020), "Development of a novel
   * integrated CCSD-ITARA-MARCOS decision-making approach for stackers selection in a logistics
   * system", Mathematics 8(10), 1672 (an article number; mdpi.com/2227-7390/8/10/1672): eight
   * stackers on five criteria (C1, the price, a cost); utility functions 0.5649, 0.5543, 0.6410,
   * 0.6174, 0.6016, 0.5453, 0.6282, 0.6543 (four decimals). The original paper's example (eight
   * suppliers on 21 criteria) is not used. Table and page not confirmed: only the article's
   * introduction could be reached from here, so the values are checked against pymcdm's
   * transcription (test/test_mcdm.py, TestMARCOS), with which every value here agrees. Its weights
   * sum to 1.0001 and are scaled, which changes no utility function.
   */
  @Test
  void reproducesUlutasEtAl2020Stackers() {
    double[][] rows = {{660, 1000, 1600, 18, 1200}, {800, 1000, 1600, 24, 900}, {980, 1000, 2500, 24, 900},
        {920, 1500, 1600, 24, 900}, {1380, 1500, 1500, 24, 1150}, {1230, 1000, 1600, 24, 1150},
        {680, 1500, 1600, 18, 1100}, {960, 2000, 1600, 12, 1150}};
    RankingResult r = MARCOS.rank(problem(rows, new double[] {0.1061, 0.3476, 0.3330, 0.1185, 0.0949},
        COST, BENEFIT, BENEFIT, BENEFIT, BENEFIT));
    assertArrayEquals(new double[] {0.5649, 0.5543, 0.6410, 0.6174, 0.6016, 0.5453, 0.6282, 0.6543}, r.scoreArray(), 5e-5);
    assertEquals(List.of(6.0, 7.0, 2.0, 4.0, 5.0, 8.0, 3.0, 1.0), r.ranks());
  }

  @Test
  void theUtilityDegreesCompareEachAlternativeWithTheIdealAndTheAntiIdeal() {
    // normalised against the ideal (4, 1): A1 (1, 1/2), A2 (1/2, 1); equal weights: S = 3/4 each, S(ideal) = 1,
    // S(anti-ideal) = 1/2; K- = 3/2, K+ = 3/4; f(K) = (9/4) / (1 + 1/2 + 2) = 9/14
    RankingResult r = MARCOS.rank(problem(new double[][] {{4, 2}, {2, 1}}, new double[] {1, 1}, BENEFIT, COST));
    assertEquals(List.of(1.5, 1.5), r.extras().get("K-"));
    assertEquals(List.of(0.75, 0.75), r.extras().get("K+"));
    assertArrayEquals(new double[] {9.0 / 14, 9.0 / 14}, r.scoreArray(), 1e-15);
    assertArrayEquals(new double[] {2.0 / 3}, MARCOS.rank(problem(new double[][] {{4, 2}}, new double[] {1, 1},
        BENEFIT, COST)).scoreArray(), 1e-15, "a single alternative is its own ideal and anti-ideal");
  }

  @Test
  void valuesTheRatiosCannotTakeAreRefusedNamingTheAlternativeCriterionAndValue() {
    InvalidInputException cost = assertThrows(InvalidInputException.class, () -> MARCOS.rank(problem(
        new double[][] {{1, 2}, {2, 0}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(cost.getMessage().contains("marcos: the value of 'A2' on cost criterion 'C2' is 0.0; it must be > 0"),
        cost.getMessage());
    assertEquals("matrix[1][1]", cost.problems().get(0).path());
    InvalidInputException negative = assertThrows(InvalidInputException.class, () -> MARCOS.rank(problem(
        new double[][] {{-1, 2}, {2, 3}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(negative.getMessage().contains("'A1' on benefit criterion 'C1' is -1.0; it must be >= 0"),
        negative.getMessage());
    InvalidInputException antiIdeal = assertThrows(InvalidInputException.class, () -> MARCOS.rank(problem(
        new double[][] {{0, 2}, {2, 0}}, new double[] {1, 1}, BENEFIT, BENEFIT)));
    assertTrue(antiIdeal.getMessage().contains("the anti-ideal solution scores 0"), antiIdeal.getMessage());
  }

  @Test
  void declaresWhatItKeepsOverSeededProblems() {
    DeclaredTraits.check(DeclaredTraits.registered("marcos"), EnumSet.of(Trait.MONOTONE, Trait.BOUNDED,
        Trait.COMPENSATORY, Trait.SCALE_INVARIANT, Trait.ANONYMOUS, Trait.DETERMINISTIC), 0, 1);
  }
}
