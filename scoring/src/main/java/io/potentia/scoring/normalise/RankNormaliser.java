package io.potentia.scoring.normalise;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Ranks;

/** Ranks, ties averaged; see {@link Normalisers#rank()}. */
final class RankNormaliser implements Normaliser {
  private static final String NAME = "rank";

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(NAME, x);
    // ascending ranks put the smallest value first; a cost indicator ranks descending
    return Ranks.rank(x, direction == Direction.COST, TiePolicy.AVERAGE);
  }

}
