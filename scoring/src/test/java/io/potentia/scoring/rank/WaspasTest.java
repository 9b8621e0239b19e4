package io.potentia.scoring.rank;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.normalise.Normalisers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WASPAS (Zavadskas, Turskis, Antucheviciene and Zakarevicius 2012). */
class WaspasTest {

  /**
   * Chakraborty, Zavadskas and Antucheviciene (2015), "Applications of WASPAS method as a
   * multi-criteria decision-making tool", Economic Computation and Economic Cybernetics Studies and
   * Research 49(1), pp. 5-22: eight alternatives on seven criteria (five benefits, two costs), weights
   * 0.1181, 0.1181, 0.0445, 0.1181, 0.2861, 0.2861, 0.0445 and lambda = 0.5; Q = 0.8329, 0.7884,
   * 0.6987, 0.8831, 0.7971, 0.7036, 0.8728, 0.5749. The paper works five manufacturing problems
   * (selecting a flexible manufacturing system, a machine in a flexible manufacturing cell, an
   * automated guided vehicle, an automated inspection system and an industrial robot); which of them
   * this is, its table and its page are not confirmed: only the paper's first page could be reached
   * from here. The data and Q agree value for value with pymcdm's transcription
   * (github.com/kotbaton/pymcdm, test/test_mcdm.py, TestWASPAS).
   */
  static DecisionProblem chakrabortyEtAl() {
    double[][] rows = {{30, 23, 5, 0.745, 0.745, 1500, 5000}, {18, 13, 15, 0.745, 0.745, 1300, 6000},
        {15, 12, 10, 0.500, 0.500, 950, 7000}, {25, 20, 13, 0.745, 0.745, 1200, 4000},
        {14, 18, 14, 0.255, 0.745, 950, 3500}, {17, 15, 9, 0.745, 0.500, 1250, 5250},
        {23, 18, 20, 0.500, 0.745, 1100, 3000}, {16, 8, 14, 0.255, 0.500, 1500, 3000}};
    return RankingMethodsTest.problem(rows, new double[] {0.1181, 0.1181, 0.0445, 0.1181, 0.2861, 0.2861, 0.0445},
        BENEFIT, BENEFIT, BENEFIT, BENEFIT, BENEFIT, COST, COST);
  }

  @Test
  void reproducesChakrabortyZavadskasAndAntuchevicienesQOnceTheWeightsAreScaledBack() {
    RankingResult r = RankingMethods.waspas(0.5).rank(chakrabortyEtAl());
    // the published weights sum to s = 1.0155 and were used as given; Potentia scales them to sum 1,
    // which divides the weighted sum by s and takes the s-th root of the weighted product
    double s = 1.0155;
    double[] wsm = r.extras().get("wsm").stream().mapToDouble(Double::doubleValue).toArray();
    double[] wpm = r.extras().get("wpm").stream().mapToDouble(Double::doubleValue).toArray();
    double[] published = {0.8329, 0.7884, 0.6987, 0.8831, 0.7971, 0.7036, 0.8728, 0.5749};
    for (int i = 0; i < published.length; i++) {
      assertEquals(published[i], 0.5 * s * wsm[i] + 0.5 * Math.pow(wpm[i], s), 5e-5, "A" + (i + 1));
      assertEquals(0.5 * wsm[i] + 0.5 * wpm[i], r.scoreArray()[i], 1e-15, "Q joins the parts with lambda");
    }
    assertEquals(List.of(3.0, 5.0, 7.0, 1.0, 4.0, 6.0, 2.0, 8.0), r.ranks(), "A4 > A7 > A1 > A5 > A2 > A6 > A3 > A8");
    assertTrue(r.notes().get(0).contains("did not sum to 1"), r.notes().toString());
  }

  @Test
  void reproducesJmcdmsWaspasExampleWhoseWeightsSumToOne() {
    // JMcDM (github.com/jbytecode/JMcDM), test/mcdm/testwaspas.jl: 0.805021, 0.775060, 0.770181, 0.796424, 0.788239
    RankingResult r = RankingMethods.waspas(0.5).rank(RankingMethodsTest.waspasExample());
    assertArrayEquals(new double[] {0.805021, 0.775060, 0.770181, 0.796424, 0.788239}, r.scoreArray(), 5e-7);
    assertEquals("0.5", r.parameters().get("lambda"));
  }

  @Test
  void lambdaOneIsTheWeightedSumAndZeroTheWeightedProductAfterLinearNormalisation() {
    DecisionProblem p = chakrabortyEtAl();
    var linear = Normalisers.byName("fraction-of-max");
    assertArrayEquals(RankingMethods.weightedSum(linear).rank(p).scoreArray(),
        RankingMethods.waspas(1).rank(p).scoreArray(), 1e-15);
    assertArrayEquals(RankingMethods.weightedProduct(linear).rank(p).scoreArray(),
        RankingMethods.waspas(0).rank(p).scoreArray(), 1e-15);
  }

  @Test
  void anAlternativeBestOnEveryCriterionScoresOneAsDoesASingleAlternative() {
    DecisionProblem p = RankingMethodsTest.problem(new double[][] {{4, 1}, {2, 3}, {3, 2}}, new double[] {1, 1},
        BENEFIT, COST);
    assertEquals(1, RankingMethods.waspas(0.3).rank(p).scoreArray()[0], 1e-15);
    DecisionProblem single = RankingMethodsTest.problem(new double[][] {{4, 7}}, new double[] {1, 1}, BENEFIT, COST);
    assertArrayEquals(new double[] {1}, RankingMethods.waspas(0.5).rank(single).scoreArray(), 1e-15);
  }

  @Test
  void aValueThatIsNotPositiveIsRefusedNamingTheAlternativeCriterionAndValue() {
    DecisionProblem p = RankingMethodsTest.problem(new double[][] {{4, 1}, {0, 3}}, new double[] {1, 1}, BENEFIT, COST);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RankingMethods.waspas(0.5).rank(p));
    assertTrue(e.getMessage().contains("waspas: the value of 'A2' on criterion 'C1' is 0.0; it must be > 0"),
        e.getMessage());
    assertEquals("matrix[1][0]", e.problems().get(0).path());
  }

  @Test
  void lambdaOutsideZeroToOneIsRefusedByName() {
    for (double lambda : new double[] {-0.1, 1.1, Double.NaN}) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> RankingMethods.waspas(lambda));
      assertEquals("parameters.lambda", e.problems().get(0).path());
      assertTrue(e.getMessage().contains("lambda " + lambda + " must be in [0, 1]"), e.getMessage());
    }
  }
}
