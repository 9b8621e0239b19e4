package io.potentia.report.html;

/**
 * A chart's data as a table beside it, for screen readers, for print and for anyone who wants the
 * numbers: a {@code <details class="data">} holding a {@code <table>}, whose id the chart names in
 * its {@code data-table} attribute. Cells are text, escaped here.
 */
final class DataTable {
  private final StringBuilder out = new StringBuilder();

  /**
   * A table with its header row.
   *
   * @param id the table's id, the one its chart names
   * @param labels the report's language, for the summary's words
   * @param headers the column headers
   */
  DataTable(String id, Labels labels, String... headers) {
    out.append("<details class=\"data\"><summary>").append(Svg.esc(labels.text("table.data"))).append("</summary><table id=\"")
        .append(Svg.esc(id)).append("\"><tr>");
    for (String h : headers) {
      out.append("<th>").append(Svg.esc(h)).append("</th>");
    }
    out.append("</tr>");
  }

  /** A row of text cells; a cell is a number's cell (right-aligned) when it starts with a digit or a minus sign. */
  DataTable row(String... cells) {
    out.append("<tr>");
    for (String c : cells) {
      boolean number = !c.isEmpty() && (Character.isDigit(c.charAt(0)) || c.charAt(0) == '-' && c.length() > 1
          && Character.isDigit(c.charAt(1)));
      out.append(number ? "<td class=\"num\">" : "<td>").append(Svg.esc(c)).append("</td>");
    }
    out.append("</tr>");
    return this;
  }

  String end() {
    return out.append("</table></details>\n").toString();
  }
}
