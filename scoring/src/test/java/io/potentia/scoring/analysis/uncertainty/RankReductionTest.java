package io.potentia.scoring.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.spi.TiePolicy;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reduction of a run's ranks to statistics is the same by either route it takes per area:
 * counts walked over the area's span of ranks, or its ranks sorted when the span is far wider
 * than the replications; and it never walks a span that would make it quadratic in the areas.
 */
class RankReductionTest {
  private static final double[] PERCENTILES = {0, 5, 37.5, 50, 95, 100};

  @Test
  void anAreaIsSortedOnlyWhenItsSpanOfRanksIsFarWiderThanItsReplications() {
    assertFalse(RankReduction.bySorting(2 * 10_000, 5_000), "workload U1 at size L walks its counts");
    assertFalse(RankReduction.bySorting(2 * 2_000, 2_000), "and at size M");
    assertTrue(RankReduction.bySorting(2 * 1_000_000, 20), "20 replications of a million areas are sorted");
    assertFalse(RankReduction.bySorting(4 * 20 * 5, 20), "at the threshold the walk is kept");
    assertTrue(RankReduction.bySorting(4 * 20 * 5 + 1, 20), "just past it the ranks are sorted");
  }

  /**
   * Seeded: areas whose ranks move over the whole range (sorted) and areas whose ranks stay near
   * one place (walked), averaged ties (odd doubled ranks) and replications without a rank; each
   * area's statistics must be those of its ranks sorted by hand, with numpy's default percentile,
   * and the same bit for bit as the mergeable histogram's, which always walks.
   */
  @Test
  void bothRoutesGiveTheStatisticsOfTheSortedRanks() {
    SplittableRandom random = new SplittableRandom(20261207);
    int sorted = 0;
    int walked = 0;
    for (int round = 0; round < 12; round++) {
      int n = 200 + random.nextInt(3000);
      int reps = 1 + random.nextInt(round < 6 ? 12 : 400);
      RankTable table = new RankTable(List.of("index"), n, reps);
      int[][] doubled = new int[n][reps];
      for (int i = 0; i < n; i++) {
        boolean wide = random.nextBoolean();
        int centre = 1 + random.nextInt(n);
        for (int r = 0; r < reps; r++) {
          int rank = wide ? 2 + random.nextInt(2 * n - 1) : Math.max(2, Math.min(2 * n, 2 * centre + random.nextInt(9) - 4));
          doubled[i][r] = random.nextInt(15) == 0 ? 0 : rank;
        }
      }
      for (int r = 0; r < reps; r++) {
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
          ranks[i] = doubled[i][r] == 0 ? Double.NaN : doubled[i][r] / 2.0;
        }
        table.put(0, r, ranks);
      }
      double[] nominal = new double[n];
      MonteCarlo.NodeRanks got = RankReduction.reduce(table, 0, nominal, nominal, PERCENTILES, 3, TiePolicy.AVERAGE);
      MonteCarlo.NodeRanks merged = RankHistogram.of(table).reduce(0, nominal, nominal, PERCENTILES, 3, TiePolicy.AVERAGE);
      String what = n + " areas, " + reps + " replications";
      for (int i = 0; i < n; i++) {
        int[] held = Arrays.stream(doubled[i]).filter(v -> v > 0).sorted().toArray();
        int span = held.length == 0 ? 0 : held[held.length - 1] - held[0];
        if (held.length > 0 && RankReduction.bySorting(span, reps)) {
          sorted++;
        } else {
          walked++;
        }
        assertEquals(held.length, got.counts()[i], what);
        if (held.length == 0) {
          continue;
        }
        assertEquals(Arrays.stream(held).average().orElseThrow() / 2, got.mean()[i], 1e-12, what + ", area " + i);
        assertEquals(Arrays.stream(held).filter(v -> v <= 6).count() / (double) held.length, got.topK()[i], 1e-12, what);
        for (int p = 0; p < PERCENTILES.length; p++) {
          double h = (held.length - 1) * PERCENTILES[p] / 100;
          int lo = (int) Math.floor(h);
          double expected = (held[lo] + (h - lo) * (held[Math.min(lo + 1, held.length - 1)] - held[lo])) / 2;
          assertEquals(expected, got.percentiles()[p][i], 1e-12, what + ", area " + i + ", percentile " + PERCENTILES[p]);
        }
      }
      assertArrayEquals(merged.mean(), got.mean(), what);
      assertArrayEquals(merged.topK(), got.topK(), what);
      assertArrayEquals(merged.counts(), got.counts(), what);
      for (int p = 0; p < PERCENTILES.length; p++) {
        assertArrayEquals(merged.percentiles()[p], got.percentiles()[p], what + ", percentile " + PERCENTILES[p]);
      }
    }
    assertTrue(sorted > 1000 && walked > 1000, "both routes taken: " + sorted + " sorted, " + walked + " walked");
  }
}
