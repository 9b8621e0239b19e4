package io.potentia.scoring.analysis.planning.mobilisation;

import io.potentia.core.InvalidInputException;
import io.potentia.core.internal.Problems;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.linear.LinearConstraint;
import org.hipparchus.optim.linear.LinearConstraintSet;
import org.hipparchus.optim.linear.LinearObjectiveFunction;
import org.hipparchus.optim.linear.NonNegativeConstraint;
import org.hipparchus.optim.linear.Relationship;
import org.hipparchus.optim.linear.SimplexSolver;
import org.hipparchus.optim.nonlinear.scalar.GoalType;

/**
 * A capacitated transportation problem with unmet demand, solved lexicographically: first the
 * least unmet demand, then, with the unmet demand held at that optimum, the least cost of moving.
 *
 * <p>Model. Sources {@code i} hold supplies {@code s_i >= 0}, sinks {@code j} need {@code n_j >= 0};
 * arcs {@code (i, j)} carry {@code x_ij >= 0} at unit cost {@code c_ij >= 0} up to a capacity
 * {@code k_ij} (or without limit); {@code u_j >= 0} is the need of sink {@code j} left unmet:
 *
 * <pre>
 *   stage 1:  U* = min sum_j u_j
 *   stage 2:       min sum_ij c_ij x_ij
 *   subject to  sum_j x_ij &lt;= s_i,   sum_i x_ij + u_j = n_j,   x_ij &lt;= k_ij,
 *               and in stage 2  sum_j u_j &lt;= U*
 * </pre>
 *
 * The unmet demand thus never rises to save cost. When supply equals need and every arc is open
 * this is the classical balanced transportation problem (Hillier and Lieberman, <i>Introduction to
 * Operations Research</i>, 9th ed., section 9.1). Both stages are solved with Hipparchus's {@link
 * SimplexSolver}; flows and unmet needs below {@value #NOISE} times the largest quantity are the
 * simplex's rounding noise and are reported as zero.
 */
public final class TransportationProblem {
  /** Relative size below which a flow is rounding noise. */
  static final double NOISE = 1e-9;

  private final double[] supplies;
  private final double[] needs;
  private final List<Arc> arcs;

  /**
   * An arc from a source to a sink.
   *
   * @param source the source's index
   * @param sink the sink's index
   * @param cost the cost per unit moved, finite and {@code >= 0}
   * @param capacity the most it carries, {@code >= 0}, or {@link Double#POSITIVE_INFINITY} for no limit
   */
  public record Arc(int source, int sink, double cost, double capacity) {}

  /**
   * The optimum.
   *
   * @param flows the amount on each arc, in the order of the arcs
   * @param unmet each sink's need left unmet
   * @param totalUnmet {@code U*}
   * @param cost the cost of the flows, {@code sum c_ij x_ij}
   */
  public record Solution(double[] flows, double[] unmet, double totalUnmet, double cost) {}

  private TransportationProblem(double[] supplies, double[] needs, List<Arc> arcs) {
    this.supplies = supplies;
    this.needs = needs;
    this.arcs = arcs;
  }

  /**
   * A problem, validated.
   *
   * @param supplies each source's supply, finite and {@code >= 0}
   * @param needs each sink's need, finite and {@code >= 0}
   * @param arcs the open arcs; indices in range, cost finite and {@code >= 0}, capacity {@code >= 0}
   *     (infinite for none)
   * @return the problem
   * @throws InvalidInputException naming every bad supply, need or arc
   */
  public static TransportationProblem of(double[] supplies, double[] needs, List<Arc> arcs) {
    Problems p = new Problems();
    for (int i = 0; i < supplies.length; i++) {
      p.require(Double.isFinite(supplies[i]) && supplies[i] >= 0, "supplies[" + i + "]",
          "supply " + supplies[i] + " must be finite and >= 0");
    }
    for (int j = 0; j < needs.length; j++) {
      p.require(Double.isFinite(needs[j]) && needs[j] >= 0, "needs[" + j + "]", "need " + needs[j] + " must be finite and >= 0");
    }
    for (int a = 0; a < arcs.size(); a++) {
      Arc arc = arcs.get(a);
      String at = "arcs[" + a + "]";
      p.require(arc.source() >= 0 && arc.source() < supplies.length, at + ".source", "source " + arc.source() + " is out of range");
      p.require(arc.sink() >= 0 && arc.sink() < needs.length, at + ".sink", "sink " + arc.sink() + " is out of range");
      p.require(Double.isFinite(arc.cost()) && arc.cost() >= 0, at + ".cost", "cost " + arc.cost() + " must be finite and >= 0");
      p.require(!Double.isNaN(arc.capacity()) && arc.capacity() >= 0, at + ".capacity",
          "capacity " + arc.capacity() + " must be >= 0 (infinite for no limit)");
    }
    p.throwIfAny();
    return new TransportationProblem(supplies.clone(), needs.clone(), List.copyOf(arcs));
  }

  /**
   * Solves both stages.
   *
   * @return the optimum: least unmet demand, then least cost
   */
  public Solution solve() {
    int m = arcs.size();
    int n = needs.length;
    double totalNeed = 0;
    for (double v : needs) {
      totalNeed += v;
    }
    double scale = Math.max(1, Math.max(totalNeed, max(supplies)));
    if (totalNeed == 0) {
      return new Solution(new double[m], new double[n], 0, 0);
    }
    int vars = m + n; // x then u
    List<LinearConstraint> constraints = constraints(vars);
    double[] unmetObjective = new double[vars];
    for (int j = 0; j < n; j++) {
      unmetObjective[m + j] = 1;
    }
    double[] first = optimise(unmetObjective, constraints);
    double unmetStar = 0;
    for (int j = 0; j < n; j++) {
      unmetStar += first[m + j];
    }
    List<LinearConstraint> second = new ArrayList<>(constraints);
    // hold the unmet demand at its optimum; room for rounding would be traded for cost, so none is given
    // beyond the solver's own feasibility tolerance
    second.add(new LinearConstraint(unmetObjective, Relationship.LEQ, unmetStar));
    double[] costObjective = new double[vars];
    for (int a = 0; a < m; a++) {
      costObjective[a] = arcs.get(a).cost();
    }
    double[] x = optimise(costObjective, second);
    double[] flows = new double[m];
    double cost = 0;
    for (int a = 0; a < m; a++) {
      flows[a] = x[a] < NOISE * scale ? 0 : x[a];
      cost += flows[a] * arcs.get(a).cost();
    }
    double[] unmet = new double[n];
    double total = 0;
    for (int j = 0; j < n; j++) {
      // recomputed from the kept flows, so that flows and unmet add up to the need exactly
      double in = 0;
      for (int a = 0; a < m; a++) {
        if (arcs.get(a).sink() == j) {
          in += flows[a];
        }
      }
      double left = needs[j] - in;
      unmet[j] = left < NOISE * scale ? 0 : left;
      total += unmet[j];
    }
    return new Solution(flows, unmet, total, cost);
  }

  private List<LinearConstraint> constraints(int vars) {
    int m = arcs.size();
    List<LinearConstraint> out = new ArrayList<>();
    for (int i = 0; i < supplies.length; i++) {
      double[] row = new double[vars];
      boolean any = false;
      for (int a = 0; a < m; a++) {
        if (arcs.get(a).source() == i) {
          row[a] = 1;
          any = true;
        }
      }
      if (any) {
        out.add(new LinearConstraint(row, Relationship.LEQ, supplies[i]));
      }
    }
    for (int j = 0; j < needs.length; j++) {
      double[] row = new double[vars];
      for (int a = 0; a < m; a++) {
        if (arcs.get(a).sink() == j) {
          row[a] = 1;
        }
      }
      row[m + j] = 1;
      out.add(new LinearConstraint(row, Relationship.EQ, needs[j]));
    }
    for (int a = 0; a < m; a++) {
      if (Double.isFinite(arcs.get(a).capacity())) {
        double[] row = new double[vars];
        row[a] = 1;
        out.add(new LinearConstraint(row, Relationship.LEQ, arcs.get(a).capacity()));
      }
    }
    return out;
  }

  private static double[] optimise(double[] objective, List<LinearConstraint> constraints) {
    try {
      PointValuePair optimum = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
          new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true));
      return optimum.getPoint();
    } catch (MathIllegalStateException e) {
      // always feasible (ship nothing, leave all unmet) and bounded below by zero: a failure is the solver's
      throw new IllegalStateException("the simplex solver failed on a transportation problem: " + e.getMessage(), e);
    }
  }

  private static double max(double[] values) {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    return max;
  }
}
