package io.potentia.report;

import io.potentia.core.json.AtomicFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of text cells written as CSV (RFC 4180: comma-separated, a cell holding a comma, quote
 * or line break quoted, quotes doubled, {@code \n} line ends). Numbers are written with full double
 * precision ({@link Double#toString(double)}); a missing number (NaN) is an empty cell, never the
 * text {@code NaN}.
 */
public final class CsvTable {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  private CsvTable(List<String> header) {
    this.header = List.copyOf(header);
  }

  /**
   * An empty table with these column names.
   *
   * @param header the column names, at least one
   * @return the table
   * @throws IllegalArgumentException if the header is empty
   */
  public static CsvTable withColumns(List<String> header) {
    if (header.isEmpty()) {
      throw new IllegalArgumentException("a CSV table needs at least one column");
    }
    return new CsvTable(header);
  }

  /**
   * An empty table with these column names.
   *
   * @param header the column names, at least one
   * @return the table
   */
  public static CsvTable withColumns(String... header) {
    return withColumns(List.of(header));
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column, already formatted (see {@link #number(double)})
   * @return this table
   * @throws IllegalArgumentException if the row's width is not the header's
   */
  public CsvTable row(List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + header.size()
          + " columns " + header);
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column
   * @return this table
   */
  public CsvTable row(String... cells) {
    return row(List.of(cells));
  }

  /**
   * The column names.
   *
   * @return the header
   */
  public List<String> header() {
    return header;
  }

  /**
   * The rows, in the order added.
   *
   * @return the rows
   */
  public List<List<String>> rows() {
    return List.copyOf(rows);
  }

  /**
   * A number as a cell: full double precision, whole numbers of rank-like size without a
   * fraction ({@code 3}, not {@code 3.0}), and NaN as an empty cell.
   *
   * @param value the number
   * @return the cell text
   */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  /**
   * A number as a cell in full double precision, always as {@link Double#toString(double)} writes
   * it ({@code 3.0}); NaN as an empty cell.
   *
   * @param value the number
   * @return the cell text
   */
  public static String decimal(double value) {
    return Double.isNaN(value) ? "" : Double.toString(value);
  }

  /**
   * Writes the table to a file through a temporary file and an atomic move, so that an
   * interrupted write leaves no half-written table.
   *
   * @param file the target
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public void write(Path file) {
    AtomicFiles.write(file, this::write);
  }

  /**
   * Writes the table.
   *
   * @param out the writer; not closed
   * @throws IOException if writing fails
   */
  public void write(Writer out) throws IOException {
    StringBuilder line = new StringBuilder(256);
    writeLine(out, line, header);
    for (List<String> row : rows) {
      writeLine(out, line, row);
    }
  }

  private static void writeLine(Writer out, StringBuilder line, List<String> cells) throws IOException {
    line.setLength(0);
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append(',');
      }
      String cell = cells.get(c);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
        line.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        line.append(cell);
      }
    }
    out.write(line.append('\n').toString());
  }
}
