package io.potentia.scoring.rank;

import io.potentia.scoring.normalise.Normalisers;

/** ARAS; see {@link RankingMethods#aras()}. */
final class Aras implements RankingMethod {
  private static final String NAME = "aras";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    ValueChecks.ratioScale(problem, NAME, "takes each value's share of the criterion's sum, of 1 / x for a cost");
    // x / best for a benefit and best / x for a cost, the optimal alternative's own value 1: the fraction of
    // the maximum, whose shares of their sum (with the optimal alternative's 1) ARAS takes
    double[][] scaled = MatrixSteps.normalise(problem, Normalisers.fractionOfMax());
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double optimal = 0; // S_0, the optimality function of the optimal alternative
    double[] s = new double[m];
    for (int j = 0; j < scaled.length; j++) {
      double sum = 1;
      for (double v : scaled[j]) {
        sum += v;
      }
      optimal += w[j] / sum;
      for (int i = 0; i < m; i++) {
        s[i] += w[j] * scaled[j][i] / sum;
      }
    }
    double[] k = new double[m];
    for (int i = 0; i < m; i++) {
      k[i] = s[i] / optimal;
    }
    return Results.start(NAME, problem, k, true)
        .putExtra("S", Results.list(s))
        .addNote("optimality function of the optimal alternative S0 = " + optimal)
        .build();
  }
}
