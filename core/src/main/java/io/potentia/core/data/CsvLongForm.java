package io.potentia.core.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The long form, {@code area,indicator,year,value[,source,note]}: one row per observation. */
final class CsvLongForm extends CsvForm {
  private static final List<String> COLUMNS = List.of("area", "indicator", "year", "value", "source", "note");

  private final int area;
  private final int indicator;
  private final int year;
  private final int value;
  private final int src;
  private final int note;
  private final Map<String, Boolean> indicatorsSeen = new HashMap<>();

  CsvLongForm(List<String> header, int headerLine, CsvProblems problems, CsvCells cells, Dataset.Builder builder) {
    super(header, problems, cells, builder);
    area = column(header, "area", headerLine, true);
    indicator = column(header, "indicator", headerLine, true);
    year = column(header, "year", headerLine, true);
    value = column(header, "value", headerLine, true);
    src = column(header, "source", headerLine, false);
    note = column(header, "note", headerLine, false);
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (!COLUMNS.contains(h)) {
        problems.add(headerLine, i + 1, "unknown column '" + CsvCells.clip(h)
            + "' in a long-form header; expected area,indicator,year,value[,source,note]");
      }
    }
  }

  @Override
  int valueColumn(String indicator) {
    return value + 1;
  }

  @Override
  void row(List<String> row, int atLine) {
    String a = area(row, area, atLine);
    if (a == null) {
      return;
    }
    String ind = row.get(indicator).strip();
    if (ind.isEmpty()) {
      problems.add(atLine, indicator + 1, "indicator is empty");
      return;
    }
    // an unknown indicator is reported once, not on each of its rows; their cells are checked, not kept
    Boolean known = indicatorsSeen.get(ind);
    if (known == null) {
      known = cells.checkIndicator(ind, atLine, indicator + 1);
      indicatorsSeen.put(ind, known);
    }
    Integer y = cells.year(row.get(year), atLine, year + 1);
    if (y == null) {
      return;
    }
    Double v = cells.value(row.get(value), a, ind, y, atLine, value + 1);
    if (v == null || !known) {
      return;
    }
    String s = src < 0 ? "" : row.get(src).strip();
    String n = note < 0 ? "" : row.get(note).strip();
    Provenance p = s.isEmpty() && n.isEmpty() ? null : Provenance.of(s.isEmpty() ? null : s, n.isEmpty() ? null : n);
    put(a, ind, y, v, p, atLine);
  }
}
