package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;

/** Standardisation; see {@link Normalisers#zScore(double, double)}. */
final class ZScore implements Normaliser {
  private static final String NAME = "z-score";

  private final double mean;
  private final double sd;

  ZScore(double mean, double sd) {
    if (!(sd > 0) || !Double.isFinite(sd) || !Double.isFinite(mean)) {
      throw InvalidInputException.at("parameters", "z-score: target mean " + mean + " and sd " + sd
          + " must be finite with sd > 0");
    }
    this.mean = mean;
    this.sd = sd;
  }

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(NAME, x);
    if (Stats.count(x) < 2) {
      throw InvalidInputException.at("", NAME + ": one present value has no standard deviation");
    }
    double m = Stats.mean(x);
    double s = Stats.sd(x, 1);
    if (Double.isInfinite(s)) {
      // the spread of values near the largest double overflows, yet z-scores do not depend on
      // scale: compute them on the column divided by a power of two, exact but for values so
      // small beside the largest that their lost low bits could not change a z-score
      double[] halved = new double[x.length];
      int shift = Math.getExponent(Stats.maxAbs(x));
      for (int i = 0; i < x.length; i++) {
        halved[i] = Math.scalb(x[i], -shift);
      }
      return normalise(halved, direction);
    }
    if (s == 0) {
      throw InvalidInputException.at("", NAME + ": the column is constant (every value is " + m
          + "); its standard deviation is zero");
    }
    double sign = direction == Direction.BENEFIT ? 1 : -1;
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      // divide before subtracting where the difference could overflow
      double z = Double.isInfinite(x[i] - m) ? (x[i] / s - m / s) : (x[i] - m) / s;
      out[i] = Double.isNaN(x[i]) ? Double.NaN : mean + sd * sign * z;
    }
    return out;
  }
}
