package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.normalise.Normalisers;

/** MARCOS; see {@link RankingMethods#marcos()}. */
final class Marcos implements RankingMethod {
  private static final String NAME = "marcos";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    ValueChecks.ratioScale(problem, NAME, "normalises x / x(ideal) for a benefit and x(ideal) / x for a cost");
    // relative to the ideal (the best value of each criterion), as x / max and min / x: fraction of the maximum
    double[][] n = MatrixSteps.normalise(problem, Normalisers.fractionOfMax());
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double idealSum = 0; // S of the ideal, whose every normalised value is 1
    double antiIdealSum = 0; // S of the anti-ideal, the worst normalised value of each criterion
    double[] s = new double[m];
    for (int j = 0; j < n.length; j++) {
      double worst = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        s[i] += w[j] * n[j][i];
        worst = Math.min(worst, n[j][i]);
      }
      idealSum += w[j];
      antiIdealSum += w[j] * worst;
    }
    if (!(antiIdealSum > 0)) {
      throw InvalidInputException.at("matrix", NAME + ": the anti-ideal solution scores 0, as every weighted criterion"
          + " is a benefit with a value of 0; the utility degree K- = S / S(anti-ideal) divides by it");
    }
    double[] kMinus = new double[m];
    double[] kPlus = new double[m];
    double[] score = new double[m];
    // (1 - f(K+))/f(K+) = K+/K- = S(anti-ideal)/S(ideal), and (1 - f(K-))/f(K-) its inverse, for every alternative
    double denominator = 1 + antiIdealSum / idealSum + idealSum / antiIdealSum;
    for (int i = 0; i < m; i++) {
      kMinus[i] = s[i] / antiIdealSum;
      kPlus[i] = s[i] / idealSum;
      score[i] = (kPlus[i] + kMinus[i]) / denominator;
    }
    Overflow.requireFinite(problem, NAME, "utility degree K-", kMinus,
        "the anti-ideal solution's S, " + antiIdealSum + ", is too close to 0");
    return Results.start(NAME, problem, score, true)
        .putExtra("S", Results.list(s))
        .putExtra("K-", Results.list(kMinus))
        .putExtra("K+", Results.list(kPlus))
        .build();
  }
}
