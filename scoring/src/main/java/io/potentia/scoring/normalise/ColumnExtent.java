package io.potentia.scoring.normalise;

/**
 * The present values of a column at a glance: how many there are, the least and the greatest
 * (by {@link Math#min} and {@link Math#max}, so {@code -0.0} is below {@code 0.0}), and whether one
 * is infinite. The engine takes it in one pass and hands it to the data check and to min-max
 * normalisation, which would otherwise each pass over the column again for the same numbers.
 *
 * @param present the values that are not NaN
 * @param min the least of them; {@code +Infinity} when none is present
 * @param max the greatest of them; {@code -Infinity} when none is present
 * @param anyInfinite whether a present value is infinite
 */
public record ColumnExtent(int present, double min, double max, boolean anyInfinite) {
  /**
   * The extent of a column.
   *
   * @param x the values, NaN for missing
   * @return its extent
   */
  public static ColumnExtent of(double[] x) {
    // plain comparisons, about twice as fast as Math.min and Math.max, which also order the zeros:
    // that is done after, and only for a column whose least or greatest value is a zero
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int present = 0;
    for (double v : x) {
      if (v == v) {
        present++;
        if (v < min) {
          min = v;
        }
        if (v > max) {
          max = v;
        }
      }
    }
    if (min == 0 || max == 0) {
      boolean negativeZero = false;
      boolean positiveZero = false;
      for (double v : x) {
        long bits = Double.doubleToRawLongBits(v);
        negativeZero |= bits == NEGATIVE_ZERO;
        positiveZero |= bits == 0L;
      }
      min = min == 0 && negativeZero ? -0.0 : min;
      max = max == 0 && positiveZero ? 0.0 : max;
    }
    // an infinite value is the least or the greatest
    return new ColumnExtent(present, min, max, present > 0
        && (min == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY));
  }

  private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);
}
