package io.potentia.scoring.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.potentia.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class RankCorrelationTest {

  @Test
  void spearmanReproducesTheIqAndTelevisionExample() {
    // the textbook example of Spearman's rho (IQ against hours of television a week): rho = -29/165
    double[] iq = {106, 100, 86, 101, 99, 103, 97, 113, 112, 110};
    double[] tv = {7, 27, 2, 50, 28, 29, 20, 12, 6, 17};
    assertEquals(-29.0 / 165, RankCorrelation.spearman(iq, tv), 1e-15);
  }

  @Test
  void kendallTauBReproducesScipysDocumentedExample() {
    // scipy.stats.kendalltau documentation: x = [12, 2, 1, 12, 2], y = [1, 4, 7, 1, 0]: tau = -0.47140452079103173
    assertEquals(-0.47140452079103173, RankCorrelation.kendall(new double[] {12, 2, 1, 12, 2}, new double[] {1, 4, 7, 1, 0}), 1e-15);
  }

  @Test
  void identicalOrdersCorrelatePerfectlyAndReversedOnesNegatively() {
    double[] a = {1, 2, 3, 4};
    double[] b = {10, 20, 30, 40};
    assertEquals(1, RankCorrelation.spearman(a, b), 0);
    assertEquals(1, RankCorrelation.kendall(a, b), 0);
    assertEquals(-1, RankCorrelation.kendall(a, new double[] {4, 3, 2, 1}), 0);
  }

  @Test
  void allTiedOrMismatchedInputsAreRejected() {
    assertThrows(InvalidInputException.class, () -> RankCorrelation.spearman(new double[] {1, 1}, new double[] {1, 2}));
    assertThrows(InvalidInputException.class, () -> RankCorrelation.kendall(new double[] {1, 2}, new double[] {1}));
    assertThrows(InvalidInputException.class, () -> RankCorrelation.kendall(new double[] {1, Double.NaN}, new double[] {1, 2}));
  }

  @Test
  void kendallTauBIsSymmetricSoTiesInEitherRankingCountTheSame() {
    // the documented example with the rankings swapped: the ties are now all in the second
    assertEquals(-0.47140452079103173, RankCorrelation.kendall(new double[] {1, 4, 7, 1, 0}, new double[] {12, 2, 1, 12, 2}),
        1e-15);
    // one tie in each ranking, none joint: C = 4, D = 0, Tx = Ty = 1, so tau-b = 4 / sqrt(5 * 5)
    assertEquals(0.8, RankCorrelation.kendall(new double[] {1, 1, 2, 3}, new double[] {1, 2, 3, 3}), 1e-15);
    assertEquals(0.8, RankCorrelation.kendall(new double[] {1, 2, 3, 3}, new double[] {1, 1, 2, 3}), 1e-15);
  }

  @Test
  void twoValuesAreEnoughAndOneIsNot() {
    assertEquals(-1, RankCorrelation.spearman(new double[] {1, 2}, new double[] {2, 1}), 0);
    assertEquals(1, RankCorrelation.kendall(new double[] {1, 2}, new double[] {5, 6}), 0);
    assertThrows(InvalidInputException.class, () -> RankCorrelation.spearman(new double[] {1}, new double[] {1}));
    assertThrows(InvalidInputException.class, () -> RankCorrelation.kendall(new double[] {1, 1}, new double[] {1, 1}));
    assertThrows(InvalidInputException.class,
        () -> RankCorrelation.spearman(new double[] {1, 2}, new double[] {1, Double.POSITIVE_INFINITY}));
  }
}
