package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Correlations;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;
import java.util.List;

/** CRITIC weights; see {@link Weightings#critic()}; cost criteria are oriented by {@link Orientation}. */
final class Critic implements WeightingMethod {
  private static final String NAME = "critic";

  /** Data on which higher is better: every criterion is oriented as a benefit. */
  private static final io.potentia.scoring.normalise.Normaliser UNIT_MIN_MAX =
      io.potentia.scoring.normalise.Normalisers.minMax(0, 1);

  @Override
  public double[] weigh(double[][] columns) {
    return weigh(columns, Orientation.benefits(columns.length));
  }

  /** Raw data: each criterion is oriented by its direction before its contrast and correlations. */
  @Override
  public double[] weigh(double[][] columns, List<Direction> directions) {
    Orientation.check(columns, directions);
    int n = columns.length;
    if (n < 2) {
      throw InvalidInputException.at("", NAME + ": " + n + " criterion; CRITIC compares at least two");
    }
    int m = columns[0].length;
    double[][] z = new double[n][];
    double[] s = new double[n];
    for (int j = 0; j < n; j++) {
      double[] x = columns[j];
      Checks.finiteOrMissing(NAME, x);
      if (x.length != m || Stats.count(x) != m) {
        throw InvalidInputException.at("[" + j + "]", NAME + ": criterion " + j
            + " has missing values; impute first (correlations need complete data)");
      }
      if (m < 2) {
        throw InvalidInputException.at("", NAME + ": one alternative has no contrast");
      }
      double min = Stats.min(x);
      double max = Stats.max(x);
      if (min == max) {
        throw InvalidInputException.at("[" + j + "]", NAME + ": criterion " + j + " is constant (" + min
            + "); it has no contrast and no correlation");
      }
      z[j] = UNIT_MIN_MAX.normalise(x, directions.get(j)); // the project's min-max: overflow-safe, by direction
      s[j] = Stats.sd(z[j], 0);
    }
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      double conflict = 0;
      for (int k = 0; k < n; k++) {
        conflict += 1 - Correlations.pearson(z[j], z[k]);
      }
      c[j] = s[j] * conflict;
    }
    return Shares.ofTotal(c, NAME + ": every criterion is perfectly correlated with the others;"
        + " CRITIC gives no information to weigh by");
  }
}
