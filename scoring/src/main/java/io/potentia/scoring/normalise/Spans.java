package io.potentia.scoring.normalise;

import io.potentia.core.indicator.Direction;

/** The linear map of {@code [min, max]} onto {@code [lower, upper]} that several normalisers share. */
final class Spans {
  private Spans() {}

  /**
   * Maps each present value linearly, the best end of the span to {@code upper}: {@code lower +
   * (upper - lower)(x - min)/(max - min)} for a benefit indicator, {@code (max - x)} in the
   * numerator for a cost one. When {@code max - min} overflows (values near {@code
   * Double.MAX_VALUE}), the span is computed on halved values, which cannot.
   */
  static double[] map(double[] x, double min, double max, Direction direction, double lower, double upper) {
    double span = max - min;
    double[] out = new double[x.length];
    if (Double.isInfinite(span)) {
      double h = max / 2 - min / 2;
      for (int i = 0; i < x.length; i++) {
        double t = direction == Direction.BENEFIT ? (x[i] / 2 - min / 2) / h : (max / 2 - x[i] / 2) / h;
        out[i] = lower + (upper - lower) * t; // NaN stays NaN
      }
      return out;
    }
    // one multiplication per value: (x - min)(u - l)/span, with the factor computed once
    double factor = (upper - lower) / span;
    if (Double.isInfinite(factor)) {
      for (int i = 0; i < x.length; i++) {
        double t = direction == Direction.BENEFIT ? (x[i] - min) / span : (max - x[i]) / span;
        out[i] = lower + (upper - lower) * t;
      }
      return out;
    }
    if (direction == Direction.BENEFIT) {
      for (int i = 0; i < x.length; i++) {
        out[i] = lower + (x[i] - min) * factor;
      }
    } else {
      for (int i = 0; i < x.length; i++) {
        out[i] = lower + (max - x[i]) * factor;
      }
    }
    return out;
  }
}
