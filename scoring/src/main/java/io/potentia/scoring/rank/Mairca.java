package io.potentia.scoring.rank;

import io.potentia.scoring.normalise.Normalisers;

/** MAIRCA; see {@link RankingMethods#mairca()}. */
final class Mairca implements RankingMethod {
  private static final String NAME = "mairca";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] x = problem.columns();
    ValueChecks.noCriterionConstant(problem, x, NAME, "its real ratings (x - min)/(max - min) are undefined;"
        + " a criterion on which the alternatives do not differ cannot separate them: remove it");
    // the real ratings are the min-max normalised values, (x - min)/(max - min), reversed for a cost
    double[][] real = MatrixSteps.normalise(problem, Normalisers.minMax(0, 1));
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double[] gap = new double[m];
    for (int j = 0; j < real.length; j++) {
      // the theoretical rating w_j / m: each alternative chosen with probability 1/m
      double theoretical = w[j] / m;
      for (int i = 0; i < m; i++) {
        gap[i] += theoretical * (1 - real[j][i]);
      }
    }
    return Results.start(NAME, problem, gap, false).build();
  }
}
