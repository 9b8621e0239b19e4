package com.example;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.spi.Trait;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** A user's own normaliser: each value as a ratio to the column's median (cost: the median's ratio to it). */
public final class MedianRatio implements Normaliser {
  /** What it promises, given where it is registered. */
  static final Set<Trait> TRAITS = EnumSet.of(Trait.MONOTONE, Trait.SCALE_INVARIANT, Trait.ANONYMOUS,
      Trait.DETERMINISTIC, Trait.ACCEPTS_MISSING);

  @Override
  public double[] normalise(double[] x, Direction direction) {
    double[] present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (present.length == 0) {
      throw InvalidInputException.at("", "median-ratio: every value is missing");
    }
    for (double v : present) {
      if (!(v > 0) || Double.isInfinite(v)) {
        throw InvalidInputException.at("", "median-ratio: value " + v + " must be positive and finite");
      }
    }
    int n = present.length;
    double median = n % 2 == 1 ? present[n / 2] : present[n / 2 - 1] / 2 + present[n / 2] / 2;
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = direction == Direction.BENEFIT ? x[i] / median : median / x[i];
    }
    return out;
  }
}
