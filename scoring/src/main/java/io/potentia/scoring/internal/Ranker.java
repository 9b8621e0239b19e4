package io.potentia.scoring.internal;

import io.potentia.scoring.spi.TiePolicy;

/**
 * The one ranker of the library: ranks of many score vectors of one length, 1 = highest, with
 * scratch space reused from one vector to the next. One instance per thread. {@link #rank(double[],
 * int[])} breaks exact ties by position (as a stable argsort of the negated scores does); {@link
 * #rank(double[], TiePolicy, int[])} applies any {@link TiePolicy} and leaves NaN scores unranked.
 *
 * <p>Each score gets an integer key, its place between the maximum and the minimum on a scale of
 * {@code 2^b} steps, {@code key = (int) ((max - s) (2^b - 1) / (max - min))} in doubles, with
 * {@code b} eight bits more than numbering {@code n} scores needs, rounded up to a whole number of
 * passes and at most 30 (22 bits for 10,000 scores: 256 to 1,024 keys a score, so few scores share
 * one). Rounding is monotone, so a higher score never gets a higher key and equal scores always
 * share one. Sorting the positions by key (a stable radix sort of at most 11 bits a pass: one pass
 * up to 8 scores, two up to 16,384, three beyond) therefore orders them by score except within a
 * run of equal keys, and one pass orders each such run by the scores themselves (by insertion,
 * stably), which is where ties are seen. No precision is given up. Every loop is short and simple,
 * which matters as much as the operation count: a command-line run is over before the compiler has
 * finished with long methods. When the scores are bunched so that many share a key (an outlier far
 * from the rest), the insertion would be slow: past a budget of moves it gives way to a merge sort,
 * so the worst case stays O(n log n). Measured on the scores of workload U1 at size L (10,000
 * areas), about 160 µs a ranking, against 235 µs for the former bucket pass of {@code n} buckets
 * and its insertion pass over every score.
 */
public final class Ranker {
  private static final int MOVES_PER_SCORE = 8;
  private static final int INSERTION_LIMIT = 24;
  /** Bits of key beyond those that number the scores: at least 256 keys a score, so runs of equal keys are rare. */
  private static final int SPARE_KEY_BITS = 8;
  /** A pass's digit: at most 2,048 counters a pass, which stay in the first-level cache. */
  private static final int MAX_DIGIT_BITS = 11;
  /** The widest key: it and a position share a {@code long}, and the key's scale stays exact in a double. */
  private static final int MAX_KEY_BITS = 30;

  private final int n;
  /** Scratch for vectors with missing scores: made when first needed, as most rankings have none. */
  private double[] present;
  private int[] presentAt;
  /** Whether the last sort met two equal scores: the sort compares neighbours anyway, so it notes it. */
  private boolean tied;
  private final int passes;
  private final int digitBits;
  private final int keyBits;
  /** Per pass, a counter per digit value, then where that digit's next position goes. */
  private final int[] counts;
  /** Each score's key beside its position ({@code key << 32 | position}), then between passes. */
  private final long[] packed;
  /** The buffer a pass writes when another pass follows; null with one pass. */
  private final long[] spare;
  /** The positions by descending score after a sort. */
  private final int[] order;
  /** The key of each position of {@link #order}. */
  private final int[] orderKey;
  /** Scratch of the merge sort, made when first needed: only bunched scores need it. */
  private double[] sorted;
  private int[] merge;
  private double[] mergeScores;
  /** Whether the last sort gave the exact pass up for the merge sort. */
  private boolean mergeSorted;

  /**
   * Scratch space for vectors of {@code n} scores.
   *
   * @param n the vectors' length, at least 1
   */
  public Ranker(int n) {
    this.n = n;
    int wanted = Math.min(MAX_KEY_BITS, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)) + SPARE_KEY_BITS);
    this.passes = (wanted + MAX_DIGIT_BITS - 1) / MAX_DIGIT_BITS;
    this.digitBits = (wanted + passes - 1) / passes;
    this.keyBits = passes * digitBits;
    this.counts = new int[passes << digitBits];
    this.packed = new long[n];
    this.spare = passes > 1 ? new long[n] : null;
    this.order = new int[n];
    this.orderKey = new int[n];
  }

  /**
   * Writes the rank of each score.
   *
   * @param s the scores, {@code n} of them, none NaN (infinities rank first and last, -0.0 ties 0.0)
   * @param out receives the ranks, from 1
   * @throws IllegalArgumentException if a score is NaN
   */
  public void rank(double[] s, int[] out) {
    if (!sortDescending(s, n)) {
      throw new IllegalArgumentException("a score is NaN; rank(s, ties, doubled) leaves missing scores unranked");
    }
    for (int k = 0; k < n; k++) {
      out[order[k]] = k + 1;
    }
  }

  /**
   * Whether the last ranking gave the exact pass up for the merge sort, as scores bunched by an
   * outlier make it do; spread-out scores must not (the speed of the uncertainty analysis rests on
   * it). For tests.
   */
  boolean mergeSortedLast() {
    return mergeSorted;
  }

  /**
   * Leaves in {@code order[0..m)} the positions of {@code s[0..m)} by descending score, ties by
   * position; or sorts nothing and returns false when a score is NaN, which the pass that finds
   * the scores' extent sees on its way.
   */
  private boolean sortDescending(double[] s, int m) {
    tied = false;
    if (m == 0) {
      return true;
    }
    double min = s[0];
    double max = s[0];
    boolean missing = false;
    for (int i = 0; i < m; i++) {
      double v = s[i];
      missing |= v != v;
      // comparisons rather than Math.min and Math.max, which are calls until compiled
      if (v < min) {
        min = v;
      }
      if (v > max) {
        max = v;
      }
    }
    if (missing) {
      return false;
    }
    double scale = ((1L << keyBits) - 1) / (max - min);
    if (!Double.isFinite(scale)) {
      // all equal, or a range too narrow to scale (infinite scale) or not finite (NaN): one key, the
      // exact pass orders them; a range too wide gives a scale of 0, the same one key
      scale = 0;
    }
    radix(s, m, max, scale);
    mergeSorted = !settle(s, m, (long) MOVES_PER_SCORE * m);
    if (mergeSorted) {
      if (merge == null) {
        merge = new int[n];
        mergeScores = new double[n];
        sorted = new double[n];
      }
      for (int i = 0; i < m; i++) {
        order[i] = i;
        sorted[i] = s[i];
      }
      mergeSort(0, m);
    }
    return true;
  }

  /**
   * Orders the positions by key ({@code (int) ((max - s) scale)}) into {@link #order}, positions
   * ascending within a key, with each position's key in {@link #orderKey}: the keys beside their
   * positions and every pass's digit counts in one pass over the scores, then one placing pass per
   * digit, lowest digit first, each stable, the last into the order.
   */
  private void radix(double[] s, int m, double max, double scale) {
    int[] c = counts;
    java.util.Arrays.fill(c, 0);
    int db = digitBits;
    int mask = (1 << db) - 1;
    long[] from = packed;
    for (int i = 0; i < m; i++) {
      int k = (int) ((max - s[i]) * scale);
      from[i] = ((long) k << 32) | i;
      for (int d = 0; d < passes; d++) {
        c[(d << db) + ((k >>> (d * db)) & mask)]++;
      }
    }
    for (int d = 0; d < passes; d++) {
      int total = 0;
      for (int b = d << db, end = b + (1 << db); b < end; b++) {
        int count = c[b];
        c[b] = total;
        total += count;
      }
    }
    for (int d = 0; d < passes - 1; d++) {
      long[] to = from == packed ? spare : packed;
      int base = d << db;
      int shift = 32 + d * db;
      for (int j = 0; j < m; j++) {
        long p = from[j];
        to[c[base + ((int) (p >>> shift) & mask)]++] = p;
      }
      from = to;
    }
    int base = (passes - 1) << db;
    int shift = 32 + (passes - 1) * db;
    for (int j = 0; j < m; j++) {
      long p = from[j];
      int at = c[base + ((int) (p >>> shift) & mask)]++;
      order[at] = (int) p;
      orderKey[at] = (int) (p >>> 32);
    }
  }

  /**
   * Orders each run of equal keys in {@link #order} by descending score, stably, by insertion, and
   * notes whether two scores tie. Scores of different keys are already in order (strictly), so an
   * insertion stops at its run's start by itself, and a tie is always within a run.
   *
   * @return false if it gave up after {@code budget} moves; the caller then sorts afresh
   */
  private boolean settle(double[] s, int m, long budget) {
    long left = budget;
    for (int k = 1; k < m; k++) {
      if (orderKey[k] != orderKey[k - 1]) {
        continue;
      }
      int a = order[k];
      double v = s[a];
      int p = k - 1;
      while (p >= 0 && s[order[p]] < v) {
        order[p + 1] = order[p];
        p--;
        if (--left < 0) {
          return false;
        }
      }
      tied |= p >= 0 && s[order[p]] == v;
      order[p + 1] = a;
    }
    return true;
  }

  /**
   * Writes twice the rank of each score under a tie policy, so that averaged ties stay whole
   * numbers: 2 for the highest score, 2k for the k-th; a tie of the 2nd and 3rd gets 4 and 4
   * ({@link TiePolicy#MIN}), 6 and 6 (MAX), 5 and 5 (AVERAGE), 4 and 4 (DENSE) or 4 and 6 (FIRST).
   * A NaN score is not ranked: it gets 0, and the present scores are ranked among themselves.
   *
   * @param s the scores, {@code n} of them; NaN where missing, otherwise any value (infinities
   *     rank first and last, -0.0 ties 0.0)
   * @param ties how tied scores are ranked
   * @param doubled receives twice the ranks, 0 where the score is NaN
   */
  public void rank(double[] s, TiePolicy ties, int[] doubled) {
    rank(s, ties, doubled, 0, 1);
  }

  /**
   * As {@link #rank(double[], TiePolicy, int[])}, the doubled rank of score {@code i} written at
   * {@code doubled[offset + i * stride]}: one column of a block whose rows are areas, so that a
   * block of replications is filled without a copy of each rank vector.
   *
   * @param s the scores, {@code n} of them; NaN where missing, otherwise any value (infinities
   *     rank first and last, -0.0 ties 0.0)
   * @param ties how tied scores are ranked
   * @param doubled receives twice the ranks, 0 where the score is NaN; other cells are left alone
   * @param offset where score 0's rank goes, at least 0
   * @param stride the distance between the ranks of consecutive scores, at least 1
   * @throws IllegalArgumentException if the offset is negative or the stride below 1
   */
  public void rank(double[] s, TiePolicy ties, int[] doubled, int offset, int stride) {
    if (offset < 0 || stride < 1) {
      throw new IllegalArgumentException("offset " + offset + " and stride " + stride + ": the offset must be at least 0 and the stride at least 1");
    }
    if (sortDescending(s, n)) {
      // the usual case, no score missing: the scores are ranked in place, positions are their own
      if (ties == TiePolicy.FIRST || !tied) {
        // no two scores tie (or ties go by position), so every policy ranks alike: by position in the order
        for (int k = 0; k < n; k++) {
          doubled[offset + order[k] * stride] = 2 * (k + 1);
        }
      } else {
        assignRuns(s, n, null, ties, doubled, offset, stride);
      }
      return;
    }
    if (present == null) {
      present = new double[n];
      presentAt = new int[n];
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      double v = s[i];
      if (v == v) {
        present[m] = v;
        presentAt[m++] = i;
      } else {
        doubled[offset + i * stride] = 0;
      }
    }
    if (m == 0) {
      return;
    }
    sortDescending(present, m); // none is NaN: it sorts
    if (tied) {
      assignRuns(present, m, presentAt, ties, doubled, offset, stride);
    } else {
      for (int k = 0; k < m; k++) {
        doubled[offset + presentAt[order[k]] * stride] = 2 * (k + 1);
      }
    }
  }

  /**
   * Writes twice the rank of each of the {@code m} scores {@code s} in {@link #order}, runs of
   * equal scores ranked by the policy; {@code at} maps a position of {@code s} to the area's, or is
   * null when they are the same.
   */
  private void assignRuns(double[] s, int m, int[] at, TiePolicy ties, int[] doubled, int offset, int stride) {
    int dense = 0;
    for (int start = 0; start < m; ) {
      int end = start + 1;
      double v = s[order[start]];
      while (end < m && s[order[end]] == v) {
        end++;
      }
      dense++;
      for (int k = start; k < end; k++) {
        int area = at == null ? order[k] : at[order[k]];
        doubled[offset + area * stride] = switch (ties) {
          case FIRST -> 2 * (k + 1);
          case MIN -> 2 * (start + 1);
          case MAX -> 2 * end;
          case AVERAGE -> start + 1 + end;
          case DENSE -> 2 * dense;
        };
      }
      start = end;
    }
  }

  /** Insertion-sorts {@code order[lo..hi)} and {@code sorted[lo..hi)} together by descending score, stably: the merge sort's short runs. */
  private void insertion(int lo, int hi) {
    for (int k = lo + 1; k < hi; k++) {
      int a = order[k];
      double v = sorted[k];
      int p = k - 1;
      while (p >= lo && sorted[p] < v) {
        order[p + 1] = order[p];
        sorted[p + 1] = sorted[p];
        p--;
      }
      tied |= p >= lo && sorted[p] == v;
      order[p + 1] = a;
      sorted[p + 1] = v;
    }
  }

  /** Orders {@code order[lo..hi)} and {@code sorted[lo..hi)} together by descending score, stably. */
  private void mergeSort(int lo, int hi) {
    if (hi - lo <= INSERTION_LIMIT) {
      insertion(lo, hi);
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(lo, mid);
    mergeSort(mid, hi);
    if (sorted[mid - 1] >= sorted[mid]) {
      tied |= sorted[mid - 1] == sorted[mid];
      return; // already in order
    }
    System.arraycopy(order, lo, merge, lo, hi - lo);
    System.arraycopy(sorted, lo, mergeScores, lo, hi - lo);
    int a = lo;
    int b = mid;
    for (int k = lo; k < hi; k++) {
      // the left run wins ties: it holds the earlier positions
      if (a < mid && b < hi && mergeScores[a] == mergeScores[b]) {
        tied = true;
      }
      boolean left = b >= hi || (a < mid && mergeScores[a] >= mergeScores[b]);
      int from = left ? a++ : b++;
      order[k] = merge[from];
      sorted[k] = mergeScores[from];
    }
  }
}
