package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * SPOTIS, the Stable Preference Ordering Towards Ideal Solution (Dezert, Tchamova, Han and Tacnet
 * 2020, "The SPOTIS rank reversal free method for multi-criteria decision-making support", IEEE
 * FUSION 2020): each criterion has fixed bounds {@code [min_j, max_j]} set by the decision maker,
 * the ideal solution point {@code s*} takes the upper bound of a benefit criterion and the lower
 * bound of a cost one, the normalised distance is {@code d_ij = |x_ij - s*_j| / (max_j - min_j)},
 * and the score is {@code sum_j w_j d_ij}. The lowest score is best. Because the reference is fixed
 * rather than drawn from the alternatives, adding or removing an alternative never reverses the
 * order of the others.
 *
 * <p>Bounds come from each criterion's {@code bounds}. Rejects a criterion without bounds and a
 * value outside its bounds.
 */
final class Spotis implements RankingMethod {
  @Override
  public String name() {
    return "spotis";
  }

  @Override
  public Set<Trait> traits() {
    return EnumSet.of(Trait.MONOTONE, Trait.BOUNDED, Trait.ANONYMOUS, Trait.DETERMINISTIC, Trait.ACCEPTS_NON_POSITIVE,
        Trait.RANK_REVERSAL_FREE);
  }

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
    return Results.start(name(), problem, score, false).build();
  }
}
