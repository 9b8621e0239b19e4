package io.potentia.report.html;

import io.potentia.scoring.analysis.budget.BudgetAdequacy;
import java.util.Locale;

/**
 * The HTML report's budget adequacy: a scatter of spending against the economic potential score
 * with the fitted line, areas under-spending in red and over-spending in blue, and a table of the
 * flagged areas, largest gap first.
 */
final class BudgetSection implements ReportSection {
  private static final double W = 560;
  private static final double H = 360;
  private static final double LEFT = 60;
  private static final double BOTTOM = 40;
  private static final double PAD = 12;

  private final BudgetAdequacy.Result result;
  private final String spending;
  private final String economic;
  private final int year;

  BudgetSection(BudgetAdequacy.Result result, String spending, String economic, int year) {
    this.result = result;
    this.spending = spending;
    this.economic = economic;
    this.year = year;
  }

  @Override
  public String id() {
    return "budget";
  }

  @Override
  public String html(Labels labels) {
    return html(); // its text is English only for now
  }

  String html() {
    StringBuilder h = new StringBuilder("<h2>Budget squared with economic potential, ").append(year).append("</h2>\n<p>")
        .append(Svg.esc(spending)).append(" regressed on the '").append(Svg.esc(economic)).append("' score across ")
        .append(result.areas().size()).append(" areas: ").append(String.format(Locale.ROOT, "%.4g + %.4g x, R&#178; %.3f",
            result.intercept(), result.slope(), result.rSquared()))
        .append(". An area is flagged when its gap exceeds ").append(String.format(Locale.ROOT, "%.2f", result.threshold()))
        .append(" residual standard errors (").append(String.format(Locale.ROOT, "%.4g", result.residualStandardError()))
        .append("): under-spending in red, over-spending in blue.</p>\n").append(scatter()).append(table());
    if (!result.notScored().isEmpty()) {
      h.append("<p>Not assessed (no economic score or no spending): ").append(Svg.esc(String.join(", ", result.notScored())))
          .append(".</p>\n");
    }
    return h.toString();
  }

  private String scatter() {
    double xMin = Double.POSITIVE_INFINITY;
    double xMax = Double.NEGATIVE_INFINITY;
    double yMin = Double.POSITIVE_INFINITY;
    double yMax = Double.NEGATIVE_INFINITY;
    for (BudgetAdequacy.Area a : result.areas()) {
      xMin = Math.min(xMin, a.economic());
      xMax = Math.max(xMax, a.economic());
      yMin = Math.min(yMin, Math.min(a.spending(), a.predicted()));
      yMax = Math.max(yMax, Math.max(a.spending(), a.predicted()));
    }
    // the fit needs x to vary; y may not (an exact fit is refused upstream), but keep a span anyway
    double ySpan = yMax > yMin ? yMax - yMin : 1;
    double xSpan = xMax - xMin;
    double x0 = xMin;
    double y0 = yMin;
    java.util.function.DoubleUnaryOperator px = x -> LEFT + (x - x0) / xSpan * (W - LEFT - PAD);
    java.util.function.DoubleUnaryOperator py = y -> H - BOTTOM - (y - y0) / ySpan * (H - BOTTOM - PAD);
    Svg svg = new Svg("budget-scatter", W, H, "spending against economic potential, with the fitted line");
    svg.line(LEFT, H - BOTTOM, W - PAD, H - BOTTOM, "#888").line(LEFT, PAD, LEFT, H - BOTTOM, "#888");
    svg.text(LEFT, H - BOTTOM + 14, Svg.n(xMin), "middle", 10).text(W - PAD, H - BOTTOM + 14, Svg.n(xMax), "end", 10)
        .text(LEFT - 4, H - BOTTOM, Svg.n(yMin), "end", 10).text(LEFT - 4, PAD + 8, Svg.n(yMax), "end", 10)
        .text((LEFT + W) / 2, H - 6, economic + " score", "middle", 11).text(LEFT - 4, PAD - 2, spending, "start", 11);
    svg.line(px.applyAsDouble(xMin), py.applyAsDouble(result.intercept() + result.slope() * xMin),
        px.applyAsDouble(xMax), py.applyAsDouble(result.intercept() + result.slope() * xMax), "#444");
    for (BudgetAdequacy.Area a : result.areas()) {
      String fill = switch (a.status()) {
        case UNDER -> "#d73027";
        case OVER -> "#4575b4";
        case SQUARED -> "#999999";
      };
      svg.circle(px.applyAsDouble(a.economic()), py.applyAsDouble(a.spending()), 4, fill, "area " + a.status().name().toLowerCase(Locale.ROOT),
          String.format(Locale.ROOT, "%s: economic %.2f, spending %.2f, predicted %.2f, gap %.2f (%.2f s.e.)", a.area(),
              a.economic(), a.spending(), a.predicted(), a.gap(), a.standardised()));
    }
    return svg.end() + "\n";
  }

  private String table() {
    StringBuilder t = new StringBuilder("<table id=\"budget\"><tr><th>area</th><th>economic score</th><th>spending</th>"
        + "<th>predicted</th><th>gap</th><th>standardised</th><th>status</th></tr>");
    for (BudgetAdequacy.Area a : result.flagged()) {
      t.append("<tr><td>").append(Svg.esc(a.area())).append("</td>")
          .append(String.format(Locale.ROOT, "<td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%.2f</td><td>%.2f</td>",
              a.economic(), a.spending(), a.predicted(), a.gap(), a.standardised()))
          .append("<td>").append(a.status().name().toLowerCase(Locale.ROOT)).append("</td></tr>");
    }
    return t.append("</table>\n").toString();
  }
}
