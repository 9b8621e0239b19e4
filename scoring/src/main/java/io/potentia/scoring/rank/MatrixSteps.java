package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.normalise.Normaliser;

/** Normalisation of a whole decision matrix, column by column, with errors naming the criterion. */
final class MatrixSteps {
  private MatrixSteps() {}

  static double[][] normalise(DecisionProblem problem, Normaliser normaliser) {
    double[][] columns = problem.columns();
    double[][] out = new double[columns.length][];
    for (int j = 0; j < columns.length; j++) {
      Criterion c = problem.criteria().get(j);
      String path = "criteria[" + j + "]";
      try {
        out[j] = normaliser.normalise(columns[j], c.direction());
      } catch (InvalidInputException e) {
        throw new InvalidInputException(e.problems().stream()
            .map(p -> p.under(path))
            .map(p -> new io.potentia.core.Problem(p.source(), p.line(), p.column(), p.path(),
                "criterion '" + c.id() + "': " + p.message()))
            .toList());
      }
    }
    return out;
  }
}
