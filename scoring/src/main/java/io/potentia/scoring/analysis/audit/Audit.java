package io.potentia.scoring.analysis.audit;

import io.potentia.scoring.check.Screening;
import io.potentia.scoring.check.Availability;
import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spec.StrategySpec;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The statistical audit of one year of an index, in the order the OECD/JRC Handbook (2008) and
 * COINr take it: {@link Availability} of the data and the {@link Screening} it supports (an
 * excluded area is left out of scoring, with its reasons); {@link IndicatorStatistics} with their
 * flags; the {@link Coherence} of the scored framework; and {@link WeightsAndImportance}. The
 * {@link #summary()} is what a reader checks first.
 */
public final class Audit {
  /**
   * What the audit checks against.
   *
   * @param screening the data-sufficiency rule, if any; without one, the pipeline spec's rule, if
   *     any, screens the areas
   * @param statistics the limits of the indicator flags
   * @param coherence the limits of the coherence flags
   * @param minAlpha the Cronbach's alpha below which a pillar is reported as not one thing, in
   *     [0, 1] (0.7 by the usual rule of Nunnally 1978)
   */
  public record Settings(Optional<Screening> screening, IndicatorStatistics.Thresholds statistics,
      Coherence.Thresholds coherence, double minAlpha) {
    /**
     * Checks the settings.
     *
     * @param screening the rule, if any
     * @param statistics the indicator limits
     * @param coherence the coherence limits
     * @param minAlpha the alpha limit
     * @throws InvalidInputException if {@code minAlpha} is not in [0, 1] or a part is missing
     */
    public Settings {
      if (screening == null || statistics == null || coherence == null) {
        throw InvalidInputException.at("settings", "audit: screening (or Optional.empty()), statistics and coherence"
            + " settings are needed");
      }
      if (!(minAlpha >= 0 && minAlpha <= 1)) {
        throw InvalidInputException.at("minAlpha", "audit: the minimum alpha " + minAlpha + " is not in [0, 1]");
      }
    }

    /**
     * No screening, COINr's indicator limits, weak below 0.3, collinear from 0.9, alpha 0.7.
     *
     * @return the defaults
     */
    public static Settings defaults() {
      return new Settings(Optional.empty(), IndicatorStatistics.Thresholds.defaults(), Coherence.Thresholds.defaults(),
          0.7);
    }
  }

  /**
   * What a reader checks first.
   *
   * @param excluded the areas left out of scoring, with their reasons
   * @param flaggedAreas the areas flagged but scored, with their reasons
   * @param flaggedIndicators each flagged indicator's flags, in the framework's order
   * @param incoherent each indicator flagged against its pillar, with its flags
   * @param collinear the pairs of siblings at or above the collinearity limit
   * @param lowAlpha each inner node whose Cronbach's alpha is below the minimum, with its alpha
   * @param largestGaps the five nodes whose normalised importance differs most from their nominal
   *     weight, largest gap first
   */
  public record Summary(List<Screening.Screened> excluded, List<Screening.Screened> flaggedAreas,
      Map<String, Set<IndicatorStatistics.Flag>> flaggedIndicators, Map<String, Set<Coherence.Flag>> incoherent,
      List<Coherence.Pair> collinear, Map<String, Double> lowAlpha, List<WeightsAndImportance.Entry> largestGaps) {
    /**
     * Copies the collections.
     *
     * @param excluded the excluded areas
     * @param flaggedAreas the flagged areas
     * @param flaggedIndicators the flagged indicators
     * @param incoherent the incoherent indicators
     * @param collinear the collinear pairs
     * @param lowAlpha the nodes of low alpha
     * @param largestGaps the largest gaps
     */
    public Summary {
      excluded = List.copyOf(excluded);
      flaggedAreas = List.copyOf(flaggedAreas);
      flaggedIndicators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(flaggedIndicators));
      incoherent = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(incoherent));
      collinear = List.copyOf(collinear);
      lowAlpha = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lowAlpha));
      largestGaps = List.copyOf(largestGaps);
    }
  }

  private final int year;
  private final Availability availability;
  private final List<IndicatorStatistics.Column> statistics;
  private final ScoreReport report;
  private final Coherence coherence;
  private final List<WeightsAndImportance.Entry> weights;
  private final Settings settings;

  private Audit(int year, Availability availability, List<IndicatorStatistics.Column> statistics,
      ScoreReport report, Coherence coherence,
      List<WeightsAndImportance.Entry> weights, Settings settings) {
    this.year = year;
    this.availability = availability;
    this.statistics = List.copyOf(statistics);
    this.report = report;
    this.coherence = coherence;
    this.weights = List.copyOf(weights);
    this.settings = settings;
  }

  /**
   * Audits one year: counts availability over the dataset's areas, screens them, scores the areas
   * kept, and audits the scores.
   *
   * @param pipeline the pipeline that scores the index
   * @param data the dataset; its areas are the ones audited
   * @param year the year
   * @param settings what the audit checks against
   * @return the audit
   * @throws InvalidInputException if the dataset has no such year, or screening excludes every area
   *     (the engine's error, as {@link ScoringPipeline#score} gives it)
   */
  public static Audit of(ScoringPipeline pipeline, Dataset data, int year, Settings settings) {
    if (java.util.Arrays.stream(data.years()).noneMatch(y -> y == year)) {
      throw InvalidInputException.at("year", "audit: the dataset has no year " + year + "; it has "
          + java.util.Arrays.toString(data.years()));
    }
    return of(pipeline, data, screening(pipeline, settings).score(data, year), settings);
  }

  /**
   * Audits every year of a dataset, as {@link #of} audits one, scoring the years together so that
   * the steps over the whole panel (imputation, denomination, changes over years) run once rather
   * than once per year.
   *
   * @param pipeline the pipeline that scores the index
   * @param data the dataset; its areas are the ones audited
   * @param settings what the audit checks against
   * @return one audit per year, in year order
   * @throws InvalidInputException if screening excludes every area in a year (the engine's error, as
   *     {@link ScoringPipeline#scoreAllYears} gives it)
   */
  public static List<Audit> everyYear(ScoringPipeline pipeline, Dataset data, Settings settings) {
    List<ScoreReport> reports = screening(pipeline, settings).scoreAllYears(data);
    // the years are independent, and each audit has serial stretches: auditing years side by side
    // keeps every core busy (the list keeps year order)
    return reports.parallelStream().map(report -> of(pipeline, data, report, settings)).toList();
  }

  /**
   * The pipeline that screens: the engine's own screening, with the settings' rule in place of the
   * spec's when they give one, so the audit says what it caught exactly as scoring does.
   */
  private static ScoringPipeline screening(ScoringPipeline pipeline, Settings settings) {
    return settings.screening().map(rule -> pipeline.withSpec(
        StrategySpec.builder().from(pipeline.spec()).screening(rule).build())).orElse(pipeline);
  }

  private static Audit of(ScoringPipeline pipeline, Dataset data, ScoreReport report, Settings settings) {
    Framework framework = pipeline.framework();
    int year = report.year();
    Availability availability = Availability.of(data, framework, data.areas(), year);
    List<IndicatorStatistics.Column> statistics = IndicatorStatistics.of(data, framework.indicatorIds(), data.areas(),
        year, settings.statistics());
    NodeColumns columns = new NodeColumns(report); // each column ordered once for coherence and importance
    return new Audit(year, availability, statistics, report, Coherence.of(report, columns, settings.coherence()),
        WeightsAndImportance.of(report, columns), settings);
  }

  /**
   * The year audited.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The data availability over every area of the dataset.
   *
   * @return the availability
   */
  public Availability availability() {
    return availability;
  }

  /**
   * The areas the screening rule caught, excluded or flagged, with their reasons.
   *
   * @return the screened areas
   */
  public List<Screening.Screened> screened() {
    return report.screened();
  }

  /**
   * The statistics of each of the framework's indicators in the year, over every area of the dataset.
   *
   * @return one column per indicator
   */
  public List<IndicatorStatistics.Column> statistics() {
    return statistics;
  }

  /**
   * The scores of the areas kept.
   *
   * @return the report
   */
  public ScoreReport report() {
    return report;
  }

  /**
   * The coherence of the scored framework.
   *
   * @return the coherence
   */
  public Coherence coherence() {
    return coherence;
  }

  /**
   * Weights against importance, per node.
   *
   * @return the entries
   */
  public List<WeightsAndImportance.Entry> weights() {
    return weights;
  }

  /**
   * The settings the audit ran with.
   *
   * @return the settings
   */
  public Settings settings() {
    return settings;
  }

  /**
   * What a reader checks first.
   *
   * @return the summary
   */
  public Summary summary() {
    Map<String, Set<IndicatorStatistics.Flag>> flagged = new LinkedHashMap<>();
    statistics.stream().filter(c -> !c.flags().isEmpty()).forEach(c -> flagged.put(c.indicator(), c.flags()));
    Map<String, Set<Coherence.Flag>> incoherent = new LinkedHashMap<>();
    coherence.indicators().stream().filter(f -> !f.flags().isEmpty()).forEach(f -> incoherent.put(f.indicator(), f.flags()));
    Map<String, Double> lowAlpha = new LinkedHashMap<>();
    coherence.nodes().forEach(n -> n.cronbachAlpha().ifPresent(a -> {
      if (a < settings.minAlpha()) {
        lowAlpha.put(n.node(), a);
      }
    }));
    List<WeightsAndImportance.Entry> gaps = weights.stream().filter(e -> e.gap().isPresent())
        .sorted(Comparator.comparingDouble((WeightsAndImportance.Entry e) -> -Math.abs(e.gap().getAsDouble()))
            .thenComparing(WeightsAndImportance.Entry::node))
        .limit(5).toList();
    List<Screening.Screened> screened = report.screened();
    return new Summary(screened.stream().filter(s -> s.action() == Screening.Action.EXCLUDE).toList(),
        screened.stream().filter(s -> s.action() == Screening.Action.FLAG).toList(), flagged, incoherent,
        coherence.pairs().stream().filter(Coherence.Pair::collinear).toList(), lowAlpha, gaps);
  }
}
