package io.potentia.scoring.weight;

import io.potentia.core.indicator.Direction;
import java.util.List;

/**
 * Sets the weights of a group of criteria (the children of a framework node, or the columns of a
 * decision matrix). Data-driven methods (entropy, CRITIC, PCA, optimised) read the matrix; the
 * others (equal, explicit, budget allocation, AHP, rank order centroid) were given what they need
 * when built and only check the number of criteria. Built-ins come from {@link Weightings}.
 *
 * <p>Two entry points: {@link #weigh(double[][])} for data on which higher is already better (the
 * normalised children of a framework node), and {@link #weigh(double[][], List)} for raw data
 * whose criteria each have a {@link Direction} (a decision matrix). A method whose published form
 * orients each criterion by its direction before weighing, as CRITIC does, overrides the second;
 * the others ignore the directions.
 *
 * <p>The engine may call one method for several nodes at once, from several threads (the nodes of
 * one level of a large framework), so an implementation keeps no mutable state between calls.
 */
@FunctionalInterface
public interface WeightingMethod {

  /**
   * The weights of the criteria.
   *
   * @param columns the data, one array per criterion, each holding one value per alternative,
   *     higher is better (normalised); NaN where missing
   * @return one weight per criterion, each {@code >= 0}, summing to 1
   * @throws io.potentia.core.InvalidInputException if the data or the method's own input cannot
   *     give weights, with the reason
   */
  double[] weigh(double[][] columns);

  /**
   * The weights of criteria that each have a direction, on raw data: a cost criterion is one on
   * which less is better. By default the directions are checked for number and then ignored, and
   * the result is {@link #weigh(double[][]) weigh(columns)}; methods whose published form orients
   * the data first (CRITIC: benefit {@code (x - min)/(max - min)}, cost {@code (max - x)/(max -
   * min)}) override this. Given every criterion as a benefit, every method returns what {@link
   * #weigh(double[][])} returns.
   *
   * @param columns the raw data, one array per criterion, each holding one value per alternative;
   *     NaN where missing
   * @param directions the direction of each criterion, one per column, in column order
   * @return one weight per criterion, each {@code >= 0}, summing to 1
   * @throws io.potentia.core.InvalidInputException if a direction is null or the number of
   *     directions is not the number of columns, or for what {@link #weigh(double[][])} rejects
   */
  default double[] weigh(double[][] columns, List<Direction> directions) {
    Orientation.check(columns, directions);
    return weigh(columns);
  }
}
