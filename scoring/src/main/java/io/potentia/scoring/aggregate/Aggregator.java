package io.potentia.scoring.aggregate;

import io.potentia.scoring.spi.OutputRange;
import java.util.Optional;

/**
 * Combines the scores of the children of a node into the node's score, for every area at once.
 * Most aggregators combine each area on its own ({@link PointwiseAggregator}); outranking methods
 * such as Copeland compare areas with each other and need the whole table.
 *
 * <p>NaN marks a missing child score; each aggregator states what it does with one (pointwise
 * aggregators drop it and rescale the weights). Built-ins come from {@link Aggregators}.
 */
@FunctionalInterface
public interface Aggregator {

  /**
   * Aggregates.
   *
   * @param children one array per child, each holding one score per area (all of equal length)
   * @param weights one weight per child, non-negative, not all zero (scaled to sum 1 here); some
   *     aggregators use them only in part (the catalyst) or not at all (OWA)
   * @return one score per area; NaN only where the aggregator's missing-value rule says so
   * @throws io.potentia.core.InvalidInputException if a score or weight is outside what the method
   *     accepts
   */
  double[] aggregate(double[][] children, double[] weights);

  /**
   * The output range when every input lies in {@code input}, for a bounded aggregator.
   *
   * @param input the range of the children's scores
   * @return the output range, or empty when it does not follow from the input range
   */
  default Optional<OutputRange> range(OutputRange input) {
    return Optional.empty();
  }

  /**
   * The quasi-arithmetic form of this aggregator, for an aggregator that is a weighted
   * quasi-arithmetic mean of its children (missing children aside): analyses that rank many
   * weightings of the same scores use it to score each weighting as one weighted sum.
   *
   * @return the form, or empty (the default) when the aggregator is not such a mean or does not say
   */
  default Optional<QuasiArithmeticMean> quasiArithmetic() {
    return Optional.empty();
  }
}
