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

/** OCRA (Parkan 1994). */
class OcraTest {

  private static double[] extra(RankingResult r, String name) {
    return r.extras().get(name).stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Işık and Adalı (2016), "A new integrated decision making approach based on SWARA and OCRA methods
   * for the hotel selection problem", International Journal of Advanced Operations Management 8(2),
   * pp. 140-151: six hotels on five criteria (the second, price, a cost) with SWARA weights; input
   * ratings 0.095, 0.101, 0.000, 0.089, 0.080, 0.122, output ratings 0.129, 0.190, 0.244, 0.158, 0.000,
   * 0.069 and overall ratings 0.143, 0.210, 0.164, 0.167, 0.000, 0.112, to 3 decimals. The data and
   * ratings agree value for value with scikit-criteria's transcription
   * (github.com/quatrope/scikit-criteria, tests/agg/test_ocra.py, test_OCRA_hotels) and pymcdm's
   * (TestOCRA). Table and page not confirmed: the paper is behind the publisher's paywall and its
   * text could not be reached from here.
   */
  @Test
  void reproducesIsikAndAdalisHotelRatings() {
    double[][] rows = {{7.7, 256, 7.2, 7.3, 7.3}, {8.1, 250, 7.9, 7.8, 7.7}, {8.7, 352, 8.6, 7.9, 8.0},
        {8.1, 262, 7.0, 8.1, 7.2}, {6.5, 271, 6.3, 6.4, 6.1}, {6.8, 228, 7.1, 7.2, 6.5}};
    RankingResult r = RankingMethods.ocra().rank(RankingMethodsTest.problem(rows,
        new double[] {0.239, 0.225, 0.197, 0.186, 0.153}, BENEFIT, COST, BENEFIT, BENEFIT, BENEFIT));
    assertArrayEquals(new double[] {0.143, 0.210, 0.164, 0.167, 0.000, 0.112}, r.scoreArray(), 5e-4);
    assertArrayEquals(new double[] {0.095, 0.101, 0.000, 0.089, 0.080, 0.122}, extra(r, "input-rating"), 5e-4);
    assertArrayEquals(new double[] {0.129, 0.190, 0.244, 0.158, 0.000, 0.069}, extra(r, "output-rating"), 5e-4);
    assertEquals(List.of(4.0, 1.0, 3.0, 2.0, 6.0, 5.0), r.ranks());
  }

  /** JMcDM's OCRA test (github.com/jbytecode/JMcDM, test/mcdm/testocra.jl): ten alternatives, two cost criteria. */
  @Test
  void reproducesJmcdmsExample() {
    double[][] rows = {{8.0, 16.0, 1.5, 1.2, 4200.0, 5.0, 5.0, 314.0, 185.0}, {8.0, 16.0, 1.0, 1.3, 4200.0, 5.0, 4.0, 360.0, 156.0},
        {10.1, 16.0, 2.0, 1.3, 4060.0, 5.0, 3.0, 503.0, 160.0}, {10.1, 8.0, 1.0, 1.5, 5070.0, 2.0, 4.0, 525.0, 200.0},
        {10.0, 16.0, 2.0, 1.2, 6350.0, 5.0, 3.0, 560.0, 190.0}, {10.1, 16.0, 1.0, 1.2, 5500.0, 2.0, 2.0, 521.0, 159.0},
        {10.1, 64.0, 2.0, 1.7, 5240.0, 5.0, 3.0, 770.0, 199.0}, {7.0, 32.0, 1.0, 1.8, 3000.0, 3.0, 4.0, 364.0, 157.0},
        {10.1, 16.0, 1.0, 1.3, 3540.0, 5.0, 3.0, 510.0, 171.0}, {9.7, 16.0, 2.0, 1.83, 7500.0, 6.0, 2.0, 550.0, 170.0}};
    RankingResult r = RankingMethods.ocra().rank(RankingMethodsTest.problem(rows,
        new double[] {0.167, 0.039, 0.247, 0.247, 0.116, 0.02, 0.056, 0.027, 0.081},
        BENEFIT, BENEFIT, BENEFIT, BENEFIT, BENEFIT, BENEFIT, BENEFIT, COST, COST));
    assertArrayEquals(new double[] {0.1439209390821490, 0.0241065507104361, 0.2734201159562310, 0.0429791654417769,
        0.3185195380415760, 0.0024882426914911, 0.5921715172301160, 0.1139028947061430, 0, 0.4787485498471800},
        r.scoreArray(), 1e-12);
  }

  @Test
  void aConstantCriterionAddsNothingAndASingleAlternativeScoresZero() {
    DecisionProblem with = RankingMethodsTest.problem(new double[][] {{2, 5, 7}, {4, 5, 3}}, new double[] {1, 1, 2},
        BENEFIT, COST, COST);
    // C1: output 0.25 (4 - 2)/2 for A2; C3: input 0.5 (7 - 3)/3 for A2; C2 constant: nothing
    assertArrayEquals(new double[] {0, 0.25 + 0.5 * 4 / 3}, RankingMethods.ocra().rank(with).scoreArray(), 1e-15);
    DecisionProblem single = RankingMethodsTest.problem(new double[][] {{2, 5}}, new double[] {1, 1}, BENEFIT, COST);
    assertArrayEquals(new double[] {0}, RankingMethods.ocra().rank(single).scoreArray(), 0);
  }

  @Test
  void aValueThatIsNotPositiveOrARatioThatOverflowsIsRefusedByName() {
    InvalidInputException zero = assertThrows(InvalidInputException.class, () -> RankingMethods.ocra().rank(
        RankingMethodsTest.problem(new double[][] {{2, 5}, {-1, 3}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(zero.getMessage().contains("ocra: the value of 'A2' on criterion 'C1' is -1.0; it must be > 0"),
        zero.getMessage());
    InvalidInputException wide = assertThrows(InvalidInputException.class, () -> RankingMethods.ocra().rank(
        RankingMethodsTest.problem(new double[][] {{1e-300, 5}, {1e300, 3}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(wide.getMessage().contains("ocra: criterion 'C1' runs from 1.0E-300 to 1.0E300"), wide.getMessage());
    assertEquals("criteria[0]", wide.problems().get(0).path());
  }
}
