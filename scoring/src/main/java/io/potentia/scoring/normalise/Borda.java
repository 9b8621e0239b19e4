package io.potentia.scoring.normalise;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Ranks;

/** Borda scores; see {@link Normalisers#borda()}. */
final class Borda implements Normaliser {
  private static final String NAME = "borda";

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(NAME, x);
    double[] r = Ranks.rank(x, direction == Direction.COST, TiePolicy.MIN);
    for (int i = 0; i < r.length; i++) {
      r[i] -= 1;
    }
    return r;
  }
}
