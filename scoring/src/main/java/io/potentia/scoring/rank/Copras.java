package io.potentia.scoring.rank;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.normalise.Normalisers;

/** COPRAS; see {@link RankingMethods#copras()}. */
final class Copras implements RankingMethod {
  private static final String NAME = "copras";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    ValueChecks.ratioScale(problem, NAME, "takes each value's share of the criterion's sum and divides by the cost shares");
    double[][] x = problem.columns();
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double[] plus = new double[m];
    double[] minus = new double[m];
    for (int j = 0; j < x.length; j++) {
      boolean benefit = problem.criteria().get(j).direction() == Direction.BENEFIT;
      // COPRAS takes every criterion's shares of its sum, a cost's too (they are summed apart, below)
      double[] share = Normalisers.sum().normalise(x[j], Direction.BENEFIT);
      for (int i = 0; i < m; i++) {
        if (benefit) {
          plus[i] += w[j] * share[i];
        } else {
          minus[i] += w[j] * share[i];
        }
      }
    }
    double minusTotal = 0;
    double minMinus = Double.POSITIVE_INFINITY;
    for (double v : minus) {
      minusTotal += v;
      minMinus = Math.min(minMinus, v);
    }
    // sum_k S-_min / S-_k, the published form: each term is at most 1, so it stays finite
    double inverseSum = 0;
    for (double v : minus) {
      inverseSum += minMinus / v;
    }
    boolean costs = minusTotal > 0;
    double[] q = new double[m];
    double qMax = 0;
    for (int i = 0; i < m; i++) {
      q[i] = costs ? plus[i] + minMinus * minusTotal / (minus[i] * inverseSum) : plus[i];
      qMax = Math.max(qMax, q[i]);
    }
    double[] utility = new double[m];
    for (int i = 0; i < m; i++) {
      utility[i] = 100 * q[i] / qMax; // qMax > 0: some weighted criterion has a positive value
    }
    RankingResult.Builder b = Results.start(NAME, problem, q, true)
        .putExtra("S+", Results.list(plus))
        .putExtra("S-", Results.list(minus))
        .putExtra("utility-degree", Results.list(utility));
    if (!costs) {
      b.addNote("no cost criterion has a weight above 0, so the significance Q is S+ alone");
    }
    return b.build();
  }
}
