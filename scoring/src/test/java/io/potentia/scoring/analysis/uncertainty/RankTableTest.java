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
  void aTableTooLargeForTheHeapIsRefusedWithTheBytesItsLayoutNeeds() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() < 12_000_000_000L,
        "skipped: this heap could hold the tables the test asks for");
    List<String> three = List.of("a", "b", "c");
    String narrow = assertThrows(io.potentia.core.InvalidInputException.class,
        () -> new RankTable(three, 32_767, 65_535)).getMessage();
    String wide = assertThrows(io.potentia.core.InvalidInputException.class,
        () -> new RankTable(three, 32_768, 65_535)).getMessage();
    assertTrue(narrow.contains("32767 areas x 65535 replications x 3 nodes need 12.9 GB for their ranks"), narrow);
    assertTrue(wide.contains("32768 areas x 65535 replications x 3 nodes need 25.8 GB for their ranks"), wide);
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

  @Test
  void aBlockCarriesTheLargestDoubledRankIntoTheNarrowTableWhole() {
    int n = RankTable.NARROW_AREAS;
    RankTable table = new RankTable(List.of("index"), n, 3);
    int[] block = new int[n * 2];
    block[2 * (n - 1) + 1] = 2 * n; // the last area's second column
    block[2 * (n - 1)] = 2 * n - 1;
    table.putBlock(0, block, 2, 1);
    int[] row = new int[3];
    table.ranksOf(0, n - 1, row);
    assertArrayEquals(new int[] {0, 2 * n - 1, 2 * n}, row);
  }

  /** Seeded: blocks and single replications, averaged ties (odd doubled ranks) and missing ranks. */
  @Test
  void bothLayoutsHoldTheSameRanksAndReduceToTheSameStatistics() {
    SplittableRandom random = new SplittableRandom(20261207);
    for (int round = 0; round < 20; round++) {
      int n = 1 + random.nextInt(300);
      int reps = 1 + random.nextInt(90);
      int firstOfRun = random.nextInt(1000); // a block of a run, as MonteCarlo.Blocks makes
      RankTable narrow = new RankTable(List.of("a", "b"), n, firstOfRun, reps, true);
      RankTable wide = new RankTable(List.of("a", "b"), n, firstOfRun, reps, false);
      int[][] expected = new int[2][n * reps]; // area-major, as the table gives them back
      int width = 1 + random.nextInt(reps);
      for (int column = 0; column < reps; column += width) {
        int w = Math.min(width, reps - column);
        int[] block = new int[n * w];
        for (int i = 0; i < n; i++) {
          for (int b = 0; b < w; b++) {
            block[i * w + b] = 1 + random.nextInt(2 * n); // any doubled rank up to 2n, odd ones too
            expected[0][i * reps + column + b] = block[i * w + b];
          }
        }
        narrow.putBlock(0, block, w, column);
        wide.putBlock(0, block, w, column);
      }
      for (int r = 0; r < reps; r++) {
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
          boolean missing = random.nextInt(10) == 0;
          int doubled = 2 + random.nextInt(2 * n - 1); // 2 to 2n: ranks 1 to n, halves too
          ranks[i] = missing ? Double.NaN : doubled / 2.0;
          expected[1][i * reps + r] = missing ? 0 : doubled;
        }
        narrow.put(1, r, ranks);
        wide.put(1, r, ranks);
      }
      String what = n + " areas, " + reps + " replications, blocks of " + width;
      for (int k = 0; k < 2; k++) {
        assertArrayEquals(expected[k], narrow.node(k), what + ", node " + k + ", two-byte cells");
        assertArrayEquals(expected[k], wide.node(k), what + ", node " + k + ", four-byte cells");
        double[] nominal = new double[n];
        double[] pct = {5, 50, 95};
        MonteCarlo.NodeRanks fromWide = RankReduction.reduce(wide, k, nominal, nominal, pct, 3, TiePolicy.AVERAGE);
        for (MonteCarlo.NodeRanks got : List.of(RankReduction.reduce(narrow, k, nominal, nominal, pct, 3, TiePolicy.AVERAGE),
            RankHistogram.of(narrow).reduce(k, nominal, nominal, pct, 3))) {
          assertArrayEquals(fromWide.mean(), got.mean(), what);
          for (int p = 0; p < 3; p++) {
            assertArrayEquals(fromWide.percentiles()[p], got.percentiles()[p], what);
          }
          assertArrayEquals(fromWide.topK(), got.topK(), what);
          assertArrayEquals(fromWide.counts(), got.counts(), what);
        }
      }
    }
  }
}
