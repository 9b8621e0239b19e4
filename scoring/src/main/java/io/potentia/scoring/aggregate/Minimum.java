package io.potentia.scoring.aggregate;

import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The weakest link; see {@link Aggregators#minimum()}. */
final class Minimum implements PointwiseAggregator {
  @Override
  public String name() {
    return "minimum";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.MONOTONE, Trait.BOUNDED, Trait.ANONYMOUS, Trait.DETERMINISTIC, Trait.ACCEPTS_MISSING,
        Trait.ACCEPTS_NON_POSITIVE, Trait.RANK_REVERSAL_FREE);
  }

  @Override
  public Optional<OutputRange> range(OutputRange input) {
    return Optional.of(input);
  }

  @Override
  public double combine(double[] x, double[] w) {
    double min = x[0];
    for (double v : x) {
      min = Math.min(min, v);
    }
    return min;
  }
}
