package io.potentia.scoring.weight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Parameters;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The best-worst method (linear model) and SWARA against their published examples (issue 21). */
class SubjectiveWeightsTest {

  /**
   * Rezaei (2016), "Best-worst multi-criteria decision-making method: Some properties and a linear
   * model", Omega 64, 126-130: buying a car on quality, price, comfort, safety and style, price the
   * best and style the worst. Example 2 (Table 3): a_B = (2, 1, 4, 3, 8), a_W = (4, 8, 2, 3, 1); the
   * linear model's weights in section 4, 0.2295, 0.4481, 0.1148, 0.1530, 0.0546, with xi^L = 0.0109.
   * The journal, volume and pages 126-130 are confirmed from the article's first page. Example 2 as
   * Table 3 and the linear weights and xi^L in section 4 are confirmed from a secondary source only:
   * the method card of github.com/fatihaydost/kds-topsis-critic (docs/research/methods/bwm.md,
   * commit b6a40fa), whose authors read the accepted manuscript and transcribe the same vectors,
   * weights and xi^L (and the non-linear model's xi* = 0.1459, section 3). The page within 126-130
   * is not confirmed (the rest of the text could not be reached from here; the card gives no page).
   */
  @Test
  void bestWorstLinearModelReproducesRezaei2016Example2() {
    BestWorst.Result r = BestWorst.analyse(new double[] {2, 1, 4, 3, 8}, new double[] {4, 8, 2, 3, 1});
    assertArrayEquals(new double[] {0.2295, 0.4481, 0.1148, 0.1530, 0.0546}, r.weights(), 5e-5);
    assertEquals(0.0109, r.xi(), 5e-5);
    assertEquals(1, r.best(), "price");
    assertEquals(4, r.worst(), "style");
    // only safety breaks a_Bj a_jW = a_BW: |3 * 3 - 8| / (8 * 8 - 8) = 1/56 (Liang, Brunelli and Rezaei 2020)
    assertEquals(1.0 / 56, r.consistencyRatio(), 1e-15);
  }

  /**
   * Rezaei (2016), Example 1 (Table 2): the fully consistent a_B = (2, 1, 4, 2, 8), a_W = (4, 8, 2, 4,
   * 1), whose weights 0.2105, 0.4211, 0.1053, 0.2105, 0.0526 are the exact ratios 4/19, 8/19, 2/19,
   * 4/19, 1/19, with xi^L = 0. Example 1 as Table 2 confirmed from the same secondary source
   * (kds-topsis-critic, docs/research/methods/bwm.md); page not confirmed.
   */
  @Test
  void bestWorstLinearModelReproducesRezaei2016ConsistentExample1() {
    BestWorst.Result r = BestWorst.analyse(new double[] {2, 1, 4, 2, 8}, new double[] {4, 8, 2, 4, 1});
    assertArrayEquals(new double[] {4.0 / 19, 8.0 / 19, 2.0 / 19, 4.0 / 19, 1.0 / 19}, r.weights(), 1e-12);
    assertEquals(0, r.xi(), 1e-12);
    assertEquals(0, r.consistencyRatio(), 0);
  }

  @Test
  void bestWorstIsRegisteredByNameWithItsTwoVectors() {
    double[] w = Strategies.registry().weighting("bwm", Parameters.parse("bwm",
        List.of("bestToOthers=[2, 1, 4, 3, 8]", "othersToWorst=[4, 8, 2, 3, 1]"))).strategy().weigh(new double[5][1]);
    assertArrayEquals(new double[] {0.2295, 0.4481, 0.1148, 0.1530, 0.0546}, w, 5e-5);
    InvalidInputException count = assertThrows(InvalidInputException.class,
        () -> Weightings.bestWorst(new double[] {1, 2}, new double[] {2, 1}).weigh(new double[3][1]));
    assertTrue(count.getMessage().contains("2 weights were given for 3 criteria"), count.getMessage());
  }

  @Test
  void everyComparisonEqualGivesEqualWeights() {
    BestWorst.Result r = BestWorst.analyse(new double[] {1, 1, 1}, new double[] {1, 1, 1});
    assertArrayEquals(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, r.weights(), 1e-12);
    assertEquals(0, r.xi(), 1e-12);
  }

  @Test
  void bestWorstRefusesBadJudgementsNamingThem() {
    assertBwmRefuses("bestToOthers[2] is 10.0", new double[] {2, 1, 10}, new double[] {4, 8, 1});
    assertBwmRefuses("othersToWorst[0] is 0.5", new double[] {2, 1, 8}, new double[] {0.5, 8, 1});
    assertBwmRefuses("othersToWorst[0] is NaN", new double[] {2, 1, 8}, new double[] {Double.NaN, 8, 1});
    assertBwmRefuses("no best-to-others comparison is 1", new double[] {2, 3, 8}, new double[] {4, 8, 1});
    assertBwmRefuses("no others-to-worst comparison is 1", new double[] {2, 1, 8}, new double[] {4, 8, 2});
    assertBwmRefuses("8.0 times as important as the worst (2) in bestToOthers but 7.0 times in othersToWorst",
        new double[] {2, 1, 8}, new double[] {4, 7, 1});
    assertBwmRefuses("othersToWorst[0] is 9.0, more than the best is preferred to the worst (8.0)",
        new double[] {2, 1, 8}, new double[] {9, 8, 1});
    assertBwmRefuses("3 best-to-others comparisons and 2 others-to-worst", new double[] {2, 1, 8}, new double[] {8, 1});
    assertBwmRefuses("1 criterion", new double[] {1}, new double[] {1});
  }

  private static void assertBwmRefuses(String expected, double[] best, double[] worst) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Weightings.bestWorst(best, worst));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  /**
   * Keršulienė, Zavadskas and Turskis (2010), "Selection of rational dispute resolution method by
   * applying new step-wise weight assessment ratio analysis (SWARA)", Journal of Business Economics
   * and Management 11(2), 243-258, Table 1: six criteria in order of importance (expedition of the
   * dispute resolution, its price, the possibility to appeal, confidentiality, the authority of the
   * person solving, legal advice) with s = 0.15, 0.04, 0.29, 0.02, 0.04 and final weights 0.22,
   * 0.19, 0.18, 0.14, 0.14, 0.13 (2 decimals). Here the criteria are given in another order, which
   * the ranks undo. Table 1 (s, k, recalculated and final weights; the weights are also stated in
   * section 4) confirmed from a secondary source only: the method card of
   * github.com/fatihaydost/kds-topsis-critic (docs/research/methods/swara.md, commit b6a40fa), whose
   * authors read the journal's PDF and transcribe the same s, q and weights. Page not confirmed: the
   * paper's text beyond its introduction could not be reached from here, and the card gives no
   * page. The weights follow from the s by the method's steps (k = 1 + s, q_k = q_{k-1} / k_k),
   * which the values printed here satisfy to 2 decimals.
   */
  @Test
  void swaraReproducesKersulieneZavadskasAndTurskis2010() {
    double[] inOrder = Weightings.swara(new double[] {1, 2, 3, 4, 5, 6}, new double[] {0.15, 0.04, 0.29, 0.02, 0.04})
        .weigh(new double[6][1]);
    assertArrayEquals(new double[] {0.22, 0.19, 0.18, 0.14, 0.14, 0.13}, inOrder, 5e-3);
    // legal advice, price, confidentiality, expedition, authority, appeal
    double[] shuffled = Weightings.swara(new double[] {6, 2, 4, 1, 5, 3}, new double[] {0.15, 0.04, 0.29, 0.02, 0.04})
        .weigh(new double[6][1]);
    assertArrayEquals(new double[] {inOrder[5], inOrder[1], inOrder[3], inOrder[0], inOrder[4], inOrder[2]}, shuffled,
        1e-15);
    // the recalculated weights q of Table 1 are 1, 0.87, 0.84, 0.65, 0.64, 0.61: w_k / w_1
    double[] q = {1, 0.87, 0.84, 0.65, 0.64, 0.61};
    for (int k = 0; k < 6; k++) {
      assertEquals(q[k], inOrder[k] / inOrder[0], 5e-3, "q" + (k + 1));
    }
  }

  @Test
  void swaraIsRegisteredByNameAndEqualImportanceIsAZeroStep() {
    double[] w = Strategies.registry().weighting("swara", Parameters.parse("swara",
        List.of("ranks=[2, 1, 3]", "s=[0, 1]"))).strategy().weigh(new double[3][1]);
    assertArrayEquals(new double[] {0.4, 0.4, 0.2}, w, 1e-15);
  }

  @Test
  void swaraRefusesBadJudgementsNamingThem() {
    assertSwaraRefuses("s[1] is -0.1 (criterion 2 against criterion 1)", new double[] {1, 2, 3}, new double[] {0.2, -0.1});
    assertSwaraRefuses("criteria 0 and 1 both have rank 1", new double[] {1, 1, 3}, new double[] {0.2, 0.1});
    assertSwaraRefuses("rank 4.0 of criterion 2 must be a whole number from 1 to 3", new double[] {1, 2, 4},
        new double[] {0.2, 0.1});
    assertSwaraRefuses("3 comparative importances for 3 criteria", new double[] {1, 2, 3}, new double[] {0, 0.2, 0.1});
    assertSwaraRefuses("s[0] is Infinity", new double[] {1, 2}, new double[] {Double.POSITIVE_INFINITY});
    assertSwaraRefuses("no ranks given", new double[0], new double[0]);
  }

  private static void assertSwaraRefuses(String expected, double[] ranks, double[] s) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Weightings.swara(ranks, s));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
