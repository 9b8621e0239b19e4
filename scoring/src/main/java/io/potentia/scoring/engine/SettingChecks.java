package io.potentia.scoring.engine;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.spec.NormalisationScope;
import io.potentia.scoring.spec.RuleSpec;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Trait;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks that every setting of a spec, and every strategy given to the builder, can take
 * effect on the framework: a node that exists, a setting on the kind of node it acts on, a
 * denominator that can be found, a normaliser that panel scope can use. Each refusal names the
 * setting's path, the node and the value.
 */
final class SettingChecks {
  private SettingChecks() {}

  /**
   * What the denominators, scales, transforms and the normalisation scope cannot do: each refused
   * with the setting's path, the node and the bad value.
   */
  static List<Problem> panelSettings(StrategyChoices choices, Framework fw,
      Map<String, Described<Normaliser>> normaliserOf) {
    List<Problem> problems = new ArrayList<>();
    StrategySpec spec = choices.spec();
    spec.overrides().forEach((id, o) -> {
      if (!fw.contains(id)) {
        return;
      }
      String at = "overrides." + id;
      FrameworkNode node = fw.node(id);
      if (!node.isLeaf()) {
        String below = "; set it on the leaves below it";
        o.denominator().ifPresent(d -> problems.add(Problem.at(at + ".denominator", "node '" + id + "' is not a leaf:"
            + " denominator '" + d + "' divides one indicator's values and cannot take effect on an inner node" + below)));
        o.scale().ifPresent(x -> problems.add(Problem.at(at + ".scale", "node '" + id + "' is not a leaf: scale " + x
            + " multiplies one indicator's denominated values and cannot take effect on an inner node" + below)));
        o.transform().ifPresent(t -> problems.add(Problem.at(at + ".transform", "node '" + id + "' is not a leaf:"
            + " transform '" + t.id() + "' changes one indicator's values and cannot take effect on an inner node" + below)));
        return;
      }
      String indicator = node.indicator().orElseThrow();
      if (o.scale().isPresent() && o.denominator().isEmpty()) {
        problems.add(Problem.at(at + ".scale", "scale " + o.scale().get() + " of node '" + id + "' multiplies a"
            + " denominated value, but the node names no denominator: add one, or leave the scale out"));
      }
      o.denominator().ifPresent(d -> {
        boolean fromAreas = d.equals(StrategySpec.NodeOverride.POPULATION) || d.equals(StrategySpec.NodeOverride.LAND_AREA);
        if (fromAreas && choices.hierarchy().isEmpty()) {
          problems.add(Problem.at(at + ".denominator", "node '" + id + "' divides indicator '" + indicator + "' by " + d
              + ", which comes from the area hierarchy, but the pipeline was given none: give it the hierarchy"
              + " (PipelineBuilder.hierarchy)"));
        } else if (d.equals(indicator)) {
          problems.add(Problem.at(at + ".denominator", "node '" + id + "' divides indicator '" + indicator
              + "' by itself: every value would be 1"));
        } else if (!fromAreas && !choices.catalogue().contains(d)) {
          problems.add(Problem.at(at + ".denominator", "node '" + id + "' names denominator '" + d + "', which is"
              + " neither " + StrategySpec.NodeOverride.POPULATION + ", " + StrategySpec.NodeOverride.LAND_AREA
              + " nor an indicator of catalogue '" + choices.catalogue().id() + "'; the denominators are "
              + StrategySpec.NodeOverride.POPULATION + ", " + StrategySpec.NodeOverride.LAND_AREA
              + " and the catalogue's indicator ids"));
        }
      });
    });
    if (spec.normalisationScope().orElse(NormalisationScope.YEAR) == NormalisationScope.PANEL) {
      Map<String, List<String>> refused = new LinkedHashMap<>();
      for (FrameworkNode leaf : fw.postOrder()) {
        Described<Normaliser> n = normaliserOf.get(leaf.id());
        if (leaf.isLeaf() && !n.has(Trait.RANGE_FITTED)) {
          refused.computeIfAbsent(n.name(), k -> new ArrayList<>()).add(leaf.id());
        }
      }
      refused.forEach((name, leaves) -> problems.add(Problem.at("normalisationScope", "normalisation scope 'panel'"
          + " normalises all years as one column, which needs a normaliser fitted to the data's range (trait"
          + " RANGE_FITTED): normaliser '" + name + "' of leaves " + leaves + " is not; normalise them with min-max,"
          + " goalposts, distance-to-target, distance-to-best, fraction-of-max or max, or set normalisationScope"
          + " 'year'")));
    }
    return problems;
  }

  /** Every node the spec overrides, and every node a strategy was given for, must be in the framework. */
  static void checkNodesExist(StrategyChoices choices, Framework fw) {
    List<Problem> problems = new ArrayList<>();
    for (String node : choices.spec().overrides().keySet()) {
      if (!fw.contains(node)) {
        problems.add(Problem.at("overrides." + node, "the spec overrides node '" + node
            + "', which framework '" + fw.id() + "' does not have"));
      }
    }
    List<String> given = new ArrayList<>(choices.leafNormalisers().keySet());
    given.addAll(choices.nodeAggregators().keySet());
    given.addAll(choices.nodeWeightings().keySet());
    for (String node : given) {
      if (!fw.contains(node)) {
        problems.add(Problem.at("node", "a strategy was given for node '" + node + "', which framework '" + fw.id()
            + "' does not have"));
      }
    }
    problems.addAll(leafSettings(choices, fw));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** What cannot take effect on a leaf, which is normalised, never aggregated or weighted. */
  private static List<Problem> leafSettings(StrategyChoices choices, Framework fw) {
    List<Problem> problems = new ArrayList<>();
    choices.spec().overrides().forEach((id, o) -> {
      if (!fw.contains(id) || !fw.node(id).isLeaf()) {
        return;
      }
      String where = fw.parent(id).map(p -> "; set it on its parent '" + p.id() + "'").orElse("");
      o.aggregation().ifPresent(a -> problems.add(Problem.at("overrides." + id + ".aggregation", "node '" + id
          + "' is a leaf, which is normalised, not aggregated: aggregation '" + a.name() + "' cannot take effect"
          + where)));
      o.weighting().ifPresent(w -> problems.add(Problem.at("overrides." + id + ".weighting", "node '" + id
          + "' is a leaf, which has no children to weigh: weighting '" + w.name() + "' cannot take effect" + where)));
      if (!o.rules().isEmpty()) {
        problems.add(Problem.at("overrides." + id + ".rules", "node '" + id + "' is a leaf, which is not"
            + " aggregated: its rules " + o.rules().stream().map(RuleSpec::kind).toList() + " cannot take effect"
            + where));
      }
    });
    for (String id : choices.nodeAggregators().keySet()) {
      if (fw.contains(id) && fw.node(id).isLeaf()) {
        problems.add(Problem.at("node", "an aggregator was given for node '" + id + "', a leaf, which is normalised,"
            + " not aggregated"));
      }
    }
    for (String id : choices.nodeWeightings().keySet()) {
      if (fw.contains(id) && fw.node(id).isLeaf()) {
        problems.add(Problem.at("node", "a weighting method was given for node '" + id + "', a leaf, which has no"
            + " children to weigh"));
      }
    }
    return problems;
  }
}
