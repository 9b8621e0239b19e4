package io.potentia.scoring.rank;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The MOORA ratio system (Brauers and Zavadskas 2006). */
class MooraTest {

  /**
   * Kracka, Brauers and Zavadskas (2010), "Ranking heating losses in a building by applying the
   * MULTIMOORA", Inzinerine Ekonomika-Engineering Economics 21(4), pp. 352-359: six alternatives on
   * seven objectives (five minimised), without coefficients of significance. The data, the three
   * parts' values and their orders agree value for value with scikit-criteria's transcription
   * (github.com/quatrope/scikit-criteria, tests/agg/test_moora.py, the kracka2010ranking cases).
   * Tables and pages not confirmed: only the paper's first page could be reached from here (it
   * confirms the journal, 2010, 21(4); the page range 352-359 is as this test had it).
   */
  static DecisionProblem krackaEtAl() {
    double[][] rows = {{33.95, 23.78, 11.45, 39.97, 29.44, 167.10, 3.852}, {38.9, 4.17, 6.32, 0.01, 4.29, 132.52, 25.184},
        {37.59, 9.36, 8.23, 4.35, 10.22, 136.71, 10.845}, {30.44, 37.59, 13.91, 74.08, 45.10, 198.34, 2.186},
        {36.21, 14.79, 9.17, 17.77, 17.06, 148.3, 6.610}, {37.8, 8.55, 7.97, 2.35, 9.25, 134.83, 11.935}};
    return RankingMethodsTest.problem(rows, new double[] {1, 1, 1, 1, 1, 1, 1},
        COST, COST, COST, COST, BENEFIT, COST, BENEFIT);
  }

  /**
   * Kundakcı (2016), "Combined multi-criteria decision making approach based on MACBETH and
   * MULTI-MOORA methods", Alphanumeric Journal 4(1), pp. 17-26: nine cars on nine criteria with
   * MACBETH weights. The data and ratio-system scores agree value for value with JMcDM's
   * transcription (github.com/jbytecode/JMcDM, test/mcdm/testmoora.jl, "MOORA Ratio", which cites
   * these pages). Table and page not confirmed: the paper's text could not be reached from here.
   */
  static DecisionProblem kundakci() {
    double[][] rows = {{168000, 4.2, 35, 5, 5, 5, 5, 136, 109}, {179697, 4.1, 34.5, 5, 4, 4, 5, 190, 107},
        {140600, 4.5, 33, 3, 3, 3, 3, 150, 119}, {134950, 4.3, 28, 3, 2, 4, 4, 190, 112},
        {151980, 5.6, 35, 3, 4, 4, 3, 170, 147}, {181632, 4, 35, 5, 3, 4, 5, 190, 106},
        {160620, 4.8, 33, 2, 3, 3, 2, 180, 125}, {162900, 4.5, 35.4, 3, 4, 3, 2, 143, 119},
        {178000, 4.2, 32, 2, 3, 2, 3, 180, 110}};
    Direction[] d = {COST, COST, BENEFIT, BENEFIT, BENEFIT, BENEFIT, BENEFIT, BENEFIT, COST};
    return RankingMethodsTest.problem(rows, new double[] {0.20, 0.1684, 0.1579, 0.1474, 0.1158, 0.0842, 0.0737,
        0.0421, 0.0105}, d);
  }

  @Test
  void reproducesKundakcisWeightedRatioSystem() {
    RankingResult r = RankingMethods.moora().rank(kundakci());
    assertArrayEquals(new double[] {0.13489413914936565, 0.11647832078367353, 0.0627565796439602, 0.06656348556629459,
        0.06687625630547807, 0.10685768975933238, 0.03301387703317765, 0.06114965130074492, 0.031152492476171283},
        r.scoreArray(), 1e-9);
    assertEquals(List.of(1.0, 2.0, 6.0, 5.0, 4.0, 3.0, 8.0, 7.0, 9.0), r.ranks());
  }

  @Test
  void reproducesKrackaBrauersAndZavadskassUnweightedRatioSystemAsOneSeventhOfIt() {
    // Brauers's unweighted sum y_i is 7 times the score with seven equal weights of 1/7
    RankingResult r = RankingMethods.moora().rank(krackaEtAl());
    double[] published = {-1.62447867, -0.25233889, -0.84635037, -2.23363519, -1.18698242, -0.77456208};
    for (int i = 0; i < published.length; i++) {
      assertEquals(published[i], 7 * r.scoreArray()[i], 1e-8, "A" + (i + 1));
    }
    assertEquals(List.of(5.0, 1.0, 3.0, 6.0, 4.0, 2.0), r.ranks());
  }

  @Test
  void zerosAreAcceptedButANegativeValueOrAnAllZeroCriterionIsRefusedByName() {
    DecisionProblem zeros = RankingMethodsTest.problem(new double[][] {{0, 3}, {4, 0}}, new double[] {1, 1},
        BENEFIT, COST);
    // ratios (0, 1) and (1, 0): y = 0.5 * 0 - 0.5 * 1 and 0.5 * 1 - 0
    assertArrayEquals(new double[] {-0.5, 0.5}, RankingMethods.moora().rank(zeros).scoreArray(), 1e-15);
    InvalidInputException negative = assertThrows(InvalidInputException.class, () -> RankingMethods.moora().rank(
        RankingMethodsTest.problem(new double[][] {{1, 3}, {4, -2}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(negative.getMessage().contains("moora: the value of 'A2' on criterion 'C2' is -2.0; it must be >= 0"),
        negative.getMessage());
    InvalidInputException allZero = assertThrows(InvalidInputException.class, () -> RankingMethods.moora().rank(
        RankingMethodsTest.problem(new double[][] {{1, 0}, {4, 0}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(allZero.getMessage().contains("moora: every value of criterion 'C2' is 0"), allZero.getMessage());
    assertEquals("criteria[1]", allZero.problems().get(0).path());
  }

  @Test
  void scalingACriterionChangesNoScore() {
    DecisionProblem p = kundakci();
    double[][] rows = new double[9][];
    for (int i = 0; i < 9; i++) {
      rows[i] = p.matrix().get(i).stream().mapToDouble(Double::doubleValue).toArray();
      rows[i][0] /= 1000; // the price in thousands
    }
    DecisionProblem thousands = DecisionProblem.of(p.alternatives(), p.criteria(), rows);
    assertArrayEquals(RankingMethods.moora().rank(p).scoreArray(), RankingMethods.moora().rank(thousands).scoreArray(),
        1e-15);
  }
}
