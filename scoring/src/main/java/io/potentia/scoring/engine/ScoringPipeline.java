package io.potentia.scoring.engine;

import io.potentia.scoring.RuleSpec;
import io.potentia.scoring.Strategies;
import io.potentia.scoring.StepSpec;
import io.potentia.scoring.spi.Parameters;
import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.StrategySpec;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.aggregate.AggregationRule;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.aggregate.RuledAggregator;
import io.potentia.scoring.check.MethodologyCheck;
import io.potentia.scoring.check.MethodologyException;
import io.potentia.scoring.impute.ImputationResult;
import io.potentia.scoring.impute.Imputer;
import io.potentia.scoring.impute.Panel;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.outlier.OutlierTreatment;
import io.potentia.scoring.report.NodeRun;
import io.potentia.scoring.report.ScoreReport;
import io.potentia.scoring.report.Stage;
import io.potentia.scoring.weight.WeightingMethod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The front door of scoring: runs a framework tree over a dataset, year by year, with pluggable
 * strategies at every step, and explains every number in a {@link ScoreReport}.
 *
 * <pre>{@code
 * ScoringPipeline pipeline = ScoringPipeline.builder()
 *     .framework(DefaultFramework.builtIn())
 *     .spec(StrategySpec.read(Path.of("spec.json")))   // or .normaliser(Normalisers.zScore(0, 1)) ...
 *     .hierarchy(areas, AreaLevel.MILITARY_REGION)      // groups for group-mean imputation
 *     .build();                                         // the methodology check runs here
 * ScoreReport report = pipeline.score(dataset, 2023);
 * }</pre>
 *
 * <p>Steps, in order, following the OECD/JRC Handbook on Constructing Composite Indicators (2008):
 * imputation (over all years, so that time-based methods see the series), outlier treatment,
 * normalisation of each leaf (with its indicator's direction), and aggregation of each inner node
 * from its children, children before parents. Which strategy runs where, by precedence: a strategy
 * given to the builder for a node; a per-node override of the spec; the strategy the framework
 * node names; the spec's default. Weights come from a weighting method where one applies, otherwise
 * from the framework (with the spec's scenario applied), scaled to sum 1 among siblings.
 *
 * <p>The {@link MethodologyCheck} runs when the pipeline is built (strategies against the
 * framework) and when a year is scored (the data), and rejects what cannot work with a reason. A
 * pipeline is immutable and safe to share between threads.
 */
public final class ScoringPipeline {
  private static final ThreadLocal<double[]> BUFFER = ThreadLocal.withInitial(() -> new double[0]);
  private final Framework framework;
  private final IndicatorCatalogue catalogue;
  private final StrategySpec spec;
  private final Imputer imputer;
  private final OutlierTreatment outliers;
  private final AreaHierarchy hierarchy;
  private final AreaLevel groupLevel;
  private final TiePolicy ties;
  private final List<FrameworkNode> order;
  private final int[][] childIndex;
  private final double[][] frameworkWeights;
  private final Normaliser[] normalisers;
  private final Aggregator[] aggregators;
  private final WeightingMethod[] weightings;
  private final Direction[] directions;
  private final List<String> leafIndicators;
  private final int[] leafNodes;
  private final Builder origin;

  private ScoringPipeline(Builder b, Framework framework, Map<String, Normaliser> normaliserOf,
      Map<String, Aggregator> aggregatorOf, Map<String, WeightingMethod> weightingOf) {
    this.framework = framework;
    this.catalogue = b.catalogue;
    this.spec = b.spec;
    this.imputer = b.imputer;
    this.outliers = b.outliers;
    this.hierarchy = b.hierarchy;
    this.groupLevel = b.groupLevel;
    this.ties = b.ties;
    this.origin = b.copy();
    this.order = framework.postOrder();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < order.size(); i++) {
      position.put(order.get(i).id(), i);
    }
    int n = order.size();
    childIndex = new int[n][];
    frameworkWeights = new double[n][];
    normalisers = new Normaliser[n];
    aggregators = new Aggregator[n];
    weightings = new WeightingMethod[n];
    directions = new Direction[n];
    List<String> leaves = new ArrayList<>();
    List<Integer> leafPositions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      FrameworkNode node = order.get(i);
      List<FrameworkNode> kids = framework.children(node.id());
      childIndex[i] = kids.stream().mapToInt(k -> position.get(k.id())).toArray();
      frameworkWeights[i] = kids.stream().mapToDouble(FrameworkNode::weight).toArray();
      if (node.isLeaf()) {
        normalisers[i] = normaliserOf.get(node.id());
        directions[i] = catalogue.get(node.indicator().orElseThrow()).direction();
        leaves.add(node.indicator().orElseThrow());
        leafPositions.add(i);
      } else {
        aggregators[i] = aggregatorOf.get(node.id());
        weightings[i] = weightingOf.get(node.id());
      }
    }
    this.leafIndicators = List.copyOf(leaves);
    this.leafNodes = leafPositions.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The framework, with the spec's scenario applied.
   *
   * @return the framework
   */
  public Framework framework() {
    return framework;
  }

  /**
   * The same pipeline (catalogue, spec, strategies, hierarchy, ties) over another framework, such
   * as this one with an indicator left out or a weight changed. Spec overrides and strategies
   * given for nodes the replacement lacks are left out with those nodes; the spec's scenario, if
   * any, applies to the replacement.
   *
   * @param replacement the framework to score instead
   * @return a new pipeline
   * @throws InvalidInputException if the replacement scores an indicator the catalogue lacks, or
   *     a rule of the spec names a child the replacement lacks
   * @throws MethodologyException if the strategies cannot work on the replacement
   */
  public ScoringPipeline withFramework(Framework replacement) {
    Builder b = origin.copy();
    java.util.Set<String> ids = new java.util.HashSet<>();
    replacement.nodes().forEach(node -> ids.add(node.id()));
    b.framework = Objects.requireNonNull(replacement, "replacement");
    b.leafNormalisers.keySet().retainAll(ids);
    b.nodeAggregators.keySet().retainAll(ids);
    b.nodeWeightings.keySet().retainAll(ids);
    Map<String, StrategySpec.NodeOverride> kept = new HashMap<>(spec.overrides());
    kept.keySet().retainAll(ids);
    b.spec = StrategySpec.builder().from(spec).overrides(kept).build();
    return b.build();
  }

  /**
   * The same pipeline (framework, catalogue, strategies, hierarchy, ties) following another spec,
   * such as this one's spec with another normaliser. Strategies given to the builder as objects
   * still take precedence over the replacement's steps, as they did over the original's.
   *
   * @param replacement the spec to follow instead
   * @return a new pipeline
   * @throws InvalidInputException if the replacement names an unknown strategy, bad parameters or
   *     a node the framework lacks
   * @throws MethodologyException if the replacement's strategies cannot work on the framework
   */
  public ScoringPipeline withSpec(StrategySpec replacement) {
    Builder b = origin.copy();
    b.spec = Objects.requireNonNull(replacement, "replacement");
    return b.build();
  }

  /**
   * The catalogue that describes the framework's indicators.
   *
   * @return the catalogue
   */
  public IndicatorCatalogue catalogue() {
    return catalogue;
  }

  /**
   * The spec the pipeline follows.
   *
   * @return the spec
   */
  public StrategySpec spec() {
    return spec;
  }

  /**
   * Scores one year.
   *
   * @param data the dataset; must hold every indicator the framework scores
   * @param year a year of the dataset
   * @return the report
   * @throws InvalidInputException if the dataset lacks an indicator or the year
   * @throws MethodologyException if an indicator is missing for every area or constant in that year
   */
  public ScoreReport score(Dataset data, int year) {
    Imputed imputed = impute(data);
    return score(data, imputed, data.yearIndex(year));
  }

  /**
   * Scores every year of a dataset, imputing once over all years.
   *
   * @param data the dataset
   * @return one report per year, in year order
   */
  public List<ScoreReport> scoreAllYears(Dataset data) {
    Imputed imputed = impute(data);
    List<ScoreReport> out = new ArrayList<>();
    for (int y = 0; y < data.years().length; y++) {
      out.add(score(data, imputed, y));
    }
    return out;
  }

  /** The imputed panel (or, without imputation, the dataset's own columns) and the imputation log. */
  private record Imputed(double[][][] values, List<ImputationResult.Imputed> log, List<ImputationResult.Gap> gaps,
      boolean none) {}

  private Imputed impute(Dataset data) {
    List<Problem> missing = new ArrayList<>();
    for (String indicator : leafIndicators) {
      if (!data.hasIndicator(indicator)) {
        missing.add(Problem.at("indicator", "the framework scores indicator '" + indicator + "', which the dataset lacks"));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    if (imputer.name().equals("none")) {
      return new Imputed(null, List.of(), List.of(), true);
    }
    int[] years = data.years();
    double[][][] v = new double[years.length][leafIndicators.size()][];
    for (int y = 0; y < years.length; y++) {
      for (int i = 0; i < leafIndicators.size(); i++) {
        v[y][i] = data.column(data.indicatorIndex(leafIndicators.get(i)), y);
      }
    }
    int[] groups = new int[data.areaCount()];
    java.util.Arrays.fill(groups, -1);
    if (hierarchy != null) {
      Map<String, Integer> g = new HashMap<>();
      for (int a = 0; a < groups.length; a++) {
        String area = data.areas().get(a);
        groups[a] = hierarchy.contains(area)
            ? hierarchy.ancestorAt(area, groupLevel).map(p -> g.computeIfAbsent(p.id(), k -> g.size())).orElse(-1) : -1;
      }
    }
    ImputationResult r = imputer.impute(new Panel(data.areas(), leafIndicators, years, v, groups));
    return new Imputed(r.panel().values(), r.imputed(), r.remaining(), false);
  }

  private ScoreReport score(Dataset data, Imputed imputed, int y) {
    int year = data.years()[y];
    int n = order.size();
    int m = data.areaCount();
    double[][] scores = new double[n][];
    Map<Stage, Map<String, double[]>> stages = new EnumMap<>(Stage.class);
    for (Stage s : Stage.values()) {
      stages.put(s, new LinkedHashMap<>());
    }
    Map<String, NodeRun> runs = new LinkedHashMap<>();
    Map<String, Aggregator> aggregatorByNode = new HashMap<>();
    int leaves = leafNodes.length;
    double[][] filled = new double[leaves][];
    double[][] treated = new double[leaves][];
    String[] treatmentNotes = new String[leaves];
    Problem[] dataProblems = new Problem[leaves];
    InvalidInputException[] failures = new InvalidInputException[leaves];
    @SuppressWarnings("unchecked")
    List<ImputationResult.Gap>[] gapsOf = new List[leaves];
    // leaves are independent: a large tree normalises them on all cores, each into its own slot,
    // so the result does not depend on the number of threads
    java.util.stream.IntStream range = java.util.stream.IntStream.range(0, leaves);
    (parallel(m, leaves) ? range.parallel() : range).forEach(k -> {
      int i = leafNodes[k];
      String indicator = leafIndicators.get(k);
      double[] column;
      if (imputed.none()) {
        // read into a reusable buffer: the report reads the raw stage back from the dataset
        column = BUFFER.get();
        if (column.length != m) {
          column = new double[m];
          BUFFER.set(column);
        }
        data.copyColumn(data.indicatorIndex(indicator), y, column, 0);
        gapsOf[k] = gaps(data, y, column, indicator);
      } else {
        column = imputed.values()[y][k];
        filled[k] = column;
      }
      dataProblems[k] = MethodologyCheck.column(indicator, column, year).orElse(null);
      if (dataProblems[k] != null) {
        return;
      }
      double[] input = column;
      if (!outliers.name().equals("none")) {
        OutlierTreatment.Treated t = outliers.treat(column);
        input = t.values();
        treated[k] = input;
        treatmentNotes[k] = outliers.name() + ": " + t.note();
      }
      try {
        scores[i] = normalisers[i].normalise(input, directions[i]);
      } catch (InvalidInputException e) {
        failures[k] = context(e, "indicator '" + indicator + "' in " + year + " (node '" + order.get(i).id() + "')");
      }
    });
    List<Problem> problems = java.util.Arrays.stream(dataProblems).filter(Objects::nonNull).toList();
    if (!problems.isEmpty()) {
      throw new MethodologyException(problems);
    }
    for (int k = 0; k < leaves; k++) {
      if (failures[k] != null) {
        throw failures[k];
      }
      String indicator = leafIndicators.get(k);
      int i = leafNodes[k];
      if (filled[k] != null) {
        stages.get(Stage.IMPUTED).put(indicator, filled[k]);
      }
      if (treated[k] != null) {
        stages.get(Stage.TREATED).put(indicator, treated[k]);
      }
      stages.get(Stage.NORMALISED).put(indicator, scores[i]);
      runs.put(order.get(i).id(), new NodeRun(order.get(i).id(), indicator, normalisers[i].name(), "", List.of(), List.of(),
          treatmentNotes[k] == null ? List.of() : List.of(treatmentNotes[k])));
    }
    for (int i = 0; i < n; i++) {
      FrameworkNode node = order.get(i);
      if (node.isLeaf()) {
        continue;
      }
      double[][] children = new double[childIndex[i].length][];
      List<String> childIds = new ArrayList<>();
      for (int c = 0; c < children.length; c++) {
        children[c] = scores[childIndex[i][c]];
        childIds.add(order.get(childIndex[i][c]).id());
      }
      double[] w;
      String weightSource;
      List<String> ruleNotes = new ArrayList<>();
      try {
        if (weightings[i] != null) {
          w = weightings[i].weigh(children);
          weightSource = weightings[i].name();
        } else {
          w = frameworkWeights[i];
          weightSource = spec.scenario().map(s -> "scenario '" + s + "'").orElse("framework");
        }
        if (aggregators[i] instanceof RuledAggregator ruled) {
          RuledAggregator.Explained explained = ruled.explain(children, w);
          scores[i] = explained.scores();
          for (int a = 0; a < m; a++) {
            for (String note : explained.notes().get(a)) {
              ruleNotes.add("area '" + data.areas().get(a) + "': " + note);
            }
          }
        } else {
          scores[i] = aggregators[i].aggregate(children, w);
        }
      } catch (InvalidInputException e) {
        throw context(e, "node '" + node.id() + "' in " + year);
      }
      double total = 0;
      for (double x : w) {
        total += x;
      }
      List<Double> unit = new ArrayList<>();
      for (double x : w) {
        unit.add(x / total);
      }
      aggregatorByNode.put(node.id(), aggregators[i]);
      runs.put(node.id(), new NodeRun(node.id(), null, aggregators[i].name(), weightSource, childIds, unit, ruleNotes));
    }
    List<String> nodeIds = order.stream().map(FrameworkNode::id).toList();
    List<ImputationResult.Imputed> yearImputed = imputed.log().stream().filter(e -> e.year() == year).toList();
    List<ImputationResult.Gap> yearGaps = imputed.none()
        ? java.util.Arrays.stream(gapsOf).flatMap(List::stream).toList()
        : imputed.gaps().stream().filter(g -> g.year() == year).toList();
    java.util.function.Function<String, double[]> rawColumn = indicator -> data.column(data.indicatorIndex(indicator), y);
    return new ScoreReport(year, framework.id(), spec, ties, InputHash.lazy(data, framework, spec), data.areas(), nodeIds,
        scores, rawColumn, leafIndicators, stages, runs, aggregatorByNode, yearImputed, yearGaps);
  }

  private static List<ImputationResult.Gap> gaps(Dataset data, int y, double[] column, String indicator) {
    List<ImputationResult.Gap> gaps = null;
    for (int a = 0; a < column.length; a++) {
      if (column[a] != column[a]) {
        if (gaps == null) {
          gaps = new ArrayList<>();
        }
        gaps.add(new ImputationResult.Gap(data.areas().get(a), indicator, data.years()[y], "no imputation was asked for"));
      }
    }
    return gaps == null ? List.of() : gaps;
  }

  /** Whether a year is large enough for the leaves to be worth spreading over cores. */
  private static boolean parallel(int areas, int leaves) {
    return (long) areas * leaves >= 200_000 && leaves > 1;
  }

  private static InvalidInputException context(InvalidInputException e, String where) {
    return new InvalidInputException(e.problems().stream()
        .map(p -> new Problem(p.source(), p.line(), p.column(), p.path(), where + ": " + p.message())).toList(), e);
  }

  /**
   * Builds a {@link ScoringPipeline}. Strategies given as instances take precedence over the spec;
   * the spec records the names of those given by name.
   */
  public static final class Builder {
    private Framework framework;
    private IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    private StrategySpec spec = StrategySpec.defaults();
    private Strategies registry = Strategies.registry();
    private Imputer imputer;
    private OutlierTreatment outliers;
    private Normaliser normaliser;
    private WeightingMethod weighting;
    private Aggregator aggregator;
    private final Map<String, Normaliser> leafNormalisers = new HashMap<>();
    private final Map<String, Aggregator> nodeAggregators = new HashMap<>();
    private final Map<String, WeightingMethod> nodeWeightings = new HashMap<>();
    private AreaHierarchy hierarchy;
    private AreaLevel groupLevel = AreaLevel.MILITARY_REGION;
    private TiePolicy ties = TiePolicy.MIN;

    private Builder() {}

    /** A copy, so that a pipeline can be rebuilt whatever happens to the builder that made it. */
    private Builder copy() {
      Builder c = new Builder();
      c.framework = framework;
      c.catalogue = catalogue;
      c.spec = spec;
      c.registry = registry;
      c.imputer = imputer;
      c.outliers = outliers;
      c.normaliser = normaliser;
      c.weighting = weighting;
      c.aggregator = aggregator;
      c.leafNormalisers.putAll(leafNormalisers);
      c.nodeAggregators.putAll(nodeAggregators);
      c.nodeWeightings.putAll(nodeWeightings);
      c.hierarchy = hierarchy;
      c.groupLevel = groupLevel;
      c.ties = ties;
      return c;
    }

    /**
     * The framework to score (required).
     *
     * @param value the framework
     * @return this builder
     */
    public Builder framework(Framework value) {
      this.framework = Objects.requireNonNull(value, "framework");
      return this;
    }

    /**
     * The catalogue that gives each indicator's direction (default: the built-in catalogue).
     *
     * @param value the catalogue
     * @return this builder
     */
    public Builder catalogue(IndicatorCatalogue value) {
      this.catalogue = Objects.requireNonNull(value, "catalogue");
      return this;
    }

    /**
     * The strategy spec (default: {@link StrategySpec#defaults()}).
     *
     * @param value the spec
     * @return this builder
     */
    public Builder spec(StrategySpec value) {
      this.spec = Objects.requireNonNull(value, "spec");
      return this;
    }

    /**
     * The registry that resolves strategy names (default: {@link Strategies#registry()}).
     *
     * @param value the registry
     * @return this builder
     */
    public Builder registry(Strategies value) {
      this.registry = Objects.requireNonNull(value, "registry");
      return this;
    }

    /**
     * The imputer, instead of the spec's.
     *
     * @param value the imputer
     * @return this builder
     */
    public Builder imputer(Imputer value) {
      this.imputer = Objects.requireNonNull(value, "imputer");
      return this;
    }

    /**
     * The outlier treatment, instead of the spec's.
     *
     * @param value the treatment
     * @return this builder
     */
    public Builder outliers(OutlierTreatment value) {
      this.outliers = Objects.requireNonNull(value, "outliers");
      return this;
    }

    /**
     * The default normaliser, instead of the spec's.
     *
     * @param value the normaliser
     * @return this builder
     */
    public Builder normaliser(Normaliser value) {
      this.normaliser = Objects.requireNonNull(value, "normaliser");
      return this;
    }

    /**
     * The default weighting method, instead of the framework's weights.
     *
     * @param value the method
     * @return this builder
     */
    public Builder weighting(WeightingMethod value) {
      this.weighting = Objects.requireNonNull(value, "weighting");
      return this;
    }

    /**
     * The default aggregator, instead of the spec's.
     *
     * @param value the aggregator
     * @return this builder
     */
    public Builder aggregator(Aggregator value) {
      this.aggregator = Objects.requireNonNull(value, "aggregator");
      return this;
    }

    /**
     * The normaliser of one leaf node.
     *
     * @param node the leaf's id
     * @param value the normaliser
     * @return this builder
     */
    public Builder normaliser(String node, Normaliser value) {
      leafNormalisers.put(node, Objects.requireNonNull(value, "normaliser"));
      return this;
    }

    /**
     * The aggregator of one inner node.
     *
     * @param node the node's id
     * @param value the aggregator
     * @return this builder
     */
    public Builder aggregator(String node, Aggregator value) {
      nodeAggregators.put(node, Objects.requireNonNull(value, "aggregator"));
      return this;
    }

    /**
     * The weighting method of one inner node.
     *
     * @param node the node's id
     * @param value the method
     * @return this builder
     */
    public Builder weighting(String node, WeightingMethod value) {
      nodeWeightings.put(node, Objects.requireNonNull(value, "weighting"));
      return this;
    }

    /**
     * The area hierarchy, whose ancestors at {@code level} group areas for group-mean imputation.
     *
     * @param value the hierarchy
     * @param level the level of the grouping ancestor, for example the military region
     * @return this builder
     */
    public Builder hierarchy(AreaHierarchy value, AreaLevel level) {
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
    public Builder tiePolicy(TiePolicy value) {
      this.ties = Objects.requireNonNull(value, "ties");
      return this;
    }

    /**
     * Resolves every strategy and runs the methodology check.
     *
     * @return the pipeline
     * @throws InvalidInputException if a name, parameter or node is unknown
     * @throws MethodologyException if a combination cannot work, with every reason
     */
    public ScoringPipeline build() {
      if (framework == null) {
        throw InvalidInputException.at("framework", "a scoring pipeline needs a framework");
      }
      spec.check(registry);
      Framework fw = spec.scenario().map(framework::withScenario).orElse(framework);
      List<Problem> problems = new ArrayList<>();
      for (String node : spec.overrides().keySet()) {
        if (fw.nodes().stream().noneMatch(x -> x.id().equals(node))) {
          problems.add(Problem.at("overrides." + node, "the spec overrides node '" + node
              + "', which framework '" + fw.id() + "' does not have"));
        }
      }
      for (String node : concat(leafNormalisers.keySet(), nodeAggregators.keySet(), nodeWeightings.keySet())) {
        if (fw.nodes().stream().noneMatch(x -> x.id().equals(node))) {
          problems.add(Problem.at("node", "a strategy was given for node '" + node + "', which framework '" + fw.id()
              + "' does not have"));
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      if (imputer == null) {
        imputer = (Imputer) registry.create(StrategyKind.IMPUTATION, spec.imputation());
      }
      if (outliers == null) {
        outliers = (OutlierTreatment) registry.create(StrategyKind.OUTLIERS, spec.outliers());
      }
      Normaliser defaultNormaliser = normaliser != null ? normaliser
          : (Normaliser) registry.create(StrategyKind.NORMALISATION, spec.normalisation());
      Aggregator defaultAggregator = aggregator != null ? aggregator
          : (Aggregator) registry.create(StrategyKind.AGGREGATION, spec.aggregation());
      WeightingMethod defaultWeighting = weighting != null ? weighting
          : spec.weighting().map(s -> (WeightingMethod) registry.create(StrategyKind.WEIGHTING, s)).orElse(null);
      Map<String, Normaliser> normaliserOf = new HashMap<>();
      Map<String, Aggregator> aggregatorOf = new HashMap<>();
      Map<String, WeightingMethod> weightingOf = new HashMap<>();
      Map<String, Optional<double[]>> goalposts = new HashMap<>();
      for (FrameworkNode node : fw.nodes()) {
        Optional<StrategySpec.NodeOverride> o = Optional.ofNullable(spec.overrides().get(node.id()));
        if (node.isLeaf()) {
          Optional<StepSpec> step = o.flatMap(StrategySpec.NodeOverride::normalisation);
          normaliserOf.put(node.id(), leafNormalisers.containsKey(node.id()) ? leafNormalisers.get(node.id())
              : step.map(s -> (Normaliser) registry.create(StrategyKind.NORMALISATION, s)).orElse(defaultNormaliser));
          StepSpec named = leafNormalisers.containsKey(node.id()) || normaliser != null && step.isEmpty() ? null
              : step.orElse(spec.normalisation());
          goalposts.put(node.id(), named != null && named.name().equals("goalposts")
              ? Optional.of(new double[] {named.parameters().get("lower").asDouble(), named.parameters().get("upper").asDouble()})
              : Optional.empty());
          continue;
        }
        Aggregator a = nodeAggregators.get(node.id());
        if (a == null) {
          a = o.flatMap(StrategySpec.NodeOverride::aggregation)
              .map(s -> (Aggregator) registry.create(StrategyKind.AGGREGATION, s))
              .or(() -> node.aggregation().map(name -> registry.aggregator(name, Parameters.none(name))))
              .orElse(defaultAggregator);
        }
        List<RuleSpec> ruleSpecs = o.map(StrategySpec.NodeOverride::rules).orElse(List.of());
        if (!ruleSpecs.isEmpty()) {
          a = new RuledAggregator(a, rules(fw, node, ruleSpecs),
              fw.children(node.id()).stream().map(FrameworkNode::id).toList());
        }
        aggregatorOf.put(node.id(), a);
        WeightingMethod w = nodeWeightings.get(node.id());
        if (w == null) {
          w = o.flatMap(StrategySpec.NodeOverride::weighting)
              .map(s -> (WeightingMethod) registry.create(StrategyKind.WEIGHTING, s))
              .or(() -> node.weighting().map(name -> registry.weighting(name, Parameters.none(name))))
              .orElse(defaultWeighting);
        }
        weightingOf.put(node.id(), w);
      }
      List<Problem> methodology = MethodologyCheck.plan(fw, catalogue, n -> normaliserOf.get(n.id()),
          n -> aggregatorOf.get(n.id()), n -> goalposts.get(n.id()));
      if (!methodology.isEmpty()) {
        throw new MethodologyException(methodology);
      }
      return new ScoringPipeline(this, fw, normaliserOf, aggregatorOf, weightingOf);
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

    @SafeVarargs
    private static List<String> concat(java.util.Set<String>... sets) {
      List<String> out = new ArrayList<>();
      for (java.util.Set<String> s : sets) {
        out.addAll(s);
      }
      return out;
    }
  }
}
