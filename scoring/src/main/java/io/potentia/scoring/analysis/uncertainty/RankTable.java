package io.potentia.scoring.analysis.uncertainty;

import java.util.List;

/**
 * Every replication's ranks of the reported nodes, area-major ({@code n} areas, {@code R}
 * replications: area {@code i}'s ranks at node {@code k} are {@code ranks[k][i R .. i R + R)}), as
 * twice the rank so that averaged ties stay whole numbers, 0 where the area has no rank (its node
 * left out, or no score) in that replication.
 */
final class RankTable {
  private final List<String> nodes;
  private final int first;
  private final int areas;
  private final int reps;
  private final int[][] ranks;
  private final java.util.concurrent.atomic.AtomicIntegerArray had;

  RankTable(List<String> nodes, int areas, int reps) {
    this(nodes, areas, 0, reps);
  }

  /** The table of replications {@code [first, first + reps)}, a block of a run; column {@code r} holds replication {@code first + r}. */
  RankTable(List<String> nodes, int areas, int first, int reps) {
    long cells = (long) areas * reps;
    if (cells > Integer.MAX_VALUE - 8) {
      throw io.potentia.core.InvalidInputException.at("replications", areas + " areas x " + reps + " replications is "
          + cells + " ranks per node; at most " + (Integer.MAX_VALUE - 8) + " fit: run fewer replications");
    }
    // checked before allocating: a table that cannot fit would fail with OutOfMemoryError after minutes of work
    long bytes = 4 * cells * nodes.size();
    long free = Runtime.getRuntime().maxMemory() - (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory());
    if (bytes > free) {
      throw io.potentia.core.InvalidInputException.at("replications", String.format(java.util.Locale.ROOT,
          "%d areas x %d replications x %d nodes need %.1f GB for their ranks, and this run may use about %.1f GB"
              + " more: run fewer replications or report fewer nodes, or give the JVM more memory (-Xmx, or"
              + " POTENTIA_JAVA_OPTS=-Xmx16g for bin/potentia)", areas, reps, nodes.size(), bytes / 1e9, free / 1e9));
    }
    this.nodes = List.copyOf(nodes);
    this.first = first;
    this.areas = areas;
    this.reps = reps;
    this.ranks = new int[nodes.size()][(int) cells];
    this.had = new java.util.concurrent.atomic.AtomicIntegerArray(nodes.size());
  }

  List<String> nodes() {
    return nodes;
  }

  /** The run's index of the table's first replication. */
  int first() {
    return first;
  }

  int areas() {
    return areas;
  }

  int reps() {
    return reps;
  }

  int[] node(int k) {
    return ranks[k];
  }

  /** How many replications had node {@code k}. */
  int replicationsWith(int k) {
    return had.get(k);
  }

  /** Counts {@code count} more replications that had node {@code k}, for a path that fills the table itself. */
  void had(int k, int count) {
    had.addAndGet(k, count);
  }

  /** Replication {@code r}'s ranks at node {@code k}, NaN where an area has none. */
  void put(int k, int r, double[] ranksOfAreas) {
    had.incrementAndGet(k);
    int[] table = ranks[k];
    for (int i = 0; i < areas; i++) {
      double v = ranksOfAreas[i];
      table[i * reps + r] = v == v ? (int) Math.round(2 * v) : 0;
    }
  }
}
