package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;

/** SWARA weights; see {@link Weightings#swara(double[], double[])}. */
final class Swara {
  private Swara() {}

  /**
   * The weights in criterion order.
   *
   * @param ranks each criterion's position in the order of importance, a permutation of 1..n
   * @param s the comparative importance of each criterion after the first, in the order of
   *     importance: {@code s[k]} compares the criterion ranked {@code k + 2} with the one ranked
   *     {@code k + 1}
   */
  static double[] weights(double[] ranks, double[] s) {
    int n = ranks.length;
    if (n == 0) {
      throw InvalidInputException.at("parameters.ranks", "swara: no ranks given");
    }
    int[] byRank = new int[n];
    java.util.Arrays.fill(byRank, -1);
    for (int j = 0; j < n; j++) {
      double r = ranks[j];
      if (!(r >= 1 && r <= n) || r != Math.rint(r)) {
        throw InvalidInputException.at("parameters.ranks[" + j + "]", "swara: rank " + r + " of criterion " + j
            + " must be a whole number from 1 to " + n);
      }
      int position = (int) r - 1;
      if (byRank[position] >= 0) {
        throw InvalidInputException.at("parameters.ranks[" + j + "]", "swara: criteria " + byRank[position] + " and "
            + j + " both have rank " + (position + 1) + "; SWARA orders the criteria strictly (give equal importance"
            + " as s = 0)");
      }
      byRank[position] = j;
    }
    if (s.length != n - 1) {
      throw InvalidInputException.at("parameters.s", "swara: " + s.length + " comparative importances for " + n
          + " criteria; give n - 1, one for each criterion after the most important, in the order of importance");
    }
    double[] q = new double[n];
    q[0] = 1;
    double total = 1;
    for (int k = 1; k < n; k++) {
      double sk = s[k - 1];
      if (!(sk >= 0) || !Double.isFinite(sk)) {
        throw InvalidInputException.at("parameters.s[" + (k - 1) + "]", "swara: s[" + (k - 1) + "] is " + sk
            + " (criterion " + byRank[k] + " against criterion " + byRank[k - 1] + "); a comparative importance is"
            + " finite and >= 0, since a criterion is never more important than the one ranked above it");
      }
      q[k] = q[k - 1] / (1 + sk);
      total += q[k];
    }
    double[] w = new double[n];
    for (int k = 0; k < n; k++) {
      w[byRank[k]] = q[k] / total;
    }
    return w;
  }
}
