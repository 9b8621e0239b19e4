package io.potentia.scoring.analysis.balance;

import io.potentia.core.InvalidInputException;

/**
 * A straight line fitted by ordinary least squares, {@code y = a + b x}: {@code b = Sxy / Sxx},
 * {@code a = mean(y) - b mean(x)}, the residuals {@code e = y - a - b x} (which sum to zero),
 * {@code R^2 = 1 - SSE / Syy} (1 when y is constant, which the line fits exactly) and the residual
 * standard error {@code s = sqrt(SSE / (n - 2))}. Shared by the gap between potential and outcome
 * ({@link Balance#gap}) and the budget adequacy analysis.
 *
 * @param intercept a
 * @param slope b
 * @param rSquared the share of y's variance explained, in [0, 1]
 * @param residualStandardError s, 0 when the fit is exact
 * @param residuals e, in the order of the points
 */
public record LineFit(double intercept, double slope, double rSquared, double residualStandardError, double[] residuals) {
  /**
   * Copies the residuals.
   *
   * @param intercept a
   * @param slope b
   * @param rSquared R squared
   * @param residualStandardError s
   * @param residuals e
   */
  public LineFit {
    residuals = residuals.clone();
  }

  /**
   * The residuals.
   *
   * @return a copy
   */
  @Override
  public double[] residuals() {
    return residuals.clone();
  }

  /**
   * Fits the line through finite points.
   *
   * @param x the regressor
   * @param y the response, as many
   * @return the fitted line
   * @throws InvalidInputException if the lengths differ, there are fewer than 3 points, a value is
   *     not finite, or x is constant
   */
  public static LineFit of(double[] x, double[] y) {
    int n = x.length;
    if (y.length != n || n < 3) {
      throw InvalidInputException.at("points", n + " x and " + y.length + " y values; a line with a residual needs as many, at least 3");
    }
    double mx = 0;
    double my = 0;
    for (int k = 0; k < n; k++) {
      if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
        throw InvalidInputException.at("points", "point " + k + " is (" + x[k] + ", " + y[k] + "); it must be finite");
      }
      mx += x[k] / n;
      my += y[k] / n;
    }
    double sxx = 0;
    double sxy = 0;
    double syy = 0;
    for (int k = 0; k < n; k++) {
      double dx = x[k] - mx;
      double dy = y[k] - my;
      sxx += dx * dx;
      sxy += dx * dy;
      syy += dy * dy;
    }
    if (sxx == 0) {
      throw InvalidInputException.at("x", "every x is " + x[0] + "; y cannot be regressed on a constant");
    }
    double slope = sxy / sxx;
    double intercept = my - slope * mx;
    double[] residuals = new double[n];
    double sse = 0;
    for (int k = 0; k < n; k++) {
      residuals[k] = y[k] - (intercept + slope * x[k]);
      sse += residuals[k] * residuals[k];
    }
    // least squares with an intercept has SSE <= SST; the guard only absorbs rounding
    double r2 = syy == 0 ? 1 : Math.max(0, 1 - sse / syy);
    return new LineFit(intercept, slope, r2, Math.sqrt(sse / (n - 2)), residuals);
  }
}
