package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.internal.Checks;
import java.util.Arrays;
import java.util.Optional;

/** Ordered weighted averaging; see {@link Aggregators#owa(double...)}. */
final class Owa implements Aggregator {
  private final double[] order;

  Owa(double[] orderWeights) {
    Checks.weights("owa", orderWeights, orderWeights.length);
    this.order = Checks.unit(orderWeights);
  }

  @Override
  public Optional<OutputRange> range(OutputRange input) {
    return Optional.of(input);
  }

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    if (children.length != order.length) {
      throw InvalidInputException.at("parameters.order", "owa: " + order.length + " order weights for "
          + children.length + " children");
    }
    int m = children[0].length;
    double[] out = new double[m];
    double[] y = new double[children.length];
    for (int a = 0; a < m; a++) {
      boolean missing = false;
      for (int j = 0; j < children.length; j++) {
        y[j] = children[j][a];
        if (Double.isInfinite(y[j])) {
          throw InvalidInputException.at("[" + j + "][" + a + "]", "owa: a score is " + y[j] + "; it must be finite");
        }
        missing |= Double.isNaN(y[j]);
      }
      if (missing) {
        out[a] = Double.NaN;
        continue;
      }
      Arrays.sort(y);
      double s = 0;
      for (int k = 0; k < y.length; k++) {
        s += order[k] * y[y.length - 1 - k];
      }
      out[a] = s;
    }
    return out;
  }

  /**
   * The orness of order weights: 1 for the maximum, 0 for the minimum, 0.5 for the mean.
   *
   * @param b order weights summing to 1
   * @return the orness
   */
  static double orness(double[] b) {
    int n = b.length;
    if (n == 1) {
      return 0.5;
    }
    double s = 0;
    for (int k = 0; k < n; k++) {
      s += b[k] * (n - 1 - k) / (n - 1);
    }
    return s;
  }
}
