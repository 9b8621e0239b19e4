package io.potentia.scoring.internal;

import io.potentia.scoring.spi.TiePolicy;

/** Ranks of values with a declared tie policy, by the one {@link Ranker}; NaN values get NaN ranks. */
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
    double[] keys = x;
    if (!descending) {
      keys = new double[n];
      for (int i = 0; i < n; i++) {
        keys[i] = -x[i];
      }
    }
    int[] doubled = new int[n];
    new Ranker(n).rank(keys, ties, doubled);
    double[] ranks = new double[n];
    for (int i = 0; i < n; i++) {
      ranks[i] = doubled[i] == 0 ? Double.NaN : doubled[i] / 2.0;
    }
    return ranks;
  }
}
