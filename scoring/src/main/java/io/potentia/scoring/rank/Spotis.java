package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import java.util.List;

/** SPOTIS; see {@link RankingMethods#spotis()}. */
final class Spotis implements RankingMethod {
  private static final String NAME = "spotis";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] x = problem.columns();
    double[] w = problem.unitWeights();
    double[] score = new double[problem.alternativeCount()];
    for (int j = 0; j < x.length; j++) {
      Criterion c = problem.criteria().get(j);
      int at = j;
      List<Double> bounds = c.bounds().orElseThrow(() -> InvalidInputException.at("criteria[" + at + "].bounds",
          "spotis: criterion '" + c.id() + "' has no bounds; SPOTIS needs [lower, upper] for every criterion"));
      double lo = bounds.get(0);
      double hi = bounds.get(1);
      double ideal = c.direction() == Direction.BENEFIT ? hi : lo;
      for (int i = 0; i < score.length; i++) {
        if (x[j][i] < lo || x[j][i] > hi) {
          throw InvalidInputException.at("matrix[" + i + "][" + j + "]", "spotis: the value " + x[j][i] + " of '"
              + problem.alternatives().get(i) + "' on '" + c.id() + "' is outside its bounds [" + lo + ", " + hi + "]");
        }
        score[i] += w[j] * Math.abs(x[j][i] - ideal) / (hi - lo);
      }
    }
    return Results.start(NAME, problem, score, false).build();
  }
}
