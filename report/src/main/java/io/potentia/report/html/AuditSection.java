package io.potentia.report.html;

import io.potentia.scoring.analysis.audit.Audit;
import io.potentia.scoring.check.Availability;
import io.potentia.scoring.analysis.audit.Coherence;
import io.potentia.scoring.check.Screening;
import io.potentia.scoring.analysis.audit.WeightsAndImportance;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The report's audit section: availability (the areas screened and the indicators of low
 * coverage), one correlation heat map per inner node between its children, each node's Cronbach's
 * alpha and first component, and the indicators' normalised importance beside their nominal weight.
 * Correlations run on ColorBrewer's PuOr scale (purple for -1, light grey for 0, orange for +1),
 * readable by colour-blind readers; each chart has its data as a table beside it.
 */
final class AuditSection {
  private final Audit audit;

  AuditSection(Audit audit) {
    this.audit = audit;
  }

  String html(Labels l) {
    StringBuilder page = new StringBuilder("<section id=\"audit\"><h2>").append(Svg.esc(l.format("h.audit", audit.year())))
        .append("</h2>\n");
    page.append(availability(l));
    page.append("<h3>").append(Svg.esc(l.text("audit.agree"))).append("</h3>\n").append(consistency(l));
    page.append("<p>").append(Svg.esc(l.text("audit.corrIntro"))).append("</p>\n");
    for (Coherence.NodeFit node : audit.coherence().nodes()) {
      if (node.children().size() >= 2) {
        page.append(heatMap(l, node));
      }
    }
    page.append("<h3>").append(Svg.esc(l.text("audit.matter"))).append("</h3>\n").append(weights(l));
    return page.append("</section>\n").toString();
  }

  private String availability(Labels l) {
    Availability a = audit.availability();
    double mean = a.areas().stream().mapToDouble(a::share).average().orElse(0);
    StringBuilder out = new StringBuilder("<p id=\"audit-availability\">").append(Svg.esc(l.format("audit.availability",
        a.areas().size(), l.percent(mean, 1), a.indicators().size()))).append("</p>\n");
    if (!audit.screened().isEmpty()) {
      out.append("<table id=\"audit-screened\"><tr><th>").append(Svg.esc(l.text("col.area"))).append("</th><th>")
          .append(Svg.esc(l.text("col.screening"))).append("</th><th>").append(Svg.esc(l.text("col.why"))).append("</th></tr>");
      for (Screening.Screened s : audit.screened()) {
        out.append("<tr><td title=\"").append(Svg.esc(s.area())).append("\">").append(Svg.esc(l.area(s.area())))
            .append("</td><td>").append(Svg.esc(l.textOr("screening." + s.action().id(), s.action().id()))).append("</td><td>")
            .append(EngineWords.screened(l, s)).append("</td></tr>");
      }
      out.append("</table>\n");
    }
    Map<String, ?> flagged = audit.summary().flaggedIndicators();
    if (!flagged.isEmpty()) {
      out.append("<p id=\"audit-flagged\">").append(Svg.esc(l.text("audit.flagged"))).append(": ");
      audit.summary().flaggedIndicators().forEach((indicator, flags) -> out.append("<span title=\"").append(Svg.esc(indicator))
          .append("\">").append(Svg.esc(l.node(indicator))).append("</span> (")
          .append(Svg.esc(flags.stream().map(f -> f.name().toLowerCase(Locale.ROOT))
              .map(f -> l.textOr("flag." + f, f.replace('_', ' '))).sorted()
              .reduce((x, y) -> x + ", " + y).orElse(""))).append("); "));
      out.append("</p>\n");
    }
    return out.toString();
  }

  private String consistency(Labels l) {
    StringBuilder t = new StringBuilder("<table id=\"audit-nodes\"><tr><th>").append(Svg.esc(l.text("col.node")))
        .append("</th><th>").append(Svg.esc(l.text("col.children"))).append("</th><th>").append(Svg.esc(l.text("col.alpha")))
        .append("</th><th>").append(Svg.esc(l.text("col.firstComponent"))).append("</th></tr>");
    for (Coherence.NodeFit n : audit.coherence().nodes()) {
      boolean low = n.cronbachAlpha().isPresent() && n.cronbachAlpha().getAsDouble() < audit.settings().minAlpha();
      t.append("<tr").append(low ? " class=\"low\"" : "").append("><td title=\"").append(Svg.esc(n.node())).append("\">")
          .append(Svg.esc(ExploreSection.pillarName(l, n.node()))).append("</td><td>")
          .append(n.children().size()).append("</td><td>").append(number(l, n.cronbachAlpha())).append("</td><td>")
          .append(n.varianceShares().isEmpty() ? "" : l.percent(n.varianceShares().get(0), 1)).append("</td></tr>");
    }
    return t.append("</table>\n").toString();
  }

  /** The children's Pearson correlations on the PuOr scale: purple for -1, light grey for 0, orange for +1. */
  private String heatMap(Labels l, Coherence.NodeFit node) {
    List<String> children = node.children();
    Map<String, Double> r = new HashMap<>();
    for (Coherence.Pair p : audit.coherence().pairs()) {
      if (p.parent().equals(node.node()) && p.pearson().isPresent()) {
        r.put(p.first() + "\u0000" + p.second(), p.pearson().getAsDouble());
        r.put(p.second() + "\u0000" + p.first(), p.pearson().getAsDouble());
      }
    }
    double cell = 22;
    double left = 160;
    double top = 20;
    String name = ExploreSection.pillarName(l, node.node());
    Svg svg = new Svg("audit-corr-" + node.node(), left + children.size() * cell + 10, top + children.size() * cell + 10,
        l.format("audit.corrChart", name));
    String[] heads = new String[children.size() + 1];
    heads[0] = name;
    for (int j = 0; j < children.size(); j++) {
      heads[j + 1] = ExploreSection.pillarName(l, children.get(j));
    }
    DataTable table = new DataTable("audit-corr-" + node.node() + "-data", l, heads);
    svg.text(left, 12, Svg.fit(name, 40), "start", 11);
    for (int i = 0; i < children.size(); i++) {
      svg.text(left - 6, top + i * cell + 15, Svg.fit(heads[i + 1], 27), "end", 10);
      String[] row = new String[children.size() + 1];
      row[0] = heads[i + 1];
      for (int j = 0; j < children.size(); j++) {
        Double v = i == j ? Double.valueOf(1) : r.get(children.get(i) + "\u0000" + children.get(j));
        String value = v == null ? l.text("undefined") : l.number(v, 2);
        row[j + 1] = value;
        svg.rect(left + j * cell, top + i * cell, cell - 2, cell - 2, v == null ? "#cccccc" : Svg.diverging(v),
            "corr", l.format("audit.pair", heads[i + 1], heads[j + 1], value));
      }
      table.row(row);
    }
    return svg.end() + "\n" + table.end();
  }

  /** Per indicator, two bars: nominal weight and normalised importance, on a common scale. */
  private String weights(Labels l) {
    List<WeightsAndImportance.Entry> entries = audit.weights().stream().filter(e -> e.indicator() != null).toList();
    double max = 0;
    for (WeightsAndImportance.Entry e : entries) {
      max = Math.max(max, Math.max(e.nominalWeight(), e.normalisedImportance().orElse(0)));
    }
    double row = 20;
    double left = 220;
    double plot = 480;
    Svg svg = new Svg("audit-weights", left + plot + 20, entries.size() * row + 20, l.text("audit.weightsChart"));
    DataTable table = new DataTable("audit-weights-data", l, l.text("col.indicator"), l.text("col.weight"),
        l.text("col.importance"));
    for (int k = 0; k < entries.size(); k++) {
      WeightsAndImportance.Entry e = entries.get(k);
      double y = 4 + k * row;
      String weight = l.percent(e.nominalWeight(), 1);
      String importance = e.normalisedImportance().isPresent() ? l.percent(e.normalisedImportance().getAsDouble(), 1)
          : l.text("undefined");
      String name = l.node(e.indicator());
      svg.text(left - 6, y + 13, Svg.fit(name, 38), "end", 10);
      svg.rect(left, y + 1, max > 0 ? plot * e.nominalWeight() / max : 0, 8, "#999999", "weight",
          name + " (" + e.indicator() + "): " + l.text("col.weight") + " " + weight);
      svg.rect(left, y + 9, max > 0 ? plot * e.normalisedImportance().orElse(0) / max : 0, 8, Svg.palette(0),
          "importance", name + " (" + e.indicator() + "): " + l.text("col.importance") + " " + importance);
      table.row(name, weight, importance);
    }
    return "<p>" + Svg.esc(l.text("audit.weightsIntro")) + "</p>\n" + svg.end() + "\n" + table.end();
  }

  private static String number(Labels l, OptionalDouble v) {
    return v.isPresent() ? l.number(v.getAsDouble(), 3) : "";
  }
}
