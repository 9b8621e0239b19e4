package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;

/**
 * The last guard of methods that divide by a quantity of the data that can come arbitrarily close
 * to 0 (an average, a smallest sum): a result that overflowed is refused, naming the alternative,
 * rather than returned as infinity or NaN.
 */
final class Overflow {
  private Overflow() {}

  static void requireFinite(DecisionProblem problem, String method, String quantity, double[] values, String cause) {
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw InvalidInputException.at("matrix[" + i + "]", method + ": the " + quantity + " of '"
            + problem.alternatives().get(i) + "' is " + values[i] + " (" + cause + ")");
      }
    }
  }
}
