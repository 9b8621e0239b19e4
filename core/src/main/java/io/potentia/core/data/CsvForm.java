package io.potentia.core.data;

import java.util.List;

/**
 * How the rows of one CSV form become observations; the header decides the form, and what both
 * forms share is here. A bad row is recorded and skipped, so that every row of the file is checked.
 */
abstract class CsvForm {
  final CsvProblems problems;
  final CsvCells cells;
  final Dataset.Builder builder;
  final int width;

  CsvForm(List<String> header, CsvProblems problems, CsvCells cells, Dataset.Builder builder) {
    this.problems = problems;
    this.cells = cells;
    this.builder = builder;
    this.width = header.size();
  }

  /**
   * Checks one row and adds its observations.
   *
   * @param row the row's cells
   * @param atLine the row's 1-based line
   */
  abstract void row(List<String> row, int atLine);

  /**
   * The position of a column in the header, or -1; records a problem when it is required and
   * absent, or repeated.
   */
  final int column(List<String> header, String name, int headerLine, boolean required) {
    int at = header.indexOf(name);
    if (at < 0 && required) {
      problems.add(headerLine, 0, "the header has no '" + name + "' column; it has "
          + CsvCells.clip(String.join(",", header)));
    }
    if (at >= 0 && header.lastIndexOf(name) != at) {
      problems.add(headerLine, header.lastIndexOf(name) + 1, "column '" + name + "' appears twice in the header");
    }
    return at;
  }

  /**
   * The row's area, or null (with a problem recorded) when the row is not as wide as the header or
   * has no area.
   */
  final String area(List<String> row, int column, int atLine) {
    if (row.size() != width) {
      problems.add(atLine, 0, "the row has " + row.size() + " fields; the header has " + width);
      return null;
    }
    String area = row.get(column).strip();
    if (area.isEmpty()) {
      problems.add(atLine, column + 1, "area is empty");
      return null;
    }
    return area;
  }

  /**
   * The 1-based column of an indicator's values.
   *
   * @param indicator an indicator of the file
   * @return the column
   */
  abstract int valueColumn(String indicator);

  /**
   * Adds an observation, even once the file has a problem and the dataset will not be built, so that
   * a cell given twice is reported with the file's other problems.
   */
  final void put(String area, String indicator, int year, double value, Provenance provenance, int atLine) {
    builder.put(area, indicator, year, value, provenance, atLine);
  }
}
