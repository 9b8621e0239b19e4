package io.potentia.scoring.rank;


/**
 * Ranks the alternatives of a decision matrix as a whole (TOPSIS, VIKOR, PROMETHEE II, grey
 * relational analysis, WSM, WPM, SPOTIS, or a normalisation + weighting + aggregation pipeline).
 * Scores are higher-is-better or lower-is-better as {@link RankingResult#higherIsBetter()} says.
 * Built-ins come from {@link RankingMethods}.
 */
@FunctionalInterface
public interface RankingMethod {

  /**
   * Ranks a problem.
   *
   * @param problem the decision matrix
   * @return scores, ranks and the method's own results
   * @throws io.potentia.core.InvalidInputException if the problem does not suit the method (the
   *     reason names the criterion and value)
   */
  RankingResult rank(DecisionProblem problem);
}
