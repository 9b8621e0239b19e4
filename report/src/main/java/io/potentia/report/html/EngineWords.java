package io.potentia.report.html;

import io.potentia.scoring.analysis.planning.works.WorksSchedule;
import io.potentia.scoring.analysis.readiness.AreaClasses;
import io.potentia.scoring.check.Screening;
import java.util.List;

/**
 * Puts into the report's language what the engine records as facts and also states in English: why
 * an area was screened ({@link Screening.Shortfall}), why a work is unfunded ({@link
 * WorksSchedule.Unfunded}) and why an area is unclassed ({@link AreaClasses#unscored()}). Counts and
 * shares go through {@link Labels#number} and {@link Labels#percent}; years are written as they are.
 */
final class EngineWords {
  private EngineWords() {}

  /**
   * Why an area was screened, as HTML: its shortfalls in the language, joined by "; ". A screened
   * area without shortfalls (read from a report written before they were recorded) keeps its
   * English reasons, marked {@code lang="en"}.
   */
  static String screened(Labels l, Screening.Screened s) {
    if (s.shortfalls().isEmpty()) {
      return Svg.engine(String.join("; ", s.reasons()));
    }
    return Svg.esc(String.join("; ", s.shortfalls().stream().map(f -> shortfall(l, f)).toList()));
  }

  /**
   * One minimum an area fails, in the language, for example "1 of 3 indicators of 'p' (33.3%), below
   * the minimum 50.0%".
   */
  static String shortfall(Labels l, Screening.Shortfall f) {
    String present = l.number(f.present(), 0);
    String total = l.number(f.total(), 0);
    String share = l.percent(f.share(), 1);
    String minimum = l.percent(f.minimum(), 1);
    return f.pillar()
        ? l.format("screening.shortfall.pillar", present, total, share, minimum, ExploreSection.pillarName(l, f.node()))
        : l.format("screening.shortfall.overall", present, total, share, minimum);
  }

  /** Why a work is unfunded, in the language (plain text). */
  static String unfunded(Labels l, WorksSchedule.Unfunded u) {
    String end = Integer.toString(u.planEnd());
    return switch (u.reason()) {
      case DEPENDENCY -> l.format(u.missing().size() == 1 ? "works.unfunded.dependency.one" : "works.unfunded.dependency.many",
          String.join(", ", u.missing().stream().map(id -> l.format("works.unfunded.work", id)).toList()), end);
      case BUDGET -> l.format("works.unfunded.budget", l.number(u.stages(), 0), l.number(u.cost(), 2), end);
    };
  }

  /**
   * Why an area is unclassed, in the language (plain text): the nodes it has no score on, by name,
   * and the year; the "not classed" label for an area the classes do not list.
   */
  static String unclassed(Labels l, AreaClasses classes, String area) {
    List<String> nodes = classes.unscored().get(area);
    if (nodes == null) {
      return l.text("classes.notClassed");
    }
    String names = String.join(", ", nodes.stream().map(n -> ExploreSection.pillarName(l, n)).toList());
    return l.format("classes.unscored", names, Integer.toString(classes.year()));
  }
}
