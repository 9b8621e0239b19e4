package io.potentia.scoring.sort;

import io.potentia.core.internal.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** ELECTRE TRI-B; see {@link SortingMethods#electreTriB()}. */
final class ElectreTriB implements SortingMethod {
  static final String NAME = "electre-tri-b";

  /** The comparison of one alternative with one profile, both ways. */
  private record Comparison(double[] concordance, double[] discordance, double up, double down) {}

  @Override
  public SortingResult sort(SortingProblem problem) {
    Problems problems = new Problems();
    double lambda = SortingSteps.lambda(problem, NAME, problems);
    problems.throwIfAny();
    double[] sign = SortingSteps.signs(problem);
    double[][] x = SortingSteps.values(problem, sign);
    double[][] b = SortingSteps.profiles(problem, sign);
    double[] w = problem.unitWeights();
    int n = problem.criterionCount();
    double[] q = new double[n];
    double[] p = new double[n];
    double[] v = new double[n];
    for (int j = 0; j < n; j++) {
      SortingCriterion c = problem.criteria().get(j);
      q[j] = c.indifference();
      p[j] = c.preference();
      v[j] = c.veto();
    }
    List<Assignment> out = new ArrayList<>();
    List<List<Double>> up = new ArrayList<>();
    List<List<Double>> down = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      Comparison[] with = new Comparison[b.length];
      double[] upRow = new double[b.length];
      double[] downRow = new double[b.length];
      for (int h = 0; h < b.length; h++) {
        with[h] = compare(x[i], b[h], w, q, p, v);
        upRow[h] = with[h].up();
        downRow[h] = with[h].down();
      }
      up.add(SortingSteps.list(upRow));
      down.add(SortingSteps.list(downRow));
      // pessimistic: the highest profile the alternative outranks; its class is the one above
      int pessimistic = 0;
      for (int h = b.length - 1; h >= 0 && pessimistic == 0; h--) {
        if (SortingSteps.reaches(with[h].up(), lambda)) {
          pessimistic = h + 1;
        }
      }
      // optimistic: the lowest profile strictly preferred to the alternative; its class is the one below
      int optimistic = b.length;
      for (int h = 0; h < b.length && optimistic == b.length; h++) {
        if (SortingSteps.reaches(with[h].down(), lambda) && !SortingSteps.reaches(with[h].up(), lambda)) {
          optimistic = h;
        }
      }
      out.add(Assignment.of(problem.alternatives().get(i),
          SortingSteps.placement(problem, pessimistic, heldBack(problem, i, pessimistic, with, lambda)),
          Optional.of(SortingSteps.placement(problem, optimistic, heldBack(problem, i, optimistic, with, lambda)))));
    }
    List<String> notes = new ArrayList<>(SortingSteps.scaledWeights(problem).stream().toList());
    notes.add("pessimistic assignment: the class above the highest profile b with sigma(a, b) >= lambda; optimistic:"
        + " the class below the lowest profile b with sigma(b, a) >= lambda > sigma(a, b)");
    return new SortingResult(NAME, Map.of("lambda", Double.toString(lambda)), problem.categories(), out,
        Map.of("credibility", up, "profile-credibility", down), notes);
  }

  private static Comparison compare(double[] a, double[] b, double[] w, double[] q, double[] p, double[] v) {
    int n = a.length;
    double[] c = new double[n];
    double[] d = new double[n];
    double[] dBack = new double[n];
    double concordance = 0;
    double concordanceBack = 0;
    for (int j = 0; j < n; j++) {
      c[j] = Outranking.concordance(a[j], b[j], q[j], p[j]);
      d[j] = Outranking.discordance(a[j], b[j], p[j], v[j]);
      concordance += w[j] * c[j];
      concordanceBack += w[j] * Outranking.concordance(b[j], a[j], q[j], p[j]);
      dBack[j] = Outranking.discordance(b[j], a[j], p[j], v[j]);
    }
    // unit weights sum to 1 up to rounding; the concordance stays in [0, 1]
    concordance = Math.min(1, concordance);
    concordanceBack = Math.min(1, concordanceBack);
    return new Comparison(c, d, Outranking.credibility(concordance, d), Outranking.credibility(concordanceBack, dBack));
  }

  /** What keeps the alternative in class {@code k}: the profile above it, and the criteria that argue against reaching it. */
  private static HeldBack heldBack(SortingProblem problem, int i, int k, Comparison[] with, double lambda) {
    if (k == with.length) {
      return null;
    }
    Comparison against = with[k];
    List<Gap> gaps = new ArrayList<>();
    for (int j = 0; j < problem.criterionCount(); j++) {
      boolean weighs = problem.criteria().get(j).weight() > 0 && against.concordance()[j] < 1;
      if (weighs || against.discordance()[j] > 0) {
        gaps.add(new Gap(problem.criteria().get(j).id(), problem.value(i, j), problem.profile(k, j),
            Optional.of(against.concordance()[j]), Optional.of(against.discordance()[j])));
      }
    }
    return new HeldBack(problem.categories().get(k + 1), k, against.up(), lambda, gaps);
  }
}
