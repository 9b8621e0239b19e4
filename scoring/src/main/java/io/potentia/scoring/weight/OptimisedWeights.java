package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Correlations;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;

/**
 * Weights optimised to match target importances; see
 * {@link Weightings#optimised(double[], double, int)}.
 */
final class OptimisedWeights implements WeightingMethod {
  private static final String NAME = "optimised";

  private final double[] targets;
  private final double tolerance;
  private final int maxIterations;

  OptimisedWeights(double[] targets, double tolerance, int maxIterations) {
    Checks.weights("optimised", targets, targets.length);
    this.targets = Checks.unit(targets);
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  @Override
  public double[] weigh(double[][] columns) {
    int n = columns.length;
    if (n != targets.length) {
      throw InvalidInputException.at("parameters.targets", NAME + ": " + targets.length + " targets for " + n
          + " criteria");
    }
    int m = columns[0].length;
    for (int j = 0; j < n; j++) {
      if (Stats.count(columns[j]) != m || columns[j].length != m) {
        throw InvalidInputException.at("[" + j + "]", NAME + ": criterion " + j + " has missing values; impute first");
      }
      if (Stats.min(columns[j]) == Stats.max(columns[j])) {
        throw InvalidInputException.at("[" + j + "]", NAME + ": criterion " + j + " is constant; it has no importance");
      }
    }
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0 / n);
    double gap = Double.POSITIVE_INFINITY;
    for (int iter = 0; iter < maxIterations; iter++) {
      double[] s = importance(columns, w);
      gap = 0;
      for (int j = 0; j < n; j++) {
        gap = Math.max(gap, Math.abs(s[j] - targets[j]));
      }
      if (gap < tolerance) {
        return w;
      }
      double sum = 0;
      for (int j = 0; j < n; j++) {
        w[j] *= s[j] > 0 ? Math.sqrt(targets[j] / s[j]) : 2;
        sum += w[j];
      }
      for (int j = 0; j < n; j++) {
        w[j] /= sum;
      }
    }
    throw InvalidInputException.at("parameters.targets", NAME + ": after " + maxIterations
        + " iterations the importances still differ from the targets by " + gap + " (tolerance " + tolerance
        + "); the targets cannot be reached with this data");
  }

  /**
   * The importance of each criterion in the weighted mean with weights {@code w}: squared Pearson
   * correlations with the index, scaled to sum 1.
   *
   * @param columns the data
   * @param w the weights
   * @return the importances
   */
  static double[] importance(double[][] columns, double[] w) {
    int n = columns.length;
    int m = columns[0].length;
    double[] y = new double[m];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        y[i] += w[j] * columns[j][i];
      }
    }
    double[] s = new double[n];
    double total = 0;
    for (int j = 0; j < n; j++) {
      double r = Correlations.pearson(columns[j], y);
      s[j] = Double.isNaN(r) ? 0 : r * r;
      total += s[j];
    }
    for (int j = 0; j < n; j++) {
      s[j] = total > 0 ? s[j] / total : 1.0 / n;
    }
    return s;
  }
}
