package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;

/**
 * Each value as a ratio to a norm of its column, {@code r = x / ||x||}, turned around for a cost
 * indicator as {@code 1 - r}: the maximum normalisation (the largest value as the norm; pymcdm) and
 * the vector normalisation (the Euclidean norm); see {@link Normalisers#max()} and {@link
 * Normalisers#vector()}. Values are first scaled by the largest, so squares cannot overflow.
 */
final class RatioToNorm implements Normaliser {

  /** Which norm divides, and what the method says when it cannot. */
  record Norm(String name, String negative, String zero) {
    static final Norm MAX = new Norm("max", "a ratio to the maximum needs non-negative values",
        "there is no maximum to divide by");
    static final Norm EUCLIDEAN = new Norm("vector", "vector normalisation needs non-negative values", "the norm is 0");
  }

  private final Norm norm;

  RatioToNorm(Norm norm) {
    this.norm = norm;
  }

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(norm.name, x);
    Checks.atLeast(norm.name, x, 0, false, norm.negative);
    double scale = Stats.maxAbs(x);
    if (scale == 0) {
      throw InvalidInputException.at("", norm.name + ": every value is 0, so " + norm.zero);
    }
    double length = norm == Norm.MAX ? 1 : euclidean(x, scale);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double r = x[i] / scale / length;
      out[i] = Double.isNaN(x[i]) ? Double.NaN : direction == Direction.BENEFIT ? r : 1 - r;
    }
    return out;
  }

  /** The Euclidean norm of the column divided by {@code scale}, over its present values. */
  private static double euclidean(double[] x, double scale) {
    double[] sq = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double s = x[i] / scale;
      sq[i] = s * s;
    }
    return Math.sqrt(Stats.sum(sq));
  }
}
