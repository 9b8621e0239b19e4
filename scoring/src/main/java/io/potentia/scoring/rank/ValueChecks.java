package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;

/**
 * The checks of a decision matrix that a method makes before it divides, takes logarithms or
 * compares on a common scale: each error names the method, the alternative, the criterion and the
 * value, or the criterion whose values cannot be used.
 */
final class ValueChecks {
  private ValueChecks() {}

  /** Refuses a value that is not {@code > 0}; {@code why} says what needs it. */
  static void positive(DecisionProblem problem, String method, String why) {
    check(problem, method, true, why);
  }

  /** Refuses a negative value; {@code why} says what needs it. */
  static void nonNegative(DecisionProblem problem, String method, String why) {
    check(problem, method, false, why);
  }

  /** Refuses a criterion whose values are all 0; {@code why} says what needs one that is not. */
  static void noCriterionAllZero(DecisionProblem problem, double[][] columns, String method, String why) {
    for (int j = 0; j < columns.length; j++) {
      boolean allZero = true;
      for (double v : columns[j]) {
        allZero &= v == 0;
      }
      if (allZero) {
        throw InvalidInputException.at("criteria[" + j + "]", method + ": every value of criterion '"
            + problem.criteria().get(j).id() + "' is 0; " + why);
      }
    }
  }

  /** Refuses a criterion on which every alternative has the same value; {@code why} says what needs a spread. */
  static void noCriterionConstant(DecisionProblem problem, double[][] columns, String method, String why) {
    for (int j = 0; j < columns.length; j++) {
      boolean constant = true;
      for (double v : columns[j]) {
        constant &= v == columns[j][0];
      }
      if (constant) {
        throw InvalidInputException.at("criteria[" + j + "]", method + ": criterion '" + problem.criteria().get(j).id()
            + "' is constant (every alternative has " + columns[j][0] + (columns[j].length == 1 ? ", the only one" : "")
            + "); " + why);
      }
    }
  }

  /**
   * Refuses the first value that ratios or shares of a criterion cannot take: a benefit value below
   * 0, a benefit criterion all 0, a cost value {@code <= 0} (it is divided by).
   *
   * @param why what the method does with the values, for the message, for example "takes x / max
   *     and min / x"
   */
  static void ratioScale(DecisionProblem problem, String method, String why) {
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

  private static void check(DecisionProblem problem, String method, boolean strict, String why) {
    for (int i = 0; i < problem.alternativeCount(); i++) {
      for (int j = 0; j < problem.criterionCount(); j++) {
        double v = problem.matrix().get(i).get(j);
        if (strict ? !(v > 0) : v < 0) {
          throw InvalidInputException.at("matrix[" + i + "][" + j + "]", method + ": the value of '"
              + problem.alternatives().get(i) + "' on criterion '" + problem.criteria().get(j).id() + "' is " + v
              + "; it must be " + (strict ? "> 0" : ">= 0") + " (" + why + ")");
        }
      }
    }
  }
}
