package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.normalise.Normalisers;

/** CoCoSo; see {@link RankingMethods#coCoSo(double)}. */
final class CoCoSo implements RankingMethod {
  private static final String NAME = "cocoso";

  private final double lambda;

  CoCoSo(double lambda) {
    if (!(lambda >= 0 && lambda <= 1)) {
      throw InvalidInputException.at("parameters.lambda", NAME + ": lambda " + lambda + " must be in [0, 1]");
    }
    this.lambda = lambda;
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] r = MatrixSteps.normalise(problem, Normalisers.minMax(0, 1));
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double[] s = new double[m];
    double[] p = new double[m];
    for (int j = 0; j < r.length; j++) {
      for (int i = 0; i < m; i++) {
        s[i] += w[j] * r[j][i];
        p[i] += Math.pow(r[j][i], w[j]);
      }
    }
    double sMin = Double.POSITIVE_INFINITY;
    double pMin = Double.POSITIVE_INFINITY;
    double sMax = 0;
    double pMax = 0;
    double total = 0;
    for (int i = 0; i < m; i++) {
      if (!(s[i] > 0 && p[i] > 0)) {
        throw InvalidInputException.at("matrix[" + i + "]", NAME + ": '" + problem.alternatives().get(i)
            + "' has the worst value of every weighted criterion, so its weighted sum S and power sum P are 0;"
            + " k_b = S / min S + P / min P divides by them, so CoCoSo cannot rank this problem");
      }
      sMin = Math.min(sMin, s[i]);
      pMin = Math.min(pMin, p[i]);
      sMax = Math.max(sMax, s[i]);
      pMax = Math.max(pMax, p[i]);
      total += s[i] + p[i];
    }
    double[] ka = new double[m];
    double[] kb = new double[m];
    double[] kc = new double[m];
    double[] k = new double[m];
    for (int i = 0; i < m; i++) {
      ka[i] = (s[i] + p[i]) / total;
      kb[i] = s[i] / sMin + p[i] / pMin;
      kc[i] = (lambda * s[i] + (1 - lambda) * p[i]) / (lambda * sMax + (1 - lambda) * pMax);
      k[i] = Math.cbrt(ka[i] * kb[i] * kc[i]) + (ka[i] + kb[i] + kc[i]) / 3;
    }
    Overflow.requireFinite(problem, NAME, "score k", k, "the smallest S, " + sMin + ", or P, " + pMin
        + ", is too close to 0 for k_b = S / min S + P / min P");
    return Results.start(NAME, problem, k, true)
        .putParameter("lambda", Double.toString(lambda))
        .putExtra("S", Results.list(s))
        .putExtra("P", Results.list(p))
        .putExtra("ka", Results.list(ka))
        .putExtra("kb", Results.list(kb))
        .putExtra("kc", Results.list(kc))
        .build();
  }
}
