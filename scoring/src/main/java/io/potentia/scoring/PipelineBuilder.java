package io.potentia.scoring;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.check.MethodologyException;
import io.potentia.scoring.engine.Plan;
import io.potentia.scoring.engine.StrategyChoices;
import io.potentia.scoring.impute.Imputer;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.outlier.OutlierTreatment;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.weight.WeightingMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a {@link ScoringPipeline}. Strategies given as objects take precedence over the spec's
 * names; {@link #build()} resolves every choice to a node once and checks the methodology.
 *
 * <p>A strategy given as an object comes with the name the results show and the traits the
 * methodology check reads: a registered one from the registry, {@code
 * Strategies.registry().aggregator(StepSpec.of("geometric-mean"))}, or one of your own, {@code
 * Described.of("median-ratio", (column, direction) -> ..., Trait.MONOTONE)}.
 */
public final class PipelineBuilder {
  private Framework framework;
  private IndicatorCatalogue catalogue; // null: the built-in one
  private StrategySpec spec = StrategySpec.defaults();
  private Strategies registry;
  private Described<Imputer> imputer;
  private Described<OutlierTreatment> outliers;
  private Described<Normaliser> normaliser;
  private Described<WeightingMethod> weighting;
  private Described<Aggregator> aggregator;
  private final Map<String, Described<Normaliser>> leafNormalisers = new HashMap<>();
  private final Map<String, Described<Aggregator>> nodeAggregators = new HashMap<>();
  private final Map<String, Described<WeightingMethod>> nodeWeightings = new HashMap<>();
  private AreaHierarchy hierarchy;
  private AreaLevel groupLevel = AreaLevel.MILITARY_REGION;
  private TiePolicy ties = TiePolicy.MIN;

  PipelineBuilder() {}

  /**
   * The framework to score (required).
   *
   * @param value the framework
   * @return this builder
   */
  public PipelineBuilder framework(Framework value) {
    this.framework = Objects.requireNonNull(value, "framework");
    return this;
  }

  /**
   * The catalogue that gives each indicator's direction (default: the built-in catalogue).
   *
   * @param value the catalogue
   * @return this builder
   */
  public PipelineBuilder catalogue(IndicatorCatalogue value) {
    this.catalogue = Objects.requireNonNull(value, "catalogue");
    return this;
  }

  /**
   * The strategy spec (default: {@link StrategySpec#defaults()}).
   *
   * @param value the spec
   * @return this builder
   */
  public PipelineBuilder spec(StrategySpec value) {
    this.spec = Objects.requireNonNull(value, "spec");
    return this;
  }

  /**
   * The registry that resolves strategy names (default: {@link Strategies#registry()}).
   *
   * @param value the registry
   * @return this builder
   */
  public PipelineBuilder registry(Strategies value) {
    this.registry = Objects.requireNonNull(value, "registry");
    return this;
  }

  /**
   * The imputer, instead of the spec's.
   *
   * @param value the imputer
   * @return this builder
   */
  public PipelineBuilder imputer(Described<Imputer> value) {
    this.imputer = Objects.requireNonNull(value, "imputer");
    return this;
  }

  /**
   * The outlier treatment, instead of the spec's.
   *
   * @param value the treatment
   * @return this builder
   */
  public PipelineBuilder outliers(Described<OutlierTreatment> value) {
    this.outliers = Objects.requireNonNull(value, "outliers");
    return this;
  }

  /**
   * The default normaliser, instead of the spec's.
   *
   * @param value the normaliser
   * @return this builder
   */
  public PipelineBuilder normaliser(Described<Normaliser> value) {
    this.normaliser = Objects.requireNonNull(value, "normaliser");
    return this;
  }

  /**
   * The default weighting method, instead of the framework's weights.
   *
   * @param value the method
   * @return this builder
   */
  public PipelineBuilder weighting(Described<WeightingMethod> value) {
    this.weighting = Objects.requireNonNull(value, "weighting");
    return this;
  }

  /**
   * The default aggregator, instead of the spec's.
   *
   * @param value the aggregator
   * @return this builder
   */
  public PipelineBuilder aggregator(Described<Aggregator> value) {
    this.aggregator = Objects.requireNonNull(value, "aggregator");
    return this;
  }

  /**
   * The normaliser of one leaf or, given for an inner node, of every leaf below it that sets none
   * of its own (the nearest setting wins; at one node this object before the spec's name).
   *
   * @param node the leaf's or inner node's id
   * @param value the normaliser
   * @return this builder
   */
  public PipelineBuilder normaliser(String node, Described<Normaliser> value) {
    leafNormalisers.put(node, Objects.requireNonNull(value, "normaliser"));
    return this;
  }

  /**
   * The aggregator of one inner node (refused by {@link #build()} for a leaf).
   *
   * @param node the node's id
   * @param value the aggregator
   * @return this builder
   */
  public PipelineBuilder aggregator(String node, Described<Aggregator> value) {
    nodeAggregators.put(node, Objects.requireNonNull(value, "aggregator"));
    return this;
  }

  /**
   * The weighting method of one inner node (refused by {@link #build()} for a leaf).
   *
   * @param node the node's id
   * @param value the method
   * @return this builder
   */
  public PipelineBuilder weighting(String node, Described<WeightingMethod> value) {
    nodeWeightings.put(node, Objects.requireNonNull(value, "weighting"));
    return this;
  }

  /**
   * The area hierarchy, whose ancestors at {@code level} group areas for group-mean imputation, and
   * whose populations and land areas are the denominators {@code population} and {@code land-area}.
   *
   * @param value the hierarchy
   * @param level the level of the grouping ancestor, for example the military region
   * @return this builder
   */
  public PipelineBuilder hierarchy(AreaHierarchy value, AreaLevel level) {
    this.hierarchy = Objects.requireNonNull(value, "hierarchy");
    this.groupLevel = Objects.requireNonNull(level, "level");
    return this;
  }

  /**
   * The tie policy of ranks (default {@link TiePolicy#MIN}).
   *
   * @param value the policy
   * @return this builder
   */
  public PipelineBuilder tiePolicy(TiePolicy value) {
    this.ties = Objects.requireNonNull(value, "ties");
    return this;
  }

  /**
   * Resolves every strategy to its nodes and runs the methodology check ({@link Plan#resolve}).
   *
   * @return the pipeline
   * @throws InvalidInputException if a framework is missing, or a name, parameter or node is
   *     unknown, or, with no catalogue given, the framework scores an indicator the built-in
   *     catalogue lacks (listing every one)
   * @throws MethodologyException if a combination cannot work, with every reason
   */
  public ScoringPipeline build() {
    if (framework == null) {
      throw InvalidInputException.at("framework", "a scoring pipeline needs a framework");
    }
    IndicatorCatalogue indicators = catalogue != null ? catalogue : builtInFor(framework);
    StrategyChoices choices = new StrategyChoices(framework, indicators, spec,
        registry != null ? registry : Strategies.registry(), Optional.ofNullable(imputer), Optional.ofNullable(outliers),
        Optional.ofNullable(normaliser), Optional.ofNullable(weighting), Optional.ofNullable(aggregator), leafNormalisers,
        nodeAggregators, nodeWeightings, Optional.ofNullable(hierarchy), groupLevel, ties);
    return new ScoringPipeline(Plan.resolve(choices));
  }

  /** The built-in catalogue, when it has every indicator of the framework: say so where the mistake is made. */
  private static IndicatorCatalogue builtInFor(Framework framework) {
    IndicatorCatalogue builtIn = IndicatorCatalogue.builtIn();
    try {
      framework.checkAgainst(builtIn);
    } catch (InvalidInputException e) {
      List<Problem> problems = new ArrayList<>();
      for (Problem p : e.problems()) {
        problems.add(new Problem(p.source(), p.line(), p.column(), p.path(), p.message()
            + "; no catalogue was given, so the built-in one was used: pass yours with .catalogue(...)"));
      }
      throw new InvalidInputException(problems);
    }
    return builtIn;
  }
}
