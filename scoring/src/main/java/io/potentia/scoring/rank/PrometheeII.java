package io.potentia.scoring.rank;

import io.potentia.core.indicator.Direction;

/** PROMETHEE II; see {@link RankingMethods#prometheeII()}. */
final class PrometheeII implements RankingMethod {
  private static final String NAME = "promethee-ii";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] x = problem.columns();
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    int n = problem.criterionCount();
    PreferenceFunction[] f = new PreferenceFunction[n];
    double[] sign = new double[n];
    for (int j = 0; j < n; j++) {
      Criterion c = problem.criteria().get(j);
      f[j] = c.preference().orElse(PreferenceFunction.usual());
      sign[j] = c.direction() == Direction.BENEFIT ? 1 : -1;
    }
    double[] plus = new double[m];
    double[] minus = new double[m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        if (a == b) {
          continue;
        }
        double pi = 0;
        for (int j = 0; j < n; j++) {
          pi += w[j] * f[j].preference(sign[j] * (x[j][a] - x[j][b]));
        }
        plus[a] += pi;
        minus[b] += pi;
      }
    }
    double[] net = new double[m];
    for (int a = 0; a < m; a++) {
      if (m > 1) {
        plus[a] /= m - 1;
        minus[a] /= m - 1;
      }
      net[a] = plus[a] - minus[a];
    }
    return Results.start(NAME, problem, net, true)
        .putExtra("positive-flow", Results.list(plus))
        .putExtra("negative-flow", Results.list(minus))
        .putExtra("net-flow", Results.list(net))
        .build();
  }
}
