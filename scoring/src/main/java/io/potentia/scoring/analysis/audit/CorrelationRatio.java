package io.potentia.scoring.analysis.audit;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Correlations;
import io.potentia.scoring.internal.Stats;
import java.util.Arrays;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * The first-order correlation ratio {@code S_i = Var(E[y | x_i]) / Var(y)}: the share of the
 * variance of an index {@code y} that one input {@code x_i} explains, linearly or not (Pearson
 * 1903; as a measure of an indicator's importance in a composite, Paruolo, Saisana and Saltelli
 * 2013, "Ratings and rankings: voodoo or science?", JRSS A 176(3); Becker et al. 2017, Ecological
 * Indicators 80). It is the first-order Sobol index when the inputs are independent.
 *
 * <p>{@code E[y | x]} is estimated by nonparametric regression. With at most {@value
 * #MAX_GROUPS} distinct values of {@code x} (an ordinal or count indicator) and on average two
 * pairs per value, by the mean of {@code y} in each group of equal {@code x}, which is the
 * correlation ratio's definition. With 8 pairs or fewer, by a straight line ({@code r^2}). Otherwise
 * by a least-squares cubic regression spline (B-spline basis) with {@code K} interior knots at
 * quantiles of {@code x}, {@code K} from 0 to {@value #MAX_KNOTS} chosen by generalised
 * cross-validation, {@code GCV(K) = n RSS / (n - K - 4)^2} (Craven and Wahba 1979). The estimate
 * is {@code Var(fitted) / Var(y)}, population variances, in [0, 1]. Becker et al. estimate the
 * same ratio with Gaussian processes; this estimator is checked against the Ishigami function's
 * analytic indices, not against their published numbers.
 */
public final class CorrelationRatio {
  /** Up to this many distinct values, {@code x} is treated as groups. */
  public static final int MAX_GROUPS = 10;
  /** The most interior knots the spline tries. */
  public static final int MAX_KNOTS = 12;

  private CorrelationRatio() {}

  /**
   * The correlation ratio of {@code y} on {@code x}, over the pairs where both are present.
   *
   * @param x the input, NaN where missing
   * @param y the output (the index), NaN where missing
   * @return {@code S} in [0, 1]
   * @throws InvalidInputException if the arrays differ in length, hold an infinite value, have
   *     fewer than 3 complete pairs, or {@code y} or {@code x} does not vary over them
   */
  public static double of(double[] x, double[] y) {
    if (x.length != y.length) {
      throw InvalidInputException.at("x", "correlation ratio: " + x.length + " inputs for " + y.length + " outputs");
    }
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (Double.isInfinite(x[i]) || Double.isInfinite(y[i])) {
        throw InvalidInputException.at("[" + i + "]", "correlation ratio: infinite value at " + i);
      }
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        n++;
      }
    }
    if (n < 3) {
      throw InvalidInputException.at("x", "correlation ratio: " + n + " complete pairs; at least 3 are needed");
    }
    double[][] pairs = new double[n][];
    for (int i = 0, k = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        pairs[k++] = new double[] {x[i], y[i]};
      }
    }
    Arrays.sort(pairs, (a, b) -> Double.compare(a[0], b[0]));
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = pairs[i][0];
      ys[i] = pairs[i][1];
    }
    double varY = variance(ys);
    if (!(varY > 0)) {
      throw InvalidInputException.at("y", "correlation ratio: the output does not vary");
    }
    int distinct = 1;
    for (int i = 1; i < n; i++) {
      distinct += xs[i] != xs[i - 1] ? 1 : 0;
    }
    if (distinct == 1) {
      throw InvalidInputException.at("x", "correlation ratio: the input does not vary");
    }
    if (distinct <= MAX_GROUPS && n >= 2 * distinct) {
      return ratio(groupMeans(xs, ys), varY);
    }
    if (n <= 8) {
      double r = Correlations.pearson(xs, ys);
      return r * r; // too few pairs for a cubic: the straight line's share
    }
    return ratio(spline(xs, ys), varY);
  }

  private static double ratio(double[] fitted, double varY) {
    return Math.max(0, Math.min(1, variance(fitted) / varY));
  }

  /** E[y | x] as the mean of y over each run of equal x (x sorted). */
  private static double[] groupMeans(double[] xs, double[] ys) {
    int n = xs.length;
    double[] fitted = new double[n];
    for (int start = 0; start < n;) {
      int end = start;
      double sum = 0;
      while (end < n && xs[end] == xs[start]) {
        sum += ys[end++];
      }
      Arrays.fill(fitted, start, end, sum / (end - start));
      start = end;
    }
    return fitted;
  }

  /** E[y | x] by the cubic regression spline with the knot count of least GCV (x sorted). */
  private static double[] spline(double[] xs, double[] ys) {
    int n = xs.length;
    double[] best = null;
    double bestGcv = Double.POSITIVE_INFINITY;
    for (int k = 0; k <= MAX_KNOTS && n > 2 * (k + 4); k++) {
      double[] knots = knots(xs, k);
      int p = knots.length - 4;
      double[][] basis = new double[n][];
      for (int i = 0; i < n; i++) {
        basis[i] = bSplines(knots, xs[i]);
      }
      QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(basis, false), 1e-12);
      if (!qr.getSolver().isNonSingular()) {
        continue; // tied quantiles made two knots coincide; fewer knots will do
      }
      RealVector coefficients = qr.getSolver().solve(new ArrayRealVector(ys, false));
      double[] fitted = new double[n];
      double rss = 0;
      for (int i = 0; i < n; i++) {
        double f = 0;
        for (int j = 0; j < p; j++) {
          f += basis[i][j] * coefficients.getEntry(j);
        }
        fitted[i] = f;
        rss += (ys[i] - f) * (ys[i] - f);
      }
      double gcv = n * rss / ((double) (n - p) * (n - p));
      if (gcv < bestGcv) {
        bestGcv = gcv;
        best = fitted;
      }
    }
    return best;
  }

  /** The clamped knot vector: the ends four times, k interior knots at distinct quantiles. */
  private static double[] knots(double[] xs, int k) {
    int n = xs.length;
    double lo = xs[0];
    double hi = xs[n - 1];
    double[] interior = new double[k];
    int m = 0;
    for (int j = 1; j <= k; j++) {
      double q = xs[(int) Math.floor((double) j * (n - 1) / (k + 1))];
      if (q > lo && q < hi && (m == 0 || q > interior[m - 1])) {
        interior[m++] = q;
      }
    }
    double[] knots = new double[m + 8];
    Arrays.fill(knots, 0, 4, lo);
    System.arraycopy(interior, 0, knots, 4, m);
    Arrays.fill(knots, m + 4, m + 8, hi);
    return knots;
  }

  /** The cubic B-spline basis at x (Cox-de Boor recursion), the last interval closed on the right. */
  private static double[] bSplines(double[] t, double x) {
    int p = t.length - 4;
    double[] b = new double[t.length - 1];
    for (int i = 0; i < b.length; i++) {
      boolean last = x == t[t.length - 1] && t[i] < t[i + 1] && t[i + 1] == t[t.length - 1];
      b[i] = (t[i] <= x && x < t[i + 1]) || last ? 1 : 0;
    }
    for (int d = 1; d <= 3; d++) {
      for (int i = 0; i < b.length - d; i++) {
        double left = t[i + d] > t[i] ? (x - t[i]) / (t[i + d] - t[i]) * b[i] : 0;
        double right = t[i + d + 1] > t[i + 1] ? (t[i + d + 1] - x) / (t[i + d + 1] - t[i + 1]) * b[i + 1] : 0;
        b[i] = left + right;
      }
    }
    return Arrays.copyOf(b, p);
  }

  private static double variance(double[] x) {
    double sd = Stats.sd(x, 0);
    return sd * sd;
  }
}
