package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;

/** Maximum normalisation (pymcdm); see {@link Normalisers#max()}. */
final class MaxNormaliser implements Normaliser {
  private static final String NAME = "max";

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(NAME, x);
    Checks.atLeast(NAME, x, 0, false, "a ratio to the maximum needs non-negative values");
    double max = Stats.max(x);
    if (max == 0) {
      throw InvalidInputException.at("", NAME + ": every value is 0, so there is no maximum to divide by");
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = direction == Direction.BENEFIT ? x[i] / max : 1 - x[i] / max;
    }
    return out;
  }
}
