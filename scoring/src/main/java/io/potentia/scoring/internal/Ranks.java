package io.potentia.scoring.internal;

import io.potentia.scoring.TiePolicy;
import java.util.Arrays;
import java.util.Comparator;

/** Ranks of values with a declared tie policy; NaN values get NaN ranks. */
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
    Integer[] order = new Integer[n];
    int present = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(x[i])) {
        order[present++] = i;
      }
    }
    Integer[] idx = Arrays.copyOf(order, present);
    Comparator<Integer> byValue = (a, b) -> descending ? Double.compare(x[b], x[a]) : Double.compare(x[a], x[b]);
    Arrays.sort(idx, byValue.thenComparing(Comparator.naturalOrder()));
    double[] ranks = new double[n];
    Arrays.fill(ranks, Double.NaN);
    int dense = 0;
    int i = 0;
    while (i < present) {
      int j = i;
      while (j + 1 < present && x[idx[j + 1]] == x[idx[i]]) {
        j++;
      }
      dense++;
      for (int k = i; k <= j; k++) {
        ranks[idx[k]] = switch (ties) {
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
}
