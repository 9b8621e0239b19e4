package io.potentia.core.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The wide form, {@code area,year,<indicator>,<indicator>,...}: one row per area and year. */
final class CsvWideForm extends CsvForm {
  private final int area;
  private final int year;
  private final String[] indicatorOf; // by column; null for the area, the year and bad headers
  private final Map<String, Integer> columnOf = new HashMap<>(); // 0-based, each indicator's first

  CsvWideForm(List<String> header, int headerLine, CsvProblems problems, CsvCells cells, Dataset.Builder builder) {
    super(header, problems, cells, builder);
    area = column(header, "area", headerLine, true);
    year = column(header, "year", headerLine, true);
    indicatorOf = new String[width];
    for (int i = 0; i < width; i++) {
      if (i == area || i == year) {
        continue;
      }
      String ind = header.get(i).strip();
      if (ind.isEmpty()) {
        problems.add(headerLine, i + 1, "the header of column " + (i + 1) + " is empty; name its indicator");
        continue;
      }
      Integer first = columnOf.putIfAbsent(ind, i);
      if (first != null) {
        problems.add(headerLine, i + 1, "indicator '" + CsvCells.clip(ind) + "' is the header of columns " + (first + 1)
            + " and " + (i + 1));
        continue;
      }
      cells.checkIndicator(ind, headerLine, i + 1);
      indicatorOf[i] = ind;
      // declared in header order, so that an indicator whose every value is missing is still in the dataset
      builder.indicator(ind);
    }
  }

  @Override
  int valueColumn(String indicator) {
    return columnOf.get(indicator) + 1;
  }

  @Override
  void row(List<String> row, int atLine) {
    String a = area(row, area, atLine);
    if (a == null) {
      return;
    }
    Integer y = cells.year(row.get(year), atLine, year + 1);
    if (y == null) {
      return;
    }
    for (int i = 0; i < width; i++) {
      if (indicatorOf[i] == null) {
        continue;
      }
      Double v = cells.value(row.get(i), a, indicatorOf[i], y, atLine, i + 1);
      if (v != null) {
        put(a, indicatorOf[i], y, v, null, atLine);
      }
    }
  }
}
