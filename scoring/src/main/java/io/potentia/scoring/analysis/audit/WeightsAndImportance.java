package io.potentia.scoring.analysis.audit;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.internal.Correlations;
import io.potentia.scoring.result.NodeRun;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Does each indicator and pillar matter as much as its weight claims (Paruolo, Saisana and
 * Saltelli 2013; Becker et al. 2017)? Per node of a scored framework except the root, side by side:
 *
 * <ul>
 *   <li>the nominal weight in the index: the product of the weights on the path from the root
 *       (each parent's weights scaled to sum 1), COINr's {@code get_eff_weights};
 *   <li>the effective weight, its share of the index variance: {@code w x Cov(x, y) / Var(y)} over
 *       the areas with both values, where {@code x} is the node's values (normalised values for an
 *       indicator, scores for an inner node) and {@code y} the index. For an arithmetic index on
 *       complete data the effective weights of the indicators sum to 1 exactly, and so do those of
 *       the nodes of one depth; for other aggregators they are the linear approximation;
 *   <li>the importance, the {@link CorrelationRatio} {@code S} of the index on the node, and the
 *       importance normalised to sum 1 over the nodes it is compared with (the indicators among
 *       all indicators, an inner node among the inner nodes of its depth), to set against the
 *       nominal weights, which sum to 1 over the same nodes.
 * </ul>
 *
 * A node whose values do not vary, or with fewer than three areas scored, has no effective weight
 * or importance (empty, never NaN).
 */
public final class WeightsAndImportance {
  private WeightsAndImportance() {}

  /**
   * One node's weight and importance.
   *
   * @param node the node
   * @param indicator its indicator, or null for an inner node
   * @param depth 1 for the root's children
   * @param nominalWeight the product of the weights from the root
   * @param effectiveWeight the node's share of the index variance
   * @param importance the correlation ratio of the index on the node
   * @param normalisedImportance the importance divided by the sum over the nodes compared with it
   */
  public record Entry(String node, String indicator, int depth, double nominalWeight, OptionalDouble effectiveWeight,
      OptionalDouble importance, OptionalDouble normalisedImportance) {
    /**
     * The normalised importance minus the nominal weight: positive when the node moves the index
     * more than its weight says.
     *
     * @return the gap, empty without an importance
     */
    public OptionalDouble gap() {
      return normalisedImportance.isPresent()
          ? OptionalDouble.of(normalisedImportance.getAsDouble() - nominalWeight)
          : OptionalDouble.empty();
    }
  }

  /**
   * Weights and importance of every node of a report but its root.
   *
   * @param report the report of one year
   * @return one entry per node, in the report's order (children before parents)
   */
  public static List<Entry> of(ScoreReport report) {
    return of(report, new NodeColumns(report));
  }

  /** Weights against importance of a report whose columns are already ordered, as the whole audit shares them. */
  static List<Entry> of(ScoreReport report, NodeColumns columns) {
    String root = report.root();
    Map<String, Double> nominal = new HashMap<>();
    Map<String, Integer> depth = new HashMap<>();
    nominal.put(root, 1.0);
    depth.put(root, 0);
    List<String> nodes = report.nodes();
    for (int i = nodes.size() - 1; i >= 0; i--) { // parents after their children: walk backwards
      NodeRun run = report.runs().get(nodes.get(i));
      for (int c = 0; c < run.children().size(); c++) {
        nominal.put(run.children().get(c), nominal.get(nodes.get(i)) * run.weights().get(c));
        depth.put(run.children().get(c), depth.get(nodes.get(i)) + 1);
      }
    }
    double[] y = report.scores(root);
    NodeColumns.Complete yOrdered = columns.complete(root);
    double varY = yOrdered != null ? yOrdered.covariance(yOrdered) : Correlations.covariance(y, y);
    CorrelationRatio.Output output = yOrdered != null ? CorrelationRatio.Output.of(y) : null;
    List<String> measured = nodes.stream().filter(n -> !n.equals(root)).toList();
    // each node's regression is independent of the others': they run in parallel, each result in its own slot
    double[][] raw = new double[measured.size()][]; // {effective, importance}, NaN where undefined
    java.util.stream.IntStream.range(0, measured.size()).parallel().forEach(i -> {
      String node = measured.get(i);
      NodeRun run = report.runs().get(node);
      double[] x = columns.values(node);
      NodeColumns.Complete ordered = yOrdered != null ? columns.complete(node) : null;
      double covariance = ordered != null ? ordered.covariance(yOrdered) : Correlations.covariance(x, y);
      double effective = varY > 0 ? nominal.get(node) * covariance / varY : Double.NaN;
      double importance;
      try {
        importance = ordered != null ? CorrelationRatio.ofOrdered(x, y, ordered.ascending(), output)
            : CorrelationRatio.of(x, y);
      } catch (InvalidInputException undefined) {
        importance = Double.NaN;
        effective = Double.NaN;
      }
      raw[i] = new double[] {effective, importance};
    });
    Map<String, Double> totals = new HashMap<>();
    for (int i = 0; i < measured.size(); i++) {
      if (!Double.isNaN(raw[i][1])) {
        totals.merge(group(report, measured.get(i), depth), raw[i][1], Double::sum);
      }
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < measured.size(); i++) {
      String node = measured.get(i);
      double total = totals.getOrDefault(group(report, node, depth), 0.0);
      double importance = raw[i][1];
      out.add(new Entry(node, report.runs().get(node).indicator(), depth.get(node), nominal.get(node),
          Finite.orEmpty(raw[i][0]), Finite.orEmpty(importance), total > 0 ? Finite.orEmpty(importance / total) : OptionalDouble.empty()));
    }
    return out;
  }

  /** Indicators are compared among all indicators; inner nodes among those of their depth. */
  private static String group(ScoreReport report, String node, Map<String, Integer> depth) {
    return report.runs().get(node).indicator() != null ? "indicators" : "depth " + depth.get(node);
  }


}
