package io.potentia.scoring.analysis.balance;

import io.potentia.core.potential.PotentialType;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.framework.Framework;
import io.potentia.core.InvalidInputException;
import io.potentia.scoring.aggregate.Aggregators;
import io.potentia.scoring.aggregate.PointwiseAggregator;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an area's potentials grow together, and whether its outcomes match its resources.
 *
 * <ul>
 *   <li>Imbalance: per area, the population standard deviation of chosen nodes' scores (the
 *       potentials), with the weakest and strongest of them; 0 when all are equal.
 *   <li>Coupling coordination between subsystems (such as the socio-economic and the
 *       defence-security pillars): {@code D = sqrt(C T)} with {@code C = n (prod U_i)^(1/n) / sum
 *       U_i} and {@code T} their mean, on scores divided by a stated scale to lie in [0, 1] (Wang,
 *       Su, Feng and Cao 2021; as the {@code coupling-coordination} aggregator).
 *   <li>Gap between potential and outcome: the outcome node's scores regressed on the resource
 *       node's by ordinary least squares across areas, {@code outcome = a + b resources}; an area's
 *       gap is its residual, positive when it achieves more than its resources predict (after the
 *       Lowy Institute Asia Power Index's "power gap").
 * </ul>
 *
 * An area without a score at one of the nodes is listed apart, not dropped.
 */
public final class Balance {
  /**
   * The balance of one area's potentials.
   *
   * @param area the area
   * @param spread the population standard deviation of the nodes' scores
   * @param weakest the node with the lowest score (the first, when several tie)
   * @param strongest the node with the highest score (the first, when several tie)
   */
  public record Imbalance(String area, double spread, String weakest, String strongest) {}

  /**
   * Imbalance per area.
   *
   * @param areas per area scored at every node, its imbalance, in the report's order
   * @param notScored the areas without a score at some node
   */
  public record Imbalances(List<Imbalance> areas, List<String> notScored) {
    /**
     * Copies the lists.
     *
     * @param areas the imbalances
     * @param notScored the areas left apart
     */
    public Imbalances {
      areas = List.copyOf(areas);
      notScored = List.copyOf(notScored);
    }
  }

  /**
   * Coupling coordination per area.
   *
   * @param degrees area to coordination degree D in [0, 1], in the report's order
   * @param notScored the areas without a score at some subsystem
   */
  public record Coordination(Map<String, Double> degrees, List<String> notScored) {
    /**
     * Copies the collections.
     *
     * @param degrees area to degree
     * @param notScored the areas left apart
     */
    public Coordination {
      degrees = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(degrees));
      notScored = List.copyOf(notScored);
    }
  }

  /**
   * The regression of outcomes on resources and each area's gap.
   *
   * @param intercept a
   * @param slope b
   * @param rSquared the share of the outcomes' variance the resources explain
   * @param gaps area to residual (outcome minus predicted), in the report's order
   * @param notScored the areas without a resource or outcome score
   */
  public record Gap(double intercept, double slope, double rSquared, Map<String, Double> gaps, List<String> notScored) {
    /**
     * Copies the collections.
     *
     * @param intercept a
     * @param slope b
     * @param rSquared R squared
     * @param gaps area to residual
     * @param notScored the areas left apart
     */
    public Gap {
      gaps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gaps));
      notScored = List.copyOf(notScored);
    }
  }

  private Balance() {}

  /**
   * The nodes whose balance the doctrine asks about: the index's pillars that are potentials
   * (political, economic, science-technology, military, diplomatic), or all its pillars when fewer
   * than two of them are potentials (a framework of the user's own).
   *
   * @param framework the framework
   * @return the root's children that are potentials, or all the root's children
   */
  public static List<String> potentials(Framework framework) {
    List<String> all = framework.children(framework.root().id()).stream().map(FrameworkNode::id).toList();
    List<String> ids = Arrays.stream(PotentialType.values()).map(PotentialType::id).toList();
    List<String> potentials = all.stream().filter(ids::contains).toList();
    return potentials.size() >= 2 ? potentials : all;
  }

  /**
   * The imbalance of each area's scores at the given nodes.
   *
   * @param report the report
   * @param nodes the nodes to compare, at least 2, such as the five potentials
   * @return per area, the spread and the weakest and strongest node
   * @throws InvalidInputException if fewer than 2 nodes are given or one is not in the report
   */
  public static Imbalances imbalance(ScoreReport report, List<String> nodes) {
    double[][] scores = scores(report, nodes, 2);
    List<Imbalance> out = new ArrayList<>();
    List<String> notScored = new ArrayList<>();
    for (int a = 0; a < report.areas().size(); a++) {
      double[] u = column(scores, a);
      if (u == null) {
        notScored.add(report.areas().get(a));
        continue;
      }
      double mean = Arrays.stream(u).sum() / u.length;
      double ss = 0;
      int weakest = 0;
      int strongest = 0;
      for (int k = 0; k < u.length; k++) {
        ss += (u[k] - mean) * (u[k] - mean);
        weakest = u[k] < u[weakest] ? k : weakest;
        strongest = u[k] > u[strongest] ? k : strongest;
      }
      out.add(new Imbalance(report.areas().get(a), Math.sqrt(ss / u.length), nodes.get(weakest), nodes.get(strongest)));
    }
    return new Imbalances(out, notScored);
  }

  /**
   * The coupling coordination degree of subsystems, with equal weights in {@code T}.
   *
   * @param report the report
   * @param subsystems the subsystems' nodes, at least 2
   * @param scale the scores' full scale (100 for min-max to [0, 100]); scores are divided by it
   * @return per area, the degree
   * @throws InvalidInputException if fewer than 2 nodes are given, one is not in the report, the
   *     scale is not positive and finite, or a scaled score is outside [0, 1] (naming the area)
   */
  public static Coordination coupling(ScoreReport report, List<String> subsystems, double scale) {
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw InvalidInputException.at("scale", "scale " + scale + " must be positive and finite");
    }
    double[][] scores = scores(report, subsystems, 2);
    PointwiseAggregator degree = Aggregators.couplingCoordination();
    double[] equal = new double[subsystems.size()];
    Arrays.fill(equal, 1.0 / subsystems.size());
    Map<String, Double> degrees = new LinkedHashMap<>();
    List<String> notScored = new ArrayList<>();
    for (int a = 0; a < report.areas().size(); a++) {
      double[] u = column(scores, a);
      String area = report.areas().get(a);
      if (u == null) {
        notScored.add(area);
        continue;
      }
      for (int k = 0; k < u.length; k++) {
        u[k] /= scale;
        if (!(u[k] >= 0 && u[k] <= 1)) {
          throw InvalidInputException.at(subsystems.get(k), "area '" + area + "': score of '" + subsystems.get(k) + "' is "
              + u[k] * scale + ", outside [0, " + scale + "]; give the scores' full scale");
        }
      }
      degrees.put(area, degree.combine(u, equal));
    }
    return new Coordination(degrees, notScored);
  }

  /**
   * Each area's gap between outcome and resources.
   *
   * @param report the report
   * @param resources the node of the resources (such as economic and science-technology potential)
   * @param outcome the node of the outcome (such as military potential or forces)
   * @return the fitted line and each area's residual
   * @throws InvalidInputException if a node is not in the report, fewer than 3 areas have both
   *     scores, or every area has the same resource score
   */
  public static Gap gap(ScoreReport report, String resources, String outcome) {
    double[][] scores = scores(report, List.of(resources, outcome), 2);
    List<Integer> kept = new ArrayList<>();
    List<String> notScored = new ArrayList<>();
    for (int a = 0; a < report.areas().size(); a++) {
      if (column(scores, a) == null) {
        notScored.add(report.areas().get(a));
      } else {
        kept.add(a);
      }
    }
    int n = kept.size();
    if (n < 3) {
      throw InvalidInputException.at("areas", n + " area(s) have both a '" + resources + "' and an '" + outcome
          + "' score; a regression with a residual needs at least 3");
    }
    double[] x = new double[n];
    double[] y = new double[n];
    for (int k = 0; k < n; k++) {
      x[k] = scores[0][kept.get(k)];
      y[k] = scores[1][kept.get(k)];
    }
    if (java.util.Arrays.stream(x).allMatch(v -> v == x[0])) { // said in the terms of the balance, not of the line
      throw InvalidInputException.at(resources, "every area has the same '" + resources + "' score ("
          + x[0] + "); the outcome cannot be regressed on it");
    }
    LineFit fit = LineFit.of(x, y);
    double[] residuals = fit.residuals();
    Map<String, Double> gaps = new LinkedHashMap<>();
    for (int k = 0; k < n; k++) {
      gaps.put(report.areas().get(kept.get(k)), residuals[k]);
    }
    return new Gap(fit.intercept(), fit.slope(), fit.rSquared(), gaps, notScored);
  }

  private static double[][] scores(ScoreReport report, List<String> nodes, int atLeast) {
    if (nodes.size() < atLeast) {
      throw InvalidInputException.at("nodes", nodes.size() + " node(s) given; at least " + atLeast + " are needed");
    }
    double[][] out = new double[nodes.size()][];
    for (int k = 0; k < nodes.size(); k++) {
      out[k] = report.scores(nodes.get(k));
    }
    return out;
  }

  /** An area's scores at every node, or null when one is missing. */
  private static double[] column(double[][] scores, int area) {
    double[] u = new double[scores.length];
    for (int k = 0; k < scores.length; k++) {
      u[k] = scores[k][area];
      if (Double.isNaN(u[k])) {
        return null;
      }
    }
    return u;
  }
}
