package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Ranks;
import io.potentia.scoring.spi.TiePolicy;

/**
 * The agreement of two rankings of the same alternatives.
 *
 * <ul>
 *   <li>Spearman's rho: Pearson's correlation of the ranks, ties given their average rank
 *       (Spearman 1904);
 *   <li>Kendall's tau-b: {@code (C - D) / sqrt((C + D + Tx)(C + D + Ty))} over all pairs, with C
 *       concordant and D discordant pairs and Tx, Ty the pairs tied in only one of the two (Kendall
 *       1945), which is 1 for identical orders even with ties;
 *   <li>the weighted Spearman coefficient r_w (Pinto da Costa and Soares 2005), which weighs a
 *       disagreement by how near the top it is, and the WS similarity coefficient of a ranking to a
 *       reference ranking (Sałabun and Urbaniak 2020): both take rankings (1 = best), not scores.
 * </ul>
 *
 * <p>Rejects inputs of different lengths, fewer than two values, and values that are NaN or
 * infinite; a ranking in which every value ties has no defined correlation and is rejected too.
 */
public final class RankCorrelation {
  private RankCorrelation() {}

  /**
   * Spearman's rank correlation.
   *
   * @param x the first scores (or ranks)
   * @param y the second scores (or ranks), same alternatives in the same order
   * @return rho, in [-1, 1]
   */
  public static double spearman(double[] x, double[] y) {
    check(x, y);
    double[] rx = Ranks.rank(x, false, TiePolicy.AVERAGE);
    double[] ry = Ranks.rank(y, false, TiePolicy.AVERAGE);
    double mx = 0;
    double my = 0;
    for (int i = 0; i < rx.length; i++) {
      mx += rx[i] / rx.length;
      my += ry[i] / ry.length;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < rx.length; i++) {
      sxy += (rx[i] - mx) * (ry[i] - my);
      sxx += (rx[i] - mx) * (rx[i] - mx);
      syy += (ry[i] - my) * (ry[i] - my);
    }
    if (sxx == 0 || syy == 0) {
      throw InvalidInputException.at("", "spearman: every value of a ranking ties, so the correlation is undefined");
    }
    return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  }

  /**
   * Kendall's tau-b.
   *
   * @param x the first scores (or ranks)
   * @param y the second scores (or ranks), same alternatives in the same order
   * @return tau-b, in [-1, 1]
   */
  public static double kendall(double[] x, double[] y) {
    check(x, y);
    long concordant = 0;
    long discordant = 0;
    long tiedX = 0;
    long tiedY = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = i + 1; j < x.length; j++) {
        int a = Double.compare(x[i], x[j]);
        int b = Double.compare(y[i], y[j]);
        if (a == 0 && b == 0) {
          continue;
        }
        if (a == 0) {
          tiedX++;
        } else if (b == 0) {
          tiedY++;
        } else if (a == b) {
          concordant++;
        } else {
          discordant++;
        }
      }
    }
    double denominator = Math.sqrt((double) (concordant + discordant + tiedX) * (concordant + discordant + tiedY));
    if (denominator == 0) {
      throw InvalidInputException.at("", "kendall: every value of a ranking ties, so the correlation is undefined");
    }
    return (concordant - discordant) / denominator;
  }

  /**
   * The weighted Spearman rank correlation {@code r_w} (Pinto da Costa and Soares 2005, "A weighted
   * rank measure of correlation", Australian and New Zealand Journal of Statistics 47(4); as used by
   * Sałabun and Urbaniak 2020, "A new coefficient of rankings similarity in decision-making
   * problems", ICCS 2020, LNCS 12138, 632-645, doi:10.1007/978-3-030-50417-5_47, eq. 3):
   *
   * <pre>
   *   r_w = 1 - 6 sum_i (x_i - y_i)^2 ((N - x_i + 1) + (N - y_i + 1)) / (N^4 + N^3 - N^2 - N)
   * </pre>
   *
   * <p>A difference between the rankings counts more the nearer the top (rank 1) it lies, so swapping
   * the first two of five alternatives gives 0.85 and swapping the last two 0.95, where Spearman's
   * rho gives 0.9 for both. Symmetric in x and y; 1 for identical rankings of distinct ranks and -1
   * for reversed ones. Ties are allowed as fractional ranks (for example 1.5, 1.5).
   *
   * @param x the first ranking, one rank per alternative, each in {@code [1, N]}
   * @param y the second ranking of the same alternatives in the same order
   * @return r_w
   * @throws InvalidInputException if the rankings differ in length, have fewer than two entries, or
   *     have a rank that is not finite or outside {@code [1, N]}, naming it
   */
  public static double weightedSpearman(double[] x, double[] y) {
    checkRanks(x, y);
    double n = x.length;
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double d = x[i] - y[i];
      sum += d * d * ((n - x[i] + 1) + (n - y[i] + 1));
    }
    return 1 - 6 * sum / (n * n * n * n + n * n * n - n * n - n);
  }

  /**
   * The WS similarity coefficient of a tested ranking to a reference ranking (Sałabun and Urbaniak
   * 2020, "A new coefficient of rankings similarity in decision-making problems", ICCS 2020, LNCS
   * 12138, 632-645, doi:10.1007/978-3-030-50417-5_47, eq. 4):
   *
   * <pre>
   *   WS = 1 - sum_i 2^(-x_i) |x_i - y_i| / max(|x_i - 1|, |x_i - N|)
   * </pre>
   *
   * <p>with x the reference and y the tested ranking. Each alternative's displacement is measured
   * against the largest it could have and weighted by {@code 2^(-x_i)}, so that a change at the top
   * of the reference ranking costs most: swapping the first two of five gives 19/24 (0.7917),
   * swapping the last two 0.9714. Not symmetric: the reference decides the weights. For rankings
   * of distinct ranks WS lies in {@code (0, 1]}, 1 only for identical rankings.
   *
   * @param reference the reference ranking x, one rank per alternative, each in {@code [1, N]}
   * @param tested the tested ranking y of the same alternatives in the same order
   * @return WS
   * @throws InvalidInputException if the rankings differ in length, have fewer than two entries, or
   *     have a rank that is not finite or outside {@code [1, N]}, naming it
   */
  public static double wsSimilarity(double[] reference, double[] tested) {
    checkRanks(reference, tested);
    double n = reference.length;
    double sum = 0;
    for (int i = 0; i < reference.length; i++) {
      double x = reference[i];
      sum += Math.pow(2, -x) * Math.abs(x - tested[i]) / Math.max(Math.abs(x - 1), Math.abs(x - n));
    }
    return 1 - sum;
  }

  private static void checkRanks(double[] x, double[] y) {
    check(x, y);
    for (int i = 0; i < x.length; i++) {
      for (double r : new double[] {x[i], y[i]}) {
        if (r < 1 || r > x.length) {
          throw InvalidInputException.at("[" + i + "]", "rank correlation: rank " + r + " of alternative " + i
              + " is outside 1 to " + x.length + "; r_w and WS compare rankings (1 = best), not scores");
        }
      }
    }
  }

  private static void check(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw InvalidInputException.at("", "rank correlation needs two rankings of the same length, at least 2; got "
          + x.length + " and " + y.length);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw InvalidInputException.at("[" + i + "]", "rank correlation: value " + i + " is " + x[i] + " and " + y[i]
            + "; both must be finite");
      }
    }
  }
}
