package io.potentia.scoring.spi;

import io.potentia.scoring.spi.OutputRange;

/**
 * The closed range a bounded strategy's output stays in.
 *
 * @param lower the smallest possible output
 * @param upper the largest possible output
 */
public record OutputRange(double lower, double upper) {

  /**
   * Rejects bounds that are not finite or out of order.
   *
   * @param lower the smallest possible output
   * @param upper the largest possible output
   */
  public OutputRange {
    if (!Double.isFinite(lower) || !Double.isFinite(upper) || lower > upper) {
      throw new IllegalArgumentException("an output range needs finite lower <= upper, got [" + lower + ", " + upper + "]");
    }
  }

  /**
   * Whether a value lies in the range, allowing a relative rounding slack of 1e-12.
   *
   * @param v the value
   * @return true if inside
   */
  public boolean contains(double v) {
    double slack = 1e-12 * Math.max(1, Math.max(Math.abs(lower), Math.abs(upper)));
    return v >= lower - slack && v <= upper + slack;
  }
}
