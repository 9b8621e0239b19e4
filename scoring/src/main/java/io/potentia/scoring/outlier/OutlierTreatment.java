package io.potentia.scoring.outlier;


/**
 * Treats outliers in one indicator column before normalisation, reporting what it did. Built-ins
 * come from {@link OutlierTreatments}.
 */
@FunctionalInterface
public interface OutlierTreatment {

  /**
   * Treats a column.
   *
   * @param column one value per area, NaN where missing
   * @return the treated values and what was done
   * @throws io.potentia.core.InvalidInputException if the column cannot be treated by this method
   *     (for example an infinite value)
   */
  Treated treat(double[] column);

  /**
   * A treated column.
   *
   * @param values the treated values (NaN stays NaN)
   * @param winsorised positions of the values replaced by the next value inward
   * @param logTransformed whether the column was log-transformed instead
   * @param skewness the skewness after treatment; NaN when not assessed
   * @param kurtosis the excess kurtosis after treatment; NaN when not assessed
   * @param note what was done, in words
   */
  record Treated(double[] values, java.util.List<Integer> winsorised, boolean logTransformed, double skewness,
      double kurtosis, String note) {}
}
