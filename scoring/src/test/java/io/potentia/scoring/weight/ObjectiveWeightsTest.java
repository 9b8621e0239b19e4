package io.potentia.scoring.weight;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spec.SharedData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** MEREC, standard-deviation and Gini weights against their published examples (issue 21). */
class ObjectiveWeightsTest {

  /**
   * Keshavarz-Ghorabaee, Amiri, Zavadskas, Turskis and Antucheviciene (2021), "Determination of
   * objective weights using a new method based on the removal effects of criteria (MEREC)",
   * Symmetry 13(4), 525 (an article number; 20 pages), doi:10.3390/sym13040525, section 4.1
   * (illustrative example): the decision matrix of Table 2 (C1, C2 benefit; C3, C4 cost) and the
   * final weights of step 6, printed to 4 decimals: 0.5752, 0.0141, 0.4016, 0.0091. The printed S_i
   * of the same example are 0.77, 0.71, 0.65, 1.09, 0.21, and the S'_ij are in Table 4: only the
   * weights are checked, since the paper computed them at full precision (its E_j, 1.71, 0.04,
   * 1.19, 0.03, give 0.5758, 0.0135, 0.4007, 0.0101). Section 4.1, Table 2 (input), Tables 3-4 and
   * step 6 (weights) confirmed from a secondary source only: the method card of
   * github.com/fatihaydost/kds-topsis-critic (docs/research/methods/merec.md, commit b6a40fa), whose
   * authors read the published PDF and transcribe the same matrix and weights. Page not confirmed:
   * the article's own text beyond its first page could not be reached from here, and the card gives
   * no page. The matrix and weights also agree with pymcdm's (test/test_weights.py,
   * TestMERECWeights) and pyrepo-mcda's (tests/test_weighting_methods.py, Test_MEREC) transcriptions.
   */
  @Test
  void merecReproducesTheIllustrativeExampleOfKeshavarzGhorabaeeEtAl2021() {
    double[][] rows = {{450, 8000, 54, 145}, {10, 9100, 2, 160}, {100, 8200, 31, 153}, {220, 9300, 1, 162},
        {5, 8400, 23, 158}};
    double[] w = Weightings.merec().weigh(SharedData.columns(rows), List.of(BENEFIT, BENEFIT, COST, COST));
    assertArrayEquals(new double[] {0.5752, 0.0141, 0.4016, 0.0091}, w, 5e-5);
  }

  /**
   * The same paper, section 4.2 (comparative analysis): the matrix of Table 5 (three benefit, four
   * cost criteria; the paper takes it from its reference [62]) and the MEREC column of Table 6,
   * printed to 3 decimals. Section and tables confirmed from the same secondary source
   * (kds-topsis-critic, docs/research/methods/merec.md), which transcribes the same matrix and
   * weights; page not confirmed, and no peer library's test transcribes this example.
   */
  @Test
  void merecReproducesTheComparativeExampleOfKeshavarzGhorabaeeEtAl2021() {
    double[][] rows = {{23, 264, 2.37, 0.05, 167, 8900, 8.71}, {20, 220, 2.2, 0.04, 171, 9100, 8.23},
        {17, 231, 1.98, 0.15, 192, 10800, 9.91}, {12, 210, 1.73, 0.2, 195, 12300, 10.21},
        {15, 243, 2, 0.14, 187, 12600, 9.34}, {14, 222, 1.89, 0.13, 180, 13200, 9.22},
        {21, 262, 2.43, 0.06, 160, 10300, 8.93}, {20, 256, 2.6, 0.07, 163, 11400, 8.44},
        {19, 266, 2.1, 0.06, 157, 11200, 9.04}, {8, 218, 1.94, 0.11, 190, 13400, 10.11}};
    List<Direction> directions = List.of(BENEFIT, BENEFIT, BENEFIT, COST, COST, COST, COST);
    double[] w = Weightings.merec().weigh(SharedData.columns(rows), directions);
    assertArrayEquals(new double[] {0.324, 0.055, 0.086, 0.368, 0.044, 0.077, 0.045}, w, 5e-4);
  }

  @Test
  void merecGivesAConstantCriterionNoWeightAndRefusesValuesThatAreNotPositive() {
    double[] w = Weightings.merec().weigh(new double[][] {{1, 2, 4}, {3, 3, 3}});
    assertArrayEquals(new double[] {1, 0}, w, 0, "removing a constant criterion changes no performance");
    InvalidInputException zero = assertThrows(InvalidInputException.class,
        () -> Weightings.merec().weigh(new double[][] {{1, 2, 4}, {3, 0, 3}}));
    assertTrue(zero.getMessage().contains("criterion 1, alternative 1 is 0.0"), zero.getMessage());
    InvalidInputException gap = assertThrows(InvalidInputException.class,
        () -> Weightings.merec().weigh(new double[][] {{1, 2, 4}, {3, Double.NaN, 3}}));
    assertTrue(gap.getMessage().contains("impute first"), gap.getMessage());
    InvalidInputException flat = assertThrows(InvalidInputException.class,
        () -> Weightings.merec().weigh(new double[][] {{2, 2}, {3, 3}}));
    assertTrue(flat.getMessage().contains("every criterion is constant"), flat.getMessage());
  }

  @Test
  void merecTurnsACostCriterionAroundByItsDirection() {
    double[][] columns = {{1, 2, 4}, {1, 3, 9}};
    double[] benefits = Weightings.merec().weigh(columns);
    double[] withCost = Weightings.merec().weigh(columns, List.of(BENEFIT, COST));
    assertTrue(Math.abs(benefits[1] - withCost[1]) > 0.01, benefits[1] + " and " + withCost[1]);
  }

  /**
   * Mukhametzyanov (2021), "Specific character of objective methods for determining weights of
   * criteria in MCDM problems: Entropy, CRITIC, SD", Decision Making: Applications in Management and
   * Engineering 4(2), 76-105: the matrices DM-1 and DM-2 of Table 1 (criteria max, min, max, max,
   * min) and the SD rows of Table 2, printed to 3 decimals (Table 4, row Max-Min, gives DM-1's
   * standard deviations 0.366, 0.354, 0.361, 0.319, 0.341). Tables confirmed from a secondary source
   * only: the method card of github.com/fatihaydost/kds-topsis-critic (docs/research/methods/sd.md,
   * commit b6a40fa), whose authors read the journal's PDF and transcribe the same matrices and
   * weights. Pages not confirmed: only the paper's introduction could be reached from here, and the
   * card gives no page; no peer library's test transcribes this example.
   */
  @Test
  void standardDeviationWeightsReproduceMukhametzyanov2021() {
    List<Direction> directions = List.of(BENEFIT, COST, BENEFIT, BENEFIT, COST);
    double[][] dm1 = {{71, 4500, 150, 1056, 478}, {85, 5800, 145, 2680, 564}, {76, 5600, 135, 1230, 620},
        {74, 4200, 160, 1480, 448}, {82, 6200, 183, 1350, 615}, {81, 6000, 178, 2065, 580}, {80, 5900, 160, 1650, 610},
        {85, 6500, 140, 1650, 667}};
    assertArrayEquals(new double[] {0.210, 0.203, 0.207, 0.183, 0.196},
        Weightings.standardDeviation().weigh(SharedData.columns(dm1), directions), 5e-4);
    double[][] dm2 = {{83, 5322, 170, 1682, 500}, {84, 6021, 155, 2140, 513}, {76, 4219, 155, 1613, 454},
        {73, 6154, 157, 2047, 582}, {78, 5453, 173, 2136, 598}, {82, 6030, 174, 1238, 587}, {80, 4344, 172, 1365, 507},
        {77, 6114, 158, 1585, 592}};
    assertArrayEquals(new double[] {0.175, 0.206, 0.231, 0.195, 0.192},
        Weightings.standardDeviation().weigh(SharedData.columns(dm2), directions), 5e-4);
  }

  /**
   * Jahan and Edwards (2013), "Weighting of dependent and target-based criteria for optimal
   * decision-making in materials selection process: Biomedical applications", Materials and Design
   * 49, 1000-1008: an already normalised matrix (every column spans 0 to 1, so min-max leaves it as
   * it is) whose SD weights are 0.35, 0.31, 0.34 (2 decimals). Table and page not confirmed: the
   * paper's text could not be reached from here, and pymcdm's transcription (test/test_weights.py,
   * TestSTDWeights), with which the values agree, does not name them.
   */
  @Test
  void standardDeviationWeightsReproduceJahanAndEdwards2013() {
    double[][] rows = {{0, 0, 0}, {0.39, 0.3, 0.77}, {0.17, 0.36, 0.8}, {0.35, 0.29, 0.93}, {0.3, 0.4, 0.94},
        {0.84, 0.71, 1}, {1, 1, 0.99}};
    assertArrayEquals(new double[] {0.35, 0.31, 0.34}, Weightings.standardDeviation().weigh(SharedData.columns(rows)),
        5e-3);
  }

  @Test
  void standardDeviationWeightsDoNotDependOnDirectionUnitOrOriginAndSkipAConstantCriterion() {
    double[][] columns = {{1, 2, 4, 7}, {3, 1, 2, 2}, {5, 5, 5, 5}};
    double[] w = Weightings.standardDeviation().weigh(columns);
    assertEquals(0, w[2], 0, "a constant criterion has no spread");
    assertArrayEquals(w, Weightings.standardDeviation().weigh(columns, List.of(COST, COST, BENEFIT)), 1e-15);
    double[][] moved = {{101, 102, 104, 107}, {300, 100, 200, 200}, {5, 5, 5, 5}};
    assertArrayEquals(w, Weightings.standardDeviation().weigh(moved), 1e-12);
    InvalidInputException flat = assertThrows(InvalidInputException.class,
        () -> Weightings.standardDeviation().weigh(new double[][] {{2, 2}, {3, 3}}));
    assertTrue(flat.getMessage().contains("every criterion is constant"), flat.getMessage());
  }

  /**
   * Bączkiewicz, Wątróbski, Kizielewicz and Sałabun (2021), "Towards reliable results: a comparative
   * analysis of selected MCDA techniques in the camera selection problem", Information Technology
   * for Management: Business and Social Issues (LNBIP 442), 143-165, doi:10.1007/978-3-030-98997-2_7:
   * 20 cameras on 11 criteria and their Gini-coefficient weights, 4 decimals. Table and page not
   * confirmed: the chapter's text could not be reached from here, and pyrepo-mcda's transcription
   * (tests/test_weighting_methods.py, test_gini), which this test follows, does not name them.
   */
  @Test
  void giniWeightsReproduceBaczkiewiczEtAl2021() {
    double[][] rows = {{29.4, 83, 47, 114, 12, 30, 120, 240, 170, 90, 1717.75},
        {30, 38.1, 124.7, 117, 16, 60, 60, 60, 93, 70, 2389},
        {29.28, 59.27, 41.13, 58, 16, 30, 60, 120, 170, 78, 239.99},
        {33.6, 71, 55, 159, 23.6, 60, 240, 240, 132, 140, 2099},
        {21, 59, 41, 66, 16, 24, 60, 120, 170, 70, 439},
        {35, 65, 42, 134, 12, 60, 240, 240, 145, 60, 1087},
        {47, 79, 54, 158, 19, 60, 120, 120, 360, 72, 2499},
        {28.3, 62.3, 44.9, 116, 12, 30, 60, 60, 130, 90, 999.99},
        {36.9, 28.6, 121.6, 130, 12, 60, 120, 120, 80, 80, 1099},
        {32, 59, 41, 60, 16, 30, 120, 120, 170, 60, 302.96},
        {28.4, 66.3, 48.6, 126, 12, 60, 240, 240, 132, 135, 1629},
        {29.8, 46, 113, 47, 18, 50, 50, 50, 360, 72, 2099},
        {20.2, 64, 80, 70, 8, 24, 60, 120, 166, 480, 699.99},
        {33, 60, 44, 59, 12, 30, 60, 120, 170, 90, 388},
        {29, 59, 41, 55, 16, 30, 60, 120, 170, 120, 299},
        {29, 59, 41, 182, 12, 30, 30, 60, 94, 140, 249},
        {29.8, 59.2, 41, 65, 16, 30, 60, 120, 160, 90, 219.99},
        {28.8, 62.5, 41, 70, 12, 60, 120, 120, 170, 138, 1399.99},
        {24, 40, 59, 60, 12, 10, 30, 30, 140, 78, 269.99},
        {30, 60, 45, 201, 16, 30, 30, 30, 170, 90, 199.99}};
    double[] expected = {0.0362, 0.0437, 0.0848, 0.0984, 0.0480, 0.0842, 0.1379, 0.1125, 0.0745, 0.1107, 0.1690};
    assertArrayEquals(expected, Weightings.gini().weigh(SharedData.columns(rows)), 5e-5);
  }

  @Test
  void giniCoefficientsMatchTheMeanDifferenceDefinitionOnSmallColumns() {
    // (0, 0, 0, 4): sum |x_i - x_k| = 24 over 16 pairs, mean 1, so G = 24 / (2 * 16 * 1) = 0.75;
    // (1, 3): sum = 4, G = 4 / (2 * 4 * 2) = 0.25; the weights are 0.75 and 0.25 scaled to sum 1
    double[] w = Weightings.gini().weigh(new double[][] {{0, 0, 0, 4}, {1, 3, 1, 3}});
    assertArrayEquals(new double[] {0.75, 0.25}, w, 1e-15);
  }

  @Test
  void giniRefusesNegativeAndAllZeroCriteriaNamingThem() {
    InvalidInputException negative = assertThrows(InvalidInputException.class,
        () -> Weightings.gini().weigh(new double[][] {{1, 2}, {-1, 3}}));
    assertTrue(negative.getMessage().contains("criterion 1 has the value -1.0"), negative.getMessage());
    InvalidInputException zeros = assertThrows(InvalidInputException.class,
        () -> Weightings.gini().weigh(new double[][] {{1, 2}, {0, 0}}));
    assertTrue(zeros.getMessage().contains("every value of criterion 1 is 0"), zeros.getMessage());
  }

  @Test
  void dataDrivenMethodsRefuseIncompleteOrRaggedData() {
    for (WeightingMethod m : List.of(Weightings.merec(), Weightings.standardDeviation(), Weightings.gini())) {
      InvalidInputException ragged = assertThrows(InvalidInputException.class,
          () -> m.weigh(new double[][] {{1, 2, 3}, {1, 2}}));
      assertTrue(ragged.getMessage().contains("criterion 1 has 2 values"), ragged.getMessage());
      InvalidInputException one = assertThrows(InvalidInputException.class, () -> m.weigh(new double[][] {{1}, {2}}));
      assertTrue(one.getMessage().contains("1 alternative"), one.getMessage());
      InvalidInputException infinite = assertThrows(InvalidInputException.class,
          () -> m.weigh(new double[][] {{1, Double.POSITIVE_INFINITY}, {1, 2}}));
      assertTrue(infinite.getMessage().contains("criterion 0, alternative 1 is Infinity"), infinite.getMessage());
      assertThrows(InvalidInputException.class, () -> m.weigh(new double[0][]));
    }
  }
}
