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
 * than the replications, so that no area costs a walk over a span as long as the areas.
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
   * The route is seen in the tally: a count planted inside an area's span, at a rank it never
   * had, is read and cleared by the walk and left alone by the sort. The sort's statistics ignore
   * it; every other slot is left at zero either way.
   */
  @Test
  void aWideAreaIsSortedANarrowOneWalkedAndTheTallyIsLeftClean() {
    int n = 1000;
    double[] percentiles = {5, 50, 95};
    int[] wide = {2, 1990, 0, 1000, 400, 1500}; // doubled ranks, one replication without a rank
    int[] narrow = {600, 604, 0, 602, 606, 600};
    for (int[] ranks : List.of(wide, narrow)) {
      boolean sorts = RankReduction.bySorting(ranks == wide ? 1988 : 6, ranks.length);
      assertEquals(ranks == wide, sorts);
      int[] tally = new int[2 * n + 2];
      int planted = ranks == wide ? 1001 : 601; // inside the span, odd: no area's rank
      tally[planted] = 7;
      double[] mean = new double[1];
      double[][] pct = new double[3][1];
      double[] top = new double[1];
      int[] counts = new int[1];
      RankReduction.area(ranks.clone(), ranks.length, 0, tally, RankReduction.positions(ranks.length, percentiles),
          new int[6], percentiles, 3, 1, mean, pct, top, counts);
      assertEquals(sorts ? 7 : 0, tally[planted], sorts ? "the sort reads no count" : "the walk reads the span and clears it");
      tally[planted] = 0;
      assertTrue(Arrays.stream(tally).allMatch(c -> c == 0), "the tally is left at zero for the next area");
      assertEquals(5, counts[0]);
      if (sorts) {
        int[] held = Arrays.stream(ranks).filter(v -> v > 0).sorted().toArray();
        assertEquals(held[2] / 2.0, pct[1][0], 0, "the median of the five ranks held");
        assertEquals(Arrays.stream(held).sum() / 10.0, mean[0], 0);
      }
    }
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
    int sorted = 0; // areas whose span calls for the sort, and the others: the test above shows the route each takes
    int walked = 0;
    for (int round = 0; round < 16; round++) {
      // averaged ties (odd doubled ranks, the walk's step 1) and, from round 12, the lowest rank of a tie (even ones, step 2)
      TiePolicy ties = round < 12 ? TiePolicy.AVERAGE : TiePolicy.MIN;
      int n = 200 + random.nextInt(3000);
      int reps = 1 + random.nextInt(round < 6 ? 12 : 400);
      RankTable table = new RankTable(List.of("index"), n, reps);
      int[][] doubled = new int[n][reps];
      for (int i = 0; i < n; i++) {
        boolean wide = random.nextBoolean();
        int centre = 1 + random.nextInt(n);
        for (int r = 0; r < reps; r++) {
          int rank = wide ? 2 + random.nextInt(2 * n - 1) : Math.max(2, Math.min(2 * n, 2 * centre + random.nextInt(9) - 4));
          rank = ties == TiePolicy.MIN ? rank & ~1 : rank;
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
      MonteCarlo.NodeRanks got = RankReduction.reduce(table, 0, nominal, nominal, PERCENTILES, 3, ties);
      MonteCarlo.NodeRanks merged = RankHistogram.of(table).reduce(0, nominal, nominal, PERCENTILES, 3);
      String what = n + " areas, " + reps + " replications, ties " + ties;
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
          assertEquals(expected, got.percentiles()[p][i], 0, what + ", area " + i + ", percentile " + PERCENTILES[p]);
        }
      }
      assertArrayEquals(merged.mean(), got.mean(), what);
      assertArrayEquals(merged.topK(), got.topK(), what);
      assertArrayEquals(merged.counts(), got.counts(), what);
      for (int p = 0; p < PERCENTILES.length; p++) {
        assertArrayEquals(merged.percentiles()[p], got.percentiles()[p], what + ", percentile " + PERCENTILES[p]);
      }
    }
    assertTrue(sorted > 1000 && walked > 1000, "the seed gives both kinds of area: " + sorted + " wide, " + walked + " narrow");
  }
}
