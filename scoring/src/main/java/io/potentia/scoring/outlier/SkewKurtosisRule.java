package io.potentia.scoring.outlier;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.Stats;
import java.util.ArrayList;
import java.util.List;

/**
 * The skewness and kurtosis rule; see {@link OutlierTreatments#skewKurtosis(double, double, int)}.
 */
final class SkewKurtosisRule implements OutlierTreatment {
  private static final String NAME = "skew-kurtosis";

  private final double skewLimit;
  private final double kurtosisLimit;
  private final int maxWinsorised;

  SkewKurtosisRule(double skewLimit, double kurtosisLimit, int maxWinsorised) {
    if (!(skewLimit > 0) || !Double.isFinite(kurtosisLimit) || maxWinsorised < 0) {
      throw InvalidInputException.at("parameters", "skew-kurtosis: skew limit " + skewLimit + " must be > 0, kurtosis"
          + " limit " + kurtosisLimit + " finite, maxWinsorised " + maxWinsorised + " >= 0");
    }
    this.skewLimit = skewLimit;
    this.kurtosisLimit = kurtosisLimit;
    this.maxWinsorised = maxWinsorised;
  }

  private boolean outlying(double[] x) {
    double s = Stats.skewness(x);
    double k = Stats.kurtosis(x);
    return Math.abs(s) > skewLimit && k > kurtosisLimit;
  }

  @Override
  public Treated treat(double[] column) {
    Checks.finiteOrMissing(NAME, column);
    double[] x = column.clone();
    if (Stats.count(x) < 4) {
      return new Treated(x, List.of(), false, Double.NaN, Double.NaN, "fewer than four values: not assessed");
    }
    if (!outlying(x)) {
      return new Treated(x, List.of(), false, Stats.skewness(x), Stats.kurtosis(x), "within the rule: not treated");
    }
    List<Integer> winsorised = new ArrayList<>();
    for (int step = 0; step < maxWinsorised && outlying(x); step++) {
      boolean high = Stats.skewness(x) > 0;
      int extreme = -1;
      for (int i = 0; i < x.length; i++) {
        if (!Double.isNaN(x[i]) && (extreme < 0 || (high ? x[i] > x[extreme] : x[i] < x[extreme]))) {
          extreme = i;
        }
      }
      double next = Double.NaN;
      for (int i = 0; i < x.length; i++) {
        if (i != extreme && !Double.isNaN(x[i]) && x[i] != x[extreme]
            && (Double.isNaN(next) || (high ? x[i] > next : x[i] < next))) {
          next = x[i];
        }
      }
      if (Double.isNaN(next)) {
        break;
      }
      for (int i = 0; i < x.length; i++) {
        if (x[i] == x[extreme] && i != extreme) {
          winsorised.add(i);
          x[i] = next;
        }
      }
      winsorised.add(extreme);
      x[extreme] = next;
    }
    if (!outlying(x)) {
      return new Treated(x, List.copyOf(winsorised), false, Stats.skewness(x), Stats.kurtosis(x),
          "winsorised " + winsorised.size() + " point(s)");
    }
    double[] logged = column.clone();
    boolean high = Stats.skewness(column) > 0;
    double min = Stats.min(column);
    double max = Stats.max(column);
    double pad = 0.01 * (max - min);
    for (int i = 0; i < logged.length; i++) {
      if (!Double.isNaN(logged[i])) {
        logged[i] = high ? Math.log(logged[i] - min + pad) : -Math.log(max - logged[i] + pad);
      }
    }
    return new Treated(logged, List.of(), true, Stats.skewness(logged), Stats.kurtosis(logged),
        "winsorising " + maxWinsorised + " point(s) did not satisfy the rule: log-transformed instead");
  }
}
