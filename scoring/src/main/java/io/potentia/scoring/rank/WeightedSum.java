package io.potentia.scoring.rank;

import io.potentia.scoring.spi.Described;
import io.potentia.scoring.normalise.Normaliser;

/** The weighted sum model; see {@link RankingMethods#weightedSum(Described)}. */
final class WeightedSum implements RankingMethod {
  private static final String NAME = "wsm";

  private final Described<Normaliser> normaliser; // null: raw values

  WeightedSum(Described<Normaliser> normaliser) {
    this.normaliser = normaliser;
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] r = normaliser == null ? RawValues.benefitsOnly(problem, NAME) : MatrixSteps.normalise(problem, normaliser.strategy());
    double[] w = problem.unitWeights();
    double[] score = new double[problem.alternativeCount()];
    for (int j = 0; j < r.length; j++) {
      for (int i = 0; i < score.length; i++) {
        score[i] += w[j] * r[j][i];
      }
    }
    return Results.start(NAME, problem, score, true)
        .putParameter("normalisation", normaliser == null ? "none" : normaliser.name()).build();
  }
}
