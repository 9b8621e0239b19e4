package io.potentia.report.html;

import io.potentia.scoring.analysis.readiness.AreaClasses;
import io.potentia.scoring.sort.Assignment;
import io.potentia.scoring.sort.Gap;
import io.potentia.scoring.sort.HeldBack;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The HTML report's readiness classes: the colours of the ranking, its legend, and the table of classes. */
final class ClassesSection {
  private final AreaClasses classes;

  ClassesSection(AreaClasses classes) {
    this.classes = classes;
  }

  /** The colour of an area's class: red for the worst to green for the best; grey when unclassed. */
  static String colour(AreaClasses classes, String area) {
    int top = classes.result().categories().size() - 1;
    return classes.of(area).map(a -> Svg.scale((double) a.index() / top)).orElse("#cccccc");
  }

  /** An area's class in words, for a bar's title. */
  static String label(AreaClasses classes, String area) {
    return classes.of(area).map(a -> "class " + a.category() + a.optimistic().map(o -> " (optimistic: " + o.category()
        + ")").orElse("")).orElseGet(() -> "unclassed: " + classes.unclassed().getOrDefault(area, "not classed"));
  }

  /** The legend under the ranking: each class's colour and how many areas it holds. */
  String legend() {
    List<String> categories = classes.result().categories();
    int top = categories.size() - 1;
    List<List<String>> members = classes.result().byCategory();
    StringBuilder p = new StringBuilder("<p id=\"class-legend\">Bars coloured by readiness class (")
        .append(Svg.esc(classes.scheme().method())).append("): ");
    for (int k = categories.size() - 1; k >= 0; k--) {
      p.append("<span class=\"class\" style=\"background:").append(Svg.scale((double) k / top))
          .append(";padding:0 6px;margin-right:6px\">").append(Svg.esc(categories.get(k))).append(" (")
          .append(members.get(k).size()).append(")</span>");
    }
    if (!classes.unclassed().isEmpty()) {
      p.append("<span class=\"class\" style=\"background:#cccccc;padding:0 6px\">unclassed (")
          .append(classes.unclassed().size()).append(")</span>");
    }
    return p.append("</p>\n").toString();
  }

  /** The table of classes, in the order given (the index ranking), with what keeps each area back. */
  String table(List<String> order) {
    boolean optimistic = classes.result().assignments().stream().anyMatch(a -> a.optimistic().isPresent());
    StringBuilder t = new StringBuilder("<h2>Readiness classes, ").append(classes.year()).append("</h2>\n<p>")
        .append(Svg.esc(classes.scheme().method())).append(" on ")
        .append(Svg.esc(String.join(", ", classes.scheme().criteria().stream().map(c -> c.node()).toList())))
        .append(classes.scheme().lambda().map(l -> ", lambda " + l).orElse(""))
        .append("; an area reaches a class when it reaches the class's lower thresholds.</p>\n")
        .append("<table id=\"classes\"><tr><th>area</th><th>class</th>")
        .append(optimistic ? "<th>optimistic class</th>" : "").append("<th>kept from the next class by</th></tr>");
    for (String area : order) {
      Optional<Assignment> a = classes.of(area);
      t.append("<tr><td>").append(Svg.esc(area)).append("</td>");
      if (a.isEmpty()) {
        t.append("<td colspan=\"").append(optimistic ? 3 : 2).append("\">unclassed: ")
            .append(Svg.esc(classes.unclassed().getOrDefault(area, "not classed"))).append("</td></tr>");
        continue;
      }
      t.append("<td style=\"background:").append(colour(classes, area)).append("\">").append(Svg.esc(a.get().category()))
          .append("</td>");
      if (optimistic) {
        t.append("<td>").append(a.get().optimistic().map(o -> Svg.esc(o.category())).orElse("")).append("</td>");
      }
      t.append("<td>").append(a.get().heldBackBy().map(ClassesSection::reasons).orElse("(best class)")).append("</td></tr>");
    }
    return t.append("</table>\n").toString();
  }

  private static String reasons(HeldBack held) {
    StringBuilder r = new StringBuilder();
    for (Gap g : held.criteria()) {
      if (r.length() > 0) {
        r.append("; ");
      }
      r.append(Svg.esc(g.criterion())).append(' ').append(String.format(Locale.ROOT, "%.1f", g.value())).append(" against ")
          .append(String.format(Locale.ROOT, "%.1f", g.profile()));
    }
    return r.append(" (for ").append(Svg.esc(held.category())).append(')').toString();
  }
}
