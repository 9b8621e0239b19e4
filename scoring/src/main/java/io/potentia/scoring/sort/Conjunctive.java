package io.potentia.scoring.sort;

import io.potentia.core.internal.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The conjunctive rule; see {@link SortingMethods#conjunctive()}. */
final class Conjunctive implements SortingMethod {
  static final String NAME = "conjunctive";
  private static final String WHY = "every criterion must reach the profile";

  @Override
  public SortingResult sort(SortingProblem problem) {
    Problems problems = new Problems();
    SortingSteps.refuseLambda(problem, NAME, WHY, problems);
    SortingSteps.refuseThresholds(problem, NAME, WHY, problems);
    double first = problem.criteria().get(0).weight();
    for (int j = 1; j < problem.criterionCount(); j++) {
      double w = problem.criteria().get(j).weight();
      problems.require(w == first, "criteria[" + j + "].weight", "criterion '" + problem.criteria().get(j).id()
          + "': weight " + w + " differs from " + first + " of criterion '" + problem.criteria().get(0).id()
          + "' and takes no effect under " + NAME + " (" + WHY + "): give equal weights or none, or use mr-sort");
    }
    problems.throwIfAny();
    double[] sign = SortingSteps.signs(problem);
    double[][] x = SortingSteps.values(problem, sign);
    double[][] b = SortingSteps.profiles(problem, sign);
    int n = problem.criterionCount();
    List<Assignment> out = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      int k = 0;
      for (int h = b.length - 1; h >= 0 && k == 0; h--) {
        if (met(x[i], b[h]) == n) {
          k = h + 1;
        }
      }
      HeldBack held = null;
      if (k < b.length) {
        List<Gap> gaps = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          if (x[i][j] < b[k][j]) {
            gaps.add(Gap.of(problem.criteria().get(j).id(), problem.value(i, j), problem.profile(k, j)));
          }
        }
        held = new HeldBack(problem.categories().get(k + 1), k, (double) met(x[i], b[k]) / n, 1, gaps);
      }
      out.add(Assignment.of(problem.alternatives().get(i), SortingSteps.placement(problem, k, held),
          java.util.Optional.empty()));
    }
    return new SortingResult(NAME, Map.of(), problem.categories(), out, Map.of(), List.of());
  }

  /** On how many criteria the alternative is at least as good as the profile. */
  private static int met(double[] a, double[] profile) {
    int count = 0;
    for (int j = 0; j < a.length; j++) {
      if (a[j] >= profile[j]) {
        count++;
      }
    }
    return count;
  }
}
