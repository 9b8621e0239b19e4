package io.potentia.scoring;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.check.MethodologyException;
import io.potentia.scoring.engine.Plan;
import io.potentia.scoring.engine.StrategyChoices;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spec.StrategySpec;
import java.util.List;
import java.util.Objects;

/**
 * The front door of scoring: runs a framework tree over a dataset, year by year, with pluggable
 * strategies at every step, and explains every number in a {@link ScoreReport}.
 *
 * <pre>{@code
 * ScoringPipeline pipeline = ScoringPipeline.builder()
 *     .framework(DefaultFramework.builtIn())
 *     .spec(StrategySpec.read(Path.of("spec.json")))   // or .normaliser(Normalisers.zScore(0, 1)) ...
 *     .hierarchy(areas, AreaLevel.MILITARY_REGION)      // groups for group-mean imputation
 *     .build();                                         // resolved and checked here, once
 * ScoreReport report = pipeline.score(dataset, 2023);
 * }</pre>
 *
 * <p>Steps, in order, following the OECD/JRC Handbook on Constructing Composite Indicators (2008):
 * over all years, so that time-based methods see the series, denomination of the leaves that name a
 * denominator ({@code x * scale / d}, d the area's population or land area, or another indicator),
 * imputation, and changes over years (growth {@code (x_t - x_{t-1}) / |x_{t-1}|} or change {@code
 * x_t - x_{t-1}}); then per year outlier treatment, normalisation of each leaf (with its
 * indicator's direction; within the year, or with {@code "normalisationScope": "panel"} over every
 * year of the dataset, so that scores compare across years), and aggregation of each inner node
 * from its children, children before parents. Which strategy runs where is resolved once, when the
 * pipeline is built, into a {@link Plan} (see there for the precedence); the methodology check
 * runs then (strategies against the framework) and when a year is scored (the data), and rejects
 * what cannot work with a reason. A pipeline is immutable and safe to share between threads.
 */
public final class ScoringPipeline {
  private final Plan plan;

  ScoringPipeline(Plan plan) {
    this.plan = plan;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static PipelineBuilder builder() {
    return new PipelineBuilder();
  }

  /**
   * Which strategy runs at which node.
   *
   * @return the resolved plan
   */
  public Plan plan() {
    return plan;
  }

  /**
   * The framework, with the spec's scenario applied.
   *
   * @return the framework
   */
  public Framework framework() {
    return plan.framework();
  }

  /**
   * The catalogue that describes the framework's indicators.
   *
   * @return the catalogue
   */
  public IndicatorCatalogue catalogue() {
    return plan.choices().catalogue();
  }

  /**
   * The spec the pipeline follows.
   *
   * @return the spec
   */
  public StrategySpec spec() {
    return plan.choices().spec();
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
    return new ScoringPipeline(Plan.resolve(plan.choices().withFramework(Objects.requireNonNull(replacement, "replacement"))));
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
    return new ScoringPipeline(Plan.resolve(plan.choices().withSpec(Objects.requireNonNull(replacement, "replacement"))));
  }

  /**
   * Scores one year. The steps over years (denomination, imputation, changes over years, and
   * normalisation over the panel) see every year of the dataset, so the report is the one {@link
   * #scoreAllYears} gives for that year.
   *
   * @param data the dataset; must hold every indicator the framework scores or divides by
   * @param year a year of the dataset
   * @return the report
   * @throws InvalidInputException if the dataset lacks an indicator or the year, or a denominator is
   *     refused (an area without population or land area, a denominator {@code <= 0})
   * @throws MethodologyException if an indicator is missing for every area or constant in that year
   *     (with panel scope, in any year)
   */
  public ScoreReport score(Dataset data, int year) {
    return plan.score(data, year);
  }

  /**
   * Scores every year of a dataset, imputing once over all years.
   *
   * @param data the dataset
   * @return one report per year, in year order
   * @throws InvalidInputException if the dataset lacks an indicator
   * @throws MethodologyException if an indicator is missing for every area or constant in a year
   */
  public List<ScoreReport> scoreAllYears(Dataset data) {
    return plan.scoreAllYears(data);
  }
}
