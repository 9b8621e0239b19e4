package io.potentia.scoring.internal;

import java.util.Arrays;

/**
 * Summary statistics over the present (non-NaN) values of a column, with compensated summation
 * (Neumaier's variant of Kahan's algorithm) so that sums of values of very different magnitude
 * lose no more than one rounding.
 */
public final class Stats {
  private Stats() {}

  /** The sum of the present values, compensated; 0 when none is present. */
  public static double sum(double[] x) {
    return compensatedSum(x, 0, 1, false);
  }

  /**
   * The compensated sum over the present values v of {@code d = (v - shift) / scale}, or of {@code
   * d^2} when {@code square}: the terms are formed as they are summed, so the mean and the standard
   * deviation scan the column without a scaled copy of it.
   */
  private static double compensatedSum(double[] x, double shift, double scale, boolean square) {
    double sum = 0;
    double c = 0;
    for (double value : x) {
      if (Double.isNaN(value)) {
        continue;
      }
      double d = (value - shift) / scale;
      double v = square ? d * d : d;
      double t = sum + v;
      c += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
      sum = t;
    }
    return sum + c;
  }

  /** The number of present values. */
  public static int count(double[] x) {
    int n = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    return n;
  }

  /** The mean of the present values; NaN when none is present. */
  public static double mean(double[] x) {
    return mean(x, count(x));
  }

  /** The mean of the {@code n} present values, counted by the caller, so that sd counts once. */
  private static double mean(double[] x, int n) {
    if (n == 0) {
      return Double.NaN;
    }
    // scale first so that the sum of huge values cannot overflow
    double max = maxAbs(x);
    if (max == 0) {
      return 0;
    }
    return compensatedSum(x, 0, max, false) / n * max;
  }

  /**
   * The standard deviation of the present values, with divisor {@code n - ddof}: 1 for the sample
   * standard deviation (R's {@code sd}), 0 for the population one (numpy's default).
   */
  public static double sd(double[] x, int ddof) {
    int n = count(x);
    return sd(x, ddof, n, n - ddof <= 0 ? Double.NaN : mean(x, n));
  }

  /**
   * {@link #sd(double[], int)} of {@code n} present values whose {@link #mean} the caller has: the
   * same result, without counting and averaging again.
   */
  public static double sd(double[] x, int ddof, int n, double mean) {
    if (n - ddof <= 0) {
      return Double.NaN;
    }
    double scale = maxAbsDeviation(x, mean);
    if (scale == 0) {
      return 0;
    }
    return Math.sqrt(compensatedSum(x, mean, scale, true) / (n - ddof)) * scale;
  }

  /** The variance of the present values with divisor {@code n - ddof}: {@link #sd} squared. */
  public static double variance(double[] x, int ddof) {
    double sd = sd(x, ddof);
    return sd * sd;
  }

  /** The smallest present value; NaN when none is present. */
  public static double min(double[] x) {
    double m = Double.NaN;
    for (double v : x) {
      if (!Double.isNaN(v) && !(v >= m)) {
        m = v;
      }
    }
    return m;
  }

  /** The largest present value; NaN when none is present. */
  public static double max(double[] x) {
    double m = Double.NaN;
    for (double v : x) {
      if (!Double.isNaN(v) && !(v <= m)) {
        m = v;
      }
    }
    return m;
  }

  /** The largest absolute present value; 0 when none is present. */
  public static double maxAbs(double[] x) {
    double m = 0;
    for (double v : x) {
      double a = Math.abs(v);
      if (a > m) { // false for NaN; and |v| is never -0.0, so Math.max's care for signed zeros is not needed
        m = a;
      }
    }
    return m;
  }

  private static double maxAbsDeviation(double[] x, double mean) {
    double m = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        m = Math.max(m, Math.abs(v - mean));
      }
    }
    return m;
  }

  /** The present values, in order. */
  public static double[] present(double[] x) {
    // two plain passes, not a stream: the audit calls this for every column of every year
    double[] out = new double[count(x)];
    int k = 0;
    for (double v : x) {
      if (v == v) {
        out[k++] = v;
      }
    }
    return out;
  }

  /** The median of the present values (mean of the middle two for an even count); NaN when none. */
  public static double median(double[] x) {
    return quantile(x, 0.5);
  }

  /**
   * The p-quantile of the present values by linear interpolation between order statistics (R's
   * type 7, numpy's default); NaN when none is present.
   */
  public static double quantile(double[] x, double p) {
    double[] s = present(x);
    if (s.length == 0) {
      return Double.NaN;
    }
    Arrays.sort(s);
    double h = (s.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, s.length - 1);
    return s[lo] + (h - lo) * (s[hi] - s[lo]);
  }

  /**
   * The sample skewness of the present values, as R's {@code e1071::skewness} type 2 and Excel's
   * SKEW: {@code sqrt(n(n-1))/(n-2) * m3 / m2^1.5}; NaN with fewer than three values or no spread.
   */
  public static double skewness(double[] x) {
    int n = count(x);
    return n < 3 ? Double.NaN : skewness(x, n, mean(x, n));
  }

  /** {@link #skewness(double[])} of {@code n} present values whose {@link #mean} the caller has. */
  public static double skewness(double[] x, int n, double mean) {
    if (n < 3) {
      return Double.NaN;
    }
    double m2 = 0;
    double m3 = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        double d = v - mean;
        m2 += d * d;
        m3 += d * d * d;
      }
    }
    m2 /= n;
    m3 /= n;
    if (m2 == 0) {
      return Double.NaN;
    }
    return Math.sqrt((double) n * (n - 1)) / (n - 2) * m3 / Math.pow(m2, 1.5);
  }

  /**
   * The sample excess kurtosis of the present values, as Excel's KURT and R's {@code
   * e1071::kurtosis} type 2; NaN with fewer than four values or no spread.
   */
  public static double kurtosis(double[] x) {
    int n = count(x);
    return n < 4 ? Double.NaN : kurtosis(x, n, mean(x, n));
  }

  /** {@link #kurtosis(double[])} of {@code n} present values whose {@link #mean} the caller has. */
  public static double kurtosis(double[] x, int n, double mean) {
    if (n < 4) {
      return Double.NaN;
    }
    double m2 = 0;
    double m4 = 0;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        double d = v - mean;
        m2 += d * d;
        m4 += d * d * d * d;
      }
    }
    m2 /= n;
    m4 /= n;
    if (m2 == 0) {
      return Double.NaN;
    }
    double g2 = m4 / (m2 * m2) - 3;
    return ((double) (n - 1) / ((n - 2) * (n - 3))) * ((n + 1) * g2 + 6);
  }
}
