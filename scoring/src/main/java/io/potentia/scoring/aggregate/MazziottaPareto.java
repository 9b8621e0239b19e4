package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.Set;

/**
 * The Mazziotta-Pareto index (Mazziotta and Pareto 2016, "On a generalized non-compensatory
 * composite index for measuring socio-economic phenomena", Social Indicators Research 127): {@code
 * MPI = M - S cv} with {@code M} the (weighted) mean of an area's child scores, {@code S} their
 * (weighted, population) standard deviation and {@code cv = S / M}; an unbalanced profile is
 * penalised by {@code S^2 / M}. With {@code penalty = positive} the sign flips ({@code M + S cv}),
 * for phenomena where higher is worse.
 *
 * <p>The method expects children standardised to mean 100 and standard deviation 10 across areas
 * (the {@code z-score} normaliser with {@code mean = 100, sd = 10}), which keeps {@code M} positive;
 * it rejects an area whose mean child score is not positive.
 */
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
