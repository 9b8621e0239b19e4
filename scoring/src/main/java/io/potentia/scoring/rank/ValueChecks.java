package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;

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
