package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.normalise.Normalisers;

/** WASPAS; see {@link RankingMethods#waspas(double)}. */
final class Waspas implements RankingMethod {
  private static final String NAME = "waspas";

  private final double lambda;

  Waspas(double lambda) {
    if (!(lambda >= 0 && lambda <= 1)) {
      throw InvalidInputException.at("parameters.lambda", NAME + ": lambda " + lambda + " must be in [0, 1]");
    }
    this.lambda = lambda;
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    ValueChecks.positive(problem, NAME, "the linear normalisation divides by it (cost: min / x) and the product"
        + " part raises it to its weight");
    Normaliser linear = Normalisers.fractionOfMax();
    double[][] x = problem.columns();
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double[] sum = new double[m];
    double[] logProduct = new double[m];
    for (int j = 0; j < x.length; j++) {
      double[] r = linear.normalise(x[j], problem.criteria().get(j).direction());
      for (int i = 0; i < m; i++) {
        sum[i] += w[j] * r[i];
        logProduct[i] += w[j] * Math.log(r[i]);
      }
    }
    double[] product = new double[m];
    double[] q = new double[m];
    for (int i = 0; i < m; i++) {
      product[i] = Math.exp(logProduct[i]);
      q[i] = lambda * sum[i] + (1 - lambda) * product[i];
    }
    return Results.start(NAME, problem, q, true)
        .putParameter("lambda", Double.toString(lambda))
        .putExtra("wsm", Results.list(sum))
        .putExtra("wpm", Results.list(product))
        .build();
  }
}
