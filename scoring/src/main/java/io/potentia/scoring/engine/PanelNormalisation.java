package io.potentia.scoring.engine;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.data.Dataset;
import java.util.stream.IntStream;

/**
 * Normalisation over the panel ({@code "normalisationScope": "panel"}): each leaf's columns of
 * every year, after the steps before normalisation, are normalised as one column of {@code years x
 * areas} values and split back into years. The plan admits only normalisers fitted to the range
 * ({@link io.potentia.scoring.spi.Trait#RANGE_FITTED}), for which this is the normalisation with
 * parameters fixed across years: min-max, {@code l + (u - l)(x - min)/(max - min)} with {@code min}
 * and {@code max} over all areas and years.
 */
final class PanelNormalisation {
  private PanelNormalisation() {}

  /**
   * The normalised columns, per year, per leaf.
   *
   * @param plan the plan
   * @param data the dataset
   * @param leaves every year's leaf steps, in year order
   * @return {@code [year][leaf][area]}
   * @throws InvalidInputException if a normaliser refuses a leaf's panel, naming the indicator,
   *     the years and the node
   */
  static double[][][] normalise(Plan plan, Dataset data, YearRun.Leaves[] leaves) {
    int[] years = data.years();
    int m = data.areaCount();
    int count = plan.leafNodes.length;
    double[][][] out = new double[years.length][count][];
    InvalidInputException[] failures = new InvalidInputException[count];
    IntStream range = IntStream.range(0, count);
    ((long) years.length * m * count >= 200_000 && count > 1 ? range.parallel() : range).forEach(k -> {
      int i = plan.leafNodes[k];
      double[] pooled = new double[years.length * m];
      for (int y = 0; y < years.length; y++) {
        System.arraycopy(leaves[y].inputs()[k], 0, pooled, y * m, m);
      }
      double[] scores;
      try {
        scores = plan.normalisers[i].strategy().normalise(pooled, plan.directions[i]);
      } catch (InvalidInputException e) {
        String where = "indicator '" + plan.leafIndicators.get(k) + "' over the panel " + years[0] + "-"
            + years[years.length - 1] + " (node '" + plan.order.get(i).id() + "')";
        failures[k] = new InvalidInputException(e.problems().stream()
            .map(p -> new Problem(p.source(), p.line(), p.column(), p.path(), where + ": " + p.message())).toList(), e);
        return;
      }
      for (int y = 0; y < years.length; y++) {
        double[] column = new double[m];
        System.arraycopy(scores, y * m, column, 0, m);
        out[y][k] = column;
      }
    });
    for (InvalidInputException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
    return out;
  }
}
