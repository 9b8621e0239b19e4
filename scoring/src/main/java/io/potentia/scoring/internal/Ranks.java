package io.potentia.scoring.internal;

import io.potentia.scoring.TiePolicy;
import java.util.Arrays;

/** Ranks of values with a declared tie policy; NaN values get NaN ranks. Primitive arrays only. */
public final class Ranks {
  private Ranks() {}

  /**
   * Ranks values so that rank 1 is the largest ({@code descending}) or the smallest.
   *
   * @param x the values; NaN marks missing
   * @param descending whether the largest value ranks first
   * @param ties how tied values are ranked
   * @return ranks from 1, NaN where {@code x} is NaN
   */
  public static double[] rank(double[] x, boolean descending, TiePolicy ties) {
    int n = x.length;
    // sort (key, index) pairs: the key orders best first; equal keys keep their positions
    double[] keys = new double[n];
    int present = 0;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(x[i])) {
        keys[present] = descending ? -x[i] : x[i];
        order[present] = i;
        present++;
      }
    }
    sortByKey(keys, order, present);
    double[] ranks = new double[n];
    Arrays.fill(ranks, Double.NaN);
    int dense = 0;
    int i = 0;
    while (i < present) {
      int j = i;
      while (j + 1 < present && keys[j + 1] == keys[i]) {
        j++;
      }
      dense++;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = switch (ties) {
          case AVERAGE -> (i + j) / 2.0 + 1;
          case MIN -> i + 1;
          case MAX -> j + 1;
          case DENSE -> dense;
          case FIRST -> k + 1;
        };
      }
      i = j + 1;
    }
    return ranks;
  }

  /** Sorts the first {@code n} keys ascending, carrying the indices, stable for equal keys. */
  private static void sortByKey(double[] keys, int[] index, int n) {
    // merge sort: stable, O(n log n), no boxing
    double[] k2 = new double[n];
    int[] i2 = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int a = lo;
        int b = mid;
        int t = lo;
        while (a < mid && b < hi) {
          if (Double.compare(keys[b], keys[a]) < 0) {
            k2[t] = keys[b];
            i2[t++] = index[b++];
          } else {
            k2[t] = keys[a];
            i2[t++] = index[a++];
          }
        }
        while (a < mid) {
          k2[t] = keys[a];
          i2[t++] = index[a++];
        }
        while (b < hi) {
          k2[t] = keys[b];
          i2[t++] = index[b++];
        }
      }
      System.arraycopy(k2, 0, keys, 0, n);
      System.arraycopy(i2, 0, index, 0, n);
    }
  }
}
