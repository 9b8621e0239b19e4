package io.potentia.report.html;

import io.potentia.scoring.analysis.readiness.AreaClasses;
import io.potentia.scoring.sort.Assignment;
import io.potentia.scoring.sort.Gap;
import io.potentia.scoring.sort.HeldBack;
import java.util.List;
import java.util.Optional;

/**
 * The HTML report's readiness classes: the colours of the ranking chart's bars, its legend, and the
 * table of classes. Classes run on the cividis scale, dark blue for the worst to yellow for the best
 * (readable by colour-blind readers); grey for an area left unclassed.
 */
final class ClassesSection {
  private final AreaClasses classes;

  ClassesSection(AreaClasses classes) {
    this.classes = classes;
  }

  /** An area's class on the scale, 0 for the worst class and 1 for the best; NaN when unclassed. */
  private static double position(AreaClasses classes, String area) {
    int top = Math.max(1, classes.result().categories().size() - 1);
    return classes.of(area).map(a -> (double) a.index() / top).orElse(Double.NaN);
  }

  /** The colour of an area's class: cividis from the worst class to the best; grey when unclassed. */
  static String colour(AreaClasses classes, String area) {
    return Svg.scale(position(classes, area));
  }

  /** An area's class in words, for a tooltip. */
  static String label(Labels l, AreaClasses classes, String area) {
    return classes.of(area).map(a -> l.format("classes.class", a.category()) + a.optimistic()
        .map(o -> " (" + l.format("classes.optimistic", o.category()) + ")").orElse(""))
        .orElseGet(() -> l.text("classes.unclassed") + ": " + EngineWords.unclassed(l, classes, area));
  }

  /** The legend under the ranking chart: each class's colour and how many areas it holds. */
  String legend(Labels l) {
    List<String> categories = classes.result().categories();
    int top = Math.max(1, categories.size() - 1);
    List<List<String>> members = classes.result().byCategory();
    StringBuilder p = new StringBuilder("<p id=\"class-legend\">").append(Svg.esc(l.format("classes.legend",
        classes.scheme().method()))).append(": ");
    for (int k = categories.size() - 1; k >= 0; k--) {
      double t = (double) k / top;
      p.append("<span class=\"class\" style=\"background:").append(Svg.scale(t)).append(";color:").append(Svg.ink(t))
          .append(";padding:0 6px;margin-right:6px\">").append(Svg.esc(categories.get(k))).append(" (")
          .append(members.get(k).size()).append(")</span>");
    }
    if (!classes.unscored().isEmpty()) {
      p.append("<span class=\"class\" style=\"background:#cccccc;padding:0 6px\">").append(Svg.esc(l.text("classes.unclassed")))
          .append(" (").append(classes.unscored().size()).append(")</span>");
    }
    return p.append("</p>\n").toString();
  }

  /** The table of classes, in the order given (the index ranking), with what keeps each area back. */
  String table(Labels l, List<String> order) {
    boolean optimistic = classes.result().assignments().stream().anyMatch(a -> a.optimistic().isPresent());
    StringBuilder t = new StringBuilder("<section id=\"classes-section\"><h2>").append(Svg.esc(l.text("h.classes"))).append(", ")
        .append(classes.year()).append("</h2>\n<p>")
        .append(Svg.esc(l.format("classes.intro", classes.scheme().method(),
            String.join(", ", classes.scheme().criteria().stream().map(c -> ExploreSection.pillarName(l, c.node())).toList()),
            classes.scheme().lambda().map(x -> ", lambda " + l.number(x, 2)).orElse(""))))
        .append("</p>\n<table id=\"classes\"><tr><th>").append(Svg.esc(l.text("col.area"))).append("</th><th>")
        .append(Svg.esc(l.text("col.class"))).append("</th>")
        .append(optimistic ? "<th>" + Svg.esc(l.text("col.optimisticClass")) + "</th>" : "").append("<th>")
        .append(Svg.esc(l.text("col.keptBack"))).append("</th></tr>");
    for (String area : order) {
      Optional<Assignment> a = classes.of(area);
      t.append("<tr><td title=\"").append(Svg.esc(area)).append("\">").append(Svg.esc(l.area(area))).append("</td>");
      if (a.isEmpty()) {
        t.append("<td colspan=\"").append(optimistic ? 3 : 2).append("\">").append(Svg.esc(l.text("classes.unclassed")))
            .append(": ").append(Svg.esc(EngineWords.unclassed(l, classes, area))).append("</td></tr>");
        continue;
      }
      double p = position(classes, area);
      t.append("<td style=\"background:").append(Svg.scale(p)).append(";color:").append(Svg.ink(p)).append("\">")
          .append(Svg.esc(a.get().category())).append("</td>");
      if (optimistic) {
        t.append("<td>").append(a.get().optimistic().map(o -> Svg.esc(o.category())).orElse("")).append("</td>");
      }
      t.append("<td>").append(a.get().heldBackBy().map(h -> reasons(l, h)).orElse(Svg.esc(l.text("classes.best"))))
          .append("</td></tr>");
    }
    return t.append("</table>\n</section>\n").toString();
  }

  private static String reasons(Labels l, HeldBack held) {
    StringBuilder r = new StringBuilder();
    for (Gap g : held.criteria()) {
      if (r.length() > 0) {
        r.append("; ");
      }
      r.append(Svg.esc(l.format("classes.gap", ExploreSection.pillarName(l, g.criterion()), l.number(g.value(), 1),
          l.number(g.profile(), 1))));
    }
    return r.append(" (").append(Svg.esc(l.format("classes.for", held.category()))).append(')').toString();
  }
}
