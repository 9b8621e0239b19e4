package io.potentia.scoring.normalise;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Ranks;
import java.util.EnumSet;
import java.util.Set;

/** Ranks, ties averaged; see {@link Normalisers#rank()}. */
final class RankNormaliser implements Normaliser {
  @Override
  public String name() {
    return "rank";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.MONOTONE, Trait.SCALE_INVARIANT, Trait.TRANSLATION_INVARIANT, Trait.ACCEPTS_MISSING,
        Trait.ACCEPTS_NON_POSITIVE, Trait.ANONYMOUS, Trait.DETERMINISTIC);
  }

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(name(), x);
    // ascending ranks put the smallest value first; a cost indicator ranks descending
    return Ranks.rank(x, direction == Direction.COST, TiePolicy.AVERAGE);
  }

}
