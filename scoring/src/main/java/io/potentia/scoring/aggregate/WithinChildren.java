package io.potentia.scoring.aggregate;

import io.potentia.scoring.spi.OutputRange;
import java.util.Optional;

/**
 * An aggregator whose score lies between its children's lowest and highest (every power mean,
 * the median, the minimum), so its output range is its input range: said once, here, rather
 * than by each.
 *
 * @param aggregator the aggregator that computes the scores
 */
record WithinChildren(PointwiseAggregator aggregator) implements PointwiseAggregator {

  @Override
  public double combine(double[] values, double[] weights) {
    return aggregator.combine(values, weights);
  }

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    return aggregator.aggregate(children, weights);
  }

  @Override
  public Optional<OutputRange> range(OutputRange input) {
    return Optional.of(input);
  }

  @Override
  public Optional<QuasiArithmeticMean> quasiArithmetic() {
    return aggregator.quasiArithmetic();
  }
}
