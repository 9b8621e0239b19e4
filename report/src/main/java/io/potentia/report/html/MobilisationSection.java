package io.potentia.report.html;

import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The HTML report's mobilisation section: a heat table of coverage by area and phase, and the
 * flows of mutual support between areas.
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
  public String html(Labels labels) {
    return html(); // its text is English only for now
  }

  String html() {
    StringBuilder h = new StringBuilder("<h2>Mobilisation for the first year of war</h2>\n<p>Capacities from the data of ")
        .append(result.year()).append(". Each cell is the share of the demand met after mutual support in the area's"
            + " weakest category (red for none to green for all); hover for every category. In brackets, the share its"
            + " own capacity meets.</p>\n")
        .append("<table id=\"mobilisation\"><tr><th>area</th>");
    for (String phase : result.phases()) {
      h.append("<th>months ").append(Svg.esc(phase)).append("</th>");
    }
    h.append("<th>first phase met</th><th>alone</th></tr>");
    for (String area : result.firstPhaseMet().keySet()) {
      h.append("<tr><td>").append(Svg.esc(area)).append("</td>");
      for (String phase : result.phases()) {
        List<MobilisationResult.Coverage> cells = result.coverage().stream()
            .filter(c -> c.area().equals(area) && c.phase().equals(phase)).toList();
        double weakest = cells.stream().mapToDouble(MobilisationResult.Coverage::coverage).min().orElse(1);
        double weakestAlone = cells.stream().mapToDouble(MobilisationResult.Coverage::coverageAlone).min().orElse(1);
        StringBuilder title = new StringBuilder();
        for (MobilisationResult.Coverage c : cells) {
          title.append(String.format(Locale.ROOT, "%s: %.0f%% of %.6g (shortfall %.6g)%n", c.category(), 100 * c.coverage(),
              c.demand(), c.shortfall()));
        }
        h.append("<td style=\"background:").append(Svg.scale(weakest)).append("\" title=\"").append(Svg.esc(title.toString()))
            .append("\">").append(String.format(Locale.ROOT, "%.0f%% (%.0f%%)", 100 * weakest, 100 * weakestAlone))
            .append("</td>");
      }
      h.append("<td>").append(Svg.esc(result.firstPhaseMet().get(area).orElse("never"))).append("</td><td>")
          .append(Svg.esc(result.firstPhaseMetAlone().get(area).orElse("never"))).append("</td></tr>");
    }
    h.append("</table>\n");
    Set<String> categories = new LinkedHashSet<>();
    result.coverage().forEach(c -> categories.add(c.category()));
    h.append("<p>Categories: ").append(Svg.esc(String.join(", ", categories))).append(".</p>\n");
    if (result.flows().isEmpty()) {
      return h.append("<p id=\"mobilisation-flows\">No support moves between areas.</p>\n").toString();
    }
    h.append("<table id=\"mobilisation-flows\"><tr><th>category</th><th>months</th><th>from</th><th>to</th><th>amount</th>"
        + "<th>cost</th></tr>");
    for (MobilisationResult.Flow f : result.flows()) {
      h.append("<tr><td>").append(Svg.esc(f.category())).append("</td><td>").append(Svg.esc(f.phase())).append("</td><td>")
          .append(Svg.esc(f.from())).append("</td><td>").append(Svg.esc(f.to())).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.6g", f.amount())).append("</td><td>")
          .append(String.format(Locale.ROOT, "%.6g", f.cost())).append("</td></tr>");
    }
    return h.append("</table>\n").toString();
  }
}
