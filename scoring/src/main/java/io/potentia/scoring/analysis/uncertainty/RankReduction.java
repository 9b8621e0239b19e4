package io.potentia.scoring.analysis.uncertainty;

import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The one reduction of replications to rank statistics, per area over the replications in which it
 * had a rank: the count, the mean rank, percentile ranks (linear interpolation between order
 * statistics, numpy's default) and the share in the top k. Ranks are whole numbers (twice the rank,
 * from the {@link RankTable}), so a counting sort finds the order statistics: one pass over an
 * area's ranks to count them, one pass over the counts from the area's lowest rank to its highest
 * that picks up every order statistic wanted on the way, O(R + s) for an area whose ranks span
 * s. When the span is far wider than the replications (few replications of many areas whose ranks
 * move far: 20 replications of a million areas ranked on two indicators), the area's ranks are
 * sorted instead, O(R log R), so that no run is quadratic in its areas; both give the same order
 * statistics, so the same numbers bit for bit. Areas are reduced on all cores, each into its own
 * slots.
 */
final class RankReduction {
  private static final int AREAS_PER_TASK = 64;

  private RankReduction() {}

  /** The statistics of node {@code k} of the table. */
  static MonteCarlo.NodeRanks reduce(RankTable table, int k, double[] nominalScores, double[] nominalRanks, double[] percentiles,
      int topK, io.potentia.scoring.spi.TiePolicy ties) {
    // only averaged ties give odd doubled ranks: other policies leave every odd count empty, and the walk skips them
    int step = ties == io.potentia.scoring.spi.TiePolicy.AVERAGE ? 1 : 2;
    int n = table.areas();
    int reps = table.reps();
    double[] mean = new double[n];
    double[][] pct = new double[percentiles.length][n];
    double[] top = new double[n];
    int[] counts = new int[n];
    int[] full = positions(reps, percentiles);
    int tasks = (n + AREAS_PER_TASK - 1) / AREAS_PER_TASK;
    IntStream.range(0, tasks).parallel().forEach(t -> {
      int[] tally = new int[2 * n + 2];
      int[] found = new int[2 * percentiles.length];
      int[] row = new int[reps];
      for (int i = t * AREAS_PER_TASK; i < Math.min(n, (t + 1) * AREAS_PER_TASK); i++) {
        table.ranksOf(k, i, row);
        area(row, reps, i, tally, full, found, percentiles, topK, step, mean, pct, top, counts);
      }
    });
    return new MonteCarlo.NodeRanks(nominalScores, nominalRanks, mean, pct, top, counts, table.replicationsWith(k));
  }

  /**
   * Area {@code i}'s statistics from its {@code reps} doubled ranks (0 for none), which it may
   * reorder; {@code tally} is all zeros before and after.
   */
  static void area(int[] ranks, int reps, int i, int[] tally, int[] full, int[] found, double[] percentiles,
      int topK, int step, double[] mean, double[][] pct, double[] top, int[] counts) {
    long sum = 0;
    int inTop = 0;
    int max = 0;
    int min = Integer.MAX_VALUE; // the lowest rank held (0, no rank, aside): the tally is walked from it, not from 1
    int count = 0;
    int topDoubled = 2 * topK;
    for (int rep = 0; rep < reps; rep++) {
      int v = ranks[rep];
      tally[v]++;
      sum += v;
      inTop += v <= topDoubled ? 1 : 0;
      if (v > max) {
        max = v;
      }
      if (v > 0 && v < min) {
        min = v;
      }
    }
    // the slot for 'no rank' counted too, without a branch in the loop: take it out again
    count = reps - tally[0];
    inTop -= tally[0];
    tally[0] = 0;
    if (count > 0 && bySorting(max - min, reps)) {
      for (int rep = 0; rep < reps; rep++) {
        tally[ranks[rep]] = 0; // counted in the same pass as the sum, as most areas are; cleared at the cost of R, not s
      }
      Arrays.sort(ranks, 0, reps); // the replications without a rank (0) first
      int[] positions = positionsOf(count, reps, full, percentiles);
      for (int next = 0; next < positions.length; next++) {
        found[next] = ranks[reps - count + positions[next]];
      }
      statistics(i, count, sum, inTop, positions, found, percentiles, mean, pct, top, counts);
      return;
    }
    summarise(i, tally, count, sum, inTop, min, max, reps, full, found, percentiles, step, mean, pct, top, counts);
  }

  /**
   * Whether an area's order statistics are cheaper found by sorting its {@code reps} ranks than by
   * walking its counts over a {@code span} of doubled ranks: a sort costs about R log2 R steps,
   * each a few times a step of the walk; the walk is kept unless the sort is clearly cheaper
   * (workload U1, 5,000 replications of 10,000 areas, always walks).
   */
  static boolean bySorting(int span, int reps) {
    return span > 4L * reps * (32 - Integer.numberOfLeadingZeros(reps));
  }

  /**
   * Area {@code i}'s statistics from its doubled ranks, ascending and each once, with their
   * counts (a {@link RankHistogram}'s), in one pass over them; the same order statistics as a
   * walk over a tally of them, so the same numbers bit for bit.
   */
  static void counted(int i, int[] ranks, int[] counts, int reps, int[] full, int[] found, double[] percentiles, int topK,
      double[] mean, double[][] pct, double[] top, int[] areaCounts) {
    long sum = 0;
    int inTop = 0;
    int count = 0;
    int topDoubled = 2 * topK;
    for (int j = 0; j < ranks.length; j++) {
      sum += (long) ranks[j] * counts[j];
      inTop += ranks[j] <= topDoubled ? counts[j] : 0;
      count += counts[j];
    }
    if (count == 0) {
      none(i, mean, pct, top, areaCounts);
      return;
    }
    int[] positions = positionsOf(count, reps, full, percentiles);
    int seen = 0;
    for (int j = 0, next = 0; next < positions.length; j++) {
      seen += counts[j];
      while (next < positions.length && positions[next] < seen) {
        found[next++] = ranks[j];
      }
    }
    statistics(i, count, sum, inTop, positions, found, percentiles, mean, pct, top, areaCounts);
  }

  /** An area without a rank in any replication: no statistics, said as NaN for the caller to report. */
  private static void none(int i, double[] mean, double[][] pct, double[] top, int[] counts) {
    counts[i] = 0;
    mean[i] = Double.NaN;
    top[i] = Double.NaN;
    for (double[] p : pct) {
      p[i] = Double.NaN;
    }
  }

  /** Area {@code i}'s statistics from its tally of doubled ranks (slot 0 empty), which it clears. */
  private static void summarise(int i, int[] tally, int count, long sum, int inTop, int min, int max, int reps, int[] full,
      int[] found, double[] percentiles, int step, double[] mean, double[][] pct, double[] top, int[] counts) {
    if (count == 0) {
      none(i, mean, pct, top, counts); // every rank was 0, whose slot the caller has cleared: the tally is clean
      return;
    }
    int[] positions = positionsOf(count, reps, full, percentiles);
    int seen = 0;
    int next = 0;
    // the last position is below count, so every one is found by v = max; walking only this area's
    // span of ranks keeps the reduction linear in the areas (from 1 it was quadratic)
    for (int v = min; next < positions.length; v += step) {
      seen += tally[v];
      while (next < positions.length && positions[next] < seen) {
        found[next++] = v;
      }
    }
    Arrays.fill(tally, min, max + 1, 0);
    statistics(i, count, sum, inTop, positions, found, percentiles, mean, pct, top, counts);
  }

  /** Area {@code i}'s statistics, once the order statistics at {@code positions} are {@code found}. */
  private static void statistics(int i, int count, long sum, int inTop, int[] positions, int[] found, double[] percentiles,
      double[] mean, double[][] pct, double[] top, int[] counts) {
    counts[i] = count;
    mean[i] = sum / (2.0 * count);
    top[i] = (double) inTop / count;
    for (int p = 0; p < percentiles.length; p++) {
      double h = (count - 1) * percentiles[p] / 100;
      int lo = (int) Math.floor(h);
      int below = found[Arrays.binarySearch(positions, lo)];
      int above = lo + 1 < count ? found[Arrays.binarySearch(positions, lo + 1)] : below;
      pct[p][i] = (below + (h - lo) * (above - below)) / 2;
    }
  }

  /** The positions among {@code count} ranks: those of a full count ({@code full}) computed once per run. */
  private static int[] positionsOf(int count, int reps, int[] full, double[] percentiles) {
    return count == reps ? full : positions(count, percentiles);
  }

  /** The order-statistic positions (from 0) that the percentiles need among {@code count} ranks, ascending. */
  static int[] positions(int count, double[] percentiles) {
    TreeSet<Integer> wanted = new TreeSet<>();
    for (double p : percentiles) {
      int lo = (int) Math.floor((count - 1) * p / 100);
      wanted.add(lo);
      if (lo + 1 < count) {
        wanted.add(lo + 1);
      }
    }
    return wanted.stream().mapToInt(Integer::intValue).toArray();
  }
}
