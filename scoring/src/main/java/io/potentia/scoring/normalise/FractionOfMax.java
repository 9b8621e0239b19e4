package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Fraction of the maximum; see {@link Normalisers#fractionOfMax()}. */
final class FractionOfMax implements Normaliser {
  @Override
  public String name() {
    return "fraction-of-max";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.MONOTONE, Trait.BOUNDED, Trait.SCALE_INVARIANT, Trait.ACCEPTS_MISSING, Trait.ANONYMOUS,
        Trait.DETERMINISTIC);
  }

  @Override
  public Optional<OutputRange> range() {
    return Optional.of(new OutputRange(0, 1));
  }

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(name(), x);
    Checks.atLeast(name(), x, 0, direction == Direction.COST, "a ratio of values needs "
        + (direction == Direction.COST ? "positive" : "non-negative") + " values");
    double max = Stats.max(x);
    double min = Stats.min(x);
    if (direction == Direction.BENEFIT && max == 0) {
      throw InvalidInputException.at("", name() + ": every value is 0, so no fraction of the maximum exists");
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isNaN(x[i]) ? Double.NaN : direction == Direction.BENEFIT ? x[i] / max : min / x[i];
    }
    return out;
  }
}
