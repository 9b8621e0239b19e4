package io.potentia.report.html;

import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The HTML report's mobilisation section: a heat table of coverage by area and phase, and the
 * flows of mutual support between areas. The heat table is itself the data (each cell its value),
 * coloured on the cividis scale, dark blue for nothing met to yellow for all, with ink that reads on it.
 */
final class MobilisationSection implements ReportSection {
  private final MobilisationResult result;

  MobilisationSection(MobilisationResult result) {
    this.result = result;
  }

  @Override
  public String id() {
    return "mobilisation";
  }

  @Override
  public String html(Labels l) {
    StringBuilder h = new StringBuilder("<section id=\"mobilisation-section\"><h2>").append(Svg.esc(l.text("h.mobilisation")))
        .append("</h2>\n<p>").append(Svg.esc(l.format("mobilisation.intro", result.year()))).append("</p>\n")
        .append("<table id=\"mobilisation\"><tr><th>").append(Svg.esc(l.text("col.area"))).append("</th>");
    for (String phase : result.phases()) {
      h.append("<th>").append(Svg.esc(l.format("mobilisation.months", phase))).append("</th>");
    }
    h.append("<th>").append(Svg.esc(l.text("mobilisation.firstMet"))).append("</th><th>")
        .append(Svg.esc(l.text("mobilisation.alone"))).append("</th></tr>");
    for (String area : result.firstPhaseMet().keySet()) {
      h.append("<tr><td title=\"").append(Svg.esc(area)).append("\">").append(Svg.esc(l.area(area))).append("</td>");
      for (String phase : result.phases()) {
        List<MobilisationResult.Coverage> cells = result.coverage().stream()
            .filter(c -> c.area().equals(area) && c.phase().equals(phase)).toList();
        double weakest = cells.stream().mapToDouble(MobilisationResult.Coverage::coverage).min().orElse(1);
        double weakestAlone = cells.stream().mapToDouble(MobilisationResult.Coverage::coverageAlone).min().orElse(1);
        StringBuilder title = new StringBuilder();
        for (MobilisationResult.Coverage c : cells) {
          title.append(l.format("mobilisation.cell", c.category(), l.percent(c.coverage(), 0), l.number(c.demand(), 2),
              l.number(c.shortfall(), 2))).append('\n');
        }
        h.append("<td style=\"background:").append(Svg.scale(weakest)).append(";color:").append(Svg.ink(weakest))
            .append("\" title=\"").append(Svg.esc(title.toString())).append("\">")
            .append(l.percent(weakest, 0)).append(" (").append(l.percent(weakestAlone, 0)).append(")</td>");
      }
      h.append("<td>").append(Svg.esc(result.firstPhaseMet().get(area).orElse(l.text("mobilisation.never")))).append("</td><td>")
          .append(Svg.esc(result.firstPhaseMetAlone().get(area).orElse(l.text("mobilisation.never")))).append("</td></tr>");
    }
    h.append("</table>\n");
    Set<String> categories = new LinkedHashSet<>();
    result.coverage().forEach(c -> categories.add(c.category()));
    h.append("<p>").append(Svg.esc(l.text("mobilisation.categories"))).append(": ").append(Svg.esc(String.join(", ", categories)))
        .append(".</p>\n");
    if (result.flows().isEmpty()) {
      return h.append("<p id=\"mobilisation-flows\">").append(Svg.esc(l.text("mobilisation.noFlows"))).append("</p>\n</section>\n")
          .toString();
    }
    h.append("<table id=\"mobilisation-flows\"><tr>");
    for (String k : List.of("col.category", "col.months", "col.from", "col.to", "col.amount", "col.cost")) {
      h.append("<th>").append(Svg.esc(l.text(k))).append("</th>");
    }
    h.append("</tr>");
    for (MobilisationResult.Flow f : result.flows()) {
      h.append("<tr><td>").append(Svg.esc(f.category())).append("</td><td>").append(Svg.esc(f.phase())).append("</td><td title=\"")
          .append(Svg.esc(f.from())).append("\">").append(Svg.esc(l.area(f.from()))).append("</td><td title=\"")
          .append(Svg.esc(f.to())).append("\">").append(Svg.esc(l.area(f.to()))).append("</td><td class=\"num\">")
          .append(l.number(f.amount(), 2)).append("</td><td class=\"num\">").append(l.number(f.cost(), 2)).append("</td></tr>");
    }
    return h.append("</table>\n</section>\n").toString();
  }
}
