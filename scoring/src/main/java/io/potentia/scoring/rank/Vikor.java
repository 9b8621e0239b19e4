package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** VIKOR; see {@link RankingMethods#vikor(double)}. */
final class Vikor implements RankingMethod {
  private static final String NAME = "vikor";

  private final double v;

  Vikor(double v) {
    if (!(v >= 0 && v <= 1)) {
      throw InvalidInputException.at("parameters.v", "vikor: v " + v + " must be in [0, 1]");
    }
    this.v = v;
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] x = problem.columns();
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    int n = problem.criterionCount();
    double[] s = new double[m];
    double[] r = new double[m];
    for (int j = 0; j < n; j++) {
      boolean benefit = problem.criteria().get(j).direction() == Direction.BENEFIT;
      double max = Arrays.stream(x[j]).max().orElseThrow();
      double min = Arrays.stream(x[j]).min().orElseThrow();
      double best = benefit ? max : min;
      double worst = benefit ? min : max;
      // halves, so that values near +-Double.MAX_VALUE do not overflow to infinity; halving is exact,
      // so ordinary values give the same quotient to the last bit
      double span = best / 2 - worst / 2;
      for (int i = 0; i < m; i++) {
        double d = best == worst ? 0 : w[j] * ((best / 2 - x[j][i] / 2) / span);
        s[i] += d;
        r[i] = Math.max(r[i], d);
      }
    }
    double sBest = Arrays.stream(s).min().orElseThrow();
    double sWorst = Arrays.stream(s).max().orElseThrow();
    double rBest = Arrays.stream(r).min().orElseThrow();
    double rWorst = Arrays.stream(r).max().orElseThrow();
    double[] q = new double[m];
    for (int i = 0; i < m; i++) {
      double qs = sWorst == sBest ? 0 : (s[i] - sBest) / (sWorst - sBest);
      double qr = rWorst == rBest ? 0 : (r[i] - rBest) / (rWorst - rBest);
      q[i] = v * qs + (1 - v) * qr;
    }
    List<Integer> compromise = compromise(q, s, r);
    double[] member = new double[m];
    compromise.forEach(i -> member[i] = 1);
    return Results.start(NAME, problem, q, false)
        .putParameter("v", Double.toString(v))
        .putExtra("S", Results.list(s))
        .putExtra("R", Results.list(r))
        .putExtra("Q", Results.list(q))
        .putExtra("compromise", Results.list(member))
        .addNote("compromise set: " + compromise.stream().map(problem.alternatives()::get).toList())
        .build();
  }

  private static List<Integer> compromise(double[] q, double[] s, double[] r) {
    int m = q.length;
    Integer[] byQ = new Integer[m];
    for (int i = 0; i < m; i++) {
      byQ[i] = i;
    }
    Arrays.sort(byQ, Comparator.comparingDouble((Integer i) -> q[i]).thenComparing(i -> i));
    int a1 = byQ[0];
    if (m == 1) {
      return List.of(a1);
    }
    double dq = 1.0 / (m - 1);
    boolean advantage = q[byQ[1]] - q[a1] >= dq - 1e-12;
    boolean stable = s[a1] == Arrays.stream(s).min().orElseThrow() || r[a1] == Arrays.stream(r).min().orElseThrow();
    List<Integer> set = new ArrayList<>();
    if (advantage && stable) {
      set.add(a1);
    } else if (advantage) {
      set.add(a1);
      set.add(byQ[1]);
    } else {
      for (Integer i : byQ) {
        if (q[i] - q[a1] < dq - 1e-12) {
          set.add(i);
        }
      }
    }
    return set;
  }
}
