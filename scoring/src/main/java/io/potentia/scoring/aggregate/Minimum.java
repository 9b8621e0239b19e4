package io.potentia.scoring.aggregate;

import io.potentia.scoring.spi.OutputRange;
import java.util.Optional;

/** The weakest link; see {@link Aggregators#minimum()}. */
final class Minimum implements PointwiseAggregator {
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
