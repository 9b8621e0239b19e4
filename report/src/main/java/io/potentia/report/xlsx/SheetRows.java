package io.potentia.report.xlsx;

import io.potentia.core.Problem;
import io.potentia.core.data.CellKind;
import io.potentia.core.data.RowSource;
import io.potentia.core.data.TableRow;
import java.io.Closeable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.Row;

/**
 * The rows of one sheet, as fastexcel streams them, for {@link io.potentia.core.data.DatasetTable}:
 * rows without any cell that is not empty are left out, a row ends at its last cell that is not
 * empty, and positions are named as a spreadsheet names them, {@code Data!C7}.
 *
 * <p>A cell keeps its type: a number is read from the decimal text the file stores (so no digit is
 * lost), a formula by the result saved with it, a formula's error as such, a formula saved without
 * a result as such, a logical value as the text {@code TRUE} or {@code FALSE}.
 */
final class SheetRows implements RowSource, Closeable {
  /** Excel's error values; a formula's cached text result is one of these only when it failed. */
  private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A",
      "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!",
      "#PYTHON!");

  private final String file;
  private final String sheetRef;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;

  SheetRows(String file, String sheet, Stream<Row> stream) {
    this.file = file;
    this.sheetRef = reference(sheet);
    this.stream = stream;
    this.rows = stream.iterator();
  }

  /** A sheet's name as a formula writes it: quoted unless it is a plain word. */
  static String reference(String sheet) {
    return sheet.matches("[A-Za-z_][A-Za-z0-9_]*") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }

  @Override
  public String name() {
    return file;
  }

  @Override
  public TableRow next() {
    while (rows.hasNext()) {
      SheetRow row = SheetRow.of(rows.next());
      if (row.size() > 0) {
        return row;
      }
    }
    return null;
  }

  @Override
  public Problem problem(int row, int column, String message) {
    return new Problem(file, 0, 0, position(row, column), message);
  }

  private String position(int row, int column) {
    if (row == 0) {
      return sheetRef;
    }
    return sheetRef + "!" + (column == 0 ? row + ":" + row : columnName(column) + row);
  }

  @Override
  public String cellName(int row, int column) {
    return position(row, column);
  }

  @Override
  public String columnName(int column) {
    return CellAddress.convertNumToColString(column - 1);
  }

  @Override
  public String noun() {
    return "sheet";
  }

  @Override
  public boolean rowsEndAtTheirLastCell() {
    return true;
  }

  @Override
  public void close() {
    stream.close();
  }

  /** One sheet row: its number and its cells' kinds and texts, up to its last cell that is not empty. */
  private record SheetRow(int number, CellKind[] kinds, String[] texts) implements TableRow {
    static SheetRow of(Row row) {
      int n = row.getCellCount();
      CellKind[] kinds = new CellKind[n];
      String[] texts = new String[n];
      int size = 0;
      for (int c = 0; c < n; c++) {
        Cell cell = row.getCell(c);
        kinds[c] = cell == null ? CellKind.EMPTY : kind(cell);
        texts[c] = kinds[c] == CellKind.EMPTY ? "" : text(cell, kinds[c]);
        if (kinds[c] != CellKind.EMPTY && !texts[c].isEmpty()) {
          size = c + 1;
        }
      }
      return new SheetRow(row.getRowNum(), Arrays.copyOf(kinds, size), Arrays.copyOf(texts, size));
    }

    @Override
    public int size() {
      return kinds.length;
    }

    @Override
    public CellKind kind(int column) {
      return kinds[column];
    }

    @Override
    public String text(int column) {
      return texts[column];
    }

    private static CellKind kind(Cell cell) {
      switch (cell.getType()) {
        case NUMBER:
          return CellKind.NUMBER;
        case ERROR:
          return CellKind.FORMULA_ERROR;
        case FORMULA:
          Object result = cell.getValue();
          if (cell.getRawValue() == null) {
            return CellKind.UNCALCULATED;
          }
          if (result instanceof BigDecimal) {
            return CellKind.NUMBER;
          }
          return result instanceof String s && ERRORS.contains(s) ? CellKind.FORMULA_ERROR
              : result == null ? CellKind.EMPTY : CellKind.TEXT;
        case STRING:
        case BOOLEAN:
          return CellKind.TEXT;
        default:
          return CellKind.EMPTY;
      }
    }

    private static String text(Cell cell, CellKind kind) {
      if (kind == CellKind.UNCALCULATED) {
        return "=" + cell.getFormula();
      }
      Object value = cell.getValue();
      if (value instanceof Boolean b) {
        return b ? "TRUE" : "FALSE";
      }
      if (kind == CellKind.NUMBER || kind == CellKind.FORMULA_ERROR) {
        return cell.getRawValue();
      }
      return value == null ? "" : value.toString();
    }
  }
}
