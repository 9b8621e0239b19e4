package io.potentia.scoring.normalise;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Ranks;
import io.potentia.scoring.internal.Stats;

/** Percentile ranks; see {@link Normalisers#percentileRank()}. */
final class PercentileRank implements Normaliser {
  private static final String NAME = "percentile-rank";

  @Override
  public double[] normalise(double[] x, Direction direction) {
    Checks.somePresent(NAME, x);
    int n = Stats.count(x);
    if (n < 2) {
      throw InvalidInputException.at("", NAME + ": one present value has no percentile rank");
    }
    double[] r = Ranks.rank(x, direction == Direction.COST, TiePolicy.MIN);
    for (int i = 0; i < r.length; i++) {
      r[i] = (r[i] - 1) / (n - 1);
    }
    return r;
  }
}
