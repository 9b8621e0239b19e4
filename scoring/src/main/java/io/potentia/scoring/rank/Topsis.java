package io.potentia.scoring.rank;

import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.spi.Described;

/** TOPSIS; see {@link RankingMethods#topsis(Described)}. */
final class Topsis implements RankingMethod {
  private static final String NAME = "topsis";

  private final Described<Normaliser> normaliser;

  Topsis(Described<Normaliser> normaliser) {
    this.normaliser = java.util.Objects.requireNonNull(normaliser, "normaliser");
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] v = MatrixSteps.normalise(problem, normaliser.strategy());
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    int n = problem.criterionCount();
    double[] dPlus = new double[m];
    double[] dMinus = new double[m];
    for (int j = 0; j < n; j++) {
      double best = Double.NEGATIVE_INFINITY;
      double worst = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        best = Math.max(best, w[j] * v[j][i]);
        worst = Math.min(worst, w[j] * v[j][i]);
      }
      for (int i = 0; i < m; i++) {
        double x = w[j] * v[j][i];
        dPlus[i] += (x - best) * (x - best);
        dMinus[i] += (x - worst) * (x - worst);
      }
    }
    double[] c = new double[m];
    for (int i = 0; i < m; i++) {
      dPlus[i] = Math.sqrt(dPlus[i]);
      dMinus[i] = Math.sqrt(dMinus[i]);
      double total = dPlus[i] + dMinus[i];
      // both distances are 0 only when every weighted criterion is constant: the alternatives tie
      c[i] = total == 0 ? 0.5 : dMinus[i] / total;
    }
    return Results.start(NAME, problem, c, true)
        .putParameter("normalisation", normaliser.name())
        .putExtra("distance-to-ideal", Results.list(dPlus))
        .putExtra("distance-to-anti-ideal", Results.list(dMinus))
        .build();
  }
}
