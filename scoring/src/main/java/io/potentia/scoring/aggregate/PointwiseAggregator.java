package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Checks;

/**
 * An aggregator that scores each area from that area's child scores alone. Implementations give
 * {@link #combine}; the table form is derived.
 *
 * <p>Missing child scores: the default rule drops them and rescales the remaining weights to sum 1
 * (as COINr's aggregation with {@code na.rm}); an area whose children are all missing stays missing.
 */
@FunctionalInterface
public interface PointwiseAggregator extends Aggregator {

  /**
   * Combines one area's present child scores.
   *
   * @param values the present scores, finite
   * @param weights their weights, scaled to sum 1
   * @return the area's score
   */
  double combine(double[] values, double[] weights);

  @Override
  default double[] aggregate(double[][] children, double[] weights) {
    int c = children.length;
    Checks.weights("aggregation", weights, c);
    int m = children[0].length;
    double[] out = new double[m];
    double[] values = new double[c];
    double[] w = new double[c];
    for (int a = 0; a < m; a++) {
      int k = 0;
      double sum = 0;
      for (int j = 0; j < c; j++) {
        if (children[j].length != m) {
          throw InvalidInputException.at("[" + j + "]", "aggregation: child " + j + " has " + children[j].length
              + " scores, child 0 has " + m);
        }
        double v = children[j][a];
        if (Double.isInfinite(v)) {
          throw InvalidInputException.at("[" + j + "][" + a + "]", "aggregation: score of child " + j + " for area " + a
              + " is " + v + "; it must be finite");
        }
        if (!Double.isNaN(v) && weights[j] > 0) {
          values[k] = v;
          w[k] = weights[j];
          sum += weights[j];
          k++;
        }
      }
      if (k == 0) {
        out[a] = Double.NaN;
        continue;
      }
      double[] vk = java.util.Arrays.copyOf(values, k);
      double[] wk = new double[k];
      for (int j = 0; j < k; j++) {
        wk[j] = w[j] / sum;
      }
      out[a] = combine(vk, wk);
    }
    return out;
  }
}
