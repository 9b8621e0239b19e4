package io.potentia.scoring.rank;

import io.potentia.core.indicator.Direction;

/** MAIRCA; see {@link RankingMethods#mairca()}. */
final class Mairca implements RankingMethod {
  private static final String NAME = "mairca";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] x = problem.columns();
    ValueChecks.noCriterionConstant(problem, x, NAME, "its real ratings (x - min)/(max - min) are undefined;"
        + " a criterion on which the alternatives do not differ cannot separate them: remove it");
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double[] gap = new double[m];
    for (int j = 0; j < x.length; j++) {
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (double v : x[j]) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
      boolean benefit = problem.criteria().get(j).direction() == Direction.BENEFIT;
      // the theoretical rating w_j / m: each alternative chosen with probability 1/m
      double theoretical = w[j] / m;
      for (int i = 0; i < m; i++) {
        // halves, so that values near +-Double.MAX_VALUE do not overflow to infinity (as VIKOR)
        double span = max / 2 - min / 2;
        double normalised = benefit ? (x[j][i] / 2 - min / 2) / span : (max / 2 - x[j][i] / 2) / span;
        gap[i] += theoretical * (1 - normalised);
      }
    }
    return Results.start(NAME, problem, gap, false).build();
  }
}
