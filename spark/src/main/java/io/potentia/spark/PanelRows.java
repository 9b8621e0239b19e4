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
 * Some rows of a panel read as a dataset by the project's one table reader ({@link DatasetTable}),
 * so that a panel on Spark obeys the same rules and gives the same messages as a CSV file: a
 * problem names the panel, the row (counted from 1 in the input's order) and the column, the field
 * and the bad value. Every problem of the rows is in one error.
 *
 * <p>The panel is in long form ({@code area, indicator, year, value}, one row per observation) when
 * its schema has the columns {@code indicator} and {@code value}, as a table's header decides for
 * the reader; otherwise in wide form ({@code area, year} and one column per indicator, one row per
 * area and year), where every column but {@code area} and {@code year} is an indicator's, save those
 * whose names start with {@code #} (comments, as in a file).
 */
final class PanelRows implements RowSource {
  /** The long form's columns. */
  static final List<String> LONG = List.of("area", "indicator", "year", "value");

  private final String name;
  private final Iterator<Tuple2<Long, Row>> rows;
  private final Layout layout;
  private boolean headerGiven;

  /**
   * Where a panel's columns are in its rows.
   *
   * @param header the columns the reader sees, in the reader's order (its header row)
   * @param positions for each of them, its position in the panel's rows
   * @param year the position of the year in the panel's rows
   */
  record Layout(List<String> header, int[] positions, int year) implements java.io.Serializable {
    /** Whether the layout is the long form. */
    boolean isLong() {
      return header.equals(LONG);
    }
  }

  /**
   * @param name the panel's name in messages
   * @param rows the rows with their 1-based numbers in the input, in ascending order
   * @param layout where the columns are
   */
  private PanelRows(String name, Iterator<Tuple2<Long, Row>> rows, Layout layout) {
    this.name = name;
    this.rows = rows;
    this.layout = layout;
  }

  /** The dataset the rows hold, checked against the catalogue. */
  static Dataset read(String name, Iterator<Tuple2<Long, Row>> rows, Layout layout, IndicatorCatalogue catalogue) {
    try {
      return DatasetTable.read(new PanelRows(name, rows, layout), catalogue);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The layout of a panel's schema: long form where it has {@code indicator} and {@code value},
   * wide form otherwise.
   *
   * @throws InvalidInputException naming the columns a long form lacks, or, in wide form, a missing
   *     {@code area} or {@code year} or the absence of any indicator column
   */
  static Layout layout(String name, org.apache.spark.sql.types.StructType schema) {
    List<String> have = List.of(schema.fieldNames());
    if (have.contains("indicator") || have.contains("value")) {
      List<String> missing = LONG.stream().filter(c -> !have.contains(c)).toList();
      if (!missing.isEmpty()) {
        throw InvalidInputException.at(name, "panel '" + name + "' lacks the long form's columns " + missing + "; it has "
            + have + " and needs " + LONG + " (or, in wide form, area, year and one column per indicator)");
      }
      return new Layout(LONG, LONG.stream().mapToInt(have::indexOf).toArray(), have.indexOf("year"));
    }
    List<String> missing = List.of("area", "year").stream().filter(c -> !have.contains(c)).toList();
    List<String> header = new java.util.ArrayList<>(List.of("area", "year"));
    have.stream().filter(c -> !c.equals("area") && !c.equals("year")).forEach(header::add);
    if (!missing.isEmpty() || header.size() == 2) {
      throw InvalidInputException.at(name, "panel '" + name + "' has the columns " + have + ": neither the long form "
          + LONG + " nor the wide form (area, year and one column per indicator)"
          + (missing.isEmpty() ? "; it has no indicator column" : "; it lacks " + missing));
    }
    return new Layout(List.copyOf(header), header.stream().mapToInt(have::indexOf).toArray(), have.indexOf("year"));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public TableRow next() {
    if (!headerGiven) {
      headerGiven = true;
      return new Cells(1, layout.header().toArray());
    }
    if (!rows.hasNext()) {
      return null;
    }
    Tuple2<Long, Row> row = rows.next();
    int[] positions = layout.positions();
    Object[] values = new Object[positions.length];
    for (int c = 0; c < positions.length; c++) {
      values[c] = row._2().get(positions[c]);
    }
    // line 1 is the header the reader expects; input row n is line n + 1
    return new Cells(Math.toIntExact(row._1() + 1), values);
  }

  @Override
  public Problem problem(int row, int column, String message) {
    // line 1 is the header, the panel's schema: a problem there names the column alone
    String column1 = column > 0 ? ", column '" + layout.header().get(column - 1) + "'" : "";
    String where = row <= 1 ? name + column1 : name + ", row " + (row - 1) + column1;
    return Problem.at(where, message);
  }

  @Override
  public String cellName(int row, int column) {
    return "row " + (row - 1) + ", column '" + layout.header().get(column - 1) + "'";
  }

  @Override
  public String columnName(int column) {
    return layout.header().get(column - 1);
  }

  @Override
  public String noun() {
    return "panel";
  }

  /** A row's cells: text as given, numbers in their shortest exact decimal form, null as empty. */
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
