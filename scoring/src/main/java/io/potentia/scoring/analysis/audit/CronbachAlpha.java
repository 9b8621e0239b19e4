package io.potentia.scoring.analysis.audit;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Correlations;
import io.potentia.scoring.internal.Stats;

/**
 * Cronbach's alpha, the internal consistency of items meant to measure one thing (Cronbach 1951;
 * OECD/JRC Handbook 2008, section 4.3):
 *
 * <ul>
 *   <li>{@link #of}: {@code alpha = k/(k-1) (1 - sum var(x_i) / var(sum_i x_i))}, sample
 *       variances, on the items as given (COINr's {@code get_cronbach} on complete data);
 *   <li>{@link #standardised}: the same on standardised items, {@code k rbar / (1 + (k-1) rbar)}
 *       with {@code rbar} the mean correlation between distinct items (the Handbook's c-alpha).
 * </ul>
 *
 * Both need complete items: the areas where an item is missing are left out by the caller (the
 * audit uses the areas where every item has a value).
 */
public final class CronbachAlpha {
  private CronbachAlpha() {}

  /**
   * Cronbach's alpha of the items as given.
   *
   * @param items one array per item, one value per respondent (area), no missing value
   * @return alpha, at most 1, negative when the items contradict each other
   * @throws InvalidInputException with fewer than two items, fewer than three respondents, items of
   *     different lengths, a missing or infinite value, or a sum that does not vary
   */
  public static double of(double[][] items) {
    check(items);
    int k = items.length;
    int n = items[0].length;
    double[] total = new double[n];
    double itemVariances = 0;
    for (double[] item : items) {
      itemVariances += Stats.variance(item, 1);
      for (int i = 0; i < n; i++) {
        total[i] += item[i];
      }
    }
    double totalVariance = Stats.variance(total, 1);
    if (!(totalVariance > 0)) {
      throw InvalidInputException.at("items", "cronbach: the sum of the items does not vary, so alpha is undefined");
    }
    return (double) k / (k - 1) * (1 - itemVariances / totalVariance);
  }

  /**
   * Cronbach's alpha of the standardised items.
   *
   * @param items one array per item, one value per respondent (area), no missing value
   * @return the standardised alpha
   * @throws InvalidInputException as {@link #of}, and for an item that does not vary
   */
  public static double standardised(double[][] items) {
    check(items);
    int k = items.length;
    for (int j = 0; j < k; j++) {
      if (!(Stats.sd(items[j], 1) > 0)) {
        throw InvalidInputException.at("items[" + j + "]", "cronbach: item " + j
            + " does not vary, so its correlations are undefined");
      }
    }
    return standardised(Correlations.completeMatrix(items), k);
  }

  /** The standardised alpha from the items' correlation matrix, for a caller that has it already. */
  static double standardised(double[][] r, int k) {
    double sum = 0;
    for (int j = 0; j < k; j++) {
      for (int l = j + 1; l < k; l++) {
        sum += r[j][l];
      }
    }
    double mean = sum / (k * (k - 1) / 2.0);
    return k * mean / (1 + (k - 1) * mean);
  }

  private static void check(double[][] items) {
    if (items.length < 2) {
      throw InvalidInputException.at("items", "cronbach: " + items.length + " item; alpha needs at least two");
    }
    int n = items[0].length;
    if (n < 3) {
      throw InvalidInputException.at("items", "cronbach: " + n + " respondents; alpha needs at least three");
    }
    for (int j = 0; j < items.length; j++) {
      if (items[j].length != n) {
        throw InvalidInputException.at("items[" + j + "]", "cronbach: item " + j + " has " + items[j].length
            + " values where item 0 has " + n);
      }
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(items[j][i])) {
          throw InvalidInputException.at("items[" + j + "][" + i + "]", "cronbach: value " + items[j][i]
              + "; alpha needs complete, finite items");
        }
      }
    }
  }

}
