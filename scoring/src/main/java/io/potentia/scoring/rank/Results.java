package io.potentia.scoring.rank;

import java.util.Arrays;
import java.util.List;

/** The parts every method's result shares. */
final class Results {
  private Results() {}

  static RankingResult.Builder start(String method, DecisionProblem problem, double[] scores,
      boolean higherIsBetter) {
    RankingResult.Builder b = RankingResult.builder().method(method).alternatives(problem.alternatives())
        .scores(list(scores)).higherIsBetter(higherIsBetter);
    if (!problem.weightsSumToOne()) {
      b.addNote("the criteria's weights did not sum to 1 and were scaled to " + Arrays.toString(problem.unitWeights()));
    }
    return b;
  }

  static List<Double> list(double[] x) {
    return Arrays.stream(x).boxed().toList();
  }
}
