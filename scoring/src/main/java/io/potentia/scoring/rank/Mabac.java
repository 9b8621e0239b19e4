package io.potentia.scoring.rank;

import io.potentia.scoring.normalise.Normalisers;
import java.util.ArrayList;
import java.util.List;

/** MABAC; see {@link RankingMethods#mabac()}. */
final class Mabac implements RankingMethod {
  private static final String NAME = "mabac";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] t = MatrixSteps.normalise(problem, Normalisers.minMax(0, 1));
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double[] q = new double[m];
    List<String> border = new ArrayList<>();
    for (int j = 0; j < t.length; j++) {
      // g_j = (prod_i w_j (t_ij + 1))^(1/m) = w_j (prod_i (t_ij + 1))^(1/m): the factor w_j taken out, so a
      // zero weight gives g_j = 0 and the logarithms stay finite (t + 1 is in [1, 2])
      double logSum = 0;
      for (int i = 0; i < m; i++) {
        logSum += Math.log1p(t[j][i]);
      }
      double g = w[j] * Math.exp(logSum / m);
      for (int i = 0; i < m; i++) {
        q[i] += w[j] * (t[j][i] + 1) - g;
      }
      border.add(problem.criteria().get(j).id() + " = " + g);
    }
    return Results.start(NAME, problem, q, true)
        .addNote("border approximation area g: " + border)
        .build();
  }
}
