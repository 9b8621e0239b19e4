package io.potentia.scoring.result;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.check.Screening;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.spi.TiePolicy;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.impute.ImputationResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The scores of one year: for every area and every node of the framework, the score, the rank
 * (1 = best, ties by the declared {@link TiePolicy}) and each child's contribution; every
 * intermediate table ({@link Stage}); and the trace of what ran (imputed values, outlier treatment,
 * strategies, weights, rules) with a SHA-256 hash of the inputs and the spec, so that any number can
 * be traced and the report reproduced.
 *
 * <p>Contributions: for the arithmetic mean they are exact, {@code w_c x_c} with the weights of the
 * present children scaled to sum 1, and sum to the node's score. An aggregator with its own exact
 * decomposition ({@link io.potentia.scoring.aggregate.Aggregator#decompose}) gives those parts, which
 * also sum to the score: the catalyst gives the children's Shapley values with every child at 0 as
 * the baseline. For any other aggregator they are
 * the documented leave-one-out decomposition: the score minus the score the node would have
 * without that child (the other weights rescaled), which does not in general sum to the score.
 *
 * <p>Ranks are computed per node on first use. Instances are immutable in what they report and safe
 * to share between threads.
 */
public final class ScoreReport {
  private final int year;
  private final String frameworkId;
  private final StrategySpec spec;
  private final TiePolicy ties;
  private final Supplier<String> inputHash;
  private final List<String> areas;
  private final List<String> nodes;
  private final Map<String, Integer> nodeIndex;
  /** Built when an area is first looked up by name: a report of 10,000 areas read by position never needs it. */
  private volatile Map<String, Integer> areaIndex;
  private final double[][] scores;
  private final java.util.concurrent.atomic.AtomicReferenceArray<double[]> ranks; // computed per node on demand
  private final Map<Stage, Map<String, double[]>> stages;
  private final Function<String, double[]> rawColumn;
  private final List<String> indicators;
  private final Map<String, NodeRun> runs;
  private final ContributionSource contributions;
  private final List<ImputationResult.Imputed> imputed;
  private final List<ImputationResult.Gap> gaps;
  private final List<Screening.Screened> screened;

  /**
   * Assembles a report; the scoring pipeline calls this.
   *
   * @param year the year
   * @param frameworkId the framework id
   * @param spec the spec the run followed
   * @param ties the tie policy of the ranks
   * @param inputHash SHA-256 of the inputs and the spec, computed on first use
   * @param areas the area ids
   * @param nodes the node ids, children before their parents
   * @param scores one row per node, one score per area
   * @param rawColumn the raw values of an indicator, read from the dataset on demand
   * @param indicators the indicator ids, in framework order
   * @param stages the tables of the stages that changed the values (denominated, imputed,
   *     transformed, treated) and the normalised one; a stage that changed nothing, or is absent,
   *     falls back to the one before
   * @param runs how each node was computed
   * @param aggregators each inner node's aggregator, for leave-one-out contributions
   * @param imputed the values imputed in this year
   * @param gaps the gaps left in this year
   */
  public ScoreReport(int year, String frameworkId, StrategySpec spec, TiePolicy ties, Supplier<String> inputHash,
      List<String> areas, List<String> nodes, double[][] scores, Function<String, double[]> rawColumn,
      List<String> indicators, Map<Stage, Map<String, double[]>> stages, Map<String, NodeRun> runs,
      Map<String, Described<Aggregator>> aggregators, List<ImputationResult.Imputed> imputed, List<ImputationResult.Gap> gaps) {
    this(year, frameworkId, spec, ties, inputHash, areas, nodes, scores, rawColumn, indicators, stages, runs,
        Contributions.computed(runs, scores, Map.copyOf(aggregators), index(nodes)), imputed, gaps, List.of());
  }

  /** A report whose contributions come from the source given (a report read back from its JSON), with its screened areas. */
  ScoreReport(int year, String frameworkId, StrategySpec spec, TiePolicy ties, Supplier<String> inputHash,
      List<String> areas, List<String> nodes, double[][] scores, Function<String, double[]> rawColumn,
      List<String> indicators, Map<Stage, Map<String, double[]>> stages, Map<String, NodeRun> runs,
      ContributionSource contributions, List<ImputationResult.Imputed> imputed, List<ImputationResult.Gap> gaps,
      List<Screening.Screened> screened) {
    this.year = year;
    this.frameworkId = frameworkId;
    this.spec = spec;
    this.ties = ties;
    this.inputHash = inputHash;
    this.areas = List.copyOf(areas);
    this.nodes = List.copyOf(nodes);
    this.scores = scores;
    this.ranks = new java.util.concurrent.atomic.AtomicReferenceArray<>(nodes.size());
    this.stages = stages;
    this.rawColumn = rawColumn;
    this.indicators = List.copyOf(indicators);
    this.runs = Collections.unmodifiableMap(new LinkedHashMap<>(runs));
    this.contributions = contributions;
    this.imputed = List.copyOf(imputed);
    this.gaps = List.copyOf(gaps);
    this.screened = List.copyOf(screened);
    this.nodeIndex = index(nodes);
  }

  private static Map<String, Integer> index(List<String> ids) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      m.put(ids.get(i), i);
    }
    return m;
  }

  /**
   * This report with the areas the spec's screening rule caught in its year: those excluded are not
   * among its areas, those flagged are; the engine calls this.
   *
   * @param caught the areas caught, with their reasons
   * @return a new report
   */
  public ScoreReport withScreened(List<Screening.Screened> caught) {
    return new ScoreReport(year, frameworkId, spec, ties, inputHash, areas, nodes, scores, rawColumn, indicators, stages,
        runs, contributions, imputed, gaps, caught);
  }

  /**
   * The areas the spec's screening rule caught in this year, each with the action taken and its
   * reasons; empty without a rule or when every area passed.
   *
   * @return the screened areas
   */
  public List<Screening.Screened> screened() {
    return screened;
  }

  /**
   * The year scored.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The framework's id.
   *
   * @return the id
   */
  public String frameworkId() {
    return frameworkId;
  }

  /**
   * The spec the run followed.
   *
   * @return the spec
   */
  public StrategySpec spec() {
    return spec;
  }

  /**
   * The tie policy of the ranks.
   *
   * @return the policy
   */
  public TiePolicy tiePolicy() {
    return ties;
  }

  /**
   * The SHA-256 hash (hex) of the dataset's values, the framework and the spec.
   *
   * @return the hash
   */
  public String inputHash() {
    return inputHash.get();
  }

  /**
   * The areas scored.
   *
   * @return the area ids
   */
  public List<String> areas() {
    return areas;
  }

  /**
   * The nodes, children before their parents, the root last.
   *
   * @return the node ids
   */
  public List<String> nodes() {
    return nodes;
  }

  /**
   * The root node's id.
   *
   * @return the root
   */
  public String root() {
    return nodes.get(nodes.size() - 1);
  }

  /**
   * A node's score for an area.
   *
   * @param node the node id
   * @param area the area id
   * @return the score, NaN when missing
   */
  public double score(String node, String area) {
    return scores[node(node)][area(area)];
  }

  /**
   * A node's scores for every area.
   *
   * @param node the node id
   * @return a copy, in area order
   */
  public double[] scores(String node) {
    return scores[node(node)].clone();
  }

  /**
   * A node's rank for an area (1 = best).
   *
   * @param node the node id
   * @param area the area id
   * @return the rank, NaN when the score is missing
   */
  public double rank(String node, String area) {
    return rankRow(node(node))[area(area)];
  }

  /**
   * A node's ranks for every area.
   *
   * @param node the node id
   * @return a copy, in area order
   */
  public double[] ranks(String node) {
    return rankRow(node(node)).clone();
  }

  /**
   * The contribution of each child of a node to an area's score (see the class comment for how).
   *
   * @param node an inner node id
   * @param area the area id
   * @return child id to contribution, in child order; empty for a leaf
   */
  public Map<String, Double> contributions(String node, String area) {
    node(node);
    int a = area(area);
    if (runs.get(node).children().isEmpty()) {
      return new LinkedHashMap<>();
    }
    return contributions.of(node, a);
  }

  /**
   * An indicator's values at a stage of the pipeline.
   *
   * @param stage the stage
   * @param indicator the indicator id
   * @return a copy, in area order
   */
  public double[] stage(Stage stage, String indicator) {
    if (!indicators.contains(indicator)) {
      throw InvalidInputException.at("indicator", "the report has no indicator '" + indicator + "'");
    }
    for (Stage s = stage; ; s = Stage.values()[s.ordinal() - 1]) {
      if (s == Stage.RAW) {
        return rawColumn.apply(indicator);
      }
      double[] v = stages.getOrDefault(s, Map.of()).get(indicator);
      if (v != null) {
        return v.clone();
      }
    }
  }

  /**
   * The indicator ids of the stage tables, in framework order.
   *
   * @return the indicator ids
   */
  public List<String> indicators() {
    return indicators;
  }

  /**
   * How each node was computed.
   *
   * @return node id to its run, children before parents
   */
  public Map<String, NodeRun> runs() {
    return runs;
  }

  /**
   * The values imputed in this year, each with how.
   *
   * @return the imputed values
   */
  public List<ImputationResult.Imputed> imputed() {
    return imputed;
  }

  /**
   * The gaps left in this year.
   *
   * @return the gaps
   */
  public List<ImputationResult.Gap> gaps() {
    return gaps;
  }

  /**
   * The areas ordered by a node's rank, best first.
   *
   * @param node the node id
   * @return area ids, missing scores last
   */
  public List<String> ranking(String node) {
    int n = node(node);
    List<String> out = new ArrayList<>(areas);
    double[] r = rankRow(n);
    out.sort((a, b) -> Double.compare(nanLast(r[area(a)]), nanLast(r[area(b)])));
    return out;
  }

  private static double nanLast(double r) {
    return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
  }

  /**
   * The change from an earlier report of the same framework and areas: for every node and area,
   * this year's score minus the earlier one, and the rank change (positive = moved up).
   *
   * @param earlier the earlier report
   * @return node id to area id to {score change, rank change}
   * @throws InvalidInputException if the reports' nodes or areas differ
   */
  public Map<String, Map<String, double[]>> changeFrom(ScoreReport earlier) {
    if (!earlier.nodes.equals(nodes) || !earlier.areas.equals(areas)) {
      throw InvalidInputException.at("report", "the reports of " + earlier.year + " and " + year
          + " have different nodes or areas; compare reports of the same framework and areas");
    }
    Map<String, Map<String, double[]>> out = new LinkedHashMap<>();
    for (int n = 0; n < nodes.size(); n++) {
      Map<String, double[]> byArea = new LinkedHashMap<>();
      for (int a = 0; a < areas.size(); a++) {
        byArea.put(areas.get(a), new double[] {scores[n][a] - earlier.scores[n][a], earlier.rankRow(n)[a] - rankRow(n)[a]});
      }
      out.put(nodes.get(n), byArea);
    }
    return out;
  }

  int node(String node) {
    Integer i = nodeIndex.get(node);
    if (i == null) {
      throw InvalidInputException.at("node", "the report has no node '" + node + "'");
    }
    return i;
  }

  int area(String area) {
    Map<String, Integer> index = areaIndex;
    if (index == null) {
      index = index(areas); // built whole, then published, never changed: a racing reader builds its own
      areaIndex = index;
    }
    Integer i = index.get(area);
    if (i == null) {
      throw InvalidInputException.at("area", "the report has no area '" + area + "'");
    }
    return i;
  }

  double[][] scoreTable() {
    return scores;
  }

  /** A node's ranks, computed once on first use: sorting every node of a large tree costs more than scoring it. */
  private double[] rankRow(int n) {
    double[] r = ranks.get(n);
    if (r == null) {
      r = io.potentia.scoring.internal.Ranks.rank(scores[n], true, ties);
      ranks.compareAndSet(n, null, r);
    }
    return ranks.get(n);
  }
}
