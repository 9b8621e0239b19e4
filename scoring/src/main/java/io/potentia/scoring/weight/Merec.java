package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import java.util.List;

/** MEREC weights; see {@link Weightings#merec()}. */
final class Merec implements WeightingMethod {
  private static final String NAME = "merec";

  @Override
  public double[] weigh(double[][] columns) {
    return weigh(columns, Orientation.benefits(columns.length));
  }

  /** The published form turns the data around by direction, so that the best value gets the smallest ratio. */
  @Override
  public double[] weigh(double[][] columns, List<Direction> directions) {
    Orientation.check(columns, directions);
    CompleteColumns.check(NAME, columns);
    int n = columns.length;
    int m = columns[0].length;
    // |ln n_ij| per alternative and criterion; ln(min/x) = ln min - ln x avoids the ratio's underflow
    double[][] logs = new double[n][m];
    for (int j = 0; j < n; j++) {
      double[] x = columns[j];
      for (int i = 0; i < m; i++) {
        if (!(x[i] > 0)) {
          throw InvalidInputException.at("[" + j + "][" + i + "]", NAME + ": criterion " + j + ", alternative " + i
              + " is " + x[i] + "; MEREC takes logarithms of ratios and needs values > 0");
        }
      }
      double reference = directions.get(j) == Direction.BENEFIT ? min(x) : max(x);
      double logReference = Math.log(reference);
      for (int i = 0; i < m; i++) {
        logs[j][i] = Math.abs(logReference - Math.log(x[i]));
      }
    }
    double[] rowSum = new double[m];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        rowSum[i] += logs[j][i];
      }
    }
    double[] effect = new double[n];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        double all = Math.log1p(rowSum[i] / n);
        double without = Math.log1p(Math.max(0, rowSum[i] - logs[j][i]) / n);
        effect[j] += Math.abs(without - all);
      }
    }
    return Shares.ofTotal(effect, NAME + ": every criterion is constant across the alternatives; removing"
        + " any of them changes nothing, so MEREC gives no weights");
  }

  private static double min(double[] x) {
    double v = x[0];
    for (double e : x) {
      v = Math.min(v, e);
    }
    return v;
  }

  private static double max(double[] x) {
    double v = x[0];
    for (double e : x) {
      v = Math.max(v, e);
    }
    return v;
  }
}
