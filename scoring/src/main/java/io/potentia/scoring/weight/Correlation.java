package io.potentia.scoring.weight;

import io.potentia.scoring.internal.Stats;

/** Pearson's correlation of two complete columns of equal length. */
final class Correlation {
  private Correlation() {}

  static double pearson(double[] x, double[] y) {
    double mx = Stats.mean(x);
    double my = Stats.mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Math.max(-1, Math.min(1, r)); // rounding can push |r| a hair above 1
  }
}
