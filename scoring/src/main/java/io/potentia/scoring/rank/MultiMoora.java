package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Ranks;
import io.potentia.scoring.spi.TiePolicy;

/** MULTIMOORA; see {@link RankingMethods#multimoora()}. */
final class MultiMoora implements RankingMethod {
  private static final String NAME = "multimoora";
  /** The most alternatives accepted: dominance compares every pair. */
  static final int LIMIT = 20_000;

  @Override
  public RankingResult rank(DecisionProblem problem) {
    int m = problem.alternativeCount();
    if (m > LIMIT) {
      throw InvalidInputException.at("alternatives", NAME + ": " + m + " alternatives; the theory of dominance"
          + " compares every pair, so at most " + LIMIT + " are accepted");
    }
    ValueChecks.positive(problem, NAME, "the full multiplicative form raises it to its weight and divides by it");
    MooraParts parts = new MooraParts(problem);
    double[] ratio = parts.ratioSystem();
    double[] reference = parts.referencePoint();
    double[] multiplicative = parts.logMultiplicative();
    // each part as "higher is better", so that one comparison serves all three
    double[][] better = {ratio, negated(reference), multiplicative};
    double[] dominates = new double[m];
    double[] dominatedBy = new double[m];
    for (int a = 0; a < m; a++) {
      for (int b = a + 1; b < m; b++) {
        int aAhead = 0;
        int bAhead = 0;
        for (double[] part : better) {
          aAhead += part[a] > part[b] ? 1 : 0;
          bAhead += part[b] > part[a] ? 1 : 0;
        }
        if (aAhead >= 2) {
          dominates[a]++;
          dominatedBy[b]++;
        } else if (bAhead >= 2) {
          dominates[b]++;
          dominatedBy[a]++;
        }
      }
    }
    double[] score = new double[m];
    for (int i = 0; i < m; i++) {
      score[i] = m == 1 ? 0 : (dominates[i] - dominatedBy[i]) / (m - 1);
    }
    return Results.start(NAME, problem, score, true)
        .putExtra("ratio-system", Results.list(ratio))
        .putExtra("reference-point", Results.list(reference))
        .putExtra("multiplicative-log", Results.list(multiplicative))
        .putExtra("ratio-system-rank", Results.list(Ranks.rank(ratio, true, TiePolicy.MIN)))
        .putExtra("reference-point-rank", Results.list(Ranks.rank(reference, false, TiePolicy.MIN)))
        .putExtra("multiplicative-rank", Results.list(Ranks.rank(multiplicative, true, TiePolicy.MIN)))
        .putExtra("dominates", Results.list(dominates))
        .putExtra("dominated-by", Results.list(dominatedBy))
        .addNote("final order by the theory of dominance (Brauers and Zavadskas 2011), read pairwise: an alternative"
            + " dominates another when it ranks ahead of it in at least two of the three parts; the score is (number it"
            + " dominates - number dominating it) / (m - 1)")
        .build();
  }

  private static double[] negated(double[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = -x[i];
    }
    return out;
  }
}
