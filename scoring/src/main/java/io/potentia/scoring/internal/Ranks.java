package io.potentia.scoring.internal;

import io.potentia.scoring.spi.TiePolicy;
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
    if (ties == TiePolicy.FIRST) {
      return rankByPosition(x, descending);
    }
    int n = x.length;
    // sort the present keys (best first) once, then find each value's run of equals by binary search
    double[] sorted = new double[n];
    int present = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        sorted[present++] = descending ? -v : v;
      }
    }
    sorted = Arrays.copyOf(sorted, present);
    Arrays.sort(sorted);
    int[] denseBefore = null;
    if (ties == TiePolicy.DENSE) {
      denseBefore = new int[present];
      for (int i = 1; i < present; i++) {
        denseBefore[i] = denseBefore[i - 1] + (sorted[i] == sorted[i - 1] ? 0 : 1);
      }
    }
    double[] ranks = new double[n];
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(x[i])) {
        ranks[i] = Double.NaN;
        continue;
      }
      double key = descending ? -x[i] : x[i];
      int first = lowerBound(sorted, key);
      ranks[i] = switch (ties) {
        case MIN -> first + 1;
        case MAX -> upperBound(sorted, key);
        case AVERAGE -> (first + 1 + upperBound(sorted, key)) / 2.0;
        case DENSE -> denseBefore[first] + 1;
        case FIRST -> throw new IllegalStateException("handled above");
      };
    }
    return ranks;
  }

  /** The first position whose key is not below {@code key} (keys compare with ==, so -0.0 ties 0.0). */
  private static int lowerBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first position whose key is above {@code key}. */
  private static int upperBound(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static double[] rankByPosition(double[] x, boolean descending) {
    int n = x.length;
    double[] keys = new double[n];
    int[] order = new int[n];
    int present = 0;
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
    for (int k = 0; k < present; k++) {
      ranks[order[k]] = k + 1;
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
          if (keys[b] < keys[a]) { // not Double.compare: -0.0 ties 0.0, as in the other policies
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
