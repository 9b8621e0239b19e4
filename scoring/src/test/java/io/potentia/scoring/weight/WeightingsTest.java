package io.potentia.scoring.weight;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spec.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightingsTest {

  @Test
  void entropyWeightsMatchElsayedDawoodAndKarthikeyan2017() {
    // Elsayed, Dawood and Karthikeyan (2017), "Evaluating alternatives through the application of
    // TOPSIS method with entropy weight", IJETT 46(2); as reproduced in pymcdm's tests (6 dp)
    double[][] rows = {{7, 312, 1891, 6613, 163}, {72, 88, 728, 941804, 1078}, {10, 252, 2594, 3466, 117471},
        {10, 145, 980, 2371, 86329}, {65, 54, 350, 501, 29897}, {29, 48, 380, 912, 34051}, {7, 476, 3300, 78470, 2212},
        {70, 87, 650, 733, 819000}, {4, 86, 591, 3015, 103}, {12, 79, 579, 3240, 96098}, {21, 45, 261, 1253, 453},
        {1, 72, 530, 4333, 0.104800}};
    double[] expected = {0.104991, 0.069124, 0.071373, 0.449937, 0.304575};
    assertArrayEquals(expected, Weightings.entropy().weigh(SharedData.columns(rows)), 5e-7);
  }

  @Test
  void criticWeightsMatchTusAndAdali2019() {
    // Tuş and Adalı (2019), "The new combination with CRITIC and WASPAS methods for the time and
    // attendance software selection problem", Opsearch 56(2); as reproduced in pymcdm's tests (3 dp).
    // Their price (first column) is a cost, but the published weights are those of every column
    // min-max normalised as a benefit (turning the price around gives other weights), so this
    // checks the entry point for data on which higher is better, without directions.
    double[][] rows = {{5000, 3, 3, 4, 3, 2}, {680, 5, 3, 2, 2, 1}, {2000, 3, 2, 3, 4, 3}, {600, 4, 3, 1, 2, 2},
        {800, 2, 4, 3, 3, 4}};
    double[] expected = {0.157, 0.249, 0.168, 0.121, 0.154, 0.151};
    assertArrayEquals(expected, Weightings.critic().weigh(SharedData.columns(rows)), 5e-4);
  }

  /**
   * Issue 15, item 7. JMcDM's CRITIC example (github.com/jbytecode/JMcDM, test/mcdm/testcritic.jl and
   * the docstring of src/critic.jl, which cite Diakoulaki, Mavrotas and Papayannakis 1995 and
   * Akçakanat, Aksoy and Teker 2018): three alternatives, four criteria, the third a cost, negative
   * values in it. Its normalisation is the paper's, benefit (x - min)/(max - min) and cost (max -
   * x)/(max - min); weights 0.16883905506169491, 0.41844653698732126, 0.24912338769165807,
   * 0.16359102025932576 (the test checks them within 1e-4).
   */
  static final double[][] JMCDM_CRITIC = {{12.9918, 0.7264, -1.1009, 1.598139592}, {4.1201, 5.8824, 3.4483, 1.021563567},
      {4.1039, 0.0000, -0.5076, 0.984469444}};

  static final List<Direction> JMCDM_CRITIC_DIRECTIONS = List.of(BENEFIT, BENEFIT, COST, BENEFIT);

  @Test
  void criticTurnsACostCriterionAroundBeforeWeighingAsDiakoulakiEtAlPublishedIt() {
    double[] w = Weightings.critic().weigh(SharedData.columns(JMCDM_CRITIC), JMCDM_CRITIC_DIRECTIONS);
    assertArrayEquals(new double[] {0.16883905506169491, 0.41844653698732126, 0.24912338769165807,
        0.16359102025932576}, w, 1e-9);
  }

  @Test
  void criticWithoutDirectionsTakesEveryCriterionAsABenefit() {
    double[][] columns = SharedData.columns(JMCDM_CRITIC);
    double[] plain = Weightings.critic().weigh(columns);
    assertArrayEquals(plain, Weightings.critic().weigh(columns, List.of(BENEFIT, BENEFIT, BENEFIT, BENEFIT)), 0);
    double[] directed = Weightings.critic().weigh(columns, JMCDM_CRITIC_DIRECTIONS);
    assertTrue(Math.abs(plain[2] - directed[2]) > 0.01, "a cost criterion's correlations change sign, and its weight"
        + " with them: " + plain[2] + " and " + directed[2]);
  }

  @Test
  void entropyWeighsSharesOfTheValuesAsGivenWhateverTheirDirections() {
    double[][] columns = SharedData.columns(new double[][] {{7, 312, 1891}, {72, 88, 728}, {10, 252, 2594}});
    assertArrayEquals(Weightings.entropy().weigh(columns), Weightings.entropy().weigh(columns,
        List.of(COST, BENEFIT, COST)), 0);
  }

  @Test
  void weighingWithDirectionsRefusesOtherThanOneDirectionPerCriterion() {
    double[][] columns = SharedData.columns(JMCDM_CRITIC);
    InvalidInputException critic = assertThrows(InvalidInputException.class,
        () -> Weightings.critic().weigh(columns, List.of(BENEFIT, COST)));
    assertTrue(critic.getMessage().contains("2 directions for 4 criteria"), critic.getMessage());
    InvalidInputException equal = assertThrows(InvalidInputException.class,
        () -> Weightings.equal().weigh(columns, List.of(BENEFIT)));
    assertTrue(equal.getMessage().contains("1 directions for 4 criteria"), equal.getMessage());
  }

  @Test
  void ahpReproducesSaatysDrinkConsumptionExample() {
    // Saaty (1980), relative consumption of drinks in the United States; priorities and CR as
    // published in AHPy's documentation with Saaty's random index: water .327, soda .190,
    // coffee .177, milk .129, beer .116, tea .042, wine .019; CR 0.022
    String[] order = {"coffee", "wine", "tea", "beer", "soda", "milk", "water"};
    double[][] upper = {
        {1, 9, 5, 2, 1, 1, 0.5},
        {0, 1, 1.0 / 3, 1.0 / 9, 1.0 / 9, 1.0 / 9, 1.0 / 9},
        {0, 0, 1, 1.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 9},
        {0, 0, 0, 1, 0.5, 1, 1.0 / 3},
        {0, 0, 0, 0, 1, 2, 0.5},
        {0, 0, 0, 0, 0, 1, 1.0 / 3},
        {0, 0, 0, 0, 0, 0, 1}};
    double[][] a = new double[7][7];
    for (int i = 0; i < 7; i++) {
      for (int j = i; j < 7; j++) {
        a[i][j] = upper[i][j];
        a[j][i] = 1 / upper[i][j];
      }
    }
    Ahp.Result r = Ahp.analyse(a, Ahp.Method.EIGENVECTOR);
    double[] expected = {0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327};
    for (int i = 0; i < 7; i++) {
      assertEquals(expected[i], r.priorities()[i], 5e-4, order[i]);
    }
    assertEquals(0.022, r.consistencyRatio(), 5e-4);
    assertTrue(r.consistent());
  }

  @Test
  void aPerfectlyConsistentMatrixHasLambdaMaxNAndZeroConsistencyRatio() {
    // a[i][j] = w_i / w_j for w = (4, 2, 1): both methods recover w exactly (Saaty 1980, chapter 2)
    double[][] a = {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}};
    for (Ahp.Method m : Ahp.Method.values()) {
      Ahp.Result r = Ahp.analyse(a, m);
      assertArrayEquals(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, r.priorities(), 1e-12);
      assertEquals(3, r.lambdaMax(), 1e-12);
      assertEquals(0, r.consistencyRatio(), 1e-12);
    }
  }

  @Test
  void anInconsistentMatrixIsRejectedUnlessWarningIsAsked() {
    double[][] a = {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}};
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Weightings.ahp(a, Ahp.Method.EIGENVECTOR, true));
    assertTrue(e.getMessage().contains("consistency ratio"), e.getMessage());
    assertFalse(Ahp.analyse(a, Ahp.Method.EIGENVECTOR).consistent());
    assertEquals(3, Weightings.ahp(a, Ahp.Method.EIGENVECTOR, false).weigh(new double[3][1]).length);
  }

  @Test
  void aNonReciprocalMatrixIsRejectedNamingTheEntry() {
    double[][] a = {{1, 3}, {0.5, 1}};
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ahp.analyse(a, Ahp.Method.EIGENVECTOR));
    assertTrue(e.getMessage().contains("entry (1, 0) is 0.5"), e.getMessage());
  }

  @Test
  void rankOrderCentroidMatchesBarronAndBarrett1996() {
    // Barron and Barrett (1996), Management Science 42(11): for four criteria ROC gives
    // 0.5208, 0.2708, 0.1458, 0.0625
    double[] w = Weightings.rankOrderCentroid(1, 2, 3, 4).weigh(new double[4][1]);
    assertArrayEquals(new double[] {0.5208, 0.2708, 0.1458, 0.0625}, w, 5e-5);
    double[] tied = Weightings.rankOrderCentroid(1, 1, 3, 4).weigh(new double[4][1]);
    assertEquals(tied[0], tied[1], 0);
    assertEquals(1, tied[0] + tied[1] + tied[2] + tied[3], 1e-12);
  }

  @Test
  void budgetAllocationAveragesEachExpertsShares() {
    // OECD/JRC Handbook 2008, section 6.1.5: experts distribute 100 points
    double[][] points = {{50, 30, 20}, {40, 40, 20}, {60, 20, 20}};
    assertArrayEquals(new double[] {0.5, 0.3, 0.2}, Weightings.budgetAllocation(points).weigh(new double[3][1]), 1e-12);
    assertThrows(InvalidInputException.class, () -> Weightings.budgetAllocation(new double[][] {{0, 0}}));
  }

  @Test
  void pcaWeightsAreEqualForTwoCorrelatedIndicators() {
    // two indicators: one component (eigenvalue 1 + r) with loadings 1/sqrt(2) each, so equal weights
    double[][] cols = {{1, 2, 3, 4, 5}, {2, 1, 4, 3, 5}};
    assertArrayEquals(new double[] {0.5, 0.5}, Weightings.pca().weigh(cols), 1e-12);
  }

  /**
   * Two components pass Kaiser's rule (eigenvalues 3.453 and 1.424); the fourth criterion loads
   * most on the second. Expected weights computed independently with {@code numpy.linalg.eigh} on
   * {@code numpy.corrcoef} of the same matrix, following the handbook's steps.
   */
  @Test
  void pcaWeighsEachCriterionByItsLargestShareOnARetainedComponent() {
    double[][] rows = {{1, 2, 9, 4, 3}, {2, 3, 7, 1, 5}, {3, 5, 8, 6, 4}, {4, 4, 2, 2, 8}, {5, 7, 3, 5, 6}, {6, 8, 1, 3, 9},
        {7, 9, 4, 7, 7}};
    double[][] cols = SharedData.columns(rows);
    double[] expected = {0.22359716, 0.19664025, 0.18625849, 0.21088532, 0.18261879};
    assertArrayEquals(expected, Weightings.pca().weigh(cols), 5e-8);
    double[][] rescaled = SharedData.columns(rows);
    for (int i = 0; i < rescaled[2].length; i++) {
      rescaled[2][i] = 1000 + 10 * rescaled[2][i];
    }
    assertArrayEquals(Weightings.pca().weigh(cols), Weightings.pca().weigh(rescaled), 1e-12,
        "correlations ignore scale and shift");
  }

  @Test
  void pcaRejectsWhatHasNoCorrelationMatrix() {
    assertThrows(InvalidInputException.class, () -> Weightings.pca().weigh(new double[][] {{1, 2, 3}}));
    assertThrows(InvalidInputException.class, () -> Weightings.pca().weigh(new double[][] {{1, 2}, {2, 1}}));
    InvalidInputException gap = assertThrows(InvalidInputException.class,
        () -> Weightings.pca().weigh(new double[][] {{1, 2, 3}, {2, Double.NaN, 1}}));
    assertTrue(gap.getMessage().contains("criterion 1 has missing values"), gap.getMessage());
    InvalidInputException flat = assertThrows(InvalidInputException.class,
        () -> Weightings.pca().weigh(new double[][] {{1, 2, 3}, {4, 4, 4}}));
    assertTrue(flat.getMessage().contains("criterion 1 is constant"), flat.getMessage());
    assertThrows(InvalidInputException.class, () -> Weightings.pca().weigh(new double[][] {{1, 2, 3}, {1, Double.POSITIVE_INFINITY, 2}}));
  }

  @Test
  void optimisedWeightsReachTargetImportancesThatSomeWeightsProduce() {
    // Becker et al. (2017): importance S_j = r(x_j, y)^2, scaled; targets taken from weights (0.5, 0.3, 0.2)
    double[][] cols = {{1, 2, 3, 4, 5, 6}, {2, 1, 4, 3, 6, 5}, {3, 1, 4, 2, 6, 5.5}};
    double[] targets = OptimisedWeights.importance(cols, new double[] {0.5, 0.3, 0.2});
    double[] w = Weightings.optimised(targets, 1e-8, 10_000).weigh(cols);
    assertArrayEquals(targets, OptimisedWeights.importance(cols, w), 1e-8);
  }

  @Test
  void unreachableTargetImportancesAreReportedNotApproximated() {
    // the third column is so correlated with the others that it keeps more than 0.25 of the importance
    double[][] cols = {{1, 2, 3, 4, 5, 6}, {2, 1, 4, 3, 6, 5}, {3, 1, 4, 2, 6, 5.5}};
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Weightings.optimised(new double[] {0.4, 0.35, 0.25}, 1e-6, 2000).weigh(cols));
    assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
  }

  @Test
  void explicitWeightsAreScaledAndCheckedAgainstTheCriteria() {
    assertArrayEquals(new double[] {0.25, 0.75}, Weightings.explicit(1, 3).weigh(new double[2][1]), 1e-15);
    assertThrows(InvalidInputException.class, () -> Weightings.explicit(1, 3).weigh(new double[3][1]));
    assertThrows(InvalidInputException.class, () -> Weightings.explicit(0, 0));
    assertThrows(InvalidInputException.class, () -> Weightings.explicit(1, -1));
  }

  @Test
  void ahpChecksTheMatrixIsSquarePositiveUnitDiagonalAndReciprocal() {
    assertAhpRejects("the pairwise matrix has 0 rows", new double[0][]);
    assertAhpRejects("the pairwise matrix has 16 rows", new double[16][16]);
    assertAhpRejects("row 1 has 1 entries", new double[][] {{1, 2}, {0.5}});
    assertAhpRejects("entry (0, 1) is 0.0", new double[][] {{1, 0}, {1, 1}});
    assertAhpRejects("entry (1, 0) is Infinity", new double[][] {{1, 2}, {Double.POSITIVE_INFINITY, 1}});
    assertAhpRejects("diagonal entry 1 is 1.00000001", new double[][] {{1, 2}, {0.5, 1.00000001}});
    assertAhpRejects("entry (1, 0) is 0.50001 but entry (0, 1) is 2.0", new double[][] {{1, 2}, {0.50001, 1}});
    // within rounding: a diagonal off by 1e-10, a reciprocal off by 1e-7
    Ahp.Result close = Ahp.analyse(new double[][] {{1 + 1e-10, 3}, {1 / 3.0 + 1e-7, 1}}, Ahp.Method.GEOMETRIC_MEAN);
    assertEquals(0.75, close.priorities()[0], 1e-6);
    Ahp.Result one = Ahp.analyse(new double[][] {{1}}, Ahp.Method.EIGENVECTOR);
    assertArrayEquals(new double[] {1}, one.priorities(), 0);
    Ahp.Result two = Ahp.analyse(new double[][] {{1, 4}, {0.25, 1}}, Ahp.Method.EIGENVECTOR);
    assertArrayEquals(new double[] {0.8, 0.2}, two.priorities(), 1e-12);
    assertEquals(2, two.lambdaMax(), 1e-12);
    assertEquals(0, two.consistencyRatio(), 0, "two criteria are always consistent");
  }

  private static void assertAhpRejects(String expected, double[][] a) {
    for (Ahp.Method m : Ahp.Method.values()) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> Ahp.analyse(a, m));
      assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
  }

  @Test
  void importanceIsTheScaledSquaredCorrelationWithTheIndex() {
    // all weight on x1: the index is x1, so r(x1, y) = 1 and r(x2, y) = r(x1, x2) = 0.5; S = (1, 0.25) / 1.25
    double[][] cols = {{1, 2, 3}, {1, 3, 2}};
    assertArrayEquals(new double[] {0.8, 0.2}, OptimisedWeights.importance(cols, new double[] {1, 0}), 1e-15);
    assertArrayEquals(new double[] {0.5, 0.5}, OptimisedWeights.importance(cols, new double[] {0.5, 0.5}), 1e-15,
        "symmetric columns share the importance equally");
    // targets already met by equal weights are met at once
    assertArrayEquals(new double[] {0.5, 0.5}, Weightings.optimised(new double[] {1, 1}, 1e-9, 1).weigh(cols), 0);
  }

  @Test
  void optimisedWeightsRejectWhatHasNoImportance() {
    double[][] cols = {{1, 2, 3}, {1, 3, 2}};
    assertOptimisedRejects("3 targets for 2 criteria", new double[] {1, 1, 1}, cols);
    assertOptimisedRejects("criterion 1 has missing values", new double[] {1, 1}, new double[][] {{1, 2, 3}, {1, Double.NaN, 2}});
    assertOptimisedRejects("criterion 0 is constant", new double[] {1, 1}, new double[][] {{2, 2, 2}, {1, 3, 2}});
    assertThrows(InvalidInputException.class, () -> Weightings.optimised(new double[] {-1, 2}, 1e-9, 10));
    assertThrows(InvalidInputException.class, () -> Weightings.optimised(new double[] {0, 0}, 1e-9, 10));
    Weightings.optimised(new double[] {1, 1}, 1e-9, 10);
  }

  private static void assertOptimisedRejects(String expected, double[] targets, double[][] cols) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Weightings.optimised(targets, 1e-9, 100).weigh(cols));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
