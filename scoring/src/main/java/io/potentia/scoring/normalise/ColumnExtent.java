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
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int present = 0;
    boolean anyInfinite = false;
    for (double v : x) {
      if (v != v) {
        continue;
      }
      present++;
      min = Math.min(min, v);
      max = Math.max(max, v);
      anyInfinite |= v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY;
    }
    return new ColumnExtent(present, min, max, anyInfinite);
  }
}
