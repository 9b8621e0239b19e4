package io.potentia.scoring.analysis.uncertainty;

import java.util.List;

/**
 * Every replication's ranks of the reported nodes, area-major ({@code n} areas, {@code R}
 * replications: area {@code i}'s ranks at node {@code k} are cells {@code i R .. i R + R}), as
 * twice the rank so that averaged ties stay whole numbers, 0 where the area has no rank (its node
 * left out, or no score) in that replication.
 *
 * <p>Up to {@value #NARROW_AREAS} areas a doubled rank fits 16 bits and a cell takes two bytes,
 * otherwise four: the table is the run's largest array (200 MB in four-byte cells at workload U1's
 * size L, 10,000 areas and 5,000 replications), so this halves the memory a run needs for its
 * replications, and the memory that the machine has to fault in and zero, that the kernel writes
 * and that the reduction reads.
 */
final class RankTable {
  private final List<String> nodes;
  private final int first;
  private final int areas;
  private final int reps;
  /** The cells, two bytes each, when the doubled ranks fit ({@code areas <= NARROW_AREAS}); else null. */
  private final char[][] narrow;
  /** The cells, four bytes each, when they do not; else null. */
  private final int[][] wide;
  private final java.util.concurrent.atomic.AtomicIntegerArray had;

  /** The most areas whose doubled ranks (up to twice the count of areas) fit in a {@code char}. */
  static final int NARROW_AREAS = Character.MAX_VALUE / 2;

  RankTable(List<String> nodes, int areas, int reps) {
    this(nodes, areas, 0, reps);
  }

  /** The table of replications {@code [first, first + reps)}, a block of a run; column {@code r} holds replication {@code first + r}. */
  RankTable(List<String> nodes, int areas, int first, int reps) {
    this(nodes, areas, first, reps, areas <= NARROW_AREAS);
  }

  /** As above, with two-byte cells only if {@code narrow}: both layouts for the tests, which must agree. */
  RankTable(List<String> nodes, int areas, int first, int reps, boolean narrow) {
    if (narrow && areas > NARROW_AREAS) {
      throw new IllegalArgumentException(areas + " areas' doubled ranks do not fit two bytes");
    }
    long cells = (long) areas * reps;
    if (cells > Integer.MAX_VALUE - 8) {
      throw io.potentia.core.InvalidInputException.at("replications", areas + " areas x " + reps + " replications is "
          + cells + " ranks per node; at most " + (Integer.MAX_VALUE - 8) + " fit: run fewer replications");
    }
    // checked before allocating: a table that cannot fit would fail with OutOfMemoryError after minutes of work
    long bytes = (narrow ? 2 : 4) * cells * nodes.size();
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
    this.narrow = narrow ? new char[nodes.size()][(int) cells] : null;
    this.wide = narrow ? null : new int[nodes.size()][(int) cells];
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

  /** Whether a cell takes two bytes. */
  boolean narrow() {
    return narrow != null;
  }

  /** Area {@code i}'s doubled ranks at node {@code k}, one per replication, into {@code into[0..reps)}. */
  void ranksOf(int k, int i, int[] into) {
    int from = i * reps;
    if (narrow != null) {
      char[] cells = narrow[k];
      for (int r = 0; r < reps; r++) {
        into[r] = cells[from + r];
      }
    } else {
      System.arraycopy(wide[k], from, into, 0, reps);
    }
  }

  /** Node {@code k}'s doubled ranks, area-major, as a copy in four-byte cells: for the tests. */
  int[] node(int k) {
    int[] all = new int[areas * reps];
    int[] row = new int[reps];
    for (int i = 0; i < areas; i++) {
      ranksOf(k, i, row);
      System.arraycopy(row, 0, all, i * reps, reps);
    }
    return all;
  }

  /**
   * Columns {@code [column, column + width)} of the table at node {@code k} (the table's own
   * columns, from 0; not the run's replication numbers), from a block that holds them area-major:
   * area {@code i}'s {@code width} doubled ranks at {@code block[i width ..]}. Unlike {@link #put},
   * it does not count the replications as having the node: its caller says how many did ({@link
   * #had}).
   */
  void putBlock(int k, int[] block, int width, int column) {
    if (narrow != null) {
      char[] cells = narrow[k];
      for (int i = 0; i < areas; i++) {
        int to = i * reps + column;
        int from = i * width;
        for (int b = 0; b < width; b++) {
          cells[to + b] = (char) block[from + b];
        }
      }
    } else {
      int[] cells = wide[k];
      for (int i = 0; i < areas; i++) {
        System.arraycopy(block, i * width, cells, i * reps + column, width);
      }
    }
  }

  /** How many replications had node {@code k}. */
  int replicationsWith(int k) {
    return had.get(k);
  }

  /** Counts {@code count} more replications that had node {@code k}, for a path that fills the table itself. */
  void had(int k, int count) {
    had.addAndGet(k, count);
  }

  /** Replication {@code r}'s ranks at node {@code k}, NaN where an area has none: a block one column wide. */
  void put(int k, int r, double[] ranksOfAreas) {
    had.incrementAndGet(k);
    int[] doubled = new int[areas];
    for (int i = 0; i < areas; i++) {
      double v = ranksOfAreas[i];
      doubled[i] = v == v ? (int) Math.round(2 * v) : 0;
    }
    putBlock(k, doubled, 1, r);
  }
}
