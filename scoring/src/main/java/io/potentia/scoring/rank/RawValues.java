package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;

/** The raw matrix, for methods run without normalisation, which only make sense on benefit criteria. */
final class RawValues {
  private RawValues() {}

  static double[][] benefitsOnly(DecisionProblem problem, String method) {
    for (int j = 0; j < problem.criterionCount(); j++) {
      Criterion c = problem.criteria().get(j);
      if (c.direction() == Direction.COST) {
        throw InvalidInputException.at("criteria[" + j + "].direction", method + ": criterion '" + c.id()
            + "' is a cost; without normalisation raw values cannot be turned around (choose a normalisation)");
      }
    }
    return problem.columns();
  }
}
