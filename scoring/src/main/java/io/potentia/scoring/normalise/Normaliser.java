package io.potentia.scoring.normalise;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.OutputRange;
import java.util.Optional;

/**
 * Brings one indicator column to a common scale, respecting its direction: after normalisation a
 * higher value is always better, so a cost indicator is turned around here, never before.
 *
 * <p>NaN marks a missing value: it is skipped by the statistics and stays NaN in the output.
 * Infinite values are rejected. Built-ins come from {@link Normalisers}.
 */
@FunctionalInterface
public interface Normaliser {

  /**
   * Normalises one column.
   *
   * @param column the values of one indicator over the areas (one year); NaN where missing
   * @param direction whether more is better
   * @return a new array of the same length; NaN exactly where the input is NaN
   * @throws io.potentia.core.InvalidInputException if the column cannot be normalised by this method
   *     (for example a constant column for min-max, a negative value for a ratio method, an infinite
   *     value, or for most methods a column with no present value)
   */
  double[] normalise(double[] column, Direction direction);

  /**
   * The range of the output, for a bounded normaliser.
   *
   * @return the range, or empty when unbounded
   */
  default Optional<OutputRange> range() {
    return Optional.empty();
  }

  /**
   * The goalposts: the fixed input interval that this normaliser maps onto its output range,
   * whatever the data, for a method that has one (goalposts, as the UNDP's HDI uses). The
   * methodology check refuses goalposts that lie wholly outside the indicator's valid range.
   *
   * @return the interval {@code [lower, upper]} of raw values, or empty when the method scales by
   *     the data
   */
  default Optional<OutputRange> goalposts() {
    return Optional.empty();
  }
}
