package io.potentia.scoring.normalise;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Ranks;
import java.util.EnumSet;
import java.util.Set;

/** Borda scores; see {@link Normalisers#borda()}. */
final class Borda implements Normaliser {
  @Override
  public String name() {
    return "borda";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.MONOTONE, Trait.SCALE_INVARIANT, Trait.TRANSLATION_INVARIANT, Trait.ACCEPTS_MISSING,
        Trait.ACCEPTS_NON_POSITIVE, Trait.ANONYMOUS, Trait.DETERMINISTIC);
  }

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(name(), x);
    double[] r = Ranks.rank(x, direction == Direction.COST, TiePolicy.MIN);
    for (int i = 0; i < r.length; i++) {
      r[i] -= 1;
    }
    return r;
  }
}
