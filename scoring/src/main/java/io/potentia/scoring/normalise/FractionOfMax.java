package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;

/** Fraction of the maximum; see {@link Normalisers#fractionOfMax()}. */
final class FractionOfMax implements Normaliser {
  private static final String NAME = "fraction-of-max";

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(NAME, x);
    Checks.atLeast(NAME, x, 0, direction == Direction.COST, "a ratio of values needs "
        + (direction == Direction.COST ? "positive" : "non-negative") + " values");
    double max = Stats.max(x);
    double min = Stats.min(x);
    if (direction == Direction.BENEFIT && max == 0) {
      throw InvalidInputException.at("", NAME + ": every value is 0, so no fraction of the maximum exists");
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isNaN(x[i]) ? Double.NaN : direction == Direction.BENEFIT ? x[i] / max : min / x[i];
    }
    return out;
  }
}
