package io.potentia.scoring.analysis.panel;

import io.potentia.core.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The within (fixed effects) estimator of one slope on a panel: {@code y_it = a_i + b x_it + e_it}
 * with one intercept {@code a_i} per area.
 *
 * <p>Each area's mean is taken off its {@code x} and {@code y} (the within transformation), and
 * {@code b = sum x~ y~ / sum x~^2} over all observations, with {@code x~ = x_it - mean_i(x)}
 * (Wooldridge, <i>Econometric Analysis of Cross Section and Panel Data</i>, 2nd ed., 2010, section
 * 10.5). Residuals are {@code e = y~ - b x~}. Two standard errors are given:
 *
 * <ul>
 *   <li>classical: {@code sqrt(s^2 / sum x~^2)} with {@code s^2 = sum e^2 / (n - G - 1)}, the
 *       degrees of freedom counting the G area intercepts (Wooldridge, eq. 10.77);
 *   <li>clustered by area (Arellano 1987), robust to serial correlation within an area and to
 *       heteroskedasticity: {@code sqrt(G / (G - 1) * sum_i (sum_t x~_it e_it)^2) / sum x~^2}, with
 *       the small-sample factor {@code G / (G - 1)} and no other.
 * </ul>
 *
 * The t statistic is the coefficient over the clustered standard error, the one to read when
 * areas are followed over years. An area observed once is kept: its intercept fits it exactly and
 * it adds nothing to the slope, but it counts in {@code n} and {@code G}.
 */
public final class WithinEstimator {
  /**
   * A fitted within regression.
   *
   * @param coefficient the slope b
   * @param standardError the standard error clustered by area
   * @param classicalStandardError the classical (homoskedastic, independent errors) standard error
   * @param t the coefficient over the clustered standard error
   * @param observations n, the number of area-years
   * @param areas G, the number of areas
   */
  public record Estimate(double coefficient, double standardError, double classicalStandardError, double t,
      int observations, int areas) {}

  private WithinEstimator() {}

  /**
   * Fits {@code y = a_area + b x} by the within transformation.
   *
   * @param areas each observation's area (its group), as many as {@code x}
   * @param x the regressor, finite
   * @param y the response, finite
   * @return the slope, its two standard errors, t and the counts
   * @throws InvalidInputException if the arrays differ in length, a value is not finite (naming its
   *     area and position), fewer than 2 areas are given, {@code n - G - 1 < 1}, or {@code x} does
   *     not vary within any area (the slope is then not identified), or the fit leaves a clustered
   *     standard error of zero (an exact fit)
   */
  public static Estimate fit(List<String> areas, double[] x, double[] y) {
    int n = x.length;
    if (areas.size() != n || y.length != n) {
      throw InvalidInputException.at("observations", areas.size() + " areas, " + n + " x and " + y.length
          + " y values given; they must be as many");
    }
    StringBuilder bad = new StringBuilder();
    for (int k = 0; k < n; k++) {
      if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
        bad.append(bad.length() == 0 ? "" : "; ").append("observation ").append(k).append(" of area '")
            .append(areas.get(k)).append("': x = ").append(x[k]).append(", y = ").append(y[k]);
      }
    }
    if (bad.length() > 0) {
      throw InvalidInputException.at("observations", "values must be finite: " + bad);
    }
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (int k = 0; k < n; k++) {
      double[] s = sums.computeIfAbsent(areas.get(k), a -> new double[3]);
      s[0] += x[k];
      s[1] += y[k];
      s[2]++;
    }
    int g = sums.size();
    if (g < 2 || n - g - 1 < 1) {
      throw InvalidInputException.at("observations", n + " observation(s) in " + g + " area(s); the within "
          + "estimator needs at least 2 areas and more observations than areas plus one");
    }
    double[] dx = new double[n];
    double[] dy = new double[n];
    double sxx = 0;
    double sxy = 0;
    for (int k = 0; k < n; k++) {
      double[] s = sums.get(areas.get(k));
      dx[k] = x[k] - s[0] / s[2];
      dy[k] = y[k] - s[1] / s[2];
      sxx += dx[k] * dx[k];
      sxy += dx[k] * dy[k];
    }
    if (!(sxx > 0)) {
      throw InvalidInputException.at("x", "x does not vary within any area; the within slope is not identified");
    }
    double b = sxy / sxx;
    double sse = 0;
    Map<String, Double> scores = new LinkedHashMap<>();
    for (int k = 0; k < n; k++) {
      double e = dy[k] - b * dx[k];
      sse += e * e;
      scores.merge(areas.get(k), dx[k] * e, Double::sum);
    }
    double meat = 0;
    for (double s : scores.values()) {
      meat += s * s;
    }
    double classical = Math.sqrt(sse / (n - g - 1) / sxx);
    double clustered = Math.sqrt((double) g / (g - 1) * meat) / sxx;
    if (!(clustered > 0)) {
      // refused rather than reported with an infinite t
      throw InvalidInputException.at("y", "the clustered residual scores are all zero (an exact fit, slope " + b
          + "); the slope has no standard error to test it with");
    }
    return new Estimate(b, clustered, classical, b / clustered, n, g);
  }
}
