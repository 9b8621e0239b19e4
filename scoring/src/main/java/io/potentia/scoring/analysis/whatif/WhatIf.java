package io.potentia.scoring.analysis.whatif;

import io.potentia.scoring.analysis.sensitivity.MethodologyComparison;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.core.indicator.Indicator;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.internal.Stats;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What would change if some indicator values were different: the index rescored with changed
 * values, every area's new score and rank beside the old ({@link MethodologyComparison}), and the
 * marginal effect of each indicator of one area on its index score.
 *
 * <p>Everything else stays as the pipeline has it, including data-driven steps: a changed value can
 * move the minimum or maximum of a min-max normalisation, or the weights of an entropy weighting,
 * and so every area's score, as it would in the real index.
 */
public final class WhatIf {
  /**
   * The index before and after a change.
   *
   * @param before the report on the data as given
   * @param after the report on the changed data
   * @param comparison per area the score and rank change, and the rankings' agreement
   */
  public record Outcome(ScoreReport before, ScoreReport after, MethodologyComparison.Comparison comparison) {}

  /**
   * The finite-difference effect of one indicator of one area on that area's index score.
   *
   * @param indicator the indicator id
   * @param value the area's value
   * @param step the change tried: the relative step times the indicator's range over the areas
   *     that year, negative where a step up would leave the indicator's valid range
   * @param scoreChange the area's index score after the step minus before
   * @param rankChange the area's rank before minus after (positive = moves up)
   */
  public record MarginalEffect(String indicator, double value, double step, double scoreChange, double rankChange) {
    /**
     * The effect per unit of the indicator.
     *
     * @return {@code scoreChange / step}
     */
    @com.fasterxml.jackson.annotation.JsonProperty
    public double perUnit() {
      return scoreChange / step;
    }
  }

  /**
   * The marginal effects of one area's indicators.
   *
   * @param area the area
   * @param effects per indicator the area has a value for, in framework order
   * @param missing the framework's indicators the area has no value for that year
   */
  public record Marginals(String area, List<MarginalEffect> effects, List<String> missing) {
    /**
     * Copies the lists.
     *
     * @param area the area
     * @param effects per indicator, the effect
     * @param missing the indicators without a value
     */
    public Marginals {
      effects = List.copyOf(effects);
      missing = List.copyOf(missing);
    }
  }

  private WhatIf() {}

  /**
   * Rescores with some values changed.
   *
   * @param pipeline the pipeline
   * @param data the dataset as given
   * @param year the year to score
   * @param changes the changed observations (a value, or none to mark it missing)
   * @return the reports before and after, and their comparison
   * @throws InvalidInputException naming a change's area, indicator or year the dataset lacks, or
   *     as {@link ScoringPipeline#score} and {@link MethodologyComparison#compare} do
   */
  public static Outcome apply(ScoringPipeline pipeline, Dataset data, int year, Collection<Observation> changes) {
    ScoreReport before = pipeline.score(data, year);
    ScoreReport after = pipeline.score(data.withValues(changes), year);
    return new Outcome(before, after, MethodologyComparison.compare(before, after));
  }

  /**
   * The marginal effect of each of an area's indicators on its index score: each value in turn
   * moved by {@code relativeStep} times the indicator's range (maximum minus minimum over the
   * areas that year), the index rescored.
   *
   * @param pipeline the pipeline
   * @param data the dataset
   * @param year the year
   * @param area the area
   * @param relativeStep the step as a share of each indicator's range, in (0, 1]
   * @return per indicator, the effect
   * @throws InvalidInputException if the step is not in (0, 1], the area or year is not in the
   *     data, an indicator takes one value over all areas (no range to step along), or neither
   *     a step up nor a step down stays in an indicator's valid range
   */
  public static Marginals marginalEffects(ScoringPipeline pipeline, Dataset data, int year, String area,
      double relativeStep) {
    if (!(relativeStep > 0 && relativeStep <= 1)) {
      throw InvalidInputException.at("relativeStep", "relative step " + relativeStep + " must be in (0, 1]");
    }
    data.areaIndex(area);
    int y = data.yearIndex(year);
    ScoreReport before = pipeline.score(data, year);
    String root = before.root();
    List<MarginalEffect> effects = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String id : pipeline.framework().indicatorIds()) {
      OptionalDouble v = data.value(area, id, year);
      if (v.isEmpty()) {
        missing.add(id);
        continue;
      }
      double[] column = data.column(data.indicatorIndex(id), y);
      double lo = Stats.min(column);
      double hi = Stats.max(column);
      if (!(hi > lo)) {
        throw InvalidInputException.at(id, "indicator '" + id + "' is " + lo + " for every area in " + year
            + "; it has no range to step along");
      }
      double step = stepWithin(pipeline.catalogue().get(id), v.getAsDouble(), relativeStep * (hi - lo), year, area);
      ScoreReport after = pipeline.score(data.withValues(List.of(Observation.of(area, id, year, v.getAsDouble() + step))),
          year);
      effects.add(new MarginalEffect(id, v.getAsDouble(), step, after.score(root, area) - before.score(root, area),
          before.rank(root, area) - after.rank(root, area)));
    }
    return new Marginals(area, effects, missing);
  }

  /** The step up if it stays in the valid range, else the step down, else an error. */
  private static double stepWithin(Indicator indicator, double value, double step, int year, String area) {
    double min = indicator.validRange().min().orElse(Double.NEGATIVE_INFINITY);
    double max = indicator.validRange().max().orElse(Double.POSITIVE_INFINITY);
    if (value + step <= max) {
      return step;
    }
    if (value - step >= min) {
      return -step;
    }
    throw InvalidInputException.at(indicator.id(), "area '" + area + "', " + year + ": indicator '" + indicator.id()
        + "' = " + value + " cannot move by " + step + " either way within its valid range "
        + indicator.validRange().describe());
  }
}
