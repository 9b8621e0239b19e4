package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Maximum normalisation (pymcdm); see {@link Normalisers#max()}. */
final class MaxNormaliser implements Normaliser {
  @Override
  public String name() {
    return "max";
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
    Checks.atLeast(name(), x, 0, false, "a ratio to the maximum needs non-negative values");
    double max = Stats.max(x);
    if (max == 0) {
      throw InvalidInputException.at("", name() + ": every value is 0, so there is no maximum to divide by");
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = direction == Direction.BENEFIT ? x[i] / max : 1 - x[i] / max;
    }
    return out;
  }
}
