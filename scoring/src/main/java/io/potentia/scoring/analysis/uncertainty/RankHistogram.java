package io.potentia.scoring.analysis.uncertainty;

import io.potentia.core.InvalidInputException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The mergeable summary of a block of Monte Carlo replications: per reported node and area, how
 * many replications gave the area each rank there (ranks counted doubled, so that averaged ties
 * stay whole), and which replications the block holds. Blocks computed apart (on other threads,
 * other machines, in any order) merge by adding their counts, and a merged summary that holds
 * every replication of a run gives, through {@link MonteCarlo.Blocks#result(RankHistogram)}, the
 * same statistics as {@link MonteCarlo#run}, bit for bit: the mean from the exact sum of whole
 * numbers, the percentiles from the order statistics the counts give, the top-k share from the
 * counts at or above k.
 *
 * <p>Per area only the ranks it took are kept, each once with its count, so a summary holds at
 * most two numbers per area and replication, and at most two per area and rank in the area's
 * span, whichever is fewer: it never grows with the replications beyond the ranks an area takes,
 * nor with the areas beyond the replications (counts over each area's whole span of ranks, as
 * before, took 800 MB for a block of 10,000 areas whose ranks moved over the whole range).
 * Serializable, so that a cluster's executors can send it back to the driver.
 */
public final class RankHistogram implements Serializable {
  private static final long serialVersionUID = 2L;

  /** The reported nodes, in the run's order. */
  private final List<String> nodes;
  /** The number of areas. */
  private final int areas;
  /** The replications the summary holds. */
  private final BitSet held;
  /** Per node, how many of those replications had it. */
  private final int[] had;
  /** Per node and area, the doubled ranks counted, ascending, each once (empty when none). */
  private final int[][][] ranks;
  /** Per node and area, how many replications gave each of those ranks. */
  private final int[][][] counts;

  private RankHistogram(List<String> nodes, int areas, BitSet held, int[] had, int[][][] ranks, int[][][] counts) {
    this.nodes = List.copyOf(nodes);
    this.areas = areas;
    this.held = held;
    this.had = had;
    this.ranks = ranks;
    this.counts = counts;
  }

  /**
   * The counts of a block's table: each area's ranks counted in a tally over their span when the
   * span is short against the replications, else sorted (so that no area costs a pass over a span
   * as long as the areas), and kept once each with their counts.
   */
  static RankHistogram of(RankTable table) {
    int nodeCount = table.nodes().size();
    int n = table.areas();
    int reps = table.reps();
    int[][][] ranks = new int[nodeCount][n][];
    int[][][] counts = new int[nodeCount][n][];
    int[] had = new int[nodeCount];
    int[] row = new int[reps];
    int[] tally = new int[2 * n + 2];
    for (int k = 0; k < nodeCount; k++) {
      had[k] = table.replicationsWith(k);
      for (int i = 0; i < n; i++) {
        table.ranksOf(k, i, row);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int r = 0; r < reps; r++) {
          int v = row[r];
          if (v > 0) {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
        if (max == 0) {
          ranks[k][i] = new int[0];
          counts[k][i] = new int[0];
        } else if (RankReduction.bySorting(max - min, reps)) {
          sorted(row, reps, ranks[k], counts[k], i);
        } else {
          tallied(row, reps, min, max, tally, ranks[k], counts[k], i);
        }
      }
    }
    BitSet held = new BitSet();
    held.set(table.first(), table.first() + reps);
    return new RankHistogram(table.nodes(), n, held, had, ranks, counts);
  }

  /** An area's ranks (0 for none) sorted, then kept once each with their counts. */
  private static void sorted(int[] row, int reps, int[][] ranksOut, int[][] countsOut, int i) {
    Arrays.sort(row, 0, reps); // the replications without a rank (0) first
    int from = 0;
    while (row[from] == 0) {
      from++; // some rank is held: the caller saw one
    }
    int distinct = 0;
    for (int r = from; r < reps; r++) {
      distinct += r == from || row[r] != row[r - 1] ? 1 : 0;
    }
    int[] v = new int[distinct];
    int[] c = new int[distinct];
    for (int r = from, d = -1; r < reps; r++) {
      if (r == from || row[r] != row[r - 1]) {
        v[++d] = row[r];
      }
      c[d]++;
    }
    ranksOut[i] = v;
    countsOut[i] = c;
  }

  /** An area's ranks (0 for none) counted over their span {@code [min, max]} in {@code tally}, which is left at zero. */
  private static void tallied(int[] row, int reps, int min, int max, int[] tally, int[][] ranksOut, int[][] countsOut, int i) {
    int distinct = 0;
    for (int r = 0; r < reps; r++) {
      int v = row[r];
      if (v > 0) {
        distinct += tally[v]++ == 0 ? 1 : 0;
      }
    }
    int[] v = new int[distinct];
    int[] c = new int[distinct];
    for (int rank = min, d = 0; d < distinct; rank++) {
      if (tally[rank] > 0) {
        v[d] = rank;
        c[d++] = tally[rank];
        tally[rank] = 0;
      }
    }
    ranksOut[i] = v;
    countsOut[i] = c;
  }

  /** The numbers the summary holds for its ranks and counts, for the tests that bound its size. */
  long size() {
    long size = 0;
    for (int k = 0; k < nodes.size(); k++) {
      for (int i = 0; i < areas; i++) {
        size += ranks[k][i].length + counts[k][i].length;
      }
    }
    return size;
  }

  /**
   * The reported nodes, in the run's order.
   *
   * @return the node ids
   */
  public List<String> nodes() {
    return nodes;
  }

  /**
   * How many replications the summary holds.
   *
   * @return the count
   */
  public int replications() {
    return held.cardinality();
  }

  /**
   * The replications of both summaries: the counts added.
   *
   * @param other a summary of the same run's other replications
   * @return the merged summary; neither input changes
   * @throws InvalidInputException if the two report other nodes or another number of areas (they
   *     are not of one run), or hold a replication in common (it would count twice), naming the
   *     first such replication
   */
  public RankHistogram merge(RankHistogram other) {
    if (!nodes.equals(other.nodes) || areas != other.areas) {
      throw InvalidInputException.at("blocks", "cannot merge the summary of nodes " + nodes + " over " + areas
          + " areas with one of nodes " + other.nodes + " over " + other.areas + " areas: they are not of one run");
    }
    if (held.intersects(other.held)) {
      BitSet both = (BitSet) held.clone();
      both.and(other.held);
      throw InvalidInputException.at("blocks", "both summaries hold replication " + both.nextSetBit(0) + " (and "
          + (both.cardinality() - 1) + " more); each replication must be in one block only");
    }
    int[][][] mergedRanks = new int[nodes.size()][areas][];
    int[][][] merged = new int[nodes.size()][areas][];
    int[] mergedHad = new int[nodes.size()];
    for (int k = 0; k < nodes.size(); k++) {
      mergedHad[k] = had[k] + other.had[k];
      for (int i = 0; i < areas; i++) {
        mergeArea(ranks[k][i], counts[k][i], other.ranks[k][i], other.counts[k][i], mergedRanks[k], merged[k], i);
      }
    }
    BitSet union = (BitSet) held.clone();
    union.or(other.held);
    return new RankHistogram(nodes, areas, union, mergedHad, mergedRanks, merged);
  }

  /** One area's two ascending lists of ranks and counts merged into one, a rank in both counted once with the sum. */
  private static void mergeArea(int[] ra, int[] ca, int[] rb, int[] cb, int[][] ranksOut, int[][] countsOut, int i) {
    int distinct = ra.length + rb.length;
    for (int a = 0, b = 0; a < ra.length && b < rb.length; ) {
      if (ra[a] == rb[b]) {
        distinct--;
        a++;
        b++;
      } else if (ra[a] < rb[b]) {
        a++;
      } else {
        b++;
      }
    }
    int[] r = new int[distinct];
    int[] c = new int[distinct];
    int a = 0;
    int b = 0;
    for (int d = 0; d < distinct; d++) {
      if (b == rb.length || a < ra.length && ra[a] < rb[b]) {
        r[d] = ra[a];
        c[d] = ca[a++];
      } else if (a == ra.length || rb[b] < ra[a]) {
        r[d] = rb[b];
        c[d] = cb[b++];
      } else {
        r[d] = ra[a];
        c[d] = ca[a++] + cb[b++];
      }
    }
    ranksOut[i] = r;
    countsOut[i] = c;
  }

  /** Checks that the summary holds replications {@code [0, reps)} and no other. */
  void checkComplete(int reps) {
    int missing = held.nextClearBit(0);
    if (missing < reps || held.length() > reps) {
      throw InvalidInputException.at("blocks", "the merged summary holds " + held.cardinality() + " replications, but the"
          + " run has replications 0 to " + (reps - 1) + (missing < reps ? "; replication " + missing + " is missing"
          : "; replication " + (held.length() - 1) + " is not of the run"));
    }
  }

  /**
   * Node {@code k}'s statistics, by the same arithmetic as the whole-run table's reduction: the
   * order statistics are read off each area's counted ranks in one pass over them.
   */
  MonteCarlo.NodeRanks reduce(int k, double[] nominalScores, double[] nominalRanks, double[] percentiles, int topK) {
    int reps = replications();
    double[] mean = new double[areas];
    double[][] pct = new double[percentiles.length][areas];
    double[] top = new double[areas];
    int[] areaCounts = new int[areas];
    int[] full = RankReduction.positions(reps, percentiles);
    int[] found = new int[2 * percentiles.length];
    for (int i = 0; i < areas; i++) {
      RankReduction.counted(i, ranks[k][i], counts[k][i], reps, full, found, percentiles, topK, mean, pct, top, areaCounts);
    }
    return new MonteCarlo.NodeRanks(nominalScores, nominalRanks, mean, pct, top, areaCounts, had[k]);
  }

  @Override
  public String toString() {
    return "RankHistogram of nodes " + nodes + " over " + areas + " areas, " + replications() + " replications";
  }
}
