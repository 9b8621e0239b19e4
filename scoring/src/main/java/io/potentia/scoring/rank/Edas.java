package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;

/** EDAS; see {@link RankingMethods#edas()}. */
final class Edas implements RankingMethod {
  private static final String NAME = "edas";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] x = problem.columns();
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double[] sp = new double[m];
    double[] sn = new double[m];
    for (int j = 0; j < x.length; j++) {
      double average = average(x[j]);
      Criterion c = problem.criteria().get(j);
      if (!(average > 0)) {
        throw InvalidInputException.at("criteria[" + j + "]", NAME + ": the average of criterion '" + c.id() + "' is "
            + average + "; it must be > 0 (EDAS divides each distance from the average by it)");
      }
      double sign = c.direction() == Direction.BENEFIT ? 1 : -1;
      for (int i = 0; i < m; i++) {
        double distance = sign * (x[j][i] - average) / average;
        if (!Double.isFinite(distance)) {
          throw InvalidInputException.at("matrix[" + i + "][" + j + "]", NAME + ": the distance of '"
              + problem.alternatives().get(i) + "' from the average " + average + " of criterion '" + c.id()
              + "' overflows (value " + x[j][i] + "); the average is too close to 0 for the criterion's values");
        }
        sp[i] += w[j] * Math.max(0, distance);
        sn[i] += w[j] * Math.max(0, -distance);
      }
    }
    Overflow.requireFinite(problem, NAME, "weighted positive distance SP", sp, "its distances are too large to sum");
    Overflow.requireFinite(problem, NAME, "weighted negative distance SN", sn, "its distances are too large to sum");
    double spMax = max(sp);
    double snMax = max(sn);
    double[] nsp = new double[m];
    double[] nsn = new double[m];
    double[] score = new double[m];
    for (int i = 0; i < m; i++) {
      // both maxima are 0 only when every weighted criterion is constant: no alternative is off the average
      nsp[i] = spMax == 0 ? 0 : sp[i] / spMax;
      nsn[i] = snMax == 0 ? 1 : 1 - sn[i] / snMax;
      score[i] = (nsp[i] + nsn[i]) / 2;
    }
    return Results.start(NAME, problem, score, true)
        .putExtra("SP", Results.list(sp))
        .putExtra("SN", Results.list(sn))
        .putExtra("NSP", Results.list(nsp))
        .putExtra("NSN", Results.list(nsn))
        .build();
  }

  /**
   * The mean as a sum of {@code x / m}, which cannot overflow for finite values; a constant column's
   * own value exactly, so that its distances are 0 and not rounding noise.
   */
  private static double average(double[] x) {
    double sum = 0;
    boolean constant = true;
    for (double v : x) {
      sum += v / x.length;
      constant &= v == x[0];
    }
    return constant ? x[0] : sum;
  }

  private static double max(double[] x) {
    double max = 0;
    for (double v : x) {
      max = Math.max(max, v);
    }
    return max;
  }
}
