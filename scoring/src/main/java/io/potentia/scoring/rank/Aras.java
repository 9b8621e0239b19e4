package io.potentia.scoring.rank;

import io.potentia.core.indicator.Direction;

/** ARAS; see {@link RankingMethods#aras()}. */
final class Aras implements RankingMethod {
  private static final String NAME = "aras";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    RatioScale.check(problem, NAME, "takes each value's share of the criterion's sum, of 1 / x for a cost");
    double[][] x = problem.columns();
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double optimal = 0; // S_0, the optimality function of the optimal alternative
    double[] s = new double[m];
    for (int j = 0; j < x.length; j++) {
      boolean benefit = problem.criteria().get(j).direction() == Direction.BENEFIT;
      double best = benefit ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      for (double v : x[j]) {
        best = benefit ? Math.max(best, v) : Math.min(best, v);
      }
      // x / best for a benefit and best / x for a cost: the shares of x and of 1 / x, scaled so that nothing
      // overflows; the optimal alternative's own value is 1
      double[] scaled = new double[m];
      double sum = 1;
      for (int i = 0; i < m; i++) {
        scaled[i] = benefit ? x[j][i] / best : best / x[j][i];
        sum += scaled[i];
      }
      optimal += w[j] / sum;
      for (int i = 0; i < m; i++) {
        s[i] += w[j] * scaled[i] / sum;
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
