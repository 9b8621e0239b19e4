package io.potentia.scoring.analysis.sensitivity;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.rank.Criterion;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.rank.RankingResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Rank-reversal checks of a ranking method on a decision problem, after the test criteria of
 * Wang and Triantaphyllou ("Ranking irregularities when evaluating alternatives by using some
 * ELECTRE methods", Omega 36 (2008) 45–63) and Wang and Luo ("On rank reversal in decision
 * analysis", Mathematical and Computer Modelling 49 (2009) 1221–1229): the order of the original
 * alternatives should not change when
 *
 * <ul>
 *   <li>an alternative is removed (each in turn);
 *   <li>an alternative is duplicated (each in turn; the copy is named {@code id + "#copy"});
 *   <li>a dominated alternative is added: every criterion at the worst value any alternative has
 *       (named {@code "#dominated"}).
 * </ul>
 *
 * A reversal is a pair of original alternatives whose strict order is the opposite after the
 * change (a pair that becomes or stops being a tie is not counted). Methods that normalise by
 * the data (TOPSIS with vector normalisation, VIKOR, PROMETHEE) are known to reverse ranks; a
 * weighted sum of raw values cannot.
 */
public final class RankReversal {
  /**
   * Two alternatives whose order reversed.
   *
   * @param wasAbove the alternative ranked above in the original problem
   * @param nowAbove the alternative ranked above after the change
   */
  public record Pair(String wasAbove, String nowAbove) {}

  /**
   * One change and the reversals it caused.
   *
   * @param test {@code removed}, {@code duplicated} or {@code dominated-added}
   * @param alternative the alternative removed or duplicated, or {@code "#dominated"}
   * @param reversals the pairs of original alternatives whose order reversed
   */
  public record Change(String test, String alternative, List<Pair> reversals) {
    /**
     * Copies the list.
     *
     * @param test the test
     * @param alternative the alternative changed
     * @param reversals the reversed pairs
     */
    public Change {
      reversals = List.copyOf(reversals);
    }
  }

  private RankReversal() {}

  /**
   * Runs every check.
   *
   * @param method the method
   * @param problem the problem, with at least 3 alternatives (so that a removal leaves a pair)
   * @return every change tried, in the order removals, duplications, the dominated addition
   * @throws io.potentia.core.InvalidInputException if the problem has fewer than 3 alternatives,
   *     or as the method does on the changed problems
   */
  public static List<Change> check(RankingMethod method, DecisionProblem problem) {
    int n = problem.alternativeCount();
    if (n < 3) {
      throw io.potentia.core.InvalidInputException.at("alternatives", n + " alternative(s); the rank-reversal checks "
          + "need at least 3, so that removing one leaves a pair to order");
    }
    RankingResult nominal = method.rank(problem);
    List<Change> changes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      changes.add(new Change("removed", problem.alternatives().get(i), reversals(nominal, method.rank(problem.without(i)))));
    }
    for (int i = 0; i < n; i++) {
      String id = problem.alternatives().get(i);
      changes.add(new Change("duplicated", id, reversals(nominal, method.rank(with(problem, id + "#copy",
          problem.matrix().get(i))))));
    }
    List<Double> worst = new ArrayList<>();
    double[][] columns = problem.columns();
    for (int j = 0; j < problem.criterionCount(); j++) {
      Criterion c = problem.criteria().get(j);
      double w = columns[j][0];
      for (double v : columns[j]) {
        w = c.direction() == Direction.COST ? Math.max(w, v) : Math.min(w, v);
      }
      worst.add(w);
    }
    changes.add(new Change("dominated-added", "#dominated", reversals(nominal, method.rank(with(problem, "#dominated",
        worst)))));
    return changes;
  }

  private static DecisionProblem with(DecisionProblem problem, String id, List<Double> row) {
    return DecisionProblem.builder().from(problem).addAlternative(id).addMatrix(row).build();
  }

  /** The pairs of alternatives of the nominal result strictly ordered one way there and the other way after. */
  private static List<Pair> reversals(RankingResult nominal, RankingResult changed) {
    List<String> ids = nominal.alternatives();
    List<Double> before = nominal.ranks();
    List<Double> after = changed.ranks();
    List<Pair> out = new ArrayList<>();
    for (int a = 0; a < ids.size(); a++) {
      int ca = changed.alternatives().indexOf(ids.get(a));
      if (ca < 0) {
        continue; // the removed alternative
      }
      for (int b = a + 1; b < ids.size(); b++) {
        int cb = changed.alternatives().indexOf(ids.get(b));
        if (cb < 0) {
          continue;
        }
        double was = Math.signum(before.get(a) - before.get(b));
        double is = Math.signum(after.get(ca) - after.get(cb));
        if (was != 0 && is == -was) {
          out.add(was < 0 ? new Pair(ids.get(a), ids.get(b)) : new Pair(ids.get(b), ids.get(a)));
        }
      }
    }
    return out;
  }
}
