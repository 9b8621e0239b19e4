package io.potentia.report.html;

import io.potentia.core.json.AtomicFiles;
import io.potentia.scoring.analysis.sensitivity.MethodAgreement;
import io.potentia.scoring.spi.TiePolicy;
import java.nio.file.Path;
import java.util.List;

/**
 * A self-contained HTML page of a {@link MethodAgreement} comparison: the ranks side by side, one
 * column per method, and one heat map per agreement matrix (Spearman's rho, the weighted Spearman
 * r_w and the WS similarity, row = reference ranking), each cell coloured on the colour-blind-safe
 * cividis scale from dark blue (-1, or 0 for WS, which lies in [0, 1]) to yellow (+1) with its value
 * on hover and printed in it, and each matrix as a data table beside its heat map.
 */
public final class MethodAgreementPage {
  private final String title;
  private final MethodAgreement.Result result;
  private final TiePolicy ties;

  /**
   * A page of one comparison.
   *
   * @param title the page's title, not null
   * @param result the comparison, not null
   * @param ties how tied alternatives share ranks in the ranks table, not null
   * @throws NullPointerException if an argument is null
   */
  public MethodAgreementPage(String title, MethodAgreement.Result result, TiePolicy ties) {
    this.title = java.util.Objects.requireNonNull(title, "title");
    this.result = java.util.Objects.requireNonNull(result, "result");
    this.ties = java.util.Objects.requireNonNull(ties, "ties");
  }

  /**
   * Writes the page, replacing the file atomically.
   *
   * @param file the HTML file
   */
  public void write(Path file) {
    AtomicFiles.writeString(file, html());
  }

  /**
   * The page's HTML.
   *
   * @return the page
   */
  public String html() {
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Svg.esc(title))
        .append("</title><style>body{font-family:sans-serif;margin:24px;color:#222}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:2px 6px;font-size:12px;text-align:right}"
            + ".maps{display:flex;flex-wrap:wrap;gap:24px}</style></head><body>\n");
    page.append("<h1>").append(Svg.esc(title)).append("</h1>\n<p>").append(result.alternatives().size())
        .append(" alternatives ranked by ").append(result.methods().size()).append(" methods.</p>\n");
    page.append("<h2>Ranks</h2>\n<p>1 is best in each method's own order; ties share the ").append(ties.name()
        .toLowerCase(java.util.Locale.ROOT)).append(" rank.</p>\n").append(ranks());
    page.append("<h2>Agreement</h2>\n<div class=\"maps\">\n")
        .append(heatMap("agreement-spearman", "Spearman's rho", result.spearman(), -1))
        .append(heatMap("agreement-weighted-spearman", "weighted Spearman r_w", result.weightedSpearman(), -1))
        .append(heatMap("agreement-ws", "WS similarity (row = reference)", result.ws(), 0))
        .append("</div>\n</body></html>\n");
    return page.toString();
  }

  private String ranks() {
    StringBuilder t = new StringBuilder("<table id=\"method-ranks\"><tr><th>alternative</th>");
    result.methods().forEach(m -> t.append("<th>").append(Svg.esc(m)).append("</th>"));
    t.append("</tr>\n");
    List<List<Double>> ranks = result.rankings().stream().map(r -> r.ranks(ties)).toList();
    for (int i = 0; i < result.alternatives().size(); i++) {
      t.append("<tr><td style=\"text-align:left\">").append(Svg.esc(result.alternatives().get(i))).append("</td>");
      for (List<Double> rank : ranks) {
        double v = rank.get(i);
        t.append("<td>").append(v == Math.rint(v) ? Long.toString((long) v) : Svg.n(v)).append("</td>");
      }
      t.append("</tr>\n");
    }
    return t.append("</table>\n").toString();
  }

  /**
   * One matrix as coloured cells on the cividis scale, {@code low} (the coefficient's lower bound)
   * the darkest, each value written in its cell in ink that reads on it, and the matrix as a data table.
   */
  private String heatMap(String id, String label, List<List<Double>> m, double low) {
    List<String> methods = result.methods();
    double cell = 46;
    double left = 110;
    double top = 100;
    Svg svg = new Svg(id, left + methods.size() * cell + 10, top + methods.size() * cell + 10, label);
    List<String> heads = new java.util.ArrayList<>(List.of(label));
    heads.addAll(methods);
    DataTable table = new DataTable(id + "-data", Labels.of("en"), heads.toArray(String[]::new));
    svg.text(left, 14, label, "start", 12);
    for (int j = 0; j < methods.size(); j++) {
      svg.text(left + j * cell + cell / 2, top - 6, methods.get(j), "middle", 10);
    }
    for (int i = 0; i < methods.size(); i++) {
      svg.text(left - 6, top + i * cell + cell / 2 + 4, methods.get(i), "end", 10);
      List<String> row = new java.util.ArrayList<>(List.of(methods.get(i)));
      for (int j = 0; j < methods.size(); j++) {
        double v = m.get(i).get(j);
        double t = (v - low) / (1 - low);
        svg.rect(left + j * cell, top + i * cell, cell - 2, cell - 2, Svg.scale(t), "agree",
            methods.get(i) + " and " + methods.get(j) + ": " + String.format(java.util.Locale.ROOT, "%.4f", v));
        svg.text(left + j * cell + cell / 2 - 1, top + i * cell + cell / 2 + 3,
            String.format(java.util.Locale.ROOT, "%.2f", v), "middle", 10, Svg.ink(t));
        row.add(String.format(java.util.Locale.ROOT, "%.4f", v));
      }
      table.row(row.toArray(String[]::new));
    }
    return svg.end() + "\n" + table.end();
  }
}
