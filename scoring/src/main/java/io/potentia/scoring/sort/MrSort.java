package io.potentia.scoring.sort;

import io.potentia.core.internal.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MR-Sort; see {@link SortingMethods#mrSort()}. */
final class MrSort implements SortingMethod {
  static final String NAME = "mr-sort";

  @Override
  public SortingResult sort(SortingProblem problem) {
    Problems problems = new Problems();
    double lambda = SortingSteps.lambda(problem, NAME, problems);
    SortingSteps.refuseThresholds(problem, NAME, "it compares each value with the profile as it is, without"
        + " indifference, preference or veto", problems);
    problems.throwIfAny();
    double[] sign = SortingSteps.signs(problem);
    double[][] x = SortingSteps.values(problem, sign);
    double[][] b = SortingSteps.profiles(problem, sign);
    double[] w = problem.unitWeights();
    int n = problem.criterionCount();
    List<Assignment> out = new ArrayList<>();
    List<List<Double>> coalitions = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      double[] support = new double[b.length];
      for (int h = 0; h < b.length; h++) {
        for (int j = 0; j < n; j++) {
          if (x[i][j] >= b[h][j]) {
            support[h] += w[j];
          }
        }
      }
      coalitions.add(SortingSteps.list(support));
      int k = 0;
      for (int h = b.length - 1; h >= 0 && k == 0; h--) {
        if (SortingSteps.reaches(support[h], lambda)) {
          k = h + 1;
        }
      }
      HeldBack held = null;
      if (k < b.length) {
        List<Gap> gaps = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          if (x[i][j] < b[k][j] && w[j] > 0) {
            gaps.add(Gap.of(problem.criteria().get(j).id(), problem.value(i, j), problem.profile(k, j)));
          }
        }
        held = new HeldBack(problem.categories().get(k + 1), k, support[k], lambda, gaps);
      }
      out.add(Assignment.of(problem.alternatives().get(i), SortingSteps.placement(problem, k, held), Optional.empty()));
    }
    return new SortingResult(NAME, Map.of("lambda", Double.toString(lambda)), problem.categories(), out,
        Map.of("coalition-weight", coalitions), SortingSteps.scaledWeights(problem).stream().toList());
  }
}
