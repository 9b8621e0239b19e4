package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;

/** The Mazziotta-Pareto index; see {@link Aggregators#mazziottaPareto(boolean)}. */
final class MazziottaPareto implements PointwiseAggregator {
  private static final String NAME = "mazziotta-pareto";

  private final double sign;

  MazziottaPareto(boolean negativePenalty) {
    this.sign = negativePenalty ? -1 : 1;
  }

  @Override
  public double combine(double[] x, double[] w) {
    double mean = 0;
    for (int i = 0; i < x.length; i++) {
      mean += w[i] * x[i];
    }
    if (!(mean > 0)) {
      throw InvalidInputException.at("", NAME + ": the mean child score is " + mean
          + "; the penalty S^2/M needs a positive mean (standardise to mean 100, sd 10 first)");
    }
    double var = 0;
    for (int i = 0; i < x.length; i++) {
      var += w[i] * (x[i] - mean) * (x[i] - mean);
    }
    return mean + sign * var / mean;
  }
}
