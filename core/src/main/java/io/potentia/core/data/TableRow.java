package io.potentia.core.data;

/**
 * One row of a table that {@link DatasetTable} reads: its number in the source and its cells,
 * reached by their 0-based column. Read the cells before asking the {@link RowSource} for the next
 * row: a source may reuse the row.
 */
public interface TableRow {
  /**
   * The row's 1-based number in its source: a CSV file's line (the first, for a row spread over
   * several lines), a sheet's row number. Problems are ordered by it.
   *
   * @return the number, at least 1
   */
  int number();

  /**
   * The number of cells: every field of a CSV row; a sheet row's cells up to its last that is not
   * empty.
   *
   * @return the cell count, 0 or more
   */
  int size();

  /**
   * What a cell holds.
   *
   * @param column the 0-based column, below {@link #size()}
   * @return the cell's kind
   */
  CellKind kind(int column);

  /**
   * A cell's text: as typed for {@link CellKind#TEXT}, the decimal form for {@link
   * CellKind#NUMBER}, the error value or the formula for the formula kinds, the empty string for
   * {@link CellKind#EMPTY}.
   *
   * @param column the 0-based column, below {@link #size()}
   * @return the text, never null
   */
  String text(int column);

  /**
   * A cell's text as characters to read at once, as {@link #text} gives it: a source may hand a view
   * of its buffer, valid only until the next call of this method or the next row, so that a number
   * can be read without making a String of it.
   *
   * @param column the 0-based column, below {@link #size()}
   * @return the characters; by default {@link #text}
   */
  default CharSequence chars(int column) {
    return text(column);
  }
}
