package io.potentia.scoring.sort;

import io.potentia.core.indicator.Direction;
import io.potentia.core.internal.Problems;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The steps the sorting methods share: orienting the values, reaching a cut level, refusing what takes no effect. */
final class SortingSteps {
  /**
   * How far below the cut level a support may be and still reach it: sums of weights such as 0.1
   * + 0.2 + 0.3 come out a rounding error below 0.6, and would otherwise miss a cut level they meet.
   */
  static final double TOLERANCE = 1e-9;

  private SortingSteps() {}

  /** Whether a support reaches the cut level. */
  static boolean reaches(double support, double lambda) {
    return support >= lambda - TOLERANCE;
  }

  /** +1 for a benefit criterion, -1 for a cost one: values times the sign are higher-is-better. */
  static double[] signs(SortingProblem p) {
    double[] s = new double[p.criterionCount()];
    for (int j = 0; j < s.length; j++) {
      s[j] = p.criteria().get(j).direction() == Direction.BENEFIT ? 1 : -1;
    }
    return s;
  }

  /** The alternatives' values, higher is better on every criterion: {@code [i][j]}. */
  static double[][] values(SortingProblem p, double[] signs) {
    double[][] x = new double[p.alternativeCount()][p.criterionCount()];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < signs.length; j++) {
        x[i][j] = signs[j] * p.value(i, j);
      }
    }
    return x;
  }

  /** The profiles' values, higher is better on every criterion: {@code [h][j]}. */
  static double[][] profiles(SortingProblem p, double[] signs) {
    double[][] b = new double[p.profiles().size()][p.criterionCount()];
    for (int h = 0; h < b.length; h++) {
      for (int j = 0; j < signs.length; j++) {
        b[h][j] = signs[j] * p.profile(h, j);
      }
    }
    return b;
  }

  /** A placement in class {@code k}, held back (below the best class) as given. */
  static Placement placement(SortingProblem p, int k, HeldBack heldBack) {
    return new Placement(p.categories().get(k), k, Optional.ofNullable(heldBack));
  }

  /** The cut level, which the method needs. */
  static double lambda(SortingProblem p, String method, Problems problems) {
    problems.require(p.lambda().isPresent(), "lambda", method + " needs lambda, the cut level in [0.5, 1]");
    return p.lambda().orElse(Double.NaN);
  }

  /** Refuses a cut level, which the method would not use. */
  static void refuseLambda(SortingProblem p, String method, String why, Problems problems) {
    p.lambda().ifPresent(l -> problems.require(false, "lambda", "lambda " + l + " takes no effect under " + method
        + " (" + why + "): remove it or use another method"));
  }

  /** Refuses thresholds, which the method would not use. */
  static void refuseThresholds(SortingProblem p, String method, String why, Problems problems) {
    for (int j = 0; j < p.criterionCount(); j++) {
      SortingCriterion c = p.criteria().get(j);
      for (var t : List.of(java.util.Map.entry("q", c.q()), java.util.Map.entry("p", c.p()), java.util.Map.entry("v", c.v()))) {
        int at = j;
        t.getValue().ifPresent(x -> problems.require(false, "criteria[" + at + "]." + t.getKey(), "criterion '" + c.id()
            + "': " + t.getKey() + " " + x + " takes no effect under " + method + " (" + why
            + "): remove it or use electre-tri-b"));
      }
    }
  }

  /** The note, when the weights given did not sum to 1. */
  static Optional<String> scaledWeights(SortingProblem p) {
    double sum = p.criteria().stream().mapToDouble(SortingCriterion::weight).sum();
    return Math.abs(sum - 1) <= 1e-9 ? Optional.empty()
        : Optional.of("the criteria's weights did not sum to 1 and were scaled to " + Arrays.toString(p.unitWeights()));
  }

  static List<Double> list(double[] x) {
    return Arrays.stream(x).boxed().toList();
  }
}
