package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import java.util.Optional;

/**
 * The weighted power mean; see {@link Aggregators#powerMean(double)} and the named instances {@link
 * Aggregators#arithmeticMean()}, {@link Aggregators#geometricMean()}, {@link
 * Aggregators#harmonicMean()}.
 */
final class PowerMean implements PointwiseAggregator {
  private final String name;
  private final double p;

  PowerMean(String name, double p) {
    if (!Double.isFinite(p)) {
      throw InvalidInputException.at("parameters.p", "power-mean: p " + p + " must be finite");
    }
    this.name = name;
    this.p = p;
  }

  @Override
  public Optional<QuasiArithmeticMean> quasiArithmetic() {
    double order = p;
    return Optional.of(new QuasiArithmeticMean() {
      @Override
      public double generator(double x) {
        if (order == 1) {
          return x;
        }
        if (order == 0) {
          return x > 0 ? Math.log(x) : Double.NaN;
        }
        // the mean takes zeros for p > 0 (0^p = 0), only positive scores for p < 0
        return x > 0 || (x == 0 && order > 0) ? Math.pow(x, order) : Double.NaN;
      }

      @Override
      public boolean increasing() {
        return order >= 0;
      }

      @Override
      public double[] generate(double[] x) {
        if (order == 1) {
          return x;
        }
        double[] g = new double[x.length];
        if (order == 0) {
          for (int i = 0; i < x.length; i++) {
            g[i] = x[i] > 0 ? Math.log(x[i]) : Double.NaN;
          }
          return g;
        }
        for (int i = 0; i < x.length; i++) {
          g[i] = generator(x[i]);
        }
        return g;
      }
    });
  }

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    if (p != 1) {
      return PointwiseAggregator.super.aggregate(children, weights);
    }
    // the arithmetic mean is the hot path of every index: accumulate child by child, area by area,
    // in a loop without branches that the compiler turns into vector instructions
    io.potentia.scoring.internal.Checks.weights(name, weights, children.length);
    int m = children[0].length;
    double[] sum = new double[m];
    double total = 0;
    for (int j = 0; j < children.length; j++) {
      double[] x = children[j];
      if (x.length != m) {
        refuseInfinite(children, weights, j); // a child before it with an infinite score is told first, as it always was
        throw InvalidInputException.at("[" + j + "]", name + ": child " + j + " has " + x.length + " scores, child 0 has " + m);
      }
      double w = weights[j];
      if (w == 0) {
        continue;
      }
      total += w;
      for (int a = 0; a < m; a++) {
        sum[a] += w * x[a];
      }
    }
    boolean unusual = false;
    for (int a = 0; a < m; a++) {
      double mean = sum[a] / total;
      unusual |= mean - mean != 0; // NaN or infinite: a missing score, an infinite one, or an overflow
      sum[a] = mean;
    }
    return unusual ? unusualAreas(children, weights, sum) : sum;
  }

  /**
   * Redoes the areas whose mean is not finite the careful way: a missing child score is
   * left out and the weights of the present ones renormalised, an infinite score is refused (the
   * first by child, then area), and should scores near Double.MAX_VALUE overflow the sum, every
   * area is combined by the compensated mean.
   */
  private double[] unusualAreas(double[][] children, double[] weights, double[] mean) {
    int m = mean.length;
    int count = 0;
    int[] unusual = new int[m];
    for (int a = 0; a < m; a++) {
      if (!Double.isFinite(mean[a])) {
        unusual[count++] = a;
      }
    }
    for (int j = 0; j < children.length; j++) {
      if (weights[j] == 0) {
        continue;
      }
      for (int k = 0; k < count; k++) {
        int a = unusual[k];
        if (Double.isInfinite(children[j][a])) {
          throw infinite(j, a, children[j][a]);
        }
      }
    }
    boolean overflowed = false;
    for (int k = 0; k < count; k++) {
      int a = unusual[k];
      double sum = 0;
      double weight = 0;
      for (int j = 0; j < children.length; j++) {
        double w = weights[j];
        double v = children[j][a];
        if (w != 0 && v == v) {
          sum += w * v;
          weight += w;
        }
      }
      mean[a] = weight == 0 ? Double.NaN : sum / weight;
      overflowed |= Double.isInfinite(mean[a]);
    }
    return overflowed ? PointwiseAggregator.super.aggregate(children, weights) : mean;
  }

  /** Refuses the first infinite score of children {@code 0..before-1} with weight, child by child, if any. */
  private void refuseInfinite(double[][] children, double[] weights, int before) {
    for (int j = 0; j < before; j++) {
      if (weights[j] == 0) {
        continue;
      }
      for (int a = 0; a < children[j].length; a++) {
        if (Double.isInfinite(children[j][a])) {
          throw infinite(j, a, children[j][a]);
        }
      }
    }
  }

  private InvalidInputException infinite(int child, int area, double v) {
    return InvalidInputException.at("[" + child + "][" + area + "]", name + ": score of child " + child + " for area "
        + area + " is " + v + "; it must be finite");
  }

  @Override
  public double combine(double[] x, double[] w) {
    if (p == 1) {
      double s = 0;
      double c = 0;
      for (int i = 0; i < x.length; i++) {
        double term = w[i] * x[i];
        double t = s + term;
        c += Math.abs(s) >= Math.abs(term) ? (s - t) + term : (term - t) + s;
        s = t;
      }
      return s + c;
    }
    for (int i = 0; i < x.length; i++) {
      if (x[i] < 0 || (p < 0 && x[i] == 0)) {
        throw InvalidInputException.at("[" + i + "]", name + ": a score is " + x[i] + "; the "
            + (p < 0 ? "mean with p < 0 needs positive" : "mean needs non-negative") + " scores");
      }
    }
    if (p == 0) {
      double logSum = 0;
      for (int i = 0; i < x.length; i++) {
        if (x[i] == 0) {
          return 0;
        }
        logSum += w[i] * Math.log(x[i]);
      }
      return Math.exp(logSum);
    }
    // scale by the largest score so that x^p can neither overflow nor underflow to zero
    double max = 0;
    for (double v : x) {
      max = Math.max(max, v);
    }
    if (max == 0) {
      return 0;
    }
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += w[i] * Math.pow(x[i] / max, p);
    }
    double r = max * Math.pow(s, 1 / p);
    // within rounding, a mean lies between the smallest and largest score
    double min = max;
    for (double v : x) {
      min = Math.min(min, v);
    }
    return Math.max(min, Math.min(max, r));
  }
}
