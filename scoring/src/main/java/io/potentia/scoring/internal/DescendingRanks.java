package io.potentia.scoring.internal;

/**
 * Ranks of many score vectors of one length, 1 = highest, exact ties broken by position (as a
 * stable argsort of the negated scores breaks them), with scratch space reused from one vector to
 * the next. One instance per thread.
 *
 * <p>One counting-sort pass puts each score in one of {@code B} buckets by its place between the
 * maximum and the minimum ({@code B} the power of two at or above {@code n}, so about one score per
 * bucket), and one insertion pass that compares the scores themselves orders each bucket. No
 * precision is given up, and every loop is short and simple, which matters as much as the
 * operation count: a command-line run is over before the compiler has finished with long methods.
 * When the scores are bunched so that many share a bucket (an outlier far from the rest), the
 * insertion pass would be slow: past a budget of moves it gives way to a merge sort, so the worst
 * case stays O(n log n).
 */
public final class DescendingRanks {
  private static final int MAX_BUCKET_BITS = 20;
  private static final int MOVES_PER_SCORE = 8;
  private static final int INSERTION_LIMIT = 24;

  private final int n;
  private final int[] buckets;
  private final int[] counts;
  private final int[] order;
  private final int[] merge;

  /**
   * Scratch space for vectors of {@code n} scores.
   *
   * @param n the vectors' length, at least 1
   */
  public DescendingRanks(int n) {
    this.n = n;
    int bits = Math.min(MAX_BUCKET_BITS, 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1)));
    this.counts = new int[(1 << bits) + 1];
    this.buckets = new int[n];
    this.order = new int[n];
    this.merge = new int[n];
  }

  /**
   * Writes the rank of each score.
   *
   * @param s the scores, all finite, {@code n} of them
   * @param out receives the ranks, from 1
   */
  public void rank(double[] s, int[] out) {
    double min = s[0];
    double max = s[0];
    for (int i = 1; i < n; i++) {
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
    bucketSort(s, max, scale);
    if (!insertion(s, 0, n, (long) MOVES_PER_SCORE * n)) {
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      mergeSort(s, 0, n);
    }
    for (int k = 0; k < n; k++) {
      out[order[k]] = k + 1;
    }
  }

  /**
   * Orders the positions by bucket, highest scores first, positions ascending within a bucket:
   * bucket {@code floor((max - s) scale)}, counted, summed, then placed.
   */
  private void bucketSort(double[] s, double max, double scale) {
    java.util.Arrays.fill(counts, 0);
    for (int i = 0; i < n; i++) {
      int b = (int) ((max - s[i]) * scale);
      buckets[i] = b;
      counts[b + 1]++;
    }
    for (int b = 1; b < counts.length; b++) {
      counts[b] += counts[b - 1];
    }
    for (int i = 0; i < n; i++) {
      order[counts[buckets[i]]++] = i;
    }
  }

  /**
   * Insertion-sorts {@code order[lo..hi)} by descending score, stably.
   *
   * @return false if it gave up after {@code budget} moves, leaving {@code order} a permutation
   */
  private boolean insertion(double[] s, int lo, int hi, long budget) {
    long left = budget;
    for (int k = lo + 1; k < hi; k++) {
      int a = order[k];
      double v = s[a];
      int p = k - 1;
      while (p >= lo && s[order[p]] < v) {
        order[p + 1] = order[p];
        p--;
        if (--left < 0) {
          order[p + 1] = a;
          return false;
        }
      }
      order[p + 1] = a;
    }
    return true;
  }

  /** Orders {@code order[lo..hi)} by descending score, stably. */
  private void mergeSort(double[] s, int lo, int hi) {
    if (hi - lo <= INSERTION_LIMIT) {
      insertion(s, lo, hi, Long.MAX_VALUE);
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(s, lo, mid);
    mergeSort(s, mid, hi);
    if (s[order[mid - 1]] >= s[order[mid]]) {
      return; // already in order
    }
    System.arraycopy(order, lo, merge, lo, hi - lo);
    int a = lo;
    int b = mid;
    for (int k = lo; k < hi; k++) {
      // the left run wins ties: it holds the earlier positions
      if (b >= hi || (a < mid && s[merge[a]] >= s[merge[b]])) {
        order[k] = merge[a++];
      } else {
        order[k] = merge[b++];
      }
    }
  }
}
