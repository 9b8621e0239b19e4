package io.potentia.scoring.sort;

/**
 * ELECTRE's valued outranking of one action over another, on values turned so that more is better
 * (Roy and Bouyssou 1993; Mousseau, Slowinski and Zielniewicz 2000, section 2): the partial
 * concordance, the discordance and the credibility that combines them.
 */
final class Outranking {
  private Outranking() {}

  /**
   * The partial concordance {@code c_j(a, b)}: 1 when {@code a >= b - q}, 0 when {@code a <= b - p},
   * linear between.
   */
  static double concordance(double a, double b, double q, double p) {
    if (a >= b - q) {
      return 1;
    }
    if (a <= b - p) {
      return 0;
    }
    // here b - p < a < b - q, so q < p and the quotient lies in (0, 1)
    return (a - (b - p)) / (p - q);
  }

  /**
   * The discordance {@code d_j(a, b)}: 0 when {@code a >= b - p}, 1 when {@code a <= b - v}, linear
   * between; 0 without a veto ({@code v} infinite).
   */
  static double discordance(double a, double b, double p, double v) {
    if (a >= b - p || v == Double.POSITIVE_INFINITY) {
      return 0;
    }
    if (a <= b - v) {
      return 1;
    }
    return ((b - p) - a) / (v - p);
  }

  /**
   * The credibility {@code sigma = C prod_{j: d_j > C} (1 - d_j) / (1 - C)} of concordance {@code C}
   * weakened by the discordances above it.
   */
  static double credibility(double concordance, double[] discordance) {
    double sigma = concordance;
    for (double d : discordance) {
      if (d > concordance) {
        // d > C >= 0, so 1 - C > 0; d = 1 makes sigma 0: a veto
        sigma *= (1 - d) / (1 - concordance);
      }
    }
    return sigma;
  }
}
