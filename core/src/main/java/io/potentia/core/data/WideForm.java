package io.potentia.core.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The wide form, {@code area,year,<indicator>,<indicator>,...}: one row per area and year. */
final class WideForm extends TableForm {
  private final int area;
  private final int year;
  private final String[] indicatorOf; // by column; null for the area, the year, comments and bad headers
  private final int[] indicatorSlot; // by column, the builder's slot of indicatorOf, so that no value needs a lookup
  private final Map<String, Integer> columnOf = new HashMap<>(); // 0-based, each indicator's first
  // the current row's values and their slots, given to the builder at once
  private final int[] rowSlots;
  private final double[] rowValues;

  WideForm(List<String> header, int headerRow, TableProblems problems, TableCells cells, Dataset.Builder builder) {
    super(header, problems, cells, builder);
    area = column(header, "area", headerRow, true);
    year = column(header, "year", headerRow, true);
    indicatorOf = new String[width];
    indicatorSlot = new int[width];
    rowSlots = new int[width];
    rowValues = new double[width];
    RowSource source = problems.source();
    for (int i = 0; i < width; i++) {
      if (i == area || i == year || isComment(header.get(i))) {
        continue;
      }
      String ind = header.get(i).strip();
      if (ind.isEmpty()) {
        problems.add(headerRow, i + 1, "the header of column " + source.columnName(i + 1) + " is empty; name its indicator");
        continue;
      }
      Integer first = columnOf.putIfAbsent(ind, i);
      if (first != null) {
        problems.add(headerRow, i + 1, "indicator '" + TableCells.clip(ind) + "' is the header of columns "
            + source.columnName(first + 1) + " and " + source.columnName(i + 1));
        continue;
      }
      cells.checkIndicator(ind, headerRow, i + 1);
      indicatorOf[i] = ind;
      // declared in header order, so that an indicator whose every value is missing is still in the dataset
      indicatorSlot[i] = builder.indicatorSlot(ind);
    }
  }

  @Override
  int valueColumn(String indicator) {
    return columnOf.get(indicator) + 1;
  }

  @Override
  void row(TableRow row) {
    String a = area(row, area);
    if (a == null) {
      return;
    }
    Integer y = cells.year(row, year);
    if (y == null) {
      return;
    }
    int count = 0;
    for (int i = 0; i < width; i++) {
      if (indicatorOf[i] == null) {
        continue;
      }
      double v = cells.value(row, i, a, indicatorOf[i], y);
      if (v != TableCells.BAD) {
        rowSlots[count] = indicatorSlot[i];
        rowValues[count++] = v;
      }
    }
    if (count > 0) {
      // the area is declared with the row's first value, as a value given by name would declare it
      builder.putRow(builder.areaSlot(a), y, rowSlots, rowValues, count, row.number());
    }
  }
}
