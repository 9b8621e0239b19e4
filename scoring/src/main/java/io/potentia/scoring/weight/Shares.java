package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;

/** The last step of the objective weightings: their raw measures as shares of the total. */
final class Shares {
  private Shares() {}

  /**
   * Divides each measure by the sum of all, in place.
   *
   * @param measures the non-negative raw measures, one per criterion
   * @param whyNone the refusal's message when they sum to nothing: why the method has no weights
   * @return {@code measures}, now summing to 1
   * @throws InvalidInputException with {@code whyNone} when the sum is not positive
   */
  static double[] ofTotal(double[] measures, String whyNone) {
    double total = 0;
    for (double m : measures) {
      total += m;
    }
    if (!(total > 0)) {
      throw InvalidInputException.at("", whyNone);
    }
    for (int j = 0; j < measures.length; j++) {
      measures[j] /= total;
    }
    return measures;
  }
}
