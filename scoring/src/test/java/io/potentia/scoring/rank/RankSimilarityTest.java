package io.potentia.scoring.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The weighted Spearman coefficient r_w and the WS similarity coefficient (issue 21). */
class RankSimilarityTest {
  private static final double[] REFERENCE = {1, 2, 3, 4, 5};
  private static final double[] TOP_SWAPPED = {2, 1, 3, 4, 5};
  private static final double[] BOTTOM_SWAPPED = {1, 2, 3, 5, 4};

  /**
   * Sałabun and Urbaniak (2020), "A new coefficient of rankings similarity in decision-making
   * problems", ICCS 2020, LNCS 12138, 632-645, doi:10.1007/978-3-030-50417-5_47 (the DOI confirmed
   * from the paper's record; the page of the example not confirmed): the reference ranking (1, 2, 3, 4,
   * 5) against (2, 1, 3, 4, 5), for which the paper gives Spearman's rho 0.90 (as reproduced in
   * pyfdm's tests, which cite the paper). By the paper's eq. 3 and 4 the same pair has r_w = 1 - 6 *
   * 18 / 720 = 0.85 and WS = 1 - (2^-1 * 1/4 + 2^-2 * 1/3) = 19/24, worked by hand; swapping the
   * bottom pair instead leaves rho at 0.90 but gives r_w = 1 - 6 * 6 / 720 = 0.95 and WS = 1 - (2^-4
   * * 1/3 + 2^-5 * 1/4) = 373/384: the point of the paper, that a change at the top matters more.
   */
  @Test
  void aSwapAtTheTopCostsMoreThanOneAtTheBottomAsSalabunAndUrbaniakShow() {
    assertEquals(0.90, RankCorrelation.spearman(REFERENCE, TOP_SWAPPED), 5e-3);
    assertEquals(0.90, RankCorrelation.spearman(REFERENCE, BOTTOM_SWAPPED), 5e-3);
    assertEquals(0.85, RankCorrelation.weightedSpearman(REFERENCE, TOP_SWAPPED), 1e-15);
    assertEquals(0.95, RankCorrelation.weightedSpearman(REFERENCE, BOTTOM_SWAPPED), 1e-15);
    assertEquals(19.0 / 24, RankCorrelation.wsSimilarity(REFERENCE, TOP_SWAPPED), 1e-15);
    assertEquals(373.0 / 384, RankCorrelation.wsSimilarity(REFERENCE, BOTTOM_SWAPPED), 1e-15);
  }

  /**
   * Paradowski, Bączkiewicz and Wątróbski (2021), "Towards proper consumer choices: MCDM based
   * product selection", Procedia Computer Science 192, 1347-1358: two rankings of twelve products
   * with r_w = 0.96 and WS = 0.90 (2 decimals, as reproduced in pyfdm's tests, which cite the
   * paper). Table and page not confirmed: the paper's text could not be reached from here.
   */
  @Test
  void twelveProductRankingsReproduceParadowskiBaczkiewiczAndWatrobski2021() {
    double[] x = {7, 11, 2, 1, 4, 9, 6, 3, 5, 10, 8, 12};
    double[] y = {7, 11, 3, 2, 4, 9, 6, 1, 5, 10, 8, 12};
    assertEquals(0.96, RankCorrelation.weightedSpearman(x, y), 5e-3);
    assertEquals(0.90, RankCorrelation.wsSimilarity(x, y), 5e-3);
  }

  @Test
  void identicalRankingsAreFullySimilarAndReversedOnesAreNot() {
    assertEquals(1, RankCorrelation.weightedSpearman(REFERENCE, REFERENCE), 0);
    assertEquals(1, RankCorrelation.wsSimilarity(REFERENCE, REFERENCE), 0);
    double[] reversed = {5, 4, 3, 2, 1};
    assertEquals(-1, RankCorrelation.weightedSpearman(REFERENCE, reversed), 1e-15);
    // the ends move as far as they can (4 of 4), ranks 2 and 4 two of three, the middle stays:
    // WS = 1 - (2^-1 + 2^-2 * 2/3 + 0 + 2^-4 * 2/3 + 2^-5) = 25/96
    assertEquals(25.0 / 96, RankCorrelation.wsSimilarity(REFERENCE, reversed), 1e-15);
  }

  @Test
  void wsDependsOnWhichRankingIsTheReferenceAndRwDoesNot() {
    double[] x = {1, 2, 3, 4};
    double[] y = {3, 1, 2, 4};
    assertEquals(RankCorrelation.weightedSpearman(x, y), RankCorrelation.weightedSpearman(y, x), 1e-15);
    // reference x: 1 - (2^-1 * 2/3 + 2^-2 * 1/2 + 2^-3 * 1/2) = 0.479166...; reference y: 1 - (2^-3 * 2/2 + 2^-1 * 1/3 + 2^-2 * 1/2)
    assertEquals(1 - (0.5 * 2 / 3 + 0.25 * 0.5 + 0.125 * 0.5), RankCorrelation.wsSimilarity(x, y), 1e-15);
    assertEquals(1 - (0.125 + 0.5 / 3 + 0.125), RankCorrelation.wsSimilarity(y, x), 1e-15);
  }

  @Test
  void scoresOrRanksOutsideOneToNAreRefusedNamingTheAlternative() {
    InvalidInputException score = assertThrows(InvalidInputException.class,
        () -> RankCorrelation.wsSimilarity(new double[] {0.3, 0.7}, new double[] {1, 2}));
    assertTrue(score.getMessage().contains("rank 0.3 of alternative 0 is outside 1 to 2"), score.getMessage());
    InvalidInputException high = assertThrows(InvalidInputException.class,
        () -> RankCorrelation.weightedSpearman(new double[] {1, 2}, new double[] {1, 3}));
    assertTrue(high.getMessage().contains("rank 3.0 of alternative 1"), high.getMessage());
    assertThrows(InvalidInputException.class, () -> RankCorrelation.wsSimilarity(new double[] {1}, new double[] {1}));
    assertThrows(InvalidInputException.class,
        () -> RankCorrelation.weightedSpearman(new double[] {1, Double.NaN}, new double[] {1, 2}));
    assertThrows(InvalidInputException.class,
        () -> RankCorrelation.wsSimilarity(new double[] {1, 2, 3}, new double[] {1, 2}));
  }
}
