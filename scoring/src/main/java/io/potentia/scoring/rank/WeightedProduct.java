package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;

/** The weighted product model; see {@link RankingMethods#weightedProduct()}. */
final class WeightedProduct implements RankingMethod {
  private static final String NAME = "wpm";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] x = problem.columns();
    double[] w = problem.unitWeights();
    double[] logScore = new double[problem.alternativeCount()];
    for (int j = 0; j < x.length; j++) {
      double sign = problem.criteria().get(j).direction() == Direction.BENEFIT ? 1 : -1;
      for (int i = 0; i < logScore.length; i++) {
        if (!(x[j][i] > 0)) {
          throw InvalidInputException.at("matrix[" + i + "][" + j + "]", NAME + ": the value of '"
              + problem.alternatives().get(i) + "' on '" + problem.criteria().get(j).id() + "' is " + x[j][i]
              + "; the weighted product needs positive values");
        }
        logScore[i] += sign * w[j] * Math.log(x[j][i]);
      }
    }
    double[] score = new double[logScore.length];
    for (int i = 0; i < score.length; i++) {
      score[i] = Math.exp(logScore[i]);
    }
    return Results.start(NAME, problem, score, true).putExtra("log-score", Results.list(logScore)).build();
  }
}
