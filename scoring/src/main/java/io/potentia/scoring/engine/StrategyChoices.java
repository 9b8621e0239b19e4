package io.potentia.scoring.engine;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.impute.Imputer;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.outlier.OutlierTreatment;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.weight.WeightingMethod;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a pipeline was asked to do before anything is resolved: the framework, catalogue and spec,
 * the registry that resolves the spec's names, and the strategies given as objects (a default per
 * step, or one per node), which take precedence over the spec. {@link Plan#resolve} turns it into
 * a plan; a pipeline keeps it so that it can be rebuilt with another framework or spec.
 *
 * @param framework the framework, before the spec's scenario is applied
 * @param catalogue the catalogue that gives each indicator's direction and valid range
 * @param spec the strategy spec
 * @param registry resolves the spec's strategy names
 * @param imputer the imputer given as an object, instead of the spec's
 * @param outliers the outlier treatment given as an object, instead of the spec's
 * @param normaliser the default normaliser given as an object, instead of the spec's
 * @param weighting the default weighting method given as an object, instead of the framework's weights
 * @param aggregator the default aggregator given as an object, instead of the spec's
 * @param leafNormalisers per leaf node id, its normaliser given as an object
 * @param nodeAggregators per inner node id, its aggregator given as an object
 * @param nodeWeightings per inner node id, its weighting method given as an object
 * @param hierarchy the area hierarchy whose ancestors group areas for group imputation, if any
 * @param groupLevel the level of the grouping ancestor
 * @param ties the tie policy of ranks
 */
public record StrategyChoices(Framework framework, IndicatorCatalogue catalogue, StrategySpec spec, Strategies registry,
    Optional<Described<Imputer>> imputer, Optional<Described<OutlierTreatment>> outliers, Optional<Described<Normaliser>> normaliser,
    Optional<Described<WeightingMethod>> weighting, Optional<Described<Aggregator>> aggregator, Map<String, Described<Normaliser>> leafNormalisers,
    Map<String, Described<Aggregator>> nodeAggregators, Map<String, Described<WeightingMethod>> nodeWeightings, Optional<AreaHierarchy> hierarchy,
    AreaLevel groupLevel, TiePolicy ties) {

  /**
   * Checks that nothing is null and copies the maps.
   *
   * @param framework the framework
   * @param catalogue the catalogue
   * @param spec the spec
   * @param registry the registry
   * @param imputer the imputer object, if any
   * @param outliers the outlier treatment object, if any
   * @param normaliser the default normaliser object, if any
   * @param weighting the default weighting method object, if any
   * @param aggregator the default aggregator object, if any
   * @param leafNormalisers normalisers per leaf
   * @param nodeAggregators aggregators per inner node
   * @param nodeWeightings weighting methods per inner node
   * @param hierarchy the hierarchy, if any
   * @param groupLevel the grouping level
   * @param ties the tie policy
   */
  public StrategyChoices {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(imputer, "imputer");
    Objects.requireNonNull(outliers, "outliers");
    Objects.requireNonNull(normaliser, "normaliser");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(aggregator, "aggregator");
    leafNormalisers = Map.copyOf(leafNormalisers);
    nodeAggregators = Map.copyOf(nodeAggregators);
    nodeWeightings = Map.copyOf(nodeWeightings);
    Objects.requireNonNull(hierarchy, "hierarchy");
    Objects.requireNonNull(groupLevel, "groupLevel");
    Objects.requireNonNull(ties, "ties");
  }

  /**
   * The same choices over another framework. Spec overrides and strategies given for nodes the
   * replacement lacks are left out with those nodes.
   *
   * @param replacement the framework
   * @return the choices
   */
  public StrategyChoices withFramework(Framework replacement) {
    java.util.Set<String> ids = new java.util.HashSet<>();
    replacement.nodes().forEach(node -> ids.add(node.id()));
    Map<String, StrategySpec.NodeOverride> kept = new java.util.HashMap<>(spec.overrides());
    kept.keySet().retainAll(ids);
    return new StrategyChoices(replacement, catalogue, StrategySpec.builder().from(spec).overrides(kept).build(), registry,
        imputer, outliers, normaliser, weighting, aggregator, retain(leafNormalisers, ids), retain(nodeAggregators, ids),
        retain(nodeWeightings, ids), hierarchy, groupLevel, ties);
  }

  /**
   * The same choices following another spec; strategies given as objects still take precedence.
   *
   * @param replacement the spec
   * @return the choices
   */
  public StrategyChoices withSpec(StrategySpec replacement) {
    return new StrategyChoices(framework, catalogue, replacement, registry, imputer, outliers, normaliser, weighting,
        aggregator, leafNormalisers, nodeAggregators, nodeWeightings, hierarchy, groupLevel, ties);
  }

  private static <T> Map<String, T> retain(Map<String, T> map, java.util.Set<String> ids) {
    Map<String, T> kept = new java.util.HashMap<>(map);
    kept.keySet().retainAll(ids);
    return kept;
  }
}
