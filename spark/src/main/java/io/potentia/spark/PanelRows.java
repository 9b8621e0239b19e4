package io.potentia.spark;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.data.CellKind;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetTable;
import io.potentia.core.data.RowSource;
import io.potentia.core.data.TableRow;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Some rows of a long-form panel ({@code area, indicator, year, value}) read as a dataset by the
 * project's one table reader ({@link DatasetTable}), so that a panel on Spark obeys the same rules
 * and gives the same messages as a CSV file: a problem names the panel, the row (counted from 1 in
 * the input's order) and the column, the field and the bad value. Every problem of the rows is in
 * one error.
 */
final class PanelRows implements RowSource {
  static final List<String> COLUMNS = List.of("area", "indicator", "year", "value");

  private final String name;
  private final Iterator<Tuple2<Long, Row>> rows;
  private final int[] columns;
  private boolean headerGiven;

  /**
   * @param name the panel's name in messages
   * @param rows the rows with their 1-based numbers in the input, in ascending order
   * @param columns the positions of area, indicator, year and value in the rows
   */
  private PanelRows(String name, Iterator<Tuple2<Long, Row>> rows, int[] columns) {
    this.name = name;
    this.rows = rows;
    this.columns = columns;
  }

  /** The dataset the rows hold, checked against the catalogue. */
  static Dataset read(String name, Iterator<Tuple2<Long, Row>> rows, int[] columns, IndicatorCatalogue catalogue) {
    try {
      return DatasetTable.read(new PanelRows(name, rows, columns), catalogue);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The positions of the long form's columns in a schema, or an error naming those it lacks. */
  static int[] columns(String name, org.apache.spark.sql.types.StructType schema) {
    List<String> have = List.of(schema.fieldNames());
    List<String> missing = COLUMNS.stream().filter(c -> !have.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw InvalidInputException.at(name, "panel '" + name + "' lacks the long form's columns " + missing + "; it has "
          + have + " and needs " + COLUMNS);
    }
    return COLUMNS.stream().mapToInt(have::indexOf).toArray();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public TableRow next() {
    if (!headerGiven) {
      headerGiven = true;
      return new Cells(1, COLUMNS.toArray());
    }
    if (!rows.hasNext()) {
      return null;
    }
    Tuple2<Long, Row> row = rows.next();
    Object[] values = new Object[4];
    for (int c = 0; c < 4; c++) {
      values[c] = row._2().get(columns[c]);
    }
    // line 1 is the header the reader expects; input row n is line n + 1
    return new Cells(Math.toIntExact(row._1() + 1), values);
  }

  @Override
  public Problem problem(int row, int column, String message) {
    String where = row <= 1 ? name : name + ", row " + (row - 1) + (column > 0 ? ", column '" + COLUMNS.get(column - 1) + "'" : "");
    return Problem.at(where, message);
  }

  @Override
  public String cellName(int row, int column) {
    return "row " + (row - 1) + ", column '" + COLUMNS.get(column - 1) + "'";
  }

  @Override
  public String columnName(int column) {
    return COLUMNS.get(column - 1);
  }

  @Override
  public String noun() {
    return "panel";
  }

  /** A row's four cells: text as given, numbers in their shortest exact decimal form, null as empty. */
  private record Cells(int number, Object[] values) implements TableRow {
    @Override
    public int size() {
      return values.length;
    }

    @Override
    public CellKind kind(int column) {
      Object v = values[column];
      return v == null ? CellKind.EMPTY : v instanceof Number ? CellKind.NUMBER : CellKind.TEXT;
    }

    @Override
    public String text(int column) {
      Object v = values[column];
      return v == null ? "" : v.toString();
    }
  }
}
