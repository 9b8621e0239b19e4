package io.potentia.core.data;

import java.util.List;

/**
 * How the rows of one form become observations; the header decides the form, and what both forms
 * share is here. A bad row is recorded and skipped, so that every row of the table is checked.
 */
abstract class TableForm {
  final TableProblems problems;
  final TableCells cells;
  final Dataset.Builder builder;
  final int width;
  private final boolean rowsEndAtTheirLastCell;

  TableForm(List<String> header, TableProblems problems, TableCells cells, Dataset.Builder builder) {
    this.problems = problems;
    this.cells = cells;
    this.builder = builder;
    this.width = header.size();
    this.rowsEndAtTheirLastCell = problems.source().rowsEndAtTheirLastCell();
  }

  /**
   * Checks one row and adds its observations.
   *
   * @param row the row
   */
  abstract void row(TableRow row);

  /** Whether a header names a comment column: one for people, not read. */
  static boolean isComment(String header) {
    return header.startsWith("#");
  }

  /**
   * The position of a column in the header, or -1; records a problem when it is required and
   * absent, or repeated.
   */
  final int column(List<String> header, String name, int headerRow, boolean required) {
    int at = header.indexOf(name);
    if (at < 0 && required) {
      problems.add(headerRow, 0, "the header has no '" + name + "' column; it has "
          + TableCells.clip(String.join(",", header)));
    }
    if (at >= 0 && header.lastIndexOf(name) != at) {
      problems.add(headerRow, header.lastIndexOf(name) + 1, "column '" + name + "' appears twice in the header");
    }
    return at;
  }

  /**
   * The row's area, or null (with a problem recorded) when the row is not as wide as the header or
   * has no area. A row of a source whose rows end at their last cell may be shorter than the
   * header; a cell of it past the header's last column is a problem when it holds something.
   */
  final String area(TableRow row, int column) {
    if (rowsEndAtTheirLastCell) {
      for (int c = width; c < row.size(); c++) {
        if (row.kind(c) != CellKind.EMPTY && !row.text(c).isBlank()) {
          problems.add(row.number(), c + 1, "'" + TableCells.clip(row.text(c)) + "' is in a column without a header;"
              + " the header has " + width + " columns");
        }
      }
    } else if (row.size() != width) {
      problems.add(row.number(), 0, "the row has " + row.size() + " fields; the header has " + width);
      return null;
    }
    String area = cells.text(row, column, "area");
    if (area == null) {
      return null;
    }
    area = area.strip();
    if (area.isEmpty()) {
      problems.add(row.number(), column + 1, "area is empty");
      return null;
    }
    return area;
  }

  /**
   * The 1-based column of an indicator's values.
   *
   * @param indicator an indicator of the table
   * @return the column
   */
  abstract int valueColumn(String indicator);
}
