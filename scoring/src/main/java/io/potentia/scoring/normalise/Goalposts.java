package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.internal.Checks;
import java.util.Optional;

/** Goalposts; see {@link Normalisers#goalposts(double, double, double, boolean, boolean)}. */
final class Goalposts implements Normaliser {
  private static final String NAME = "goalposts";

  private final double lo;
  private final double hi;
  private final double scale;
  private final boolean cap;
  private final boolean log;

  Goalposts(double lo, double hi, double scale, boolean cap, boolean log) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(lo < hi)) {
      throw InvalidInputException.at("parameters", "goalposts: lower " + lo + " and upper " + hi
          + " must be finite with lower < upper");
    }
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw InvalidInputException.at("parameters.scale", "goalposts: scale " + scale + " must be finite and > 0");
    }
    if (log && !(lo > 0)) {
      throw InvalidInputException.at("parameters.lower", "goalposts: with log, the lower goalpost " + lo + " must be > 0");
    }
    this.lo = lo;
    this.hi = hi;
    this.scale = scale;
    this.cap = cap;
    this.log = log;
  }

  @Override
  public Optional<OutputRange> range() {
    return cap ? Optional.of(new OutputRange(0, scale)) : Optional.empty();
  }

  @Override
  public Optional<OutputRange> goalposts() {
    return Optional.of(new OutputRange(lo, hi));
  }

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.finiteOrMissing(NAME, x);
    if (log) {
      Checks.atLeast(NAME, x, 0, true, "the logarithm needs positive values");
    }
    double a = log ? Math.log(lo) : lo;
    double b = log ? Math.log(hi) : hi;
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        out[i] = Double.NaN;
        continue;
      }
      double v = log ? Math.log(x[i]) : x[i];
      double t = direction == Direction.BENEFIT ? (v - a) / (b - a) : (b - v) / (b - a);
      // goalposts or a value near the largest double: differences of halves cannot overflow
      if (Double.isInfinite(b - a) || Double.isInfinite(t)) {
        t = direction == Direction.BENEFIT ? (v / 2 - a / 2) / (b / 2 - a / 2) : (b / 2 - v / 2) / (b / 2 - a / 2);
      }
      if (cap) {
        t = Math.max(0, Math.min(1, t));
      }
      out[i] = scale * t;
      if (!Double.isFinite(out[i])) {
        throw InvalidInputException.at("values[" + i + "]", "goalposts: value " + x[i] + " at position " + i
            + " lies so far beyond the goalposts [" + lo + ", " + hi + "] that its uncapped score overflows; cap it");
      }
    }
    return out;
  }
}
