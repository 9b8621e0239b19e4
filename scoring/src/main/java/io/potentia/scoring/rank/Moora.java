package io.potentia.scoring.rank;

/** The MOORA ratio system; see {@link RankingMethods#moora()}. */
final class Moora implements RankingMethod {
  private static final String NAME = "moora";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    ValueChecks.nonNegative(problem, NAME, "the ratios x / sqrt(sum x^2) are shares of a length");
    ValueChecks.noCriterionAllZero(problem, problem.columns(), NAME, "its ratios x / sqrt(sum x^2) divide by 0");
    MooraParts parts = new MooraParts(problem);
    return Results.start(NAME, problem, parts.ratioSystem(), true).build();
  }
}
