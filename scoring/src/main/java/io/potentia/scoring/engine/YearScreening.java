package io.potentia.scoring.engine;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.scoring.check.Availability;
import io.potentia.scoring.check.Screening;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A spec's screening rule applied to one year: the areas it excludes are left out of the dataset
 * the year is scored on, and the report lists every area it caught with its reasons.
 */
final class YearScreening {
  private YearScreening() {}

  static ScoreReport score(Screening rule, Framework framework, Dataset data, int year,
      BiFunction<Dataset, Integer, ScoreReport> scoring) {
    data.yearIndex(year); // refuses a year the dataset lacks, before screening counts it
    List<String> pillars = framework.children(framework.root().id()).stream().filter(n -> !n.isLeaf())
        .map(FrameworkNode::id).toList();
    List<Screening.Screened> caught = rule.apply(Availability.of(data, framework, data.areas(), year), pillars);
    List<String> kept = new ArrayList<>(data.areas());
    caught.stream().filter(c -> c.action() == Screening.Action.EXCLUDE).forEach(c -> kept.remove(c.area()));
    if (kept.isEmpty()) {
      throw InvalidInputException.at("screening", "the spec's screening rule excludes every area in " + year + ": "
          + caught.get(0).area() + ": " + caught.get(0).reasons().get(0) + "; lower its minimum shares");
    }
    Dataset scored = kept.size() == data.areas().size() ? data : data.restrictTo(kept);
    return scoring.apply(scored, year).withScreened(caught);
  }
}
