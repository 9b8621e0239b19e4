package io.potentia.scoring.weight;

import io.potentia.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * The best-worst method, linear model (Rezaei 2016, "Best-worst multi-criteria decision-making
 * method: Some properties and a linear model", Omega 64, 126-130, model (19)): the decision maker
 * names the best (most important) criterion B and the worst W, and gives the best-to-others
 * vector {@code a_B} (how much more important B is than each criterion, {@code a_BB = 1}) and the
 * others-to-worst vector {@code a_W} (how much more important each criterion is than W, {@code
 * a_WW = 1}), on the scale 1 to 9. The weights solve the linear programme
 *
 * <pre>
 *   min xi  subject to  |w_B - a_Bj w_j| &lt;= xi,  |w_j - a_jW w_W| &lt;= xi  for every j,
 *                       sum_j w_j = 1,  w_j &gt;= 0,
 * </pre>
 *
 * <p>whose optimum is unique (Rezaei 2016, section 4), solved with Hipparchus's simplex solver.
 * The optimum {@code xi^L} is the consistency indicator of the linear model: 0 for fully consistent
 * comparisons ({@code a_Bj a_jW = a_BW} for every j, Rezaei 2016 definition 1), larger the less
 * consistent. The consistency ratio of Rezaei (2015) divides the non-linear model's optimum by a
 * table indexed by {@code a_BW} and is not defined for {@code xi^L} (Rezaei 2016, section 4); the
 * ratio reported here is the input-based one of Liang, Brunelli and Rezaei (2020, "Consistency
 * issues in the best worst method: Measurements and thresholds", Omega 96): {@code CR = max_j |a_Bj
 * a_jW - a_BW| / (a_BW^2 - a_BW)}, 0 when {@code a_BW = 1}.
 *
 * <p>B is the criterion with {@code a_BB = 1} that is most preferred to the worst (the largest
 * {@code a_W}), W the criterion with {@code a_WW = 1} to which the best is most preferred (the
 * largest {@code a_B}); where several criteria qualify they are interchangeable and the first is
 * taken (with every comparison 1, B and W are the same criterion and the weights are equal).
 * Rejects vectors of different lengths or of fewer than two criteria; an entry that is not a number
 * from 1 to 9; vectors in which no criterion is compared with itself (no 1); a comparison of B with
 * W that differs between the vectors ({@code a_B[W]} against {@code a_W[B]}); and an entry above {@code a_BW}, which would
 * make a criterion better than the best or worse than the worst. Each refusal names the vector, the
 * criterion and the value.
 */
public final class BestWorst {
  /** The largest comparison of the scale Rezaei (2015) uses. */
  static final double SCALE_MAX = 9;

  /**
   * The result of the linear model.
   *
   * @param weights the weights, {@code >= 0}, summing to 1
   * @param best the position of the best criterion
   * @param worst the position of the worst criterion
   * @param xi the optimum {@code xi^L}, the consistency indicator: 0 when fully consistent
   * @param consistencyRatio the input-based consistency ratio of Liang, Brunelli and Rezaei (2020),
   *     in {@code [0, 1]}
   */
  public record Result(double[] weights, int best, int worst, double xi, double consistencyRatio) {
    /**
     * Copies the weights.
     *
     * @param weights the weights
     * @param best the best criterion
     * @param worst the worst criterion
     * @param xi the consistency indicator
     * @param consistencyRatio the input-based consistency ratio
     */
    public Result {
      weights = weights.clone();
    }

    /**
     * The weights.
     *
     * @return a copy of the weights
     */
    @Override
    public double[] weights() {
      return weights.clone();
    }
  }

  private BestWorst() {}

  /**
   * Solves the linear model for a pair of comparison vectors.
   *
   * @param bestToOthers {@code a_B}: how much more important the best criterion is than each, in
   *     criterion order
   * @param othersToWorst {@code a_W}: how much more important each criterion is than the worst, in
   *     criterion order
   * @return the weights, the best and worst criteria, {@code xi^L} and the input-based ratio
   * @throws InvalidInputException for the comparisons the class description lists, naming them
   */
  public static Result analyse(double[] bestToOthers, double[] othersToWorst) {
    int n = bestToOthers.length;
    if (n != othersToWorst.length) {
      throw InvalidInputException.at("parameters.othersToWorst", "bwm: " + n + " best-to-others comparisons and "
          + othersToWorst.length + " others-to-worst comparisons; give one of each per criterion");
    }
    if (n < 2) {
      throw InvalidInputException.at("parameters.bestToOthers", "bwm: " + n
          + " criterion; the best-worst method compares at least two");
    }
    checkScale("bestToOthers", bestToOthers);
    checkScale("othersToWorst", othersToWorst);
    int best = -1;
    int worst = -1;
    for (int j = 0; j < n; j++) {
      if (bestToOthers[j] == 1 && (best < 0 || othersToWorst[j] > othersToWorst[best])) {
        best = j;
      }
      if (othersToWorst[j] == 1 && (worst < 0 || bestToOthers[j] > bestToOthers[worst])) {
        worst = j;
      }
    }
    if (best < 0) {
      throw InvalidInputException.at("parameters.bestToOthers", "bwm: no best-to-others comparison is 1; the best"
          + " criterion compared with itself is 1");
    }
    if (worst < 0) {
      throw InvalidInputException.at("parameters.othersToWorst", "bwm: no others-to-worst comparison is 1; the"
          + " worst criterion compared with itself is 1");
    }
    double bw = bestToOthers[worst];
    if (othersToWorst[best] != bw) {
      throw InvalidInputException.at("parameters.othersToWorst[" + best + "]", "bwm: the best criterion (" + best
          + ") is " + bw + " times as important as the worst (" + worst + ") in bestToOthers but "
          + othersToWorst[best] + " times in othersToWorst; the two must agree");
    }
    for (int j = 0; j < n; j++) {
      if (bestToOthers[j] > bw) {
        throw InvalidInputException.at("parameters.bestToOthers[" + j + "]", "bwm: bestToOthers[" + j + "] is "
            + bestToOthers[j] + ", more than the best is preferred to the worst (" + bw + "); criterion " + j
            + " cannot be less important than the worst");
      }
      if (othersToWorst[j] > bw) {
        throw InvalidInputException.at("parameters.othersToWorst[" + j + "]", "bwm: othersToWorst[" + j + "] is "
            + othersToWorst[j] + ", more than the best is preferred to the worst (" + bw + "); criterion " + j
            + " cannot be more important than the best");
      }
    }
    double[] solution = solve(bestToOthers, othersToWorst, best, worst);
    double[] w = new double[n];
    double sum = 0;
    for (int j = 0; j < n; j++) {
      w[j] = Math.max(0, solution[j]); // the solver's rounding can leave -1e-17
      sum += w[j];
    }
    for (int j = 0; j < n; j++) {
      w[j] /= sum;
    }
    double xi = Math.max(0, solution[n]);
    return new Result(w, best, worst, xi, inputConsistencyRatio(bestToOthers, othersToWorst, bw));
  }

  private static void checkScale(String vector, double[] a) {
    for (int j = 0; j < a.length; j++) {
      if (!(a[j] >= 1 && a[j] <= SCALE_MAX)) {
        throw InvalidInputException.at("parameters." + vector + "[" + j + "]", "bwm: " + vector + "[" + j + "] is "
            + a[j] + "; a comparison is a number from 1 (equally important) to 9 (extremely more important)");
      }
    }
  }

  /** Variables w_1..w_n and xi; each absolute value is two inequalities, every variable non-negative. */
  private static double[] solve(double[] a, double[] b, int best, int worst) {
    int n = a.length;
    List<LinearConstraint> constraints = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      // w_B - a_Bj w_j, and w_j - a_jW w_W, each within [-xi, xi]
      double[] toBest = new double[n + 1];
      toBest[best] += 1;
      toBest[j] -= a[j];
      addBand(constraints, toBest);
      double[] toWorst = new double[n + 1];
      toWorst[j] += 1;
      toWorst[worst] -= b[j];
      addBand(constraints, toWorst);
    }
    double[] ones = new double[n + 1];
    java.util.Arrays.fill(ones, 0, n, 1);
    constraints.add(new LinearConstraint(ones, Relationship.EQ, 1));
    double[] objective = new double[n + 1];
    objective[n] = 1;
    try {
      PointValuePair optimum = new SimplexSolver().optimize(new LinearObjectiveFunction(objective, 0),
          new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true));
      return optimum.getPoint();
    } catch (MathIllegalStateException e) {
      // the programme is always feasible (equal weights with a large xi) and bounded below by 0
      throw new IllegalStateException("bwm: the simplex solver failed on a feasible programme: " + e.getMessage(), e);
    }
  }

  private static void addBand(List<LinearConstraint> constraints, double[] difference) {
    int xi = difference.length - 1;
    double[] upper = difference.clone();
    upper[xi] = -1;
    constraints.add(new LinearConstraint(upper, Relationship.LEQ, 0));
    double[] lower = new double[difference.length];
    for (int k = 0; k < xi; k++) {
      lower[k] = -difference[k];
    }
    lower[xi] = -1;
    constraints.add(new LinearConstraint(lower, Relationship.LEQ, 0));
  }

  private static double inputConsistencyRatio(double[] a, double[] b, double bw) {
    if (bw == 1) {
      return 0;
    }
    double worst = 0;
    for (int j = 0; j < a.length; j++) {
      worst = Math.max(worst, Math.abs(a[j] * b[j] - bw));
    }
    return worst / (bw * bw - bw);
  }
}
