package io.potentia.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.scoring.spi.TiePolicy;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Ranks under each tie policy. The worked example is SciPy's: {@code scipy.stats.rankdata([0, 2,
 * 3, 2], method=...)} gives average [1, 2.5, 4, 2.5], min [1, 2, 4, 2], max [1, 3, 4, 3], dense
 * [1, 2, 3, 2] and ordinal [1, 2, 4, 3] (SciPy reference, scipy.stats.rankdata, Examples).
 */
class RanksTest {
  private static final double[] SCIPY = {0, 2, 3, 2};

  @Test
  void reproducesSciPysRankdataExampleUnderEveryPolicy() {
    assertArrayEquals(new double[] {1, 2.5, 4, 2.5}, Ranks.rank(SCIPY, false, TiePolicy.AVERAGE));
    assertArrayEquals(new double[] {1, 2, 4, 2}, Ranks.rank(SCIPY, false, TiePolicy.MIN));
    assertArrayEquals(new double[] {1, 3, 4, 3}, Ranks.rank(SCIPY, false, TiePolicy.MAX));
    assertArrayEquals(new double[] {1, 2, 3, 2}, Ranks.rank(SCIPY, false, TiePolicy.DENSE));
    assertArrayEquals(new double[] {1, 2, 4, 3}, Ranks.rank(SCIPY, false, TiePolicy.FIRST));
  }

  @Test
  void descendingRanksTheLargestFirstAndMissingValuesGetNoRank() {
    double[] x = {5, Double.NaN, 9, 5, 1};
    assertArrayEquals(new double[] {2, Double.NaN, 1, 3, 4}, Ranks.rank(x, true, TiePolicy.FIRST));
    assertArrayEquals(new double[] {2, Double.NaN, 1, 2, 4}, Ranks.rank(x, true, TiePolicy.MIN));
    assertArrayEquals(new double[] {3, Double.NaN, 1, 3, 4}, Ranks.rank(x, true, TiePolicy.MAX));
    assertArrayEquals(new double[] {2.5, Double.NaN, 1, 2.5, 4}, Ranks.rank(x, true, TiePolicy.AVERAGE));
    assertArrayEquals(new double[] {2, Double.NaN, 1, 2, 3}, Ranks.rank(x, true, TiePolicy.DENSE));
  }

  @ParameterizedTest
  @EnumSource(TiePolicy.class)
  void negativeZeroTiesZeroAndNothingRanksNothing(TiePolicy ties) {
    double[] r = Ranks.rank(new double[] {0.0, -0.0}, true, ties);
    double[] expected = switch (ties) {
      case MIN, DENSE -> new double[] {1, 1};
      case MAX -> new double[] {2, 2};
      case AVERAGE -> new double[] {1.5, 1.5};
      case FIRST -> new double[] {1, 2};
    };
    assertArrayEquals(expected, r);
    assertEquals(0, Ranks.rank(new double[0], false, ties).length);
    assertArrayEquals(new double[] {Double.NaN, Double.NaN}, Ranks.rank(new double[] {Double.NaN, Double.NaN}, false, ties));
  }

  /** Every policy against counting, over seeded vectors with many ties, gaps and both directions. */
  @ParameterizedTest
  @EnumSource(TiePolicy.class)
  void agreesWithCountingOverSeededVectors(TiePolicy ties) {
    SplittableRandom random = new SplittableRandom(31);
    for (int c = 0; c < 300; c++) {
      int n = 1 + random.nextInt(c < 150 ? 9 : 200);
      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = random.nextInt(8) == 0 ? Double.NaN : random.nextInt(1 + n / 3) - n / 6.0;
      }
      boolean descending = random.nextBoolean();
      double[] r = Ranks.rank(x, descending, ties);
      for (int i = 0; i < n; i++) {
        if (Double.isNaN(x[i])) {
          assertEquals(Double.NaN, r[i]);
          continue;
        }
        int better = 0;
        int equal = 0;
        int equalBefore = 0;
        java.util.Set<Double> distinctBetter = new java.util.HashSet<>();
        for (int k = 0; k < n; k++) {
          if (Double.isNaN(x[k])) {
            continue;
          }
          if (descending ? x[k] > x[i] : x[k] < x[i]) {
            better++;
            distinctBetter.add(x[k]);
          } else if (x[k] == x[i]) {
            equal++;
            equalBefore += k < i ? 1 : 0;
          }
        }
        double expected = switch (ties) {
          case MIN -> better + 1;
          case MAX -> better + equal;
          case AVERAGE -> better + (equal + 1) / 2.0;
          case DENSE -> distinctBetter.size() + 1;
          case FIRST -> better + equalBefore + 1;
        };
        int at = i;
        assertEquals(expected, r[i], () -> "case " + java.util.Arrays.toString(x) + " at " + at);
      }
    }
  }
}
