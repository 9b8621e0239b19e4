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
 * stage (the Okabe-Ito palette, told apart by colour-blind readers; the ninth stage, acceptance,
 * repeats the first colour but is also marked by a diamond), with a diamond at acceptance and the
 * stages as a data table; then the works left unfunded with the reason, and the index year by year.
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
  public String html(Labels l) {
    StringBuilder h = new StringBuilder("<section id=\"works-section\"><h2>").append(Svg.esc(l.text("h.works"))).append("</h2>\n<p>")
        .append(Svg.esc(l.format("works.intro", l.textOr("search." + schedule.method().name().toLowerCase(Locale.ROOT),
            schedule.method().name()), schedule.accepted().size(), schedule.unfunded().size()))).append("</p>\n").append(gantt(l));
    h.append("<table id=\"works-tiers\"><tr>");
    for (String k : List.of("col.tier", "col.unaccepted", "col.acceptanceYears", "col.boundUnaccepted", "col.boundYears")) {
      h.append("<th>").append(Svg.esc(l.text(k))).append("</th>");
    }
    h.append("</tr>");
    for (WorksSchedule.TierOutcome t : schedule.tiers()) {
      h.append("<tr><td>").append(t.tier()).append("</td><td>").append(t.unaccepted()).append("</td><td>")
          .append(t.acceptanceYears()).append("</td><td>").append(t.boundUnaccepted()).append("</td><td>")
          .append(t.boundAcceptanceYears()).append("</td></tr>");
    }
    h.append("</table>\n");
    if (!schedule.unfunded().isEmpty()) {
      h.append("<table id=\"works-unfunded\"><tr><th>").append(Svg.esc(l.text("col.work"))).append("</th><th>")
          .append(Svg.esc(l.text("col.why"))).append("</th><th>").append(Svg.esc(l.text("col.detail"))).append("</th></tr>");
      for (WorksSchedule.Unfunded u : schedule.unfunded()) {
        h.append("<tr><td>").append(Svg.esc(u.work())).append("</td><td title=\"").append(u.reason()).append("\">")
            .append(Svg.esc(l.text("works.reason." + u.reason().name().toLowerCase(Locale.ROOT)))).append("</td><td>")
            .append(Svg.esc(EngineWords.unfunded(l, u))).append("</td></tr>");
      }
      h.append("</table>\n");
    }
    h.append("<table id=\"works-index\"><tr><th>").append(Svg.esc(l.text("col.year"))).append("</th><th>")
        .append(Svg.esc(l.text("works.index"))).append("</th></tr>");
    for (WorksSchedule.YearValue v : schedule.indexPath()) {
      h.append("<tr><td>").append(v.year()).append("</td><td class=\"num\">").append(l.number(v.value(), 4)).append("</td></tr>");
    }
    return h.append("</table>\n</section>\n").toString();
  }

  /** A stage's name in the report's language. */
  private static String stage(Labels l, StageKind s) {
    return l.text("stage." + s.name().toLowerCase(Locale.ROOT));
  }

  /** The width of a legend entry: its swatch, its name at about 6.2 pixels a letter, and a gap. */
  private static double legendItem(Labels l, StageKind s) {
    return 13 + 6.2 * stage(l, s).length() + 8;
  }

  private String gantt(Labels l) {
    List<WorksSchedule.YearValue> path = schedule.indexPath();
    int first = path.get(0).year();
    int last = path.get(path.size() - 1).year();
    Set<String> rows = new LinkedHashSet<>();
    schedule.payments().forEach(p -> rows.add(p.work()));
    schedule.unfunded().forEach(u -> rows.add(u.work()));
    List<String> order = new ArrayList<>(rows);
    double legendWidth = 4;
    for (StageKind s : StageKind.values()) {
      legendWidth += legendItem(l, s);
    }
    double width = Math.max(LEFT + YEAR * (last - first + 1) + 10, legendWidth);
    double height = TOP + ROW * order.size() + 30;
    Svg svg = new Svg("works-gantt", width, height, l.text("works.chart"));
    DataTable table = new DataTable("works-gantt-data", l, l.text("col.work"), l.text("col.stage"), l.text("works.paid"),
        l.text("col.cost"), l.text("works.ends"), l.text("works.accepted"));
    for (int y = first; y <= last; y++) {
      double x = LEFT + YEAR * (y - first);
      svg.line(x, TOP - 4, x, TOP + ROW * order.size(), "#dddddd");
      svg.text(x + YEAR / 2, TOP - 8, Integer.toString(y), "middle", 11);
    }
    for (int r = 0; r < order.size(); r++) {
      String work = order.get(r);
      double y = TOP + ROW * r;
      boolean unfunded = schedule.unfunded().stream().anyMatch(u -> u.work().equals(work));
      svg.text(LEFT - 6, y + ROW * 0.65, unfunded ? work + " (" + l.text("works.unfunded") + ")" : work, "end", 11);
      Integer accepted = schedule.accepted().get(work);
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
            l.format("works.title", p.work(), stage(l, p.stage()), p.year(), l.number(p.cost(), 2), p.endYear()));
        table.row(p.work(), stage(l, p.stage()), Integer.toString(p.year()), l.number(p.cost(), 2), Integer.toString(p.endYear()),
            accepted == null ? "" : accepted.toString());
      }
      if (unfunded) {
        table.row(work, l.text("works.unfunded"), "", "", "", "");
      }
      if (accepted != null) {
        double x = LEFT + YEAR * (accepted - first + 1) - 4;
        svg.poly("polygon", "accepted", new double[] {x, x + 5, x, x - 5}, new double[] {y + 2, y + ROW / 2, y + ROW - 2,
            y + ROW / 2}, "#000000", "#000000", l.format("works.acceptedIn", work, accepted));
      }
    }
    double legendY = TOP + ROW * order.size() + 18;
    double x = 4;
    for (StageKind s : StageKind.values()) {
      svg.rect(x, legendY - 9, 10, 10, Svg.palette(s.ordinal()), "legend", stage(l, s));
      svg.text(x + 13, legendY, stage(l, s), "start", 9);
      x += legendItem(l, s);
    }
    return svg.end() + "\n" + table.end();
  }
}
