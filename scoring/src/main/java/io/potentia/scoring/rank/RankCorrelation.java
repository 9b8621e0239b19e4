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
 *       1945), which is 1 for identical orders even with ties.
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
