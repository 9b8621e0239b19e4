package io.potentia.scoring.analysis;

/**
 * Ranks of many score vectors of one length, 1 = highest, exact ties broken by position (as a
 * stable argsort of the negated scores breaks them), with scratch space reused from one vector to
 * the next. One instance per thread.
 *
 * <p>Two passes of a radix sort on a 22-bit key, the score's place between the maximum and the
 * minimum, put the scores in nearly the final order; one insertion pass that compares the scores
 * themselves then corrects the few that share a key. No precision is given up, and the branches
 * are predictable. When the scores are bunched so that many share a key (an outlier far from the
 * rest), the insertion pass would be slow: past a budget of moves it gives way to a merge sort, so
 * the worst case stays O(n log n).
 */
final class DescendingRanks {
  private static final int DIGIT = 11;
  private static final int KEY_BITS = 2 * DIGIT;
  private static final int MOVES_PER_SCORE = 8;
  private static final int INSERTION_LIMIT = 24;

  private final int n;
  private final long[] keys;
  private final long[] scratch;
  private final int[] counts = new int[1 << DIGIT];
  private final int[] order;
  private final int[] merge;

  /**
   * Scratch space for vectors of {@code n} scores.
   *
   * @param n the vectors' length, at least 1
   */
  DescendingRanks(int n) {
    this.n = n;
    this.keys = new long[n];
    this.scratch = new long[n];
    this.order = new int[n];
    this.merge = new int[n];
  }

  /**
   * Writes the rank of each score.
   *
   * @param s the scores, all finite, {@code n} of them
   * @param out receives the ranks, from 1
   */
  void rank(double[] s, int[] out) {
    double min = s[0];
    double max = s[0];
    for (int i = 1; i < n; i++) {
      double v = s[i];
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double scale = ((1 << KEY_BITS) - 1) / (max - min);
    if (!Double.isFinite(scale)) {
      scale = 0; // all equal, or a range too narrow or too wide to scale: one key, the exact pass orders them
    }
    for (int i = 0; i < n; i++) {
      keys[i] = ((long) ((max - s[i]) * scale) << 32) | i;
    }
    long[] sorted = radixPass(radixPass(keys, 32), 32 + DIGIT);
    for (int k = 0; k < n; k++) {
      order[k] = (int) sorted[k];
    }
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

  /** One stable counting-sort pass on the digit at {@code shift}; returns the array that holds the result. */
  private long[] radixPass(long[] src, int shift) {
    long[] dst = src == keys ? scratch : keys;
    java.util.Arrays.fill(counts, 0);
    int mask = (1 << DIGIT) - 1;
    for (int i = 0; i < n; i++) {
      counts[(int) (src[i] >>> shift) & mask]++;
    }
    int sum = 0;
    for (int d = 0; d <= mask; d++) {
      int c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (int i = 0; i < n; i++) {
      long k = src[i];
      dst[counts[(int) (k >>> shift) & mask]++] = k;
    }
    return dst;
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
