package io.potentia.core.framework;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.internal.ParentTree;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import io.potentia.core.json.PotentiaJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A composite-indicator framework: a tree whose leaves score indicators and whose inner nodes are
 * sub-pillars, pillars (the potentials, and force and posture where wanted) and the index at the
 * root, as in the OECD/JRC Handbook on Constructing Composite Indicators (2008), step 1. Nodes are
 * listed flat with parent links, as COINr's indicator metadata is.
 *
 * <p>Validated on construction, every problem reported with its path: unique node ids, exactly one
 * root, no orphans, no cycles; a node with an indicator has no children and a node without one has
 * at least one; an indicator scored by at most one leaf; the weights of each group of siblings not
 * all zero; scenario ids unique, every node a scenario names present, and no scenario that leaves a
 * group of siblings with weights summing to zero. A repeated node id, indicator or scenario id names
 * where the first is ({@code nodes[7].id: duplicate node id 'gdp' (first at nodes[3])}), and every
 * problem comes in one error. Whether the indicators exist is checked against a catalogue by {@link
 * #checkAgainst(IndicatorCatalogue)}.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableFramework.class)
@JsonDeserialize(as = ImmutableFramework.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "name", "description", "nodes", "scenarios"})
public abstract class Framework {
  // only the generated implementation extends this type
  Framework() {}


  /**
   * A builder; {@code id}, {@code name} and at least one node are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Framework}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableFramework.Builder {
    Builder() {}
  }

  /**
   * Reads a framework from a JSON file.
   *
   * @param file the file
   * @return the validated framework
   * @throws InvalidInputException naming the file, position, path and problem
   */
  public static Framework read(Path file) {
    return PotentiaJson.read(file, Framework.class);
  }

  /**
   * The framework id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The display name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * What the framework measures and how it was built.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * Every node, in the order given; children are listed in this order too.
   *
   * @return the nodes
   */
  public abstract List<FrameworkNode> nodes();

  /**
   * Named weight profiles.
   *
   * @return the scenarios, possibly empty
   */
  public abstract List<Scenario> scenarios();

  @Value.Lazy
  @JsonIgnore
  Index index() {
    Problems problems = new Problems();
    Index index = Index.build(this, problems);
    problems.throwIfAny();
    return index;
  }

  @Value.Check
  void check() {
    index();
  }

  /**
   * The root node, the overall index.
   *
   * @return the root
   */
  @JsonIgnore
  public FrameworkNode root() {
    return node(index().tree.root());
  }

  /**
   * Whether the framework has a node with this id.
   *
   * @param id the node id
   * @return true if it has
   */
  public boolean contains(String id) {
    return nodes().stream().anyMatch(n -> n.id().equals(id));
  }

  /**
   * The node with the given id.
   *
   * @param id the node id
   * @return the node
   * @throws InvalidInputException if there is no such node
   */
  public FrameworkNode node(String id) {
    FrameworkNode node = index().byId.get(id);
    if (node == null) {
      throw InvalidInputException.at("node", "framework '" + id() + "' has no node '" + id + "'");
    }
    return node;
  }

  /**
   * The children of a node, in the order given.
   *
   * @param id the node id
   * @return the children; empty for a leaf
   */
  public List<FrameworkNode> children(String id) {
    node(id);
    return index().tree.children(id).stream().map(this::node).toList();
  }

  /**
   * The parent of a node.
   *
   * @param id the node id
   * @return the parent, absent for the root
   */
  public Optional<FrameworkNode> parent(String id) {
    node(id);
    return Optional.ofNullable(index().tree.parent(id)).map(this::node);
  }

  /**
   * The depth of a node: 0 for the root, 1 for its children, and so on.
   *
   * @param id the node id
   * @return the depth
   */
  public int depth(String id) {
    node(id);
    return index().tree.depth(id);
  }

  /**
   * The leaves, depth first in the order given.
   *
   * @return the leaf nodes
   */
  @JsonIgnore
  public List<FrameworkNode> leaves() {
    return index().tree.descendants(index().tree.root()).stream().map(this::node).filter(FrameworkNode::isLeaf).toList();
  }

  /**
   * The ids of the indicators scored, depth first.
   *
   * @return indicator ids
   */
  @JsonIgnore
  public List<String> indicatorIds() {
    return leaves().stream().map(n -> n.indicator().orElseThrow()).toList();
  }

  /**
   * The nodes in depth-first post-order (children before their parent, the root last): the order
   * in which scores are aggregated.
   *
   * @return the nodes
   */
  @JsonIgnore
  public List<FrameworkNode> postOrder() {
    List<FrameworkNode> out = new ArrayList<>(nodes().size());
    postOrder(index().tree.root(), out);
    return out;
  }

  private void postOrder(String id, List<FrameworkNode> out) {
    for (String child : index().tree.children(id)) {
      postOrder(child, out);
    }
    out.add(node(id));
  }

  /**
   * The scenario with the given id.
   *
   * @param scenarioId the id
   * @return the scenario
   * @throws InvalidInputException if there is none; lists the known ids
   */
  public Scenario scenario(String scenarioId) {
    return scenarios().stream().filter(s -> s.id().equals(scenarioId)).findFirst().orElseThrow(() ->
        InvalidInputException.at("scenario", "framework '" + id() + "' has no scenario '" + scenarioId
            + "'; known: " + scenarios().stream().map(Scenario::id).toList()));
  }

  /**
   * The framework with a scenario's weights in place of the nodes' own.
   *
   * @param scenarioId the scenario id
   * @return a framework with the same nodes and scenarios, re-weighted
   * @throws InvalidInputException if the scenario does not exist
   */
  public Framework withScenario(String scenarioId) {
    Map<String, Double> weights = scenario(scenarioId).weights();
    List<FrameworkNode> reweighted = new ArrayList<>(nodes().size());
    for (FrameworkNode node : nodes()) {
      Double w = weights.get(node.id());
      reweighted.add(w == null ? node : FrameworkNode.builder().from(node).weight(w).build());
    }
    return builder().from(this).nodes(reweighted).build();
  }

  /**
   * Checks that every indicator the framework scores is in the catalogue.
   *
   * @param catalogue the catalogue
   * @return this framework
   * @throws InvalidInputException listing every unknown indicator with its node path
   */
  public Framework checkAgainst(IndicatorCatalogue catalogue) {
    Problems problems = new Problems();
    for (int i = 0; i < nodes().size(); i++) {
      FrameworkNode node = nodes().get(i);
      int at = i;
      node.indicator().ifPresent(ind -> problems.require(catalogue.contains(ind), "nodes[" + at + "].indicator",
          "node '" + node.id() + "' scores indicator '" + ind + "', which is not in catalogue '"
              + catalogue.id() + "'"));
    }
    problems.throwIfAny();
    return this;
  }

  /** Lookups built once; validation is building them. */
  static final class Index {
    final ParentTree tree;
    final Map<String, FrameworkNode> byId;

    private Index(ParentTree tree, Map<String, FrameworkNode> byId) {
      this.tree = tree;
      this.byId = byId;
    }

    static Index build(Framework framework, Problems problems) {
      List<FrameworkNode> nodes = framework.nodes();
      List<String> ids = new ArrayList<>();
      List<String> parents = new ArrayList<>();
      Map<String, FrameworkNode> byId = new LinkedHashMap<>();
      Map<String, Integer> leafAt = new HashMap<>(); // indicator to the position of the first node scoring it
      for (int i = 0; i < nodes.size(); i++) {
        FrameworkNode node = nodes.get(i);
        ids.add(node.id());
        parents.add(node.parent().orElse(null));
        byId.putIfAbsent(node.id(), node);
        if (node.indicator().isPresent()) {
          Integer first = leafAt.putIfAbsent(node.indicator().get(), i);
          if (first != null) {
            problems.add(Problem.at("nodes[" + i + "].indicator", "indicator '" + node.indicator().get()
                + "' is scored by node '" + nodes.get(first).id() + "' and again by node '" + node.id()
                + "' (first at nodes[" + first + "])"));
          }
        }
      }
      ParentTree tree = ParentTree.build("node", "nodes", ids, parents, problems);
      if (tree != null) {
        checkNodes(tree, byId, problems);
        checkWeights(tree, byId, Map.of(), "", problems);
      }
      // the scenarios are checked even when the tree is not sound, so that one error lists every problem
      Map<String, Integer> scenarioAt = new HashMap<>();
      for (int s = 0; s < framework.scenarios().size(); s++) {
        Scenario scenario = framework.scenarios().get(s);
        String path = "scenarios[" + s + "]";
        Integer first = scenarioAt.putIfAbsent(scenario.id(), s);
        problems.require(first == null, path + ".id",
            "duplicate scenario id '" + scenario.id() + "' (first at scenarios[" + first + "])");
        for (String node : scenario.weights().keySet()) {
          problems.require(byId.containsKey(node), path + ".weights." + node,
              "scenario '" + scenario.id() + "' weights node '" + node + "', which is not in the framework");
        }
        if (tree != null) {
          checkWeights(tree, byId, scenario.weights(), " under scenario '" + scenario.id() + "'", problems);
        }
      }
      return tree == null ? null : new Index(tree, byId);
    }

    private static void checkNodes(ParentTree tree, Map<String, FrameworkNode> byId, Problems problems) {
      for (String id : tree.ids()) {
        FrameworkNode node = byId.get(id);
        int i = tree.indexOf(id);
        boolean hasChildren = !tree.children(id).isEmpty();
        if (node.isLeaf() && hasChildren) {
          problems.add(Problem.at("nodes[" + i + "].indicator", "node '" + id + "' scores indicator '"
              + node.indicator().get() + "' but also has children " + tree.children(id)));
        } else if (!node.isLeaf() && !hasChildren) {
          problems.add(Problem.at("nodes[" + i + "]", "node '" + id
              + "' has neither an indicator nor children; an inner node needs at least one child"));
        }
      }
    }

    private static void checkWeights(ParentTree tree, Map<String, FrameworkNode> byId, Map<String, Double> overrides,
        String context, Problems problems) {
      for (String id : tree.ids()) {
        List<String> children = tree.children(id);
        if (children.isEmpty()) {
          continue;
        }
        double sum = 0;
        for (String child : children) {
          sum += overrides.getOrDefault(child, byId.get(child).weight());
        }
        if (sum <= 0) {
          problems.add(Problem.at("nodes[" + tree.indexOf(id) + "]", "the weights of the children of node '" + id
              + "' " + children + " sum to zero" + context + "; at least one must be > 0"));
        }
      }
    }
  }

  /**
   * Renders the tree as indented text, one node per line with its weight, for summaries.
   *
   * @return the outline
   */
  public String outline() {
    StringBuilder out = new StringBuilder();
    outline(index().tree.root(), 0, out);
    return out.toString();
  }

  private void outline(String id, int depth, StringBuilder out) {
    FrameworkNode node = node(id);
    out.append("  ".repeat(depth)).append(node.id()).append(" (w=").append(node.weight()).append(')');
    node.aggregation().ifPresent(a -> out.append(" aggregation=").append(a));
    out.append('\n');
    for (String child : index().tree.children(id)) {
      outline(child, depth + 1, out);
    }
  }

}
