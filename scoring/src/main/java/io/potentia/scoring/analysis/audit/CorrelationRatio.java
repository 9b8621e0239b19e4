package io.potentia.scoring.analysis.audit;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Correlations;
import io.potentia.scoring.internal.DoubleSort;
import io.potentia.scoring.internal.Stats;
import java.util.Arrays;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;

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
 * quantiles of {@code x}, {@code K} among 0, 1, 2, 4, 8 and {@value #MAX_KNOTS} chosen by generalised
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
  /** The interior knot counts tried: a GCV curve is flat near its minimum, so not every count is needed. */
  private static final int[] KNOT_COUNTS = {0, 1, 2, 4, 8, MAX_KNOTS};

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
    for (int i = 0; i < x.length; i++) {
      if (Double.isInfinite(x[i]) || Double.isInfinite(y[i])) {
        throw InvalidInputException.at("[" + i + "]", "correlation ratio: infinite value at " + i);
      }
    }
    double[][] pairs = Correlations.completePairs(x, y);
    double[] xs = pairs[0];
    double[] ys = pairs[1];
    int n = xs.length;
    if (n < 3) {
      throw InvalidInputException.at("x", "correlation ratio: " + n + " complete pairs; at least 3 are needed");
    }
    double varY = Stats.variance(ys, 0);
    if (!(varY > 0)) {
      throw InvalidInputException.at("y", "correlation ratio: the output does not vary");
    }
    double[] sorted = xs.clone();
    DoubleSort.sort(sorted); // as Arrays.sort, faster for a column of thousands
    int distinct = 1;
    for (int i = 1; i < n; i++) {
      distinct += sorted[i] != sorted[i - 1] ? 1 : 0;
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
    return ratio(spline(xs, ys, sorted), varY);
  }

  private static double ratio(double[] fitted, double varY) {
    return Math.max(0, Math.min(1, Stats.variance(fitted, 0) / varY));
  }

  /** E[y | x] as the mean of y over the pairs of equal x. */
  private static double[] groupMeans(double[] xs, double[] ys) {
    java.util.Map<Double, double[]> groups = new java.util.HashMap<>(); // x to {sum, count}
    for (int i = 0; i < xs.length; i++) {
      double[] g = groups.computeIfAbsent(xs[i], k -> new double[2]);
      g[0] += ys[i];
      g[1]++;
    }
    double[] fitted = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      double[] g = groups.get(xs[i]);
      fitted[i] = g[0] / g[1];
    }
    return fitted;
  }

  /**
   * E[y | x] by the cubic regression spline with the knot count of least GCV, knots at quantiles of
   * the sorted copy of x. Each row
   * has four non-zero B-splines, so the normal equations are accumulated in O(n) per knot count and
   * solved by Cholesky: the audit runs this for every node of a 10,000-area index.
   */
  private static double[] spline(double[] xs, double[] ys, double[] sorted) {
    int n = xs.length;
    double[] inverse = new double[6 * (MAX_KNOTS + 1)];
    double[] best = null;
    double[] spare = new double[n];
    double bestGcv = Double.POSITIVE_INFINITY;
    int[] span = new int[n];
    double[] values = new double[4 * n]; // the four non-zero B-splines of each row
    for (int k : KNOT_COUNTS) {
      if (n <= 2 * (k + 4)) {
        break;
      }
      double[] knots = knots(sorted, k);
      int p = knots.length - 4;
      inverseDenominators(knots, p, inverse);
      // X'X is banded (a row's four B-splines are adjacent): its upper band, 4 entries per row
      double[] band = new double[4 * p];
      double[] xty = new double[p];
      for (int i = 0; i < n; i++) {
        int s = span(knots, p, xs[i]);
        span[i] = s;
        basis(knots, s, xs[i], inverse, values, 4 * i);
        double b0 = values[4 * i];
        double b1 = values[4 * i + 1];
        double b2 = values[4 * i + 2];
        double b3 = values[4 * i + 3];
        int f = s - 3;
        double y = ys[i];
        xty[f] += b0 * y;
        xty[f + 1] += b1 * y;
        xty[f + 2] += b2 * y;
        xty[f + 3] += b3 * y;
        int r = 4 * f;
        band[r] += b0 * b0;
        band[r + 1] += b0 * b1;
        band[r + 2] += b0 * b2;
        band[r + 3] += b0 * b3;
        band[r + 4] += b1 * b1;
        band[r + 5] += b1 * b2;
        band[r + 6] += b1 * b3;
        band[r + 8] += b2 * b2;
        band[r + 9] += b2 * b3;
        band[r + 12] += b3 * b3;
      }
      double[][] xtx = new double[p][p];
      for (int a = 0; a < p; a++) {
        for (int d = 0; d < 4 && a + d < p; d++) {
          xtx[a][a + d] = band[4 * a + d];
          xtx[a + d][a] = band[4 * a + d];
        }
      }
      double[] coefficients;
      try {
        coefficients = new CholeskyDecomposition(new Array2DRowRealMatrix(xtx, false), 1e-12, 1e-12).getSolver()
            .solve(new ArrayRealVector(xty, false)).toArray();
      } catch (MathIllegalArgumentException singular) {
        continue; // tied quantiles left a knot interval without data; fewer knots will do
      }
      double[] fitted = spare; // two buffers in turn: the best fit so far and the one being tried
      double rss = 0;
      for (int i = 0; i < n; i++) {
        double f = 0;
        for (int r = 0; r < 4; r++) {
          f += values[4 * i + r] * coefficients[span[i] - 3 + r];
        }
        fitted[i] = f;
        rss += (ys[i] - f) * (ys[i] - f);
      }
      double gcv = n * rss / ((double) (n - p) * (n - p));
      if (gcv < bestGcv) {
        bestGcv = gcv;
        spare = best == null ? new double[n] : best;
        best = fitted;
      }
    }
    return best;
  }

  /** The clamped knot vector: the ends four times, k interior knots at distinct quantiles of sorted xs. */
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

  /**
   * The knot span holding x, t[s] <= x < t[s + 1], the last span for the right end: 3 plus the
   * interior knots at or below x. The interior knots are few and distinct, so counting them without
   * branches beats a binary search whose branches the processor cannot predict.
   */
  private static int span(double[] t, int p, double x) {
    int s = 3;
    for (int j = 4; j < p; j++) {
      s += x >= t[j] ? 1 : 0;
    }
    return s;
  }

  /**
   * The reciprocals of the denominators {@code t[s + r + 1] - t[s + 1 - j + r]} of the B-spline
   * recurrence for every span s, j = 1..3, r < j: they depend on the knots only, so each basis
   * evaluation multiplies instead of dividing. Stored at {@code 6 (s - 3) + j (j - 1) / 2 + r}.
   */
  private static void inverseDenominators(double[] t, int p, double[] inverse) {
    for (int s = 3; s < p; s++) {
      for (int j = 1; j <= 3; j++) {
        for (int r = 0; r < j; r++) {
          inverse[6 * (s - 3) + j * (j - 1) / 2 + r] = 1 / (t[s + r + 1] - t[s + 1 - j + r]);
        }
      }
    }
  }

  /**
   * The four cubic B-splines non-zero at x in span s, B_{s-3} to B_s, into {@code out[at..at+3]}:
   * Cox-de Boor's triangle (Piegl and Tiller, A2.2) unrolled for degree 3, with the denominators'
   * reciprocals from {@link #inverseDenominators}.
   */
  private static void basis(double[] t, int s, double x, double[] inverse, double[] out, int at) {
    int base = 6 * (s - 3);
    double left1 = x - t[s];
    double left2 = x - t[s - 1];
    double left3 = x - t[s - 2];
    double right1 = t[s + 1] - x;
    double right2 = t[s + 2] - x;
    double right3 = t[s + 3] - x;
    // degree 1
    double temp = inverse[base];
    double n0 = right1 * temp;
    double n1 = left1 * temp;
    // degree 2
    temp = n0 * inverse[base + 1];
    double m0 = right1 * temp;
    double saved = left2 * temp;
    temp = n1 * inverse[base + 2];
    double m1 = saved + right2 * temp;
    double m2 = left1 * temp;
    // degree 3
    temp = m0 * inverse[base + 3];
    out[at] = right1 * temp;
    saved = left3 * temp;
    temp = m1 * inverse[base + 4];
    out[at + 1] = saved + right2 * temp;
    saved = left2 * temp;
    temp = m2 * inverse[base + 5];
    out[at + 2] = saved + right3 * temp;
    out[at + 3] = left1 * temp;
  }

}
