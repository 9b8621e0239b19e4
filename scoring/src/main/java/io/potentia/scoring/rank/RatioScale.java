package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;

/**
 * The values a method that takes ratios or shares of each criterion's values needs: a benefit
 * value {@code >= 0} with some value above 0 on the criterion, a cost value {@code > 0} (it is
 * divided by). Errors name the alternative, the criterion and the value.
 */
final class RatioScale {
  private RatioScale() {}

  /**
   * Refuses the first value the ratios cannot take.
   *
   * @param why what the method does with the values, for the message, for example "takes x / max
   *     and min / x"
   */
  static void check(DecisionProblem problem, String method, String why) {
    double[][] x = problem.columns();
    for (int j = 0; j < x.length; j++) {
      Criterion c = problem.criteria().get(j);
      boolean cost = c.direction() == Direction.COST;
      boolean somePositive = false;
      for (int i = 0; i < x[j].length; i++) {
        if (cost ? !(x[j][i] > 0) : !(x[j][i] >= 0)) {
          throw InvalidInputException.at("matrix[" + i + "][" + j + "]", method + ": the value of '"
              + problem.alternatives().get(i) + "' on " + (cost ? "cost" : "benefit") + " criterion '" + c.id()
              + "' is " + x[j][i] + "; it must be " + (cost ? "> 0" : ">= 0") + " (" + method + " " + why + ")");
        }
        somePositive |= x[j][i] > 0;
      }
      if (!somePositive) {
        throw InvalidInputException.at("criteria[" + j + "]", method + ": every value of benefit criterion '" + c.id()
            + "' is 0.0; it needs a value > 0 (" + method + " " + why + ")");
      }
    }
  }
}
