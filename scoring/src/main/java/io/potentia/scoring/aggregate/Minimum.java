package io.potentia.scoring.aggregate;


/** The weakest link; see {@link Aggregators#minimum()}. */
final class Minimum implements PointwiseAggregator {
  @Override
  public double combine(double[] x, double[] w) {
    double min = x[0];
    for (double v : x) {
      min = Math.min(min, v);
    }
    return min;
  }
}
