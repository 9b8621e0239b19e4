package io.potentia.scoring.engine;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.aggregate.AggregationRule;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.aggregate.RuledAggregator;
import io.potentia.scoring.check.Screening;
import io.potentia.scoring.check.MethodologyCheck;
import io.potentia.scoring.check.MethodologyException;
import io.potentia.scoring.impute.Imputer;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.outlier.OutlierTreatment;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spec.NormalisationScope;
import io.potentia.scoring.spec.RuleSpec;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.spec.Transform;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Parameters;
import io.potentia.scoring.weight.WeightingMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which strategy runs at which node, resolved once from a pipeline's {@link StrategyChoices} and
 * checked once: every setting of the spec is applied to a node or refused, and the {@link
 * MethodologyCheck} has passed. A plan then scores any number of years.
 *
 * <p>Precedence at a node: a strategy given as an object for that node; the spec's override of
 * that node; the strategy the framework node names; the default given as an object; the spec's
 * default. Weights come from a weighting method where one applies, otherwise from the framework
 * (with the spec's scenario applied). A leaf's denominator and change over years come from the
 * spec's override of that leaf; the normalisation scope from the spec. Immutable and safe to share
 * between threads.
 */
public final class Plan {
  private final StrategyChoices choices;
  private final Framework framework;
  private final Optional<Described<Imputer>> imputer;
  private final Optional<Described<OutlierTreatment>> outliers;
  /** The nodes in post-order (children before parents), and per node its strategies. */
  final List<FrameworkNode> order;
  final int[][] childIndex;
  final double[][] frameworkWeights;
  final Described<Normaliser>[] normalisers;
  final Described<Aggregator>[] aggregators;
  final Described<WeightingMethod>[] weightings;
  final Direction[] directions;
  final List<String> leafIndicators;
  final int[] leafNodes;
  /** Per node, a leaf's denominator (null for none), its scale, and its change over years (null for none). */
  final String[] denominators;
  final double[] scales;
  final Transform[] transforms;
  final NormalisationScope scope;
  private final Map<String, Integer> position = new HashMap<>();

  private Plan(StrategyChoices choices, Framework framework, Optional<Described<Imputer>> imputer, Optional<Described<OutlierTreatment>> outliers,
      Map<String, Described<Normaliser>> normaliserOf, Map<String, Described<Aggregator>> aggregatorOf, Map<String, Described<WeightingMethod>> weightingOf) {
    this.choices = choices;
    this.framework = framework;
    this.imputer = imputer;
    this.outliers = outliers;
    this.order = framework.postOrder();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i).id(), i);
    }
    int n = order.size();
    childIndex = new int[n][];
    frameworkWeights = new double[n][];
    normalisers = described(n);
    aggregators = described(n);
    weightings = described(n);
    directions = new Direction[n];
    denominators = new String[n];
    scales = new double[n];
    transforms = new Transform[n];
    scope = choices.spec().normalisationScope().orElse(NormalisationScope.YEAR);
    List<String> leaves = new ArrayList<>();
    List<Integer> leafPositions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      FrameworkNode node = order.get(i);
      List<FrameworkNode> kids = framework.children(node.id());
      childIndex[i] = kids.stream().mapToInt(k -> position.get(k.id())).toArray();
      frameworkWeights[i] = kids.stream().mapToDouble(FrameworkNode::weight).toArray();
      if (node.isLeaf()) {
        normalisers[i] = normaliserOf.get(node.id());
        directions[i] = choices.catalogue().get(node.indicator().orElseThrow()).direction();
        leaves.add(node.indicator().orElseThrow());
        leafPositions.add(i);
        Optional<StrategySpec.NodeOverride> o = Optional.ofNullable(choices.spec().overrides().get(node.id()));
        denominators[i] = o.flatMap(StrategySpec.NodeOverride::denominator).orElse(null);
        scales[i] = o.flatMap(StrategySpec.NodeOverride::scale).orElse(1.0);
        transforms[i] = o.flatMap(StrategySpec.NodeOverride::transform).orElse(null);
      } else {
        aggregators[i] = aggregatorOf.get(node.id());
        weightings[i] = weightingOf.get(node.id());
      }
    }
    this.leafIndicators = List.copyOf(leaves);
    this.leafNodes = leafPositions.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Resolves every strategy and runs the methodology check.
   *
   * @param choices what was asked for
   * @return the plan
   * @throws InvalidInputException if a strategy name, parameter or node is unknown, listing every one
   * @throws MethodologyException if a combination cannot work, with every reason
   */
  public static Plan resolve(StrategyChoices choices) {
    StrategySpec spec = choices.spec();
    Strategies registry = choices.registry();
    spec.check(registry);
    Framework fw = spec.scenario().map(choices.framework()::withScenario).orElse(choices.framework());
    SettingChecks.checkNodesExist(choices, fw);
    Optional<Described<Imputer>> imputer = choices.imputer().or(() -> spec.imputation().map(registry::imputer));
    Optional<Described<OutlierTreatment>> outliers = choices.outliers().or(() -> spec.outliers().map(registry::outliers));
    Described<Normaliser> defaultNormaliser = choices.normaliser().orElseGet(() -> registry.normaliser(spec.normalisation()));
    Described<Aggregator> defaultAggregator = choices.aggregator().orElseGet(() -> registry.aggregator(spec.aggregation()));
    Optional<Described<WeightingMethod>> defaultWeighting = choices.weighting().or(() -> spec.weighting().map(registry::weighting));
    Map<String, Described<Normaliser>> normaliserOf = new HashMap<>();
    Map<String, Described<Aggregator>> aggregatorOf = new HashMap<>();
    Map<String, Described<WeightingMethod>> weightingOf = new HashMap<>();
    for (FrameworkNode node : fw.nodes()) {
      Optional<StrategySpec.NodeOverride> o = Optional.ofNullable(spec.overrides().get(node.id()));
      if (node.isLeaf()) {
        normaliserOf.put(node.id(), nearestNormaliser(choices, fw, node).orElse(defaultNormaliser));
        continue;
      }
      Described<Aggregator> a = Optional.ofNullable(choices.nodeAggregators().get(node.id()))
          .or(() -> o.flatMap(StrategySpec.NodeOverride::aggregation).map(registry::aggregator))
          .or(() -> node.aggregation().map(name -> registry.aggregator(name, Parameters.none(name))))
          .orElse(defaultAggregator);
      List<String> childIds = fw.children(node.id()).stream().map(FrameworkNode::id).toList();
      try {
        a = new Described<>(a.name(), a.traits(), a.strategy().forChildren(childIds));
      } catch (InvalidInputException e) {
        throw InvalidInputException.at("nodes." + node.id() + ".aggregation", "node '" + node.id() + "': "
            + e.getMessage());
      }
      List<RuleSpec> ruleSpecs = o.map(StrategySpec.NodeOverride::rules).orElse(List.of());
      if (!ruleSpecs.isEmpty()) {
        a = RuledAggregator.described(a, rules(fw, node, ruleSpecs), fw.children(node.id()).stream().map(FrameworkNode::id).toList());
      }
      aggregatorOf.put(node.id(), a);
      Optional.ofNullable(choices.nodeWeightings().get(node.id()))
          .or(() -> o.flatMap(StrategySpec.NodeOverride::weighting).map(registry::weighting))
          .or(() -> node.weighting().map(name -> registry.weighting(name, Parameters.none(name))))
          .or(() -> defaultWeighting)
          .ifPresent(w -> weightingOf.put(node.id(), w));
    }
    List<Problem> panel = SettingChecks.panelSettings(choices, fw, normaliserOf);
    if (!panel.isEmpty()) {
      throw new InvalidInputException(panel);
    }
    List<Problem> methodology = MethodologyCheck.plan(fw, choices.catalogue(), n -> normaliserOf.get(n.id()),
        n -> aggregatorOf.get(n.id()), n -> onRawScale(spec, n));
    if (!methodology.isEmpty()) {
      throw new MethodologyException(methodology);
    }
    return new Plan(choices, fw, imputer, outliers, normaliserOf, aggregatorOf, weightingOf);
  }

  /** Whether a leaf's values keep its indicator's unit: neither divided nor turned into a change over years. */
  private static boolean onRawScale(StrategySpec spec, FrameworkNode leaf) {
    StrategySpec.NodeOverride o = spec.overrides().get(leaf.id());
    return o == null || (o.denominator().isEmpty() && o.transform().isEmpty());
  }

  /**
   * A leaf's normaliser: the one set on the leaf or, failing that, on its nearest ancestor that
   * sets one (a subtree default); at each node an object given to the builder before a spec's name.
   */
  private static Optional<Described<Normaliser>> nearestNormaliser(StrategyChoices choices, Framework fw,
      FrameworkNode leaf) {
    for (Optional<FrameworkNode> n = Optional.of(leaf); n.isPresent(); n = fw.parent(n.get().id())) {
      String id = n.get().id();
      Described<Normaliser> given = choices.leafNormalisers().get(id);
      if (given != null) {
        return Optional.of(given);
      }
      Optional<StepSpec> named = Optional.ofNullable(choices.spec().overrides().get(id))
          .flatMap(StrategySpec.NodeOverride::normalisation);
      if (named.isPresent()) {
        return Optional.of(choices.registry().normaliser(named.get()));
      }
    }
    return Optional.empty();
  }

  private static List<AggregationRule> rules(Framework fw, FrameworkNode node, List<RuleSpec> specs) {
    List<String> children = fw.children(node.id()).stream().map(FrameworkNode::id).toList();
    List<AggregationRule> rules = new ArrayList<>();
    for (int r = 0; r < specs.size(); r++) {
      RuleSpec spec = specs.get(r);
      int child = spec.child().map(children::indexOf).orElse(-1);
      if (spec.child().isPresent() && child < 0) {
        throw InvalidInputException.at("overrides." + node.id() + ".rules[" + r + "].child", "rule '" + spec.kind()
            + "' of node '" + node.id() + "' names child '" + spec.child().get() + "'; the node's children are " + children);
      }
      rules.add(switch (spec.kind()) {
        case "floor" -> AggregationRule.floor(spec.value());
        case "cap" -> AggregationRule.cap(spec.value());
        case "cap-when-below" -> AggregationRule.capWhenBelow(child, spec.threshold().orElseThrow(), spec.value());
        default -> AggregationRule.vetoWhenBelow(child, spec.threshold().orElseThrow(), spec.value());
      });
    }
    return rules;
  }

  /**
   * What the plan was resolved from.
   *
   * @return the choices
   */
  public StrategyChoices choices() {
    return choices;
  }

  /**
   * The framework scored, with the spec's scenario applied.
   *
   * @return the framework
   */
  public Framework framework() {
    return framework;
  }

  /**
   * Every indicator a run reads from the dataset: the leaves' indicators in the framework's order,
   * then each indicator a leaf is divided by ({@code overrides.LEAF.denominator}), each once. The
   * area denominators ({@code population}, {@code land-area}) come from the hierarchy and are not
   * listed. A dataset that lacks one of these is refused when scoring.
   *
   * @return the indicator ids, distinct
   */
  public List<String> indicatorsRead() {
    LinkedHashSet<String> read = new LinkedHashSet<>(framework.indicatorIds());
    for (int leaf : leafNodes) {
      String d = denominators[leaf];
      if (d != null && !d.equals(StrategySpec.NodeOverride.POPULATION) && !d.equals(StrategySpec.NodeOverride.LAND_AREA)) {
        read.add(d);
      }
    }
    return List.copyOf(read);
  }

  /**
   * The imputer that fills missing values over all years before scoring.
   *
   * @return the imputer, or empty when missing values stay missing
   */
  public Optional<Described<Imputer>> imputer() {
    return imputer;
  }

  /**
   * The outlier treatment applied to each indicator before normalisation.
   *
   * @return the treatment, or empty when there is none
   */
  public Optional<Described<OutlierTreatment>> outliers() {
    return outliers;
  }

  /**
   * The normaliser of a leaf.
   *
   * @param node the leaf's id
   * @return the normaliser
   * @throws InvalidInputException if the node is not a leaf of the framework
   */
  public Described<Normaliser> normaliser(String node) {
    Described<Normaliser> n = normalisers[index(node)];
    if (n == null) {
      throw InvalidInputException.at("node", "node '" + node + "' is not a leaf of framework '" + framework.id() + "'");
    }
    return n;
  }

  /**
   * The aggregator of an inner node, with the spec's rules (floors, caps, vetoes) around it when
   * it has any ({@link RuledAggregator}).
   *
   * @param node the node's id
   * @return the aggregator
   * @throws InvalidInputException if the node is not an inner node of the framework
   */
  public Described<Aggregator> aggregator(String node) {
    Described<Aggregator> a = aggregators[index(node)];
    if (a == null) {
      throw InvalidInputException.at("node", "node '" + node + "' is not an inner node of framework '" + framework.id() + "'");
    }
    return a;
  }

  /**
   * The weighting method of an inner node.
   *
   * @param node the node's id
   * @return the method, or empty when the node's children carry the framework's weights
   * @throws InvalidInputException if the node is not in the framework
   */
  public Optional<Described<WeightingMethod>> weighting(String node) {
    return Optional.ofNullable(weightings[index(node)]);
  }

  @SuppressWarnings("unchecked")
  private static <T> Described<T>[] described(int n) {
    return (Described<T>[]) new Described<?>[n];
  }

  private int index(String node) {
    Integer i = position.get(node);
    if (i == null) {
      throw InvalidInputException.at("node", "framework '" + framework.id() + "' has no node '" + node + "'");
    }
    return i;
  }

  /**
   * Over which values the normalisers take their parameters: each year, or every year of the
   * dataset at once.
   *
   * @return the scope, {@link NormalisationScope#YEAR} unless the spec sets {@code panel}
   */
  public NormalisationScope normalisationScope() {
    return scope;
  }

  /** Whether some leaf names a denominator. */
  boolean denominates() {
    for (int i : leafNodes) {
      if (denominators[i] != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether some leaf names a change over years. */
  boolean transforms() {
    for (int i : leafNodes) {
      if (transforms[i] != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Scores one year: denomination, imputation and changes over years over all years, then outlier
   * treatment, normalisation and aggregation of that year. With panel scope, the leaves are
   * normalised over every year of the dataset, so every year's data must pass the check, and the
   * report is the one {@link #scoreAllYears} gives for that year.
   *
   * @param data the dataset; must hold every indicator the framework scores or divides by
   * @param year a year of the dataset
   * @return the report
   * @throws InvalidInputException if the dataset lacks an indicator or the year, or a denominator
   *     is refused (an area without population or land area, a denominator {@code <= 0})
   * @throws MethodologyException if an indicator is missing for every area or constant in that year
   *     (with panel scope, in any year)
   * @throws InvalidInputException if the spec's screening rule excludes every area of the year
   */
  public ScoreReport score(Dataset data, int year) {
    return choices().spec().screening().map(rule -> YearScreening.score(rule, framework(), data, year,
        this::scoreEvery)).orElseGet(() -> scoreEvery(data, year));
  }

  private ScoreReport scoreEvery(Dataset data, int year) {
    PanelSteps.Prepared prepared = PanelSteps.prepare(this, data);
    int y = data.yearIndex(year);
    if (scope == NormalisationScope.YEAR) {
      return YearRun.score(this, data, prepared, y);
    }
    YearRun.Leaves[] leaves = YearRun.panelLeaves(this, data, prepared);
    return YearRun.score(this, data, prepared, y, leaves[y], PanelNormalisation.normalise(this, data, leaves)[y]);
  }

  /**
   * Scores every year of a dataset, running denomination, imputation and changes over years once
   * over all years (and, with panel scope, normalisation too).
   *
   * @param data the dataset
   * @return one report per year, in year order
   * @throws InvalidInputException if the dataset lacks an indicator, or a denominator is refused
   * @throws MethodologyException if an indicator is missing for every area or constant in a year
   */
  public List<ScoreReport> scoreAllYears(Dataset data) {
    if (choices().spec().screening().isPresent()) {
      // each year keeps its own areas, so each runs the steps over years on its own areas
      List<ScoreReport> out = new ArrayList<>();
      for (int year : data.years()) {
        out.add(score(data, year));
      }
      return out;
    }
    PanelSteps.Prepared prepared = PanelSteps.prepare(this, data);
    List<ScoreReport> out = new ArrayList<>();
    if (scope == NormalisationScope.YEAR) {
      for (int y = 0; y < data.years().length; y++) {
        out.add(YearRun.score(this, data, prepared, y));
      }
      return out;
    }
    YearRun.Leaves[] leaves = YearRun.panelLeaves(this, data, prepared);
    double[][][] normalised = PanelNormalisation.normalise(this, data, leaves);
    for (int y = 0; y < data.years().length; y++) {
      out.add(YearRun.score(this, data, prepared, y, leaves[y], normalised[y]));
    }
    return out;
  }
}
