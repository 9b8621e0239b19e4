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

/** CODAS (Keshavarz Ghorabaee, Zavadskas, Turskis and Antucheviciene 2016, ECECSR 50(3)). */
class CodasTest {
  private static final RankingMethod CODAS = DeclaredTraits.registered("codas").strategy();

  /**
   * Badi, Shetwan and Abdulshahed (2017), "Supplier selection using COmbinative Distance-based
   * ASsessment (CODAS) method for multi-criteria decision-making", Proceedings of the 1st
   * International Conference on Management, Engineering and Environment (ICMNEE), 395-407: six
   * suppliers of the Libyan Iron and Steel Company (LISCO) on quality, price (a cost), delivery and
   * reliability, tau = 0.02; assessment scores 1.3914, 0.3411, -0.2170, -0.5381, -0.7292, -0.2481
   * (four decimals), ranks 1, 2, 3, 5, 6, 4. The same LISCO case, six suppliers, is published as
   * Badi, Abdulshahed and Shetwan (2018), "A case study of supplier selection for a steelmaking
   * company in Libya by using the combinative distance-based assessment (CODAS) model", Decision
   * Making: Applications in Management and Engineering 1(1), 1-12, doi:10.31181/dmame180101b.
   * Table and page not confirmed in either: only their first pages could be reached from here, so
   * the values are checked against pymcdm's transcription (test/test_mcdm.py, TestCODAS) and
   * scikit-criteria's (tests/agg/test_codas.py, test_CODAS_lisco), with which every value agrees.
   */
  @Test
  void reproducesBadiEtAl2017Suppliers() {
    double[][] rows = {{45, 3600, 45, 0.9}, {25, 3800, 60, 0.8}, {23, 3100, 35, 0.9}, {14, 3400, 50, 0.7},
        {15, 3300, 40, 0.8}, {28, 3000, 30, 0.6}};
    RankingResult r = CODAS.rank(problem(rows, new double[] {0.2857, 0.3036, 0.2321, 0.1786}, BENEFIT, COST, BENEFIT, BENEFIT));
    assertArrayEquals(new double[] {1.3914, 0.3411, -0.2170, -0.5381, -0.7292, -0.2481}, r.scoreArray(), 5e-5);
    assertEquals(List.of(1.0, 2.0, 3.0, 5.0, 6.0, 4.0), r.ranks());
    assertEquals(0, r.scores().stream().mapToDouble(Double::doubleValue).sum(), 1e-12, "the scores sum to 0");
  }

  /**
   * Where psi switches, domination does not decide: A1 = (4, 3) dominates A2 = (4, 2), yet A2's
   * Euclidean distance is within tau of A3's and A4's, so their large taxicab differences do not
   * count against it, while A1's do. This is why CODAS does not declare MONOTONE.
   */
  @Test
  void anAlternativeThatDominatesAnotherCanScoreBelowIt() {
    RankingResult r = CODAS.rank(problem(new double[][] {{4, 3}, {4, 2}, {1, 9}, {2, 8}}, new double[] {1, 1},
        BENEFIT, BENEFIT));
    assertTrue(r.scoreArray()[0] < r.scoreArray()[1], r.scores().toString());
  }

  @Test
  void tauDecidesWhenTheTaxicabDistanceCountsAndMustLieInTheUnitInterval() {
    DecisionProblem p = problem(new double[][] {{4, 3}, {4, 2}, {1, 9}, {2, 8}}, new double[] {1, 1}, BENEFIT, BENEFIT);
    RankingResult euclideanOnly = DeclaredTraits.registered("codas", "tau=1").strategy().rank(p);
    List<Double> e = euclideanOnly.extras().get("euclidean-distance");
    for (int i = 0; i < 4; i++) {
      double expected = 0;
      for (int k = 0; k < 4; k++) {
        expected += e.get(i) - e.get(k);
      }
      assertEquals(expected, euclideanOnly.scoreArray()[i], 1e-15, "at tau = 1 only Euclidean distances count");
    }
    assertEquals("1.0", euclideanOnly.parameters().get("tau"));
    assertTrue(euclideanOnly.scoreArray()[0] > euclideanOnly.scoreArray()[1], "and domination decides again");
    for (String bad : new String[] {"tau=-0.01", "tau=1.5"}) {
      InvalidInputException ex = assertThrows(InvalidInputException.class, () -> DeclaredTraits.registered("codas", bad));
      assertTrue(ex.getMessage().contains("codas: tau " + bad.substring(4) + " must be in [0, 1]"), ex.getMessage());
    }
  }

  @Test
  void valuesTheRatiosCannotTakeAreRefusedAndConstantCriteriaAddNoDistance() {
    InvalidInputException cost = assertThrows(InvalidInputException.class, () -> CODAS.rank(problem(
        new double[][] {{1, 2}, {2, -1}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(cost.getMessage().contains("codas: the value of 'A2' on cost criterion 'C2' is -1.0; it must be > 0"),
        cost.getMessage());
    InvalidInputException zeros = assertThrows(InvalidInputException.class, () -> CODAS.rank(problem(
        new double[][] {{0, 2}, {0, 1}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(zeros.getMessage().contains("every value of benefit criterion 'C1' is 0.0"), zeros.getMessage());
    assertEquals(List.of(0.0), CODAS.rank(problem(new double[][] {{1, 2}}, new double[] {1, 1}, BENEFIT, COST)).scores());
    RankingResult constant = CODAS.rank(problem(new double[][] {{5, 2}, {5, 1}}, new double[] {1, 1}, BENEFIT, COST));
    // C2 normalises to 1/2 and 1, weighted 1/4 and 1/2: A2 is 1/4 from the negative ideal, on C2 alone
    assertEquals(List.of(0.0, 0.25), constant.extras().get("taxicab-distance"));
  }

  @Test
  void declaresWhatItKeepsOverSeededProblems() {
    DeclaredTraits.check(DeclaredTraits.registered("codas"), EnumSet.of(Trait.COMPENSATORY, Trait.SCALE_INVARIANT,
        Trait.ANONYMOUS, Trait.DETERMINISTIC), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }
}
