package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;
import java.util.Arrays;

/** Gini-coefficient weights; see {@link Weightings#gini()}. */
final class GiniWeights implements WeightingMethod {
  private static final String NAME = "gini";

  @Override
  public double[] weigh(double[][] columns) {
    CompleteColumns.check(NAME, columns);
    int n = columns.length;
    double[] g = new double[n];
    for (int j = 0; j < n; j++) {
      g[j] = gini(j, columns[j]);
    }
    return Shares.ofTotal(g, NAME + ": every criterion is constant across the alternatives, so every"
        + " Gini coefficient is 0 and there is nothing to weigh by");
  }

  /**
   * {@code sum_i sum_k |x_i - x_k| / (2 m^2 mean)}, from the sorted values as {@code sum_i (2i - m -
   * 1) x_(i) / (m^2 mean)} (i from 1), which is linear after the sort; values are divided by the
   * largest first, which the ratio does not see, so that the sums cannot overflow.
   */
  private static double gini(int j, double[] x) {
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    int m = sorted.length;
    if (sorted[0] < 0) {
      throw InvalidInputException.at("[" + j + "]", NAME + ": criterion " + j + " has the value " + sorted[0]
          + "; the Gini coefficient compares shares of non-negative values");
    }
    double scale = sorted[m - 1];
    if (scale == 0) {
      throw InvalidInputException.at("[" + j + "]", NAME + ": every value of criterion " + j
          + " is 0; its Gini coefficient is undefined");
    }
    double sum = 0;
    double weighted = 0;
    for (int i = 0; i < m; i++) {
      double v = sorted[i] / scale;
      sum += v;
      weighted += (2.0 * (i + 1) - m - 1) * v;
    }
    return Math.max(0, weighted / (m * sum));
  }
}
