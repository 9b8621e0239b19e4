package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;

/** Entropy weights; see {@link Weightings#entropy()}. */
final class Entropy implements WeightingMethod {
  private static final String NAME = "entropy";

  @Override
  public double[] weigh(double[][] columns) {
    int n = columns.length;
    if (n == 0) {
      throw InvalidInputException.at("", NAME + ": there are no criteria to weigh");
    }
    double[] d = new double[n];
    for (int j = 0; j < n; j++) {
      double[] x = columns[j];
      Checks.somePresent(NAME, x);
      Checks.atLeast(NAME, x, 0, false, "entropy needs shares of non-negative values");
      int m = Stats.count(x);
      if (m < 2) {
        throw InvalidInputException.at("[" + j + "]", NAME + ": criterion " + j + " has " + m
            + " present value; entropy needs at least two alternatives");
      }
      double scale = Stats.maxAbs(x);
      if (scale == 0) {
        throw InvalidInputException.at("[" + j + "]", NAME + ": every value of criterion " + j + " is 0");
      }
      double[] scaled = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        scaled[i] = x[i] / scale;
      }
      double total = Stats.sum(scaled);
      double[] terms = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        double p = scaled[i] / total;
        terms[i] = Double.isNaN(p) ? Double.NaN : p == 0 ? 0 : p * Math.log(p);
      }
      double e = -Stats.sum(terms) / Math.log(m);
      d[j] = Math.max(0, 1 - e);
    }
    double sum = Stats.sum(d);
    if (!(sum > 1e-15)) {
      throw InvalidInputException.at("", NAME + ": every criterion is uniform across the alternatives, so entropy"
          + " gives no information to weigh by; use equal weights explicitly");
    }
    for (int j = 0; j < n; j++) {
      d[j] /= sum;
    }
    return d;
  }
}
