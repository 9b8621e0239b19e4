package io.potentia.scoring.rank;

import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.normalise.Normaliser;
import java.util.EnumSet;
import java.util.Set;

/** The weighted sum model; see {@link RankingMethods#weightedSum(Normaliser)}. */
final class WeightedSum implements RankingMethod {
  private final Normaliser normaliser; // null: raw values

  WeightedSum(Normaliser normaliser) {
    this.normaliser = normaliser;
  }

  @Override
  public String name() {
    return "wsm";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.MONOTONE, Trait.COMPENSATORY, Trait.ANONYMOUS, Trait.DETERMINISTIC,
        Trait.ACCEPTS_NON_POSITIVE);
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] r = normaliser == null ? RawValues.benefitsOnly(problem, name()) : MatrixSteps.normalise(problem, normaliser);
    double[] w = problem.unitWeights();
    double[] score = new double[problem.alternativeCount()];
    for (int j = 0; j < r.length; j++) {
      for (int i = 0; i < score.length; i++) {
        score[i] += w[j] * r[j][i];
      }
    }
    return Results.start(name(), problem, score, true)
        .putParameter("normalisation", normaliser == null ? "none" : normaliser.name()).build();
  }
}
