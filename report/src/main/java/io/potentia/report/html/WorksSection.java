package io.potentia.report.html;

import io.potentia.scoring.analysis.planning.works.StageKind;
import io.potentia.scoring.analysis.planning.works.WorksSchedule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The HTML report's defensive works: a Gantt chart of the stages paid, one row per work and one
 * column per year, each stage a bar from the year it is paid to the year it ends, coloured by
 * stage, with a diamond at acceptance; then the works left unfunded with the reason, and the index
 * year by year.
 */
final class WorksSection implements ReportSection {
  private static final double LEFT = 190;
  private static final double YEAR = 70;
  private static final double ROW = 22;
  private static final double TOP = 24;

  private final WorksSchedule schedule;

  WorksSection(WorksSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public String id() {
    return "works";
  }

  @Override
  public String html(Labels labels) {
    return html(); // its text is English only for now
  }

  String html() {
    StringBuilder h = new StringBuilder("<h2>Defensive works roadmap</h2>\n<p>").append(schedule.method())
        .append(" planner: ").append(schedule.accepted().size()).append(" works accepted, ")
        .append(schedule.unfunded().size()).append(" left unfunded. Essential works (tier 1) first;")
        .append(" each bar is a stage, paid in the year it starts.</p>\n").append(gantt());
    h.append("<table id=\"works-tiers\"><tr><th>tier</th><th>unaccepted</th><th>sum of acceptance years</th>"
        + "<th>bound: unaccepted</th><th>bound: sum of years</th></tr>");
    for (WorksSchedule.TierOutcome t : schedule.tiers()) {
      h.append("<tr><td>").append(t.tier()).append("</td><td>").append(t.unaccepted()).append("</td><td>")
          .append(t.acceptanceYears()).append("</td><td>").append(t.boundUnaccepted()).append("</td><td>")
          .append(t.boundAcceptanceYears()).append("</td></tr>");
    }
    h.append("</table>\n");
    if (!schedule.unfunded().isEmpty()) {
      h.append("<table id=\"works-unfunded\"><tr><th>work</th><th>reason</th><th>detail</th></tr>");
      for (WorksSchedule.Unfunded u : schedule.unfunded()) {
        h.append("<tr><td>").append(Svg.esc(u.work())).append("</td><td>").append(u.reason()).append("</td><td>")
            .append(Svg.esc(u.detail())).append("</td></tr>");
      }
      h.append("</table>\n");
    }
    h.append("<table id=\"works-index\"><tr><th>year</th><th>index with the works accepted by then</th></tr>");
    for (WorksSchedule.YearValue v : schedule.indexPath()) {
      h.append("<tr><td>").append(v.year()).append("</td><td>").append(String.format(Locale.ROOT, "%.4f", v.value()))
          .append("</td></tr>");
    }
    return h.append("</table>\n").toString();
  }

  /** The width of a legend entry: its swatch, its name at about 6.2 pixels a letter, and a gap. */
  private static double legendItem(StageKind s) {
    return 13 + 6.2 * s.name().length() + 8;
  }

  private String gantt() {
    List<WorksSchedule.YearValue> path = schedule.indexPath();
    int first = path.get(0).year();
    int last = path.get(path.size() - 1).year();
    Set<String> rows = new LinkedHashSet<>();
    schedule.payments().forEach(p -> rows.add(p.work()));
    schedule.unfunded().forEach(u -> rows.add(u.work()));
    List<String> order = new ArrayList<>(rows);
    double legendWidth = 4;
    for (StageKind s : StageKind.values()) {
      legendWidth += legendItem(s);
    }
    double width = Math.max(LEFT + YEAR * (last - first + 1) + 10, legendWidth);
    double height = TOP + ROW * order.size() + 30;
    Svg svg = new Svg("works-gantt", width, height, "Gantt chart of the defensive works' stages by year");
    for (int y = first; y <= last; y++) {
      double x = LEFT + YEAR * (y - first);
      svg.line(x, TOP - 4, x, TOP + ROW * order.size(), "#dddddd");
      svg.text(x + YEAR / 2, TOP - 8, Integer.toString(y), "middle", 11);
    }
    for (int r = 0; r < order.size(); r++) {
      String work = order.get(r);
      double y = TOP + ROW * r;
      boolean unfunded = schedule.unfunded().stream().anyMatch(u -> u.work().equals(work));
      svg.text(LEFT - 6, y + ROW * 0.65, unfunded ? work + " (unfunded)" : work, "end", 11);
      List<WorksSchedule.Payment> stages = schedule.payments().stream().filter(p -> p.work().equals(work)).toList();
      for (int k = 0; k < stages.size(); k++) {
        WorksSchedule.Payment p = stages.get(k);
        // stages paid in the same year share it, side by side, so that each stays visible
        long sameYear = stages.stream().filter(q -> q.year() == p.year()).count();
        long before = stages.subList(0, k).stream().filter(q -> q.year() == p.year()).count();
        double slot = YEAR / sameYear;
        double x = LEFT + YEAR * (p.year() - first) + (p.endYear() == p.year() ? slot * before : 0);
        double w = p.endYear() == p.year() ? slot : YEAR * (p.endYear() - p.year() + 1);
        svg.rect(x + 1, y + 3, Math.max(2, w - 2), ROW - 6, Svg.palette(p.stage().ordinal()), "stage",
            p.work() + ": " + p.stage() + ", paid " + p.year() + " (" + String.format(Locale.ROOT, "%.2f", p.cost())
                + "), ends " + p.endYear());
      }
      Integer accepted = schedule.accepted().get(work);
      if (accepted != null) {
        double x = LEFT + YEAR * (accepted - first + 1) - 4;
        svg.poly("polygon", "accepted", new double[] {x, x + 5, x, x - 5}, new double[] {y + 2, y + ROW / 2, y + ROW - 2,
            y + ROW / 2}, "#000000", "#000000", work + " accepted in " + accepted);
      }
    }
    double legendY = TOP + ROW * order.size() + 18;
    double x = 4;
    for (StageKind s : StageKind.values()) {
      svg.rect(x, legendY - 9, 10, 10, Svg.palette(s.ordinal()), "legend", s.name());
      svg.text(x + 13, legendY, s.name().toLowerCase(Locale.ROOT), "start", 9);
      x += legendItem(s);
    }
    return svg.end();
  }
}
