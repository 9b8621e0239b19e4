package io.potentia.scoring.aggregate;


/** The weighted median; see {@link Aggregators#median()}. */
final class WeightedMedian implements PointwiseAggregator {
  @Override
  public double combine(double[] x, double[] w) {
    Integer[] order = new Integer[x.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(x[a], x[b]));
    double cumulative = 0;
    for (int k = 0; k < order.length; k++) {
      cumulative += w[order[k]];
      if (Math.abs(cumulative - 0.5) < 1e-12 && k + 1 < order.length) {
        return (x[order[k]] + x[order[k + 1]]) / 2;
      }
      if (cumulative > 0.5) {
        return x[order[k]];
      }
    }
    return x[order[order.length - 1]];
  }
}
