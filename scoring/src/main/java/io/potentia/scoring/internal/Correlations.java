package io.potentia.scoring.internal;

import io.potentia.scoring.spi.TiePolicy;

/**
 * Pearson's and Spearman's correlations over the pairs where both values are present, and the
 * correlation matrix of complete columns: the one implementation that the weightings and the
 * audit share. NaN where a correlation is undefined (fewer than two pairs, or no spread); callers
 * turn that into an error or an empty value, never an output.
 */
public final class Correlations {
  private Correlations() {}

  /** Pearson's r over the pairs where both are present; NaN when undefined. */
  public static double pearson(double[] x, double[] y) {
    int n = 0;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        n++;
        mx += x[i];
        my += y[i];
      }
    }
    if (n < 2) {
      return Double.NaN;
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        double dx = x[i] - mx;
        double dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
      }
    }
    if (sxx == 0 || syy == 0) {
      return Double.NaN;
    }
    return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy))); // rounding can push |r| a hair above 1
  }

  /** Spearman's rho (Pearson's r of the average ranks) over the pairs where both are present; NaN when undefined. */
  public static double spearman(double[] x, double[] y) {
    double[][] p = completePairs(x, y);
    if (p[0].length < 2) {
      return Double.NaN;
    }
    return pearson(Ranks.rank(p[0], false, TiePolicy.AVERAGE), Ranks.rank(p[1], false, TiePolicy.AVERAGE));
  }

  /** The population covariance over the pairs where both are present; NaN with fewer than three. */
  public static double covariance(double[] x, double[] y) {
    double[][] p = completePairs(x, y);
    int n = p[0].length;
    if (n < 3) {
      return Double.NaN;
    }
    double mx = Stats.mean(p[0]);
    double my = Stats.mean(p[1]);
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (p[0][i] - mx) * (p[1][i] - my);
    }
    return s / n;
  }

  /** The pairs where both values are present: {x values, y values}, in order. */
  public static double[][] completePairs(double[] x, double[] y) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        n++;
      }
    }
    double[] px = new double[n];
    double[] py = new double[n];
    for (int i = 0, k = 0; i < x.length; i++) {
      if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
        px[k] = x[i];
        py[k++] = y[i];
      }
    }
    return new double[][] {px, py};
  }

  /**
   * The Pearson correlation matrix of complete columns (no missing value, equal lengths): each
   * column is centred and scaled to unit length once, and each entry is then one dot product, where
   * {@link #matrix} takes two passes per pair. 1 on the diagonal; NaN in the row and column of a
   * column without spread.
   */
  public static double[][] completeMatrix(double[][] columns) {
    int k = columns.length;
    double[][] unit = new double[k][];
    for (int j = 0; j < k; j++) {
      unit[j] = unit(columns[j]);
    }
    double[][] r = new double[k][k];
    for (int j = 0; j < k; j++) {
      r[j][j] = 1;
      for (int l = j + 1; l < k; l++) {
        double dot = Double.NaN;
        if (unit[j] != null && unit[l] != null) {
          dot = Math.max(-1, Math.min(1, dot(unit[j], unit[l]))); // rounding can push |r| a hair above 1
        }
        r[j][l] = r[l][j] = dot;
      }
    }
    return r;
  }

  /**
   * A complete column centred on its mean and scaled to unit length, so that Pearson's r of two
   * such columns is their {@link #dot} product; null when the column does not vary.
   */
  public static double[] unit(double[] column) {
    double[] d = new double[column.length];
    return unitLength(column, d) > 0 ? d : null;
  }

  /**
   * Writes the column centred on its mean into {@code d}, scaled to unit length when it varies, and
   * returns the length it had centred: {@code sqrt(sum (v - mean)^2)}, 0 when it does not vary.
   */
  public static double unitLength(double[] column, double[] d) {
    double mean = 0;
    for (double v : column) {
      mean += v;
    }
    mean /= column.length;
    double ss = 0;
    for (int i = 0; i < column.length; i++) {
      d[i] = column[i] - mean;
      ss += d[i] * d[i];
    }
    if (!(ss > 0)) {
      return 0;
    }
    double length = Math.sqrt(ss);
    double scale = 1 / length;
    for (int i = 0; i < d.length; i++) {
      d[i] *= scale;
    }
    return length;
  }

  /**
   * The dot product of two arrays of one length, in four interleaved sums: one running sum waits on
   * each addition before the next, four keep the processor's adders busy.
   */
  public static double dot(double[] a, double[] b) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int n = a.length;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; i++) {
      s0 += a[i] * b[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** The Pearson correlation matrix (one array per variable; pairs where both are present), 1 on the diagonal, NaN off it where undefined. */
  public static double[][] matrix(double[][] columns) {
    int k = columns.length;
    double[][] r = new double[k][k];
    for (int j = 0; j < k; j++) {
      for (int l = j; l < k; l++) {
        r[j][l] = r[l][j] = j == l ? 1 : pearson(columns[j], columns[l]);
      }
    }
    return r;
  }
}
