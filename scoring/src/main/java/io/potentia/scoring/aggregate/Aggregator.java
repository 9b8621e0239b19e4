package io.potentia.scoring.aggregate;

import io.potentia.scoring.spi.OutputRange;
import java.util.List;
import java.util.Optional;

/**
 * Combines the scores of the children of a node into the node's score, for every area at once.
 * Most aggregators combine each area on its own ({@link PointwiseAggregator}); outranking methods
 * such as Copeland compare areas with each other and need the whole table.
 *
 * <p>NaN marks a missing child score; each aggregator states what it does with one (pointwise
 * aggregators drop it and rescale the weights). Built-ins come from {@link Aggregators}.
 *
 * <p>The engine may call one aggregator for several nodes at once, from several threads (the nodes
 * of one level of a large framework), so an implementation keeps no mutable state between calls.
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

  /**
   * This aggregator bound to a node's children, for an aggregator that refers to a child by its
   * node id (the catalyst): the engine calls it once per inner node, with the children in the order
   * their scores are passed to {@link #aggregate}.
   *
   * @param children the ids of the node's children, in order
   * @return the bound aggregator; this one (the default) when no child is referred to by id
   * @throws io.potentia.core.InvalidInputException if a child named by a parameter is not among
   *     {@code children}; names it and the children
   */
  default Aggregator forChildren(List<String> children) {
    return this;
  }

  /**
   * The aggregator's own statement of the inputs it accepts, judged before computing from the
   * children's declared score ranges, for an aggregator whose domain differs from child to child
   * (the catalyst needs its catalyst in {@code [0, scale]} and takes any finite score from the
   * others) and so cannot be told by the {@code ACCEPTS_NON_POSITIVE} trait alone.
   *
   * @param children the ids of the node's children, in order
   * @param ranges each child's declared score range, empty where unknown
   * @return empty (the default) to let the trait decide; otherwise the reasons the inputs may fall
   *     outside the domain, an empty list when they cannot
   */
  default Optional<List<String>> domainProblems(List<String> children, List<Optional<OutputRange>> ranges) {
    return Optional.empty();
  }

  /**
   * An exact additive decomposition of one area's score into parts per child, for an aggregator
   * that has one beyond the weighted sum (the catalyst gives Shapley values): the parts sum to the
   * score.
   *
   * @param x the children's scores for one area, NaN where missing
   * @param w the children's weights
   * @return the parts, one per child, or empty (the default) when the aggregator gives none and
   *     the report falls back to leave-one-out contributions
   */
  default Optional<double[]> decompose(double[] x, double[] w) {
    return Optional.empty();
  }
}
