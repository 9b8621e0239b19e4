package io.potentia.scoring.analysis.planning;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.core.indicator.Indicator;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mean score of one node over the areas when planned changes are added to one year's data:
 * the value that both the project roadmap ({@link BudgetPriorities}) and the works planner
 * maximise. A change adds to an area's value of an indicator; changes of one area and indicator
 * add up. The mean skips areas whose score is missing (NaN), and is 0 when every score is missing.
 */
public final class IndicatorChanges {
  /**
   * Changes to one area: indicator id to the amount added to its value.
   *
   * @param area the area
   * @param effects indicator id to the change
   */
  public record AreaEffects(String area, Map<String, Double> effects) {}

  private final ScoringPipeline pipeline;
  private final Dataset data;
  private final int year;
  private final String node;

  private IndicatorChanges(ScoringPipeline pipeline, Dataset data, int year, String node) {
    this.pipeline = pipeline;
    this.data = data;
    this.year = year;
    this.node = node;
  }

  /**
   * Changes applied to one year's data and judged by one node.
   *
   * @param pipeline the scoring pipeline
   * @param data the dataset
   * @param year the year whose data the changes alter and which is scored
   * @param node the node whose mean score over the areas is the value (the root for the index)
   * @return the evaluator
   */
  public static IndicatorChanges of(ScoringPipeline pipeline, Dataset data, int year, String node) {
    return new IndicatorChanges(pipeline, data, year, node);
  }

  /**
   * Checks that one owner's changes name an indicator the area has a value of in the year, and keep
   * the value within the indicator's valid range.
   *
   * @param path the JSON path of the owner (for example {@code projects.P1}); the problem's path
   *     ends in {@code .effects.INDICATOR}
   * @param owner how the message names the owner (for example {@code project 'P1'})
   * @param change the area and its changes
   * @throws InvalidInputException naming the owner, indicator, area, year and the value out of range
   */
  public void check(String path, String owner, AreaEffects change) {
    for (Map.Entry<String, Double> e : change.effects().entrySet()) {
      double v = data.value(change.area(), e.getKey(), year).orElseThrow(() -> InvalidInputException.at(
          path + ".effects." + e.getKey(), owner + " changes '" + e.getKey() + "' of area '" + change.area()
              + "', which has no value in " + year));
      Indicator indicator = pipeline.catalogue().get(e.getKey());
      double after = v + e.getValue();
      if (after < indicator.validRange().min().orElse(Double.NEGATIVE_INFINITY)
          || after > indicator.validRange().max().orElse(Double.POSITIVE_INFINITY)) {
        throw InvalidInputException.at(path + ".effects." + e.getKey(), owner + " takes '" + e.getKey()
            + "' of area '" + change.area() + "' from " + v + " to " + after + ", outside its valid range "
            + indicator.validRange().describe());
      }
    }
  }

  /**
   * The mean score of the node over the areas, with every change added to the year's data.
   *
   * @param changes the changes (none: the baseline)
   * @return the mean score
   */
  public double meanScore(Collection<AreaEffects> changes) {
    Map<String, Observation> changed = new LinkedHashMap<>();
    for (AreaEffects c : changes) {
      c.effects().forEach((indicator, change) -> {
        String key = c.area() + "\u0000" + indicator;
        double base = changed.containsKey(key) ? changed.get(key).value().getAsDouble()
            : data.value(c.area(), indicator, year).getAsDouble();
        changed.put(key, Observation.of(c.area(), indicator, year, base + change));
      });
    }
    ScoreReport report = pipeline.score(changed.isEmpty() ? data : data.withValues(changed.values()), year);
    double sum = 0;
    int n = 0;
    for (double s : report.scores(node)) {
      if (!Double.isNaN(s)) {
        sum += s;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
