package io.potentia.scoring.aggregate;

/**
 * The form of a weighted quasi-arithmetic mean, {@code M(x) = g^-1(sum_i w_i g(x_i))} with weights
 * scaled to sum 1 and a strictly monotone generator {@code g} (Kolmogorov 1930; Nagumo 1930): the
 * arithmetic mean has {@code g(x) = x}, the geometric {@code g(x) = ln x}, the harmonic {@code g(x)
 * = 1/x}, the power mean of order p {@code g(x) = x^p}.
 *
 * <p>Since {@code g^-1} is monotone, the areas rank by {@code sum_i w_i g(x_i)} alone (descending
 * when {@code g} increases, ascending when it decreases), so an analysis that ranks many weightings
 * of the same scores computes {@code g(x)} once and each ranking as one weighted sum, without
 * inverting {@code g}. An aggregator declares this form through {@link Aggregator#quasiArithmetic()}.
 *
 * <p>Declaring it is a promise: the aggregator's scores, over children without missing values,
 * order the areas exactly as {@code sum_i w_i g(x_i)} does (up to rounding, which may tie or untie
 * two areas whose scores differ only in their last bits). An aggregator that cannot keep it must
 * not declare the form; it then runs through the pipeline in every analysis.
 */
public interface QuasiArithmeticMean {

  /**
   * The generator.
   *
   * @param x a score the mean accepts
   * @return {@code g(x)}; not finite where the mean cannot take {@code x} (for example {@code ln 0})
   */
  double generator(double x);

  /**
   * Whether the generator increases; a decreasing one (the harmonic mean, power means with
   * {@code p < 0}) turns the order of the weighted sums around.
   *
   * @return true if {@code g} is strictly increasing, false if strictly decreasing
   */
  boolean increasing();

  /**
   * The generator of every score of a column, for an analysis that reuses the values many times.
   *
   * @param x the scores; not modified
   * @return {@code g(x_i)} for each score; may be {@code x} itself when {@code g} is the identity,
   *     so the caller must not modify it
   */
  default double[] generate(double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      g[i] = generator(x[i]);
    }
    return g;
  }
}
