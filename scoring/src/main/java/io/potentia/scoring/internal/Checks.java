package io.potentia.scoring.internal;

import io.potentia.core.InvalidInputException;

/** Argument checks shared by the strategies, each failing with a message that names the strategy. */
public final class Checks {
  private Checks() {}

  /** Rejects infinite values (NaN is a missing value and allowed). */
  public static void finiteOrMissing(String strategy, double[] x) {
    for (int i = 0; i < x.length; i++) {
      if (Double.isInfinite(x[i])) {
        throw InvalidInputException.at("[" + i + "]", strategy + ": value " + i + " is " + x[i] + "; it must be finite");
      }
    }
  }

  /** Rejects a column with no present value. */
  public static void somePresent(String strategy, double[] x) {
    finiteOrMissing(strategy, x);
    if (Stats.count(x) == 0) {
      throw InvalidInputException.at("", strategy + ": every value is missing");
    }
  }

  /** Rejects a present value below a bound, naming its position. */
  public static void atLeast(String strategy, double[] x, double bound, boolean strict, String why) {
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && (strict ? !(x[i] > bound) : !(x[i] >= bound))) {
        throw InvalidInputException.at("[" + i + "]", strategy + ": value " + i + " is " + x[i] + "; it must be "
            + (strict ? "> " : ">= ") + bound + " (" + why + ")");
      }
    }
  }

  /** Rejects weights that are negative, not finite, all zero, or of the wrong count. */
  public static void weights(String strategy, double[] w, int expected) {
    if (w.length != expected) {
      throw InvalidInputException.at("weights", strategy + ": " + w.length + " weights for " + expected + " inputs");
    }
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      if (!Double.isFinite(w[i]) || w[i] < 0) {
        throw InvalidInputException.at("weights[" + i + "]", strategy + ": weight " + i + " is " + w[i]
            + "; it must be finite and >= 0");
      }
      sum += w[i];
    }
    if (sum <= 0) {
      throw InvalidInputException.at("weights", strategy + ": the weights sum to zero");
    }
  }

  /**
   * The weights scaled to sum to 1 (after {@link #weights} has passed). Weights near {@code
   * Double.MAX_VALUE}, whose sum overflows, are divided by the largest first.
   */
  public static double[] unit(double[] w) {
    double[] out = w.clone();
    double sum = Stats.sum(out);
    if (Double.isInfinite(sum)) {
      double max = Stats.maxAbs(out);
      for (int i = 0; i < out.length; i++) {
        out[i] /= max;
      }
      sum = Stats.sum(out);
    }
    for (int i = 0; i < out.length; i++) {
      out[i] /= sum;
    }
    return out;
  }
}
