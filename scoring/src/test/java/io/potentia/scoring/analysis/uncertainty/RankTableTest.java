package io.potentia.scoring.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.spi.TiePolicy;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The table of ranks keeps a doubled rank in two bytes where every one fits (up to 32,767 areas)
 * and in four otherwise; what it gives back, and every statistic reduced from it, must not depend
 * on which.
 */
class RankTableTest {
  @Test
  void twoByteCellsAreUsedExactlyWhileEveryDoubledRankFits() {
    assertEquals(32_767, RankTable.NARROW_AREAS);
    assertTrue(new RankTable(List.of("index"), 32_767, 1).narrow());
    assertFalse(new RankTable(List.of("index"), 32_768, 1).narrow());
    assertThrows(IllegalArgumentException.class, () -> new RankTable(List.of("index"), 32_768, 0, 1, true));
  }

  @Test
  void theLargestDoubledRankOfTheLargestNarrowTableComesBackWhole() {
    int n = RankTable.NARROW_AREAS;
    RankTable table = new RankTable(List.of("index"), n, 2);
    double[] ranks = new double[n];
    for (int i = 0; i < n; i++) {
      ranks[i] = n - i; // the first area last: doubled rank 65,534
    }
    table.put(0, 1, ranks);
    int[] row = new int[2];
    table.ranksOf(0, 0, row);
    assertArrayEquals(new int[] {0, 2 * n}, row, "not yet put, then the last rank doubled");
  }

  /** Seeded: blocks and single replications, averaged ties (odd doubled ranks) and missing ranks. */
  @Test
  void bothLayoutsHoldTheSameRanksAndReduceToTheSameStatistics() {
    SplittableRandom random = new SplittableRandom(20261207);
    for (int round = 0; round < 20; round++) {
      int n = 1 + random.nextInt(300);
      int reps = 1 + random.nextInt(90);
      RankTable narrow = new RankTable(List.of("a", "b"), n, 0, reps, true);
      RankTable wide = new RankTable(List.of("a", "b"), n, 0, reps, false);
      int width = 1 + random.nextInt(reps);
      for (int first = 0; first < reps; first += width) {
        int w = Math.min(width, reps - first);
        int[] block = new int[n * w];
        for (int c = 0; c < block.length; c++) {
          block[c] = 1 + random.nextInt(2 * n); // any doubled rank, odd ones too
        }
        narrow.putBlock(0, block, w, first);
        wide.putBlock(0, block, w, first);
      }
      for (int r = 0; r < reps; r++) {
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
          ranks[i] = random.nextInt(10) == 0 ? Double.NaN : 1 + random.nextInt(2 * n) / 2.0;
        }
        narrow.put(1, r, ranks);
        wide.put(1, r, ranks);
      }
      String what = n + " areas, " + reps + " replications, blocks of " + width;
      for (int k = 0; k < 2; k++) {
        assertArrayEquals(wide.node(k), narrow.node(k), what + ", node " + k);
        double[] nominal = new double[n];
        double[] pct = {5, 50, 95};
        MonteCarlo.NodeRanks expected = RankReduction.reduce(wide, k, nominal, nominal, pct, 3, TiePolicy.AVERAGE);
        for (MonteCarlo.NodeRanks got : List.of(RankReduction.reduce(narrow, k, nominal, nominal, pct, 3, TiePolicy.AVERAGE),
            RankHistogram.of(narrow).reduce(k, nominal, nominal, pct, 3, TiePolicy.AVERAGE))) {
          assertArrayEquals(expected.mean(), got.mean(), what);
          for (int p = 0; p < 3; p++) {
            assertArrayEquals(expected.percentiles()[p], got.percentiles()[p], what);
          }
          assertArrayEquals(expected.topK(), got.topK(), what);
          assertArrayEquals(expected.counts(), got.counts(), what);
        }
      }
    }
  }
}
