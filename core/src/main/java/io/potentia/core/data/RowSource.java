package io.potentia.core.data;

import io.potentia.core.Problem;
import java.io.IOException;

/**
 * The rows of one table that holds a dataset, in order: a CSV file ({@link DatasetCsv}), a sheet
 * of a workbook ({@code io.potentia.report.xlsx.DatasetXlsx}), or a form of one's own. {@link
 * DatasetTable#read} applies the same layouts, rules and messages to every source; a source says
 * only how its rows come, and how a position in it is named in a message.
 *
 * <p>The defaults name positions as a text file does: {@code data.csv:7:3} for the third field of
 * line 7, and they expect every row to be as wide as the header.
 */
public interface RowSource {
  /**
   * The source's name for messages, usually its file.
   *
   * @return the name
   */
  String name();

  /**
   * The next row, or null after the last. Rows without any cell that is not empty may be left out.
   *
   * @return the row, or null
   * @throws IOException if the source cannot be read
   * @throws io.potentia.core.InvalidInputException if the source is malformed, naming where
   */
  TableRow next() throws IOException;

  /**
   * A problem at a position of the source.
   *
   * @param row the 1-based row number ({@link TableRow#number()}), 0 for the whole table
   * @param column the 1-based column, 0 for the whole row
   * @param message what is wrong, with the bad value
   * @return the problem; by default {@code name():row:column: message}
   */
  default Problem problem(int row, int column, String message) {
    return Problem.inFile(name(), row, column, message);
  }

  /**
   * A cell's position as a message names it inside a sentence, for example where a value given
   * twice was given first.
   *
   * @param row the 1-based row number
   * @param column the 1-based column
   * @return by default {@code line 3, column 4}
   */
  default String cellName(int row, int column) {
    return "line " + row + ", column " + column;
  }

  /**
   * A column's name in messages about the header.
   *
   * @param column the 1-based column
   * @return by default its number
   */
  default String columnName(int column) {
    return Integer.toString(column);
  }

  /**
   * What the table is called in messages about it as a whole, such as "the file has no header row".
   *
   * @return by default {@code "file"}
   */
  default String noun() {
    return "file";
  }

  /**
   * Whether a row ends at its last cell that is not empty, as a sheet's rows do, so that cells past
   * a row's end read as empty and a cell past the header's last column is reported only when it
   * holds something. When false (the default, as in CSV), every row must be exactly as wide as the
   * header.
   *
   * @return whether rows may be shorter than the header
   */
  default boolean rowsEndAtTheirLastCell() {
    return false;
  }
}
