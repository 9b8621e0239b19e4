package io.potentia.scoring.analysis.audit;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Correlations;
import io.potentia.scoring.internal.Ranker;
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
 * is {@code Var(fitted) / Var(y)}, population variances, in [0, 1]. A knot count whose normal
 * equations Cholesky refuses (a pivot below 1e-12: a knot interval without data, or so few areas
 * spread so widely that a B-spline barely reaches any) is not tried; should every count be
 * refused, the estimate is the straight line's {@code r^2}. The ratio does not change when y is scaled, and an output beyond 1e150 is scaled down
 * exactly before it is squared. Becker et al. estimate the same ratio with Gaussian processes; this estimator is checked against the Ishigami function's
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
    if (xs.length >= 3) {
      sortByX(xs, ys);
    }
    Output output = Output.of(ys);
    if (output.scale() != 1) {
      for (int i = 0; i < ys.length; i++) {
        ys[i] *= output.scale();
      }
    }
    return ofSorted(xs, ys, output);
  }

  /**
   * The output's mean and sum of squared deviations, which every input's ratio on one output shares,
   * of the output times {@code scale}: a power of two (so exact) that brings an output beyond
   * 1e150 down to about 1, so that no square overflows; the ratio does not change with the scale.
   *
   * @param mean the scaled output's mean
   * @param sumSquares {@code sum (scale y - mean)^2}
   * @param scale the factor applied to every output value
   */
  record Output(double mean, double sumSquares, double scale) {
    static Output of(double[] y) {
      double largest = Stats.maxAbs(y);
      double scale = largest > 1e150 ? Math.scalb(1.0, -Math.getExponent(largest)) : 1;
      double mean = Stats.mean(y) * scale;
      double total = 0;
      for (double v : y) {
        double d = v * scale - mean;
        total += d * d;
      }
      return new Output(mean, total, scale);
    }
  }

  /**
   * The correlation ratio of complete, finite columns whose ascending order of x is known, as the
   * audit orders each column once for all its measures.
   *
   * @param x the input, complete and finite
   * @param y the output, complete and finite
   * @param ascending the positions of x by ascending value
   * @param output y's mean and sum of squares
   * @return {@code S} in [0, 1]
   * @throws InvalidInputException as {@link #of}
   */
  static double ofOrdered(double[] x, double[] y, int[] ascending, Output output) {
    int n = x.length;
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int k = 0; k < n; k++) {
      xs[k] = x[ascending[k]];
      ys[k] = y[ascending[k]] * output.scale();
    }
    return ofSorted(xs, ys, output);
  }

  /** The correlation ratio of complete pairs in ascending order of x. */
  private static double ofSorted(double[] xs, double[] ys, Output output) {
    int n = xs.length;
    if (n < 3) {
      throw InvalidInputException.at("x", "correlation ratio: " + n + " complete pairs; at least 3 are needed");
    }
    double varY = output.sumSquares() / n;
    if (!(varY > 0)) {
      throw InvalidInputException.at("y", "correlation ratio: the output does not vary");
    }
    // in order of x, each knot interval's rows are a run, and the knots are quantiles read off xs
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
    return splineShare(xs, ys, output);
  }

  /**
   * Puts the pairs in ascending order of x: the library's ranker orders them (a radix sort of keys
   * and an exact pass over equal keys, no precision given up), and each pair moves to its place.
   */
  private static void sortByX(double[] xs, double[] ys) {
    int n = xs.length;
    int[] ranks = new int[n];
    new Ranker(n).rank(xs, ranks); // 1 = largest, ties by position
    double[] x = xs.clone();
    double[] y = ys.clone();
    for (int i = 0; i < n; i++) {
      xs[n - ranks[i]] = x[i];
      ys[n - ranks[i]] = y[i];
    }
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
   * The share of {@code Var(y)} that the cubic regression spline with the knot count of least GCV
   * explains, knots at quantiles of x. The normal equations {@code X'X b = X'y} of every knot count
   * are built from one pass over the rows: on each piece between consecutive candidate knots (the
   * union of every count's knots) each B-spline is a cubic in the piece's own variable {@code v = (x
   * - a) / w} in [0, 1], so a piece's contribution to X'X and X'y is a sum of products of the
   * cubics' Bernstein coefficients with the piece's Bernstein sums ({@link Pieces}). Solved by
   * Cholesky. With y centred and the constant in the splines' span (they sum to
   * one), the fit's explained sum of squares is {@code b'X'y} and its residual one {@code y'y -
   * b'X'y}, so no pass over the rows computes fitted values.
   */
  private static double splineShare(double[] xs, double[] ys, Output output) {
    int n = xs.length;
    double total = output.sumSquares();
    Pieces pieces = Pieces.of(xs, ys, output.mean());
    double[] inverse = new double[6 * (MAX_KNOTS + 1)];
    double bestShare = Double.NaN;
    double bestGcv = Double.POSITIVE_INFINITY;
    for (int k : KNOT_COUNTS) {
      if (n <= 2 * (k + 4)) {
        break;
      }
      double[] knots = knots(xs, k);
      int p = knots.length - 4;
      inverseDenominators(knots, p, inverse);
      // X'X is banded (a row's four B-splines are adjacent): its upper band, 4 entries per row
      double[] band = new double[4 * p];
      double[] xty = new double[p];
      int piece = 0;
      for (int s = 3; s < p; s++) {
        // the pieces of this knot interval: those starting below its right knot (the last takes the rest)
        for (; piece < pieces.count && (s == p - 1 || pieces.left[piece] < knots[s + 1]); piece++) {
          pieces.add(piece, knots, s, inverse, band, xty);
        }
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
      double explained = 0;
      for (int j = 0; j < p; j++) {
        explained += coefficients[j] * xty[j];
      }
      explained = Math.max(0, Math.min(total, explained));
      double gcv = n * (total - explained) / ((double) (n - p) * (n - p));
      if (gcv < bestGcv) {
        bestGcv = gcv;
        bestShare = explained / total;
      }
    }
    if (bestGcv == Double.POSITIVE_INFINITY) { // not even the single cubic could be solved: too few distinct x to fit it
      double r = Correlations.pearson(xs, ys);
      return r * r;
    }
    return bestShare;
  }

  /**
   * The rows cut at every knot any knot count uses, each piece {@code [a, a + w)} (the last closed)
   * with its Bernstein sums in {@code v = (x - a) / w}: of degree 6, {@code sum C(6, m) v^m (1 -
   * v)^(6 - m)}, and of degree 3 times the centred output. Each knot count's intervals are unions of
   * whole pieces. Bernstein rather than power sums: every term is non-negative, so a skewed
   * input (a log-normal spread over many orders of magnitude) loses nothing to cancellation.
   */
  private static final class Pieces {
    /**
     * The inverse of the matrix {@code C(3, j) (q/3)^j (1 - q/3)^(3 - j)}, q, j = 0..3: a cubic's
     * Bernstein (Bezier) coefficients on [0, 1] from its values at v = 0, 1/3, 2/3, 1.
     */
    private static final double[][] FROM_THIRDS = thirdsInverse();
    /** {@code C(3, j) C(3, l) / C(6, j + l)}: the product of two cubic Bernstein polynomials in those of degree 6. */
    private static final double[][] PRODUCT = product();

    final int count;
    final double[] left;
    final double[] width;
    final int[] rows;
    /** Per piece, {@code sum C(6, m) v^m (1 - v)^(6 - m)}, m = 0..6. */
    final double[][] sextic;
    /** Per piece, {@code sum C(3, m) v^m (1 - v)^(3 - m) (y - mean)}, m = 0..3. */
    final double[][] cubic;
    private final double[] at = new double[4];
    private final double[][] values = new double[4][4];
    private final double[][] local = new double[4][4];

    private Pieces(int count) {
      this.count = count;
      left = new double[count];
      width = new double[count];
      rows = new int[count];
      sextic = new double[count][];
      cubic = new double[count][];
    }

    static Pieces of(double[] xs, double[] ys, double mean) {
      int n = xs.length;
      double lo = xs[0];
      double hi = xs[n - 1];
      java.util.TreeSet<Double> cuts = new java.util.TreeSet<>();
      for (int k : KNOT_COUNTS) {
        double[] knots = knots(xs, k);
        for (int j = 4; j < knots.length - 4; j++) {
          cuts.add(knots[j]);
        }
      }
      Pieces pieces = new Pieces(cuts.size() + 1);
      double[] edges = new double[pieces.count + 1];
      edges[0] = lo;
      int e = 1;
      for (double c : cuts) {
        edges[e++] = c;
      }
      edges[pieces.count] = hi;
      int i = 0;
      for (int b = 0; b < pieces.count; b++) {
        double a = edges[b];
        double w = edges[b + 1] - a;
        pieces.left[b] = a;
        pieces.width[b] = w;
        double inverseWidth = 1 / w;
        double e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, c0 = 0, c1 = 0, c2 = 0, c3 = 0;
        int start = i;
        double end = edges[b + 1];
        boolean last = b == pieces.count - 1;
        for (; i < n && (last || xs[i] < end); i++) {
          double v = (xs[i] - a) * inverseWidth;
          double u = 1 - v;
          double v2 = v * v;
          double v3 = v2 * v;
          double u2 = u * u;
          double u3 = u2 * u;
          double y = ys[i] - mean;
          // the Bernstein polynomials of degree 6 and 3 without their binomial factors (applied once,
          // after the loop), each term >= 0: nothing cancels
          e0 += u3 * u3;
          e1 += v * u3 * u2;
          e2 += v2 * u2 * u2;
          e3 += v3 * u3;
          e4 += v2 * v2 * u2;
          e5 += v3 * v2 * u;
          e6 += v3 * v3;
          c0 += u3 * y;
          c1 += v * u2 * y;
          c2 += v2 * u * y;
          c3 += v3 * y;
        }
        double[] sextic = {e0, 6 * e1, 15 * e2, 20 * e3, 15 * e4, 6 * e5, e6};
        double[] cubic = {c0, 3 * c1, 3 * c2, c3};
        pieces.rows[b] = i - start;
        pieces.sextic[b] = sextic;
        pieces.cubic[b] = cubic;
      }
      return pieces;
    }

    /**
     * Adds piece b, inside knot span s, to the band of X'X and to X'y: the span's four B-splines
     * are cubics on it, each written in the Bernstein basis of the piece's variable (its
     * coefficients from its values at four points; a B-spline's are never negative), so that a
     * product of two is a sum of Bernstein sums of degree 6 with non-negative weights.
     */
    void add(int b, double[] knots, int s, double[] inverse, double[] band, double[] xty) {
      if (rows[b] == 0) {
        return;
      }
      for (int q = 0; q < 4; q++) {
        basis(knots, s, left[b] + width[b] * q / 3.0, inverse, at);
        for (int r = 0; r < 4; r++) {
          values[r][q] = at[r];
        }
      }
      for (int r = 0; r < 4; r++) {
        for (int j = 0; j < 4; j++) {
          double c = 0;
          for (int q = 0; q < 4; q++) {
            c += FROM_THIRDS[j][q] * values[r][q];
          }
          local[r][j] = c;
        }
      }
      int f = s - 3;
      double[] e = sextic[b];
      double[] ty = cubic[b];
      for (int r = 0; r < 4; r++) {
        double[] cr = local[r];
        xty[f + r] += cr[0] * ty[0] + cr[1] * ty[1] + cr[2] * ty[2] + cr[3] * ty[3];
        for (int u = r; u < 4; u++) {
          double[] cu = local[u];
          double g = 0;
          for (int j = 0; j < 4; j++) {
            for (int l = 0; l < 4; l++) {
              g += cr[j] * cu[l] * PRODUCT[j][l] * e[j + l];
            }
          }
          band[4 * (f + r) + (u - r)] += g;
        }
      }
    }

    private static double[][] thirdsInverse() {
      double[][] v = new double[4][4];
      for (int q = 0; q < 4; q++) {
        double t = q / 3.0;
        for (int j = 0; j < 4; j++) {
          v[q][j] = choose(3, j) * Math.pow(t, j) * Math.pow(1 - t, 3 - j);
        }
      }
      return new org.hipparchus.linear.LUDecomposition(new Array2DRowRealMatrix(v, false)).getSolver().getInverse()
          .getData();
    }

    private static double[][] product() {
      double[][] w = new double[4][4];
      for (int j = 0; j < 4; j++) {
        for (int l = 0; l < 4; l++) {
          w[j][l] = choose(3, j) * choose(3, l) / choose(6, j + l);
        }
      }
      return w;
    }

    private static double choose(int n, int k) {
      double c = 1;
      for (int i = 1; i <= k; i++) {
        c = c * (n - k + i) / i;
      }
      return c;
    }
  }

  /**
   * The four cubic B-splines non-zero in knot span s, B_{s-3} to B_s, at x (the span's polynomial
   * pieces, also at its right end): Cox-de Boor's triangle (Piegl and Tiller, A2.2) unrolled for
   * degree 3, with the denominators' reciprocals from {@link #inverseDenominators}.
   */
  private static void basis(double[] t, int s, double x, double[] inverse, double[] out) {
    int base = 6 * (s - 3);
    double left1 = x - t[s];
    double left2 = x - t[s - 1];
    double left3 = x - t[s - 2];
    double right1 = t[s + 1] - x;
    double right2 = t[s + 2] - x;
    double right3 = t[s + 3] - x;
    double n0 = right1 * inverse[base]; // degree 1
    double n1 = left1 * inverse[base];
    double temp = n0 * inverse[base + 1]; // degree 2
    double m0 = right1 * temp;
    double saved = left2 * temp;
    temp = n1 * inverse[base + 2];
    double m1 = saved + right2 * temp;
    double m2 = left1 * temp;
    temp = m0 * inverse[base + 3]; // degree 3
    out[0] = right1 * temp;
    saved = left3 * temp;
    temp = m1 * inverse[base + 4];
    out[1] = saved + right2 * temp;
    saved = left2 * temp;
    temp = m2 * inverse[base + 5];
    out[2] = saved + right3 * temp;
    out[3] = left1 * temp;
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
}
