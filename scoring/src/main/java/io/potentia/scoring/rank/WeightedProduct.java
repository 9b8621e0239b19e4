package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.Set;

/** The weighted product model; see {@link RankingMethods#weightedProduct()}. */
final class WeightedProduct implements RankingMethod {
  @Override
  public String name() {
    return "wpm";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.MONOTONE, Trait.SCALE_INVARIANT, Trait.ANONYMOUS, Trait.DETERMINISTIC,
        Trait.RANK_REVERSAL_FREE);
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] x = problem.columns();
    double[] w = problem.unitWeights();
    double[] logScore = new double[problem.alternativeCount()];
    for (int j = 0; j < x.length; j++) {
      double sign = problem.criteria().get(j).direction() == Direction.BENEFIT ? 1 : -1;
      for (int i = 0; i < logScore.length; i++) {
        if (!(x[j][i] > 0)) {
          throw InvalidInputException.at("matrix[" + i + "][" + j + "]", name() + ": the value of '"
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
    return Results.start(name(), problem, score, true).putExtra("log-score", Results.list(logScore)).build();
  }
}
