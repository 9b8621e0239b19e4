package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Ranks;
import io.potentia.scoring.internal.Stats;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Percentile ranks; see {@link Normalisers#percentileRank()}. */
final class PercentileRank implements Normaliser {
  @Override
  public String name() {
    return "percentile-rank";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.MONOTONE, Trait.BOUNDED, Trait.SCALE_INVARIANT, Trait.TRANSLATION_INVARIANT,
        Trait.ACCEPTS_MISSING, Trait.ACCEPTS_NON_POSITIVE, Trait.ANONYMOUS, Trait.DETERMINISTIC, Trait.ATTAINS_BOUNDS);
  }

  @Override
  public Optional<OutputRange> range() {
    return Optional.of(new OutputRange(0, 1));
  }

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(name(), x);
    int n = Stats.count(x);
    if (n < 2) {
      throw InvalidInputException.at("", name() + ": one present value has no percentile rank");
    }
    double[] r = Ranks.rank(x, direction == Direction.COST, TiePolicy.MIN);
    for (int i = 0; i < r.length; i++) {
      r[i] = (r[i] - 1) / (n - 1);
    }
    return r;
  }
}
