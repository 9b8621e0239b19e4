package io.potentia.scoring.normalise;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.OutputRange;
import java.util.Optional;

/**
 * A normaliser whose scores lie in {@code [0, 1]} whatever the data (the ratio methods and
 * percentile ranks): the range is said once, here, rather than by each method.
 *
 * @param scores the normaliser that computes the scores
 */
record UnitInterval(Normaliser scores) implements Normaliser {
  private static final Optional<OutputRange> UNIT = Optional.of(new OutputRange(0, 1));

  @Override
  public double[] normalise(double[] column, Direction direction) {
    return scores.normalise(column, direction);
  }

  @Override
  public Optional<OutputRange> range() {
    return UNIT;
  }
}
