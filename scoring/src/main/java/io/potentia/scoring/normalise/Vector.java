package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;

/** Vector (Euclidean) normalisation; see {@link Normalisers#vector()}. */
final class Vector implements Normaliser {
  private static final String NAME = "vector";

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(NAME, x);
    Checks.atLeast(NAME, x, 0, false, "vector normalisation needs non-negative values");
    double scale = Stats.maxAbs(x);
    if (scale == 0) {
      throw InvalidInputException.at("", NAME + ": every value is 0, so the norm is 0");
    }
    double[] sq = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double s = x[i] / scale;
      sq[i] = s * s;
    }
    double norm = Math.sqrt(Stats.sum(sq));
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double r = x[i] / scale / norm;
      out[i] = Double.isNaN(x[i]) ? Double.NaN : direction == Direction.BENEFIT ? r : 1 - r;
    }
    return out;
  }
}
