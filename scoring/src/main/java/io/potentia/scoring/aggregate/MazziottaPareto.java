package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.Set;

/** The Mazziotta-Pareto index; see {@link Aggregators#mazziottaPareto(boolean)}. */
final class MazziottaPareto implements PointwiseAggregator {
  private final double sign;

  MazziottaPareto(boolean negativePenalty) {
    this.sign = negativePenalty ? -1 : 1;
  }

  @Override
  public String name() {
    return "mazziotta-pareto";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.ANONYMOUS, Trait.DETERMINISTIC, Trait.ACCEPTS_MISSING, Trait.RANK_REVERSAL_FREE);
  }

  @Override
  public double combine(double[] x, double[] w) {
    double mean = 0;
    for (int i = 0; i < x.length; i++) {
      mean += w[i] * x[i];
    }
    if (!(mean > 0)) {
      throw InvalidInputException.at("", name() + ": the mean child score is " + mean
          + "; the penalty S^2/M needs a positive mean (standardise to mean 100, sd 10 first)");
    }
    double var = 0;
    for (int i = 0; i < x.length; i++) {
      var += w[i] * (x[i] - mean) * (x[i] - mean);
    }
    return mean + sign * var / mean;
  }
}
