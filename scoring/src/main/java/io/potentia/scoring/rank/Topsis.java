package io.potentia.scoring.rank;

import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.normalise.Normaliser;
import java.util.EnumSet;
import java.util.Set;

/** TOPSIS; see {@link RankingMethods#topsis(Normaliser)}. */
final class Topsis implements RankingMethod {
  private final Normaliser normaliser;

  Topsis(Normaliser normaliser) {
    this.normaliser = normaliser;
  }

  @Override
  public String name() {
    return "topsis";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.MONOTONE, Trait.BOUNDED, Trait.COMPENSATORY, Trait.ANONYMOUS, Trait.DETERMINISTIC);
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] v = MatrixSteps.normalise(problem, normaliser);
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
    return Results.start(name(), problem, c, true)
        .putParameter("normalisation", normaliser.name())
        .putExtra("distance-to-ideal", Results.list(dPlus))
        .putExtra("distance-to-anti-ideal", Results.list(dMinus))
        .build();
  }
}
