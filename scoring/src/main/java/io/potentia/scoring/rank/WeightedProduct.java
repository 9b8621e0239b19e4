package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.Set;

/** The weighted product model; see {@link RankingMethods#weightedProduct(Described)}. */
final class WeightedProduct implements RankingMethod {
  private static final String NAME = "wpm";

  /** What the product promises on raw values, and on normalised ones when the normaliser does too. */
  private static final Set<Trait> RAW_TRAITS = EnumSet.of(Trait.MONOTONE, Trait.SCALE_INVARIANT, Trait.ANONYMOUS,
      Trait.DETERMINISTIC, Trait.RANK_REVERSAL_FREE);

  private final Described<Normaliser> normaliser; // null: raw values, a cost's exponent negated

  WeightedProduct(Described<Normaliser> normaliser) {
    this.normaliser = normaliser;
  }

  /**
   * The method with what it promises: on raw values, {@link #RAW_TRAITS}; after a normaliser, those
   * of them the normaliser also promises (a normaliser that reads the other alternatives, as
   * min-max does, can reverse ranks; one that is not scale-invariant makes the product depend on
   * units).
   */
  static Described<RankingMethod> described(Described<Normaliser> normaliser) {
    Set<Trait> traits = EnumSet.copyOf(RAW_TRAITS);
    if (normaliser != null) {
      traits.retainAll(normaliser.traits());
    }
    return new Described<>(NAME, traits, new WeightedProduct(normaliser));
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] x = normaliser == null ? problem.columns() : MatrixSteps.normalise(problem, normaliser.strategy());
    double[] w = problem.unitWeights();
    double[] logScore = new double[problem.alternativeCount()];
    for (int j = 0; j < x.length; j++) {
      // raw values keep their direction, so a cost's exponent is negated; normalised ones are all higher-is-better
      double sign = normaliser != null || problem.criteria().get(j).direction() == Direction.BENEFIT ? 1 : -1;
      for (int i = 0; i < logScore.length; i++) {
        if (!(x[j][i] > 0)) {
          throw notPositive(problem, i, j, x[j][i]);
        }
        logScore[i] += sign * w[j] * Math.log(x[j][i]);
      }
    }
    double[] score = new double[logScore.length];
    for (int i = 0; i < score.length; i++) {
      score[i] = Math.exp(logScore[i]);
    }
    return Results.start(NAME, problem, score, true)
        .putParameter("normalisation", normaliser == null ? "none" : normaliser.name())
        .putExtra("log-score", Results.list(logScore)).build();
  }

  private InvalidInputException notPositive(DecisionProblem problem, int i, int j, double value) {
    String where = "'" + problem.alternatives().get(i) + "' on '" + problem.criteria().get(j).id() + "'";
    if (normaliser == null) {
      return InvalidInputException.at("matrix[" + i + "][" + j + "]", NAME + ": the value of " + where + " is "
          + value + "; the weighted product needs positive values");
    }
    return InvalidInputException.at("criteria[" + j + "]", NAME + ": normalisation '" + normaliser.name()
        + "' gives " + value + " for " + where + " (raw value " + problem.matrix().get(i).get(j)
        + "); the weighted product raises each value to its weight and multiplies, so it needs positive"
        + " normalised values: choose a normalisation whose values are positive, such as fraction-of-max or sum");
  }
}
