package io.potentia.core.framework;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The changes to a framework that the analyses try: leaves left out, weights multiplied. */
public final class FrameworkEdits {
  private FrameworkEdits() {}

  /**
   * The framework without the given leaves and without the inner nodes that leaves childless;
   * the scenarios lose their weights for the nodes gone.
   *
   * @param framework the framework
   * @param leaves the ids of the leaves to leave out
   * @return the smaller framework; the same instance when nothing is left out
   */
  public static Framework without(Framework framework, Collection<String> leaves) {
    if (leaves.isEmpty()) {
      return framework;
    }
    Set<String> gone = new HashSet<>(leaves);
    boolean changed = true;
    while (changed) {
      changed = false;
      for (FrameworkNode node : framework.nodes()) {
        if (!node.isLeaf() && node.parent().isPresent() && !gone.contains(node.id())
            && framework.children(node.id()).stream().allMatch(c -> gone.contains(c.id()))) {
          gone.add(node.id());
          changed = true;
        }
      }
    }
    List<Scenario> scenarios = framework.scenarios().stream().map(s -> {
      Map<String, Double> weights = new HashMap<>(s.weights());
      weights.keySet().removeAll(gone);
      return Scenario.builder().from(s).weights(weights).build();
    }).toList();
    // nodes and scenarios change together: the framework checks each scenario against its nodes
    return Framework.builder().from(framework)
        .nodes(framework.nodes().stream().filter(n -> !gone.contains(n.id())).toList())
        .scenarios(scenarios)
        .build();
  }

  /**
   * The framework with the given nodes' weights, and their scenario weights, multiplied by their
   * factors; nodes not named keep their weights.
   *
   * @param framework the framework
   * @param factors node id to the factor its weight is multiplied by
   * @return the reweighted framework
   */
  public static Framework reweighted(Framework framework, Map<String, Double> factors) {
    List<FrameworkNode> nodes = framework.nodes().stream()
        .map(n -> factors.containsKey(n.id()) ? FrameworkNode.builder().from(n).weight(n.weight() * factors.get(n.id())).build() : n)
        .toList();
    List<Scenario> scenarios = framework.scenarios().stream().map(s -> {
      Map<String, Double> weights = new HashMap<>(s.weights());
      weights.replaceAll((id, w) -> factors.containsKey(id) ? w * factors.get(id) : w);
      return Scenario.builder().from(s).weights(weights).build();
    }).toList();
    return Framework.builder().from(framework).nodes(nodes).scenarios(scenarios).build();
  }
}
