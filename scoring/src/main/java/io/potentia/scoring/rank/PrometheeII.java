package io.potentia.scoring.rank;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import java.util.Arrays;

/** PROMETHEE II; see {@link RankingMethods#prometheeII()}. */
final class PrometheeII implements RankingMethod {
  private static final String NAME = "promethee-ii";
  /** Above this many alternatives the piecewise-linear criteria are summed from sorted values. */
  static final int PAIRWISE_UP_TO = 2_000;
  /** The most alternatives a Gaussian criterion, which compares every pair, accepts. */
  static final int GAUSSIAN_LIMIT = 20_000;

  private final int pairwiseUpTo;

  PrometheeII() {
    this(PAIRWISE_UP_TO);
  }

  /** With another switch-over to sorted sums: tests compare both paths on small problems. */
  PrometheeII(int pairwiseUpTo) {
    this.pairwiseUpTo = pairwiseUpTo;
  }

  @Override
  public RankingResult rank(DecisionProblem problem) {
    double[][] x = problem.columns();
    double[] w = problem.unitWeights();
    int m = problem.alternativeCount();
    int n = problem.criterionCount();
    double[] plus = new double[m];
    double[] minus = new double[m];
    for (int j = 0; j < n; j++) {
      Criterion c = problem.criteria().get(j);
      PreferenceFunction f = c.preference().orElse(PreferenceFunction.usual());
      double sign = c.direction() == Direction.BENEFIT ? 1 : -1;
      double[] y = new double[m];
      for (int a = 0; a < m; a++) {
        y[a] = sign * x[j][a];
      }
      if (f.function().equals("gaussian") && m > GAUSSIAN_LIMIT) {
        throw InvalidInputException.at("criteria[" + j + "].preference", "promethee-ii: criterion '" + c.id()
            + "' has a gaussian preference function, which compares every pair of alternatives: " + m
            + " alternatives need " + (long) m * (m - 1) + " comparisons; at most " + GAUSSIAN_LIMIT
            + " alternatives are accepted with it (the other functions have no such limit)");
      }
      if (m <= pairwiseUpTo || f.function().equals("gaussian")) {
        pairwise(f, y, w[j], plus, minus);
      } else {
        SortedFlows.add(f, y, w[j], plus, minus);
      }
    }
    double[] net = new double[m];
    for (int a = 0; a < m; a++) {
      if (m > 1) {
        plus[a] /= m - 1;
        minus[a] /= m - 1;
      }
      net[a] = plus[a] - minus[a];
    }
    return Results.start(NAME, problem, net, true)
        .putExtra("positive-flow", Results.list(plus))
        .putExtra("negative-flow", Results.list(minus))
        .putExtra("net-flow", Results.list(net))
        .build();
  }

  /** One criterion's weighted preferences over every ordered pair. */
  private static void pairwise(PreferenceFunction f, double[] y, double w, double[] plus, double[] minus) {
    int m = y.length;
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        if (a != b) {
          double pi = w * f.preference(y[a] - y[b]);
          plus[a] += pi;
          minus[b] += pi;
        }
      }
    }
  }

  /**
   * One criterion's preference sums from its sorted values, in O(m log m), for the piecewise-linear
   * functions: {@code sum_b P(y_a - y_b)} splits into runs of {@code b} on which {@code P} is 0, 1,
   * 1/2 or linear in {@code y_b}, each run found by binary search on the same comparisons the
   * function makes, and a linear run summed from prefix sums of the sorted values, centred on their
   * mean to keep the sums small.
   */
  static final class SortedFlows {
    private SortedFlows() {}

    static void add(PreferenceFunction f, double[] y, double w, double[] plus, double[] minus) {
      int m = y.length;
      double[] s = y.clone();
      Arrays.sort(s);
      double centre = 0;
      for (double v : s) {
        centre += v / m;
      }
      double[] prefix = new double[m + 1]; // sums of s - centre
      for (int i = 0; i < m; i++) {
        prefix[i + 1] = prefix[i] + (s[i] - centre);
      }
      double q = f.q().orElse(0.0);
      double p = f.p().orElse(0.0);
      for (int a = 0; a < m; a++) {
        plus[a] += w * towards(f.function(), y[a], s, prefix, centre, q, p, true);
        minus[a] += w * towards(f.function(), y[a], s, prefix, centre, q, p, false);
      }
    }

    /**
     * Outgoing ({@code sum_b P(v - s_b)}) or incoming ({@code sum_b P(s_b - v)}) preference of a
     * value against all sorted values; the value's own entry contributes P(0) = 0.
     */
    private static double towards(String function, double v, double[] s, double[] prefix, double centre, double q,
        double p, boolean outgoing) {
      return switch (function) {
        case "usual" -> beyond(v, s, 0, outgoing);
        case "u-shape" -> beyond(v, s, q, outgoing);
        case "level" -> {
          int pastP = beyond(v, s, p, outgoing);
          yield pastP + 0.5 * (beyond(v, s, q, outgoing) - pastP);
        }
        case "v-shape" -> atLeast(v, s, p, outgoing) + linear(v, s, prefix, centre, 0, p, true, outgoing);
        default -> beyond(v, s, p, outgoing) + linear(v, s, prefix, centre, q, p, false, outgoing); // linear
      };
    }

    /** How many values lie more than t beyond v: d > t, d = v - s_b (outgoing) or s_b - v. */
    private static int beyond(double v, double[] s, double t, boolean outgoing) {
      return outgoing ? firstFailing(s, b -> v - b > t) : s.length - firstHolding(s, b -> b - v > t);
    }

    /** How many values lie at least t beyond v. */
    private static int atLeast(double v, double[] s, double t, boolean outgoing) {
      return outgoing ? firstFailing(s, b -> v - b >= t) : s.length - firstHolding(s, b -> b - v >= t);
    }

    /**
     * The sum of (d - lo) / (hi - lo) over the values with lo < d below hi (d < hi when
     * {@code openTop}, else d <= hi): the linear part of v-shape (lo 0, d < p) and of linear (lo q,
     * d <= p).
     */
    private static double linear(double v, double[] s, double[] prefix, double centre, double lo, double hi,
        boolean openTop, boolean outgoing) {
      int from;
      int to;
      if (outgoing) { // d = v - s_b decreases along s: the run is where lo < d and d below hi
        from = openTop ? firstFailing(s, b -> v - b >= hi) : firstFailing(s, b -> v - b > hi);
        to = firstFailing(s, b -> v - b > lo);
      } else { // d = s_b - v increases along s
        from = firstHolding(s, b -> b - v > lo);
        to = openTop ? firstHolding(s, b -> b - v >= hi) : firstHolding(s, b -> b - v > hi);
      }
      int count = Math.max(0, to - from);
      if (count == 0) {
        return 0;
      }
      double sum = prefix[to] - prefix[from]; // of s_b - centre over the run
      double total = outgoing
          ? count * (v - centre - lo) - sum
          : sum - count * (v - centre + lo);
      return total / (hi - lo);
    }

    /** The first index at which a predicate that holds on a prefix of s stops holding. */
    private static int firstFailing(double[] s, java.util.function.DoublePredicate holds) {
      int lo = 0;
      int hi = s.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (holds.test(s[mid])) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** The first index at which a predicate that holds on a suffix of s starts holding. */
    private static int firstHolding(double[] s, java.util.function.DoublePredicate holds) {
      int lo = 0;
      int hi = s.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (holds.test(s[mid])) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      return lo;
    }
  }
}
