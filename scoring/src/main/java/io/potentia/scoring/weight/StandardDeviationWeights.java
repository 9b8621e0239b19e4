package io.potentia.scoring.weight;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.internal.Stats;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.normalise.Normalisers;
import java.util.List;

/** Standard-deviation weights; see {@link Weightings#standardDeviation()}. */
final class StandardDeviationWeights implements WeightingMethod {
  private static final String NAME = "standard-deviation";
  private static final Normaliser UNIT_MIN_MAX = Normalisers.minMax(0, 1);

  @Override
  public double[] weigh(double[][] columns) {
    return weigh(columns, Orientation.benefits(columns.length));
  }

  @Override
  public double[] weigh(double[][] columns, List<Direction> directions) {
    Orientation.check(columns, directions);
    CompleteColumns.check(NAME, columns);
    int n = columns.length;
    double[] s = new double[n];
    for (int j = 0; j < n; j++) {
      double[] x = columns[j];
      // a constant criterion has no spread: weight 0, where min-max itself would be undefined
      if (Stats.min(x) < Stats.max(x)) {
        s[j] = Stats.sd(UNIT_MIN_MAX.normalise(x, directions.get(j)), 0);
      }
    }
    return Shares.ofTotal(s, NAME + ": every criterion is constant across the alternatives, so no"
        + " criterion has any spread to weigh by");
  }
}
