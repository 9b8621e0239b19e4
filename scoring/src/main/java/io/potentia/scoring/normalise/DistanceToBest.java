package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;

/** Relative distance to the best performer; see {@link Normalisers#distanceToBest()}. */
final class DistanceToBest implements Normaliser {
  private static final String NAME = "distance-to-best";

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(NAME, x);
    double best = direction == Direction.BENEFIT ? Stats.max(x) : Stats.min(x);
    if (best == 0) {
      throw InvalidInputException.at("", NAME + ": the best value is 0, so the relative distance to it is undefined");
    }
    double[] out = new double[x.length];
    double ref = Math.abs(best);
    for (int i = 0; i < x.length; i++) {
      double d = direction == Direction.BENEFIT ? x[i] / ref - best / ref : best / ref - x[i] / ref;
      if (!Double.isNaN(x[i]) && !Double.isFinite(d)) {
        throw InvalidInputException.at("[" + i + "]", NAME + ": value " + x[i] + " lies " + (direction == Direction.BENEFIT
            ? "below" : "above") + " the best value " + best + " by more than a double can express in multiples of it;"
            + " the best value is too close to 0 for a relative distance");
      }
      out[i] = Double.isNaN(x[i]) ? Double.NaN : d;
    }
    return out;
  }
}
