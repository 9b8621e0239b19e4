package io.potentia.core.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The long form, {@code area,indicator,year,value[,source,note]}: one row per observation. */
final class LongForm extends TableForm {
  private static final List<String> COLUMNS = List.of("area", "indicator", "year", "value", "source", "note");

  private final int area;
  private final int indicator;
  private final int year;
  private final int value;
  private final int src;
  private final int note;
  // each indicator met: its builder slot, or -1 when it is unknown to the catalogue
  private final Map<String, Integer> indicatorsSeen = new HashMap<>();

  LongForm(List<String> header, int headerRow, TableProblems problems, TableCells cells, Dataset.Builder builder) {
    super(header, problems, cells, builder);
    area = column(header, "area", headerRow, true);
    indicator = column(header, "indicator", headerRow, true);
    year = column(header, "year", headerRow, true);
    value = column(header, "value", headerRow, true);
    src = column(header, "source", headerRow, false);
    note = column(header, "note", headerRow, false);
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (!COLUMNS.contains(h) && !isComment(h)) {
        problems.add(headerRow, i + 1, "unknown column '" + TableCells.clip(h)
            + "' in a long-form header; expected area,indicator,year,value[,source,note]");
      }
    }
  }

  @Override
  int valueColumn(String indicator) {
    return value + 1;
  }

  @Override
  void row(TableRow row) {
    String a = area(row, area);
    if (a == null) {
      return;
    }
    int atRow = row.number();
    String ind = cells.text(row, indicator, "indicator");
    if (ind == null) {
      return;
    }
    ind = ind.strip();
    if (ind.isEmpty()) {
      problems.add(atRow, indicator + 1, "indicator is empty");
      return;
    }
    // an unknown indicator is reported once, not on each of its rows; their cells are checked, not kept
    Integer slot = indicatorsSeen.get(ind);
    if (slot == null) {
      slot = cells.checkIndicator(ind, atRow, indicator + 1) ? builder.indicatorSlot(ind) : -1;
      indicatorsSeen.put(ind, slot);
    }
    Integer y = cells.year(row, year);
    if (y == null) {
      return;
    }
    double v = cells.value(row, value, a, ind, y);
    String s = src < 0 ? "" : cells.text(row, src, "source");
    String n = note < 0 ? "" : cells.text(row, note, "note");
    if (v == TableCells.BAD || slot < 0 || s == null || n == null) {
      return;
    }
    s = s.strip();
    n = n.strip();
    Provenance p = s.isEmpty() && n.isEmpty() ? null : Provenance.of(s.isEmpty() ? null : s, n.isEmpty() ? null : n);
    builder.putAt(builder.areaSlot(a), slot, y, v, p, atRow);
  }
}
