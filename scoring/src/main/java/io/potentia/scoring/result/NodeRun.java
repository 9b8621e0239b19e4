package io.potentia.scoring.result;

import java.util.List;

/**
 * How one node of the framework was computed: for a leaf, its indicator, normaliser and outlier
 * treatment; for an inner node, its children, the weights used and the aggregator.
 *
 * @param node the node id
 * @param indicator the indicator of a leaf, or null
 * @param strategy the normaliser (leaf) or aggregator (inner node) name
 * @param weighting where the weights came from: "framework", "scenario 'id'" or a weighting method
 * @param children the child node ids, empty for a leaf
 * @param weights the weights used, scaled to sum 1, one per child
 * @param notes what else happened: outlier treatment, rules applied
 */
public record NodeRun(String node, String indicator, String strategy, String weighting, List<String> children,
    List<Double> weights, List<String> notes) {

  /**
   * Copies the lists.
   *
   * @param node the node id
   * @param indicator the indicator of a leaf, or null
   * @param strategy the normaliser (leaf) or aggregator (inner node) name
   * @param weighting where the weights came from: "framework", "scenario 'id'" or a weighting method
   * @param children the child node ids, empty for a leaf
   * @param weights the weights used, scaled to sum 1, one per child
   * @param notes what else happened: outlier treatment, rules applied
   */
  public NodeRun {
    children = List.copyOf(children);
    weights = List.copyOf(weights);
    notes = List.copyOf(notes);
  }
}
