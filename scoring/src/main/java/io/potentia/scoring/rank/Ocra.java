package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;

/** OCRA; see {@link RankingMethods#ocra()}. */
final class Ocra implements RankingMethod {
  private static final String NAME = "ocra";

  @Override
  public RankingResult rank(DecisionProblem problem) {
    ValueChecks.positive(problem, NAME, "each criterion's differences are divided by its smallest value");
    double[][] x = problem.columns();
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    double[] input = new double[m];
    double[] output = new double[m];
    for (int j = 0; j < x.length; j++) {
      double max = Double.NEGATIVE_INFINITY;
      double min = Double.POSITIVE_INFINITY;
      for (double v : x[j]) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
      if (!Double.isFinite(max / min)) {
        throw InvalidInputException.at("criteria[" + j + "]", NAME + ": criterion '" + problem.criteria().get(j).id()
            + "' runs from " + min + " to " + max + "; the ratio of its largest to its smallest value, "
            + max / min + ", does not fit a double");
      }
      boolean cost = problem.criteria().get(j).direction() == Direction.COST;
      for (int i = 0; i < m; i++) {
        // as ratios to the smallest value, so that (max - x) cannot overflow for values near Double.MAX_VALUE
        if (cost) {
          input[i] += w[j] * (max / min - x[j][i] / min);
        } else {
          output[i] += w[j] * (x[j][i] / min - 1);
        }
      }
    }
    double[] inputRating = shiftedToZero(input);
    double[] outputRating = shiftedToZero(output);
    double[] total = new double[m];
    for (int i = 0; i < m; i++) {
      total[i] = inputRating[i] + outputRating[i];
    }
    return Results.start(NAME, problem, shiftedToZero(total), true)
        .putExtra("input-rating", Results.list(inputRating))
        .putExtra("output-rating", Results.list(outputRating))
        .build();
  }

  /** {@code v - min(v)}: Parkan's ratings are relative to the least preferred alternative. */
  private static double[] shiftedToZero(double[] v) {
    double min = Double.POSITIVE_INFINITY;
    for (double x : v) {
      min = Math.min(min, x);
    }
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] - min;
    }
    return out;
  }
}
