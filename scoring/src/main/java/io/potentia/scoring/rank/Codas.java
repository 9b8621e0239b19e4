package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.normalise.Normalisers;

/** CODAS; see {@link RankingMethods#codas(double)}. */
final class Codas implements RankingMethod {
  private static final String NAME = "codas";

  private final double tau;

  Codas(double tau) {
    if (!(tau >= 0 && tau <= 1)) {
      throw InvalidInputException.at("parameters.tau", NAME + ": tau " + tau + " must be in [0, 1]");
    }
    this.tau = tau;
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    ValueChecks.ratioScale(problem, NAME, "normalises x / max for a benefit and min / x for a cost");
    double[][] n = MatrixSteps.normalise(problem, Normalisers.fractionOfMax());
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double[] euclidean = new double[m];
    double[] taxicab = new double[m];
    for (int j = 0; j < n.length; j++) {
      double negativeIdeal = Double.POSITIVE_INFINITY;
      for (int i = 0; i < m; i++) {
        negativeIdeal = Math.min(negativeIdeal, w[j] * n[j][i]);
      }
      for (int i = 0; i < m; i++) {
        double d = w[j] * n[j][i] - negativeIdeal;
        euclidean[i] += d * d;
        taxicab[i] += d;
      }
    }
    for (int i = 0; i < m; i++) {
      euclidean[i] = Math.sqrt(euclidean[i]);
    }
    double[] h = new double[m];
    for (int i = 0; i < m; i++) {
      for (int k = 0; k < m; k++) {
        double e = euclidean[i] - euclidean[k];
        // psi(e) = 1 for |e| >= tau, 0 below, as the paper's equation reads and its examples compute (its text
        // speaks of the taxicab distance as the tie-breaker of close Euclidean distances; the equation is followed)
        h[i] += Math.abs(e) >= tau ? e + (taxicab[i] - taxicab[k]) : e;
      }
    }
    return Results.start(NAME, problem, h, true)
        .putParameter("tau", Double.toString(tau))
        .putExtra("euclidean-distance", Results.list(euclidean))
        .putExtra("taxicab-distance", Results.list(taxicab))
        .build();
  }
}
