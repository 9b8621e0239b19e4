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
 */
final class AuditSection {
  private final Audit audit;

  AuditSection(Audit audit) {
    this.audit = audit;
  }

  String html() {
    StringBuilder page = new StringBuilder("<section id=\"audit\"><h2>Can the index be trusted? The audit of ")
        .append(audit.year()).append("</h2>\n");
    page.append(availability());
    page.append("<h3>Do the indicators of each pillar agree?</h3>\n").append(consistency());
    for (Coherence.NodeFit node : audit.coherence().nodes()) {
      if (node.children().size() >= 2) {
        page.append(heatMap(node));
      }
    }
    page.append("<h3>Does each indicator matter as much as its weight?</h3>\n").append(weights());
    return page.append("</section>\n").toString();
  }

  private String availability() {
    Availability a = audit.availability();
    double mean = a.areas().stream().mapToDouble(a::share).average().orElse(0);
    StringBuilder out = new StringBuilder("<p id=\"audit-availability\">").append(a.areas().size())
        .append(" areas; on average ").append(percent(mean)).append(" of the ").append(a.indicators().size())
        .append(" indicators have a value.</p>\n");
    if (!audit.screened().isEmpty()) {
      out.append("<table id=\"audit-screened\"><tr><th>area</th><th>screening</th><th>why</th></tr>");
      for (Screening.Screened s : audit.screened()) {
        out.append("<tr><td>").append(Svg.esc(s.area())).append("</td><td>")
            .append(s.action().name().toLowerCase(Locale.ROOT)).append("</td><td>")
            .append(Svg.esc(String.join("; ", s.reasons()))).append("</td></tr>");
      }
      out.append("</table>\n");
    }
    Map<String, ?> flagged = audit.summary().flaggedIndicators();
    if (!flagged.isEmpty()) {
      out.append("<p id=\"audit-flagged\">Flagged indicators: ");
      audit.summary().flaggedIndicators().forEach((indicator, flags) -> out.append(Svg.esc(indicator)).append(" (")
          .append(flags.stream().map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', ' ')).sorted()
              .reduce((x, y) -> x + ", " + y).orElse("")).append("); "));
      out.append("</p>\n");
    }
    return out.toString();
  }

  private String consistency() {
    StringBuilder t = new StringBuilder("<table id=\"audit-nodes\"><tr><th>node</th><th>children</th>"
        + "<th>Cronbach's alpha</th><th>first component's share</th></tr>");
    for (Coherence.NodeFit n : audit.coherence().nodes()) {
      boolean low = n.cronbachAlpha().isPresent() && n.cronbachAlpha().getAsDouble() < audit.settings().minAlpha();
      t.append("<tr").append(low ? " class=\"low\"" : "").append("><td>").append(Svg.esc(n.node())).append("</td><td>")
          .append(n.children().size()).append("</td><td>").append(number(n.cronbachAlpha())).append("</td><td>")
          .append(n.varianceShares().isEmpty() ? "" : percent(n.varianceShares().get(0))).append("</td></tr>");
    }
    return t.append("</table>\n").toString();
  }

  /** The children's Pearson correlations, red for -1 through yellow to green for +1. */
  private String heatMap(Coherence.NodeFit node) {
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
    Svg svg = new Svg("audit-corr-" + node.node(), left + children.size() * cell + 10, top + children.size() * cell + 10,
        "correlations within " + node.node());
    svg.text(left, 12, node.node(), "start", 11);
    for (int i = 0; i < children.size(); i++) {
      svg.text(left - 6, top + i * cell + 15, children.get(i), "end", 10);
      for (int j = 0; j < children.size(); j++) {
        Double v = i == j ? Double.valueOf(1) : r.get(children.get(i) + "\u0000" + children.get(j));
        String title = children.get(i) + " and " + children.get(j) + ": " + (v == null ? "undefined" : Svg.n(v));
        svg.rect(left + j * cell, top + i * cell, cell - 2, cell - 2, v == null ? "#cccccc" : Svg.scale((v + 1) / 2),
            "corr", title);
      }
    }
    return svg.end();
  }

  /** Per indicator, two bars: nominal weight and normalised importance, on a common scale. */
  private String weights() {
    List<WeightsAndImportance.Entry> entries = audit.weights().stream().filter(e -> e.indicator() != null).toList();
    double max = 0;
    for (WeightsAndImportance.Entry e : entries) {
      max = Math.max(max, Math.max(e.nominalWeight(), e.normalisedImportance().orElse(0)));
    }
    double row = 20;
    double left = 220;
    double plot = 480;
    Svg svg = new Svg("audit-weights", left + plot + 20, entries.size() * row + 20,
        "nominal weight and normalised importance of each indicator");
    for (int k = 0; k < entries.size(); k++) {
      WeightsAndImportance.Entry e = entries.get(k);
      double y = 4 + k * row;
      svg.text(left - 6, y + 13, e.indicator(), "end", 10);
      svg.rect(left, y + 1, max > 0 ? plot * e.nominalWeight() / max : 0, 8, Svg.palette(7), "weight",
          e.indicator() + ": nominal weight " + Svg.n(100 * e.nominalWeight()) + "%");
      svg.rect(left, y + 9, max > 0 ? plot * e.normalisedImportance().orElse(0) / max : 0, 8, Svg.palette(0),
          "importance", e.indicator() + ": normalised importance " + (e.normalisedImportance().isPresent()
              ? Svg.n(100 * e.normalisedImportance().getAsDouble()) + "%" : "undefined"));
    }
    return "<p>Grey: the nominal weight in the index; blue: the share of the indicators' importance (the correlation"
        + " ratio of the index on each).</p>\n" + svg.end();
  }

  private static String number(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
