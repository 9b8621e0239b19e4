package io.potentia.scoring.analysis.uncertainty;

import io.potentia.core.InvalidInputException;
import java.io.Serializable;
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
 * <p>Its size grows with the areas and the span of ranks each area takes, never with the
 * replications: per area only the counts from its lowest to its highest rank are kept.
 * Serializable, so that a cluster's executors can send it back to the driver.
 */
public final class RankHistogram implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The reported nodes, in the run's order. */
  private final List<String> nodes;
  /** The number of areas. */
  private final int areas;
  /** The replications the summary holds. */
  private final BitSet held;
  /** Per node, how many of those replications had it. */
  private final int[] had;
  /** Per node and area, the lowest doubled rank counted (0 when none). */
  private final int[][] low;
  /** Per node and area, the counts of doubled ranks {@code low, low + 1, ...}. */
  private final int[][][] counts;

  private RankHistogram(List<String> nodes, int areas, BitSet held, int[] had, int[][] low, int[][][] counts) {
    this.nodes = List.copyOf(nodes);
    this.areas = areas;
    this.held = held;
    this.had = had;
    this.low = low;
    this.counts = counts;
  }

  /** The counts of a block's table. */
  static RankHistogram of(RankTable table) {
    int nodeCount = table.nodes().size();
    int n = table.areas();
    int reps = table.reps();
    int[][] low = new int[nodeCount][n];
    int[][][] counts = new int[nodeCount][n][];
    int[] had = new int[nodeCount];
    for (int k = 0; k < nodeCount; k++) {
      had[k] = table.replicationsWith(k);
      int[] ranks = new int[reps];
      for (int i = 0; i < n; i++) {
        table.ranksOf(k, i, ranks);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int r = 0; r < reps; r++) {
          int v = ranks[r];
          if (v > 0) {
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
        }
        if (max == 0) {
          counts[k][i] = new int[0];
          continue;
        }
        int[] c = new int[max - min + 1];
        for (int r = 0; r < reps; r++) {
          int v = ranks[r];
          if (v > 0) {
            c[v - min]++;
          }
        }
        low[k][i] = min;
        counts[k][i] = c;
      }
    }
    BitSet held = new BitSet();
    held.set(table.first(), table.first() + reps);
    return new RankHistogram(table.nodes(), n, held, had, low, counts);
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
    int[][] mergedLow = new int[nodes.size()][areas];
    int[][][] merged = new int[nodes.size()][areas][];
    int[] mergedHad = new int[nodes.size()];
    for (int k = 0; k < nodes.size(); k++) {
      mergedHad[k] = had[k] + other.had[k];
      for (int i = 0; i < areas; i++) {
        int[] a = counts[k][i];
        int[] b = other.counts[k][i];
        if (a.length == 0 || b.length == 0) {
          boolean useA = b.length == 0;
          mergedLow[k][i] = useA ? low[k][i] : other.low[k][i];
          merged[k][i] = (useA ? a : b).clone();
          continue;
        }
        int lo = Math.min(low[k][i], other.low[k][i]);
        int hi = Math.max(low[k][i] + a.length, other.low[k][i] + b.length);
        int[] c = new int[hi - lo];
        for (int j = 0; j < a.length; j++) {
          c[low[k][i] - lo + j] += a[j];
        }
        for (int j = 0; j < b.length; j++) {
          c[other.low[k][i] - lo + j] += b[j];
        }
        mergedLow[k][i] = lo;
        merged[k][i] = c;
      }
    }
    BitSet union = (BitSet) held.clone();
    union.or(other.held);
    return new RankHistogram(nodes, areas, union, mergedHad, mergedLow, merged);
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

  /** Node {@code k}'s statistics, by the same reduction as the whole-run table. */
  MonteCarlo.NodeRanks reduce(int k, double[] nominalScores, double[] nominalRanks, double[] percentiles, int topK,
      io.potentia.scoring.spi.TiePolicy ties) {
    int step = ties == io.potentia.scoring.spi.TiePolicy.AVERAGE ? 1 : 2;
    int reps = replications();
    double[] mean = new double[areas];
    double[][] pct = new double[percentiles.length][areas];
    double[] top = new double[areas];
    int[] areaCounts = new int[areas];
    int[] full = RankReduction.positions(reps, percentiles);
    int[] tally = new int[2 * areas + 2];
    int[] found = new int[2 * percentiles.length];
    int topDoubled = 2 * topK;
    for (int i = 0; i < areas; i++) {
      int[] c = counts[k][i];
      long sum = 0;
      int inTop = 0;
      int count = 0;
      int min = Integer.MAX_VALUE;
      int max = 0;
      for (int j = 0; j < c.length; j++) {
        if (c[j] == 0) {
          continue;
        }
        int v = low[k][i] + j;
        tally[v] = c[j];
        sum += (long) v * c[j];
        inTop += v <= topDoubled ? c[j] : 0;
        count += c[j];
        min = Math.min(min, v);
        max = v;
      }
      RankReduction.summarise(i, tally, count, sum, inTop, min, max, reps, full, found, percentiles, step, mean, pct, top,
          areaCounts);
    }
    return new MonteCarlo.NodeRanks(nominalScores, nominalRanks, mean, pct, top, areaCounts, had[k]);
  }

  @Override
  public String toString() {
    return "RankHistogram of nodes " + nodes + " over " + areas + " areas, " + replications() + " replications";
  }
}
