package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;

/**
 * The data check of the weighting methods that need every value of every criterion (MEREC,
 * standard deviation, Gini): at least one criterion, every criterion of the same length with at
 * least two alternatives, no missing (NaN) or infinite value.
 */
final class CompleteColumns {
  private CompleteColumns() {}

  /** Refuses data the method cannot weigh, naming the criterion and the alternative. */
  static void check(String method, double[][] columns) {
    if (columns.length == 0) {
      throw InvalidInputException.at("", method + ": there are no criteria to weigh");
    }
    int m = columns[0].length;
    if (m < 2) {
      throw InvalidInputException.at("[0]", method + ": " + m + " alternative; weighing needs at least two");
    }
    for (int j = 0; j < columns.length; j++) {
      double[] x = columns[j];
      if (x.length != m) {
        throw InvalidInputException.at("[" + j + "]", method + ": criterion " + j + " has " + x.length
            + " values and criterion 0 has " + m + "; give one value per alternative");
      }
      for (int i = 0; i < m; i++) {
        if (!Double.isFinite(x[i])) {
          throw InvalidInputException.at("[" + j + "][" + i + "]", method + ": criterion " + j + ", alternative " + i
              + " is " + x[i] + (Double.isNaN(x[i]) ? "; the method needs complete data, impute first"
                  : "; values must be finite"));
        }
      }
    }
  }
}
