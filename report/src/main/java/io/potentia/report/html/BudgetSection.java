package io.potentia.report.html;

import io.potentia.scoring.analysis.budget.BudgetAdequacy;
import java.util.List;
import java.util.Locale;

/**
 * The HTML report's budget adequacy: a scatter of spending against the economic potential score
 * with the fitted line, areas under-spending in vermillion and over-spending in blue (a pair
 * colour-blind readers tell apart, and the two also differ in shape: a square for under, a circle
 * for over), a table of the flagged areas, largest gap first, and every point as a data table.
 */
final class BudgetSection implements ReportSection {
  private static final double W = 560;
  private static final double H = 360;
  private static final double LEFT = 60;
  private static final double BOTTOM = 40;
  private static final double PAD = 12;
  /** Okabe-Ito vermillion and blue: under- and over-spending, told apart by colour-blind readers too. */
  private static final String UNDER = "#d55e00";
  private static final String OVER = "#0072b2";

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
  public String html(Labels l) {
    StringBuilder h = new StringBuilder("<section id=\"budget-section\"><h2>").append(Svg.esc(l.format("h.budget", year)))
        .append("</h2>\n<p>").append(Svg.esc(l.format("budget.intro", spending, ExploreSection.pillarName(l, economic),
            result.areas().size(), l.number(result.intercept(), 4), l.number(result.slope(), 4), l.number(result.rSquared(), 3),
            l.number(result.threshold(), 2), l.number(result.residualStandardError(), 4))))
        .append("</p>\n").append(scatter(l)).append(table(l));
    if (!result.notScored().isEmpty()) {
      h.append("<p>").append(Svg.esc(l.text("budget.notScored"))).append(": ")
          .append(Svg.esc(String.join(", ", result.notScored().stream().map(l::area).toList()))).append(".</p>\n");
    }
    return h.append("</section>\n").toString();
  }

  private String scatter(Labels l) {
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
    Svg svg = new Svg("budget-scatter", W, H, l.text("budget.chart"));
    DataTable table = new DataTable("budget-scatter-data", l, l.text("col.area"), l.text("col.economic"), l.text("col.spending"),
        l.text("col.predicted"), l.text("col.gap"), l.text("col.standardised"), l.text("col.status"));
    svg.line(LEFT, H - BOTTOM, W - PAD, H - BOTTOM, "#888").line(LEFT, PAD, LEFT, H - BOTTOM, "#888");
    svg.text(LEFT, H - BOTTOM + 14, l.number(xMin, 1), "middle", 10).text(W - PAD, H - BOTTOM + 14, l.number(xMax, 1), "end", 10)
        .text(LEFT - 4, H - BOTTOM, l.number(yMin, 1), "end", 10).text(LEFT - 4, PAD + 8, l.number(yMax, 1), "end", 10)
        .text((LEFT + W) / 2, H - 6, l.format("budget.xAxis", ExploreSection.pillarName(l, economic)), "middle", 11)
        .text(LEFT - 4, PAD - 2, spending, "start", 11);
    svg.line(px.applyAsDouble(xMin), py.applyAsDouble(result.intercept() + result.slope() * xMin),
        px.applyAsDouble(xMax), py.applyAsDouble(result.intercept() + result.slope() * xMax), "#444");
    for (BudgetAdequacy.Area a : result.areas()) {
      String status = a.status().name().toLowerCase(Locale.ROOT);
      String fill = switch (a.status()) {
        case UNDER -> UNDER;
        case OVER -> OVER;
        case SQUARED -> "#999999";
      };
      String title = l.format("budget.title", l.area(a.area()) + " (" + a.area() + ")", l.number(a.economic(), 2),
          l.number(a.spending(), 2), l.number(a.predicted(), 2), l.number(a.gap(), 2), l.number(a.standardised(), 2));
      double x = px.applyAsDouble(a.economic());
      double y = py.applyAsDouble(a.spending());
      if (a.status() == BudgetAdequacy.Status.UNDER) {
        svg.rect(x - 4, y - 4, 8, 8, fill, "area " + status, title);
      } else {
        svg.circle(x, y, 4, fill, "area " + status, title);
      }
      table.row(l.area(a.area()), l.number(a.economic(), 2), l.number(a.spending(), 2), l.number(a.predicted(), 2),
          l.number(a.gap(), 2), l.number(a.standardised(), 2), l.text("budget." + status));
    }
    return svg.end() + "\n" + table.end();
  }

  private String table(Labels l) {
    StringBuilder t = new StringBuilder("<table id=\"budget\"><caption>").append(Svg.esc(l.text("budget.flagged")))
        .append("</caption><tr>");
    for (String k : List.of("col.area", "col.economic", "col.spending", "col.predicted", "col.gap", "col.standardised",
        "col.status")) {
      t.append("<th>").append(Svg.esc(l.text(k))).append("</th>");
    }
    t.append("</tr>");
    for (BudgetAdequacy.Area a : result.flagged()) {
      t.append("<tr><td title=\"").append(Svg.esc(a.area())).append("\">").append(Svg.esc(l.area(a.area()))).append("</td>");
      for (double v : new double[] {a.economic(), a.spending(), a.predicted(), a.gap(), a.standardised()}) {
        t.append("<td class=\"num\">").append(l.number(v, 2)).append("</td>");
      }
      t.append("<td>").append(Svg.esc(l.text("budget." + a.status().name().toLowerCase(Locale.ROOT)))).append("</td></tr>");
    }
    return t.append("</table>\n").toString();
  }
}
