package io.potentia.scoring.internal;

import io.potentia.scoring.spi.TiePolicy;

/**
 * The one ranker of the library: ranks of many score vectors of one length, 1 = highest, with
 * scratch space reused from one vector to the next. One instance per thread. {@link #rank(double[],
 * int[])} breaks exact ties by position (as a stable argsort of the negated scores does); {@link
 * #rank(double[], TiePolicy, int[])} applies any {@link TiePolicy} and leaves NaN scores unranked.
 *
 * <p>One counting-sort pass puts each score in one of {@code B} buckets by its place between the
 * maximum and the minimum ({@code B} the power of two at or above {@code n}, so about one score per
 * bucket), copying the scores into bucket order beside their positions, and one insertion pass over
 * that copy, which compares the scores themselves, orders each bucket; the pass reads the copy in
 * sequence rather than the scores through their positions (measured: a rank of 10,000 normally
 * distributed scores took about 157 µs rather than 170 µs). No
 * precision is given up, and every loop is short and simple, which matters as much as the
 * operation count: a command-line run is over before the compiler has finished with long methods.
 * When the scores are bunched so that many share a bucket (an outlier far from the rest), the
 * insertion pass would be slow: past a budget of moves it gives way to a merge sort, so the worst
 * case stays O(n log n).
 */
public final class Ranker {
  private static final int MAX_BUCKET_BITS = 20;
  private static final int MOVES_PER_SCORE = 8;
  private static final int INSERTION_LIMIT = 24;

  private final int n;
  /** Scratch for vectors with missing scores and for the merge sort: made when first needed, as most rankings need neither. */
  private double[] present;
  private int[] presentAt;
  /** Whether the last sort met two equal scores: the sort compares neighbours anyway, so it notes it. */
  private boolean tied;
  private final int[] buckets;
  private final int[] counts;
  private final int[] order;
  /** The scores in the order of {@link #order}: {@code sorted[k] == s[order[k]]} after a sort. */
  private final double[] sorted;
  private int[] merge;
  private double[] mergeScores;

  /**
   * Scratch space for vectors of {@code n} scores.
   *
   * @param n the vectors' length, at least 1
   */
  public Ranker(int n) {
    this.n = n;
    int bits = Math.min(MAX_BUCKET_BITS, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
    this.counts = new int[(1 << bits) + 1];
    this.buckets = new int[n];
    this.order = new int[n];
    this.sorted = new double[n];
  }

  /**
   * Writes the rank of each score.
   *
   * @param s the scores, all finite, {@code n} of them
   * @param out receives the ranks, from 1
   */
  public void rank(double[] s, int[] out) {
    sortDescending(s, n);
    for (int k = 0; k < n; k++) {
      out[order[k]] = k + 1;
    }
  }

  /** Leaves in {@code order[0..m)} the positions of {@code s[0..m)} by descending score, ties by position. */
  private void sortDescending(double[] s, int m) {
    tied = false;
    double min = s[0];
    double max = s[0];
    for (int i = 1; i < m; i++) {
      double v = s[i];
      // comparisons rather than Math.min and Math.max, which are calls until compiled
      if (v < min) {
        min = v;
      }
      if (v > max) {
        max = v;
      }
    }
    int last = counts.length - 2;
    double scale = last / (max - min);
    if (!Double.isFinite(scale) || !Double.isFinite(max - min)) {
      scale = 0; // all equal, or a range too narrow or too wide to scale: one bucket, the exact pass orders them
    }
    bucketSort(s, m, max, scale);
    if (!insertion(0, m, (long) MOVES_PER_SCORE * m)) {
      for (int i = 0; i < m; i++) {
        order[i] = i;
        sorted[i] = s[i];
      }
      if (merge == null) {
        merge = new int[n];
        mergeScores = new double[n];
      }
      mergeSort(0, m);
    }
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
    boolean missing = false;
    for (int i = 0; i < n; i++) {
      missing |= s[i] != s[i];
    }
    if (!missing && n > 0) {
      // the usual case: the scores are ranked in place, positions are their own
      sortDescending(s, n);
      if (ties == TiePolicy.FIRST || !tied) {
        // no two scores tie (or ties go by position), so every policy ranks alike: by position in the order
        for (int k = 0; k < n; k++) {
          doubled[offset + order[k] * stride] = 2 * (k + 1);
        }
      } else {
        assignRuns(n, null, ties, doubled, offset, stride);
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
    sortDescending(present, m);
    if (tied) {
      assignRuns(m, presentAt, ties, doubled, offset, stride);
    } else {
      for (int k = 0; k < m; k++) {
        doubled[offset + presentAt[order[k]] * stride] = 2 * (k + 1);
      }
    }
  }

  /**
   * Writes twice the rank of each of the {@code m} sorted scores ({@code sorted}), runs of equal
   * scores ranked by the policy; {@code at} maps a sorted position to the area's, or is null when
   * they are the same.
   */
  private void assignRuns(int m, int[] at, TiePolicy ties, int[] doubled, int offset, int stride) {
    int dense = 0;
    for (int start = 0; start < m; ) {
      int end = start + 1;
      double v = sorted[start];
      while (end < m && sorted[end] == v) {
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

  /**
   * Orders the positions by bucket, highest scores first, positions ascending within a bucket:
   * bucket {@code floor((max - s) scale)}, counted, summed, then placed, each score beside its
   * position.
   */
  private void bucketSort(double[] s, int m, double max, double scale) {
    java.util.Arrays.fill(counts, 0);
    for (int i = 0; i < m; i++) {
      int b = (int) ((max - s[i]) * scale);
      buckets[i] = b;
      counts[b + 1]++;
    }
    for (int b = 1; b < counts.length; b++) {
      counts[b] += counts[b - 1];
    }
    for (int i = 0; i < m; i++) {
      int k = counts[buckets[i]]++;
      order[k] = i;
      sorted[k] = s[i];
    }
  }

  /**
   * Insertion-sorts {@code order[lo..hi)} and {@code sorted[lo..hi)} together by descending score,
   * stably.
   *
   * @return false if it gave up after {@code budget} moves, leaving {@code order} a permutation
   */
  private boolean insertion(int lo, int hi, long budget) {
    long left = budget;
    for (int k = lo + 1; k < hi; k++) {
      int a = order[k];
      double v = sorted[k];
      int p = k - 1;
      while (p >= lo && sorted[p] < v) {
        order[p + 1] = order[p];
        sorted[p + 1] = sorted[p];
        p--;
        if (--left < 0) {
          order[p + 1] = a;
          sorted[p + 1] = v;
          return false;
        }
      }
      // equal scores share a bucket, and the one before is where the pass stopped: a tie is seen here
      tied |= p >= lo && sorted[p] == v;
      order[p + 1] = a;
      sorted[p + 1] = v;
    }
    return true;
  }

  /** Orders {@code order[lo..hi)} and {@code sorted[lo..hi)} together by descending score, stably. */
  private void mergeSort(int lo, int hi) {
    if (hi - lo <= INSERTION_LIMIT) {
      insertion(lo, hi, Long.MAX_VALUE);
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
