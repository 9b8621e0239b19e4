package io.potentia.scoring.result;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.spi.Described;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much each child of a node adds to an area's score: for the arithmetic mean its weighted
 * value (the weights rescaled over the children present), which sums to the score; for an
 * aggregator with its own exact decomposition ({@link Aggregator#decompose}, the catalyst's Shapley
 * values) those parts, which sum to the score; for any other aggregator the score less the score without that child (leave-one-out), which need not sum to
 * it; see {@link ScoreReport#contributions(String, String)}.
 */
final class Contributions {
  private Contributions() {}

  /**
   * The contributions of one area's children.
   *
   * @param children the children's ids
   * @param x the children's scores for the area, NaN where missing
   * @param w the children's weights
   * @param whole the node's score for the area
   * @param agg the node's aggregator
   * @return child id to contribution, in child order
   */
  static Map<String, Double> of(List<String> children, double[] x, double[] w, double whole,
      Described<Aggregator> agg) {
    Map<String, Double> out = new LinkedHashMap<>();
    int c = children.size();
    if (agg.name().equals("arithmetic-mean")) {
      double present = 0;
      for (int j = 0; j < c; j++) {
        present += Double.isNaN(x[j]) ? 0 : w[j];
      }
      for (int j = 0; j < c; j++) {
        out.put(children.get(j), Double.isNaN(x[j]) || present == 0 ? 0 : w[j] / present * x[j]);
      }
      return out;
    }
    java.util.Optional<double[]> exact = agg.strategy().decompose(x, w);
    if (exact.isPresent()) {
      for (int j = 0; j < c; j++) {
        out.put(children.get(j), exact.get()[j]);
      }
      return out;
    }
    for (int j = 0; j < c; j++) {
      if (c == 1) {
        out.put(children.get(j), whole);
        continue;
      }
      double[][] rest = new double[c - 1][1];
      double[] restW = new double[c - 1];
      for (int k = 0, r = 0; k < c; k++) {
        if (k != j) {
          rest[r][0] = x[k];
          restW[r++] = w[k];
        }
      }
      double without;
      try {
        without = Arrays.stream(restW).sum() == 0 ? Double.NaN : agg.strategy().aggregate(rest, restW)[0];
      } catch (InvalidInputException e) {
        without = Double.NaN; // the aggregator cannot run on the remaining children (for example an OWA's fixed arity)
      }
      out.put(children.get(j), whole - without);
    }
    return out;
  }

  /** Contributions computed from the children's scores by each node's aggregator. */
  static ContributionSource computed(Map<String, NodeRun> runs, double[][] scores,
      Map<String, Described<Aggregator>> aggregators, Map<String, Integer> nodeIndex) {
    return (node, a) -> {
      NodeRun run = runs.get(node);
      int c = run.children().size();
      double[] w = run.weights().stream().mapToDouble(Double::doubleValue).toArray();
      double[] x = new double[c];
      for (int j = 0; j < c; j++) {
        x[j] = scores[nodeIndex.get(run.children().get(j))][a];
      }
      return Contributions.of(run.children(), x, w, scores[nodeIndex.get(node)][a], aggregators.get(node));
    };
  }
}
