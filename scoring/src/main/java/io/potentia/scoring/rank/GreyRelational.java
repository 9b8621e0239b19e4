package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.normalise.Normalisers;

/** Grey relational analysis; see {@link RankingMethods#greyRelational(double)}. */
final class GreyRelational implements RankingMethod {
  private static final String NAME = "gra";

  private final double zeta;

  GreyRelational(double zeta) {
    if (!(zeta > 0 && zeta <= 1)) {
      throw InvalidInputException.at("parameters.zeta", "grey-relational: zeta " + zeta + " must be in (0, 1]");
    }
    this.zeta = zeta;
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    Normaliser unit = Normalisers.minMax(0, 1);
    double[][] r = MatrixSteps.normalise(problem, unit);
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    int n = problem.criterionCount();
    double dMin = Double.POSITIVE_INFINITY;
    double dMax = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        double d = Math.abs(1 - r[j][i]);
        dMin = Math.min(dMin, d);
        dMax = Math.max(dMax, d);
      }
    }
    double[] grade = new double[m];
    for (int j = 0; j < n; j++) {
      for (int i = 0; i < m; i++) {
        double d = Math.abs(1 - r[j][i]);
        grade[i] += w[j] * (dMin + zeta * dMax) / (d + zeta * dMax);
      }
    }
    return Results.start(NAME, problem, grade, true).putParameter("zeta", Double.toString(zeta)).build();
  }
}
