package io.potentia.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The rules of the tabular forms over a source of one's own: typed cells, rows that end at their
 * last cell, and positions named as the source names them.
 */
class DatasetTableTest {
  /** A cell of the source below: its kind and text. */
  private record Cell(CellKind kind, String text) {}

  private static Cell text(String t) {
    return new Cell(CellKind.TEXT, t);
  }

  private static Cell number(String t) {
    return new Cell(CellKind.NUMBER, t);
  }

  /** Rows given in memory, named "R7C3" as an old spreadsheet would, rows ending at their last cell. */
  private static final class Grid implements RowSource {
    private final Deque<TableRow> rows = new ArrayDeque<>();

    Grid(List<List<Cell>> cells) {
      for (int r = 0; r < cells.size(); r++) {
        List<Cell> row = cells.get(r);
        int number = r + 1;
        rows.add(new TableRow() {
          @Override
          public int number() {
            return number;
          }

          @Override
          public int size() {
            return row.size();
          }

          @Override
          public CellKind kind(int column) {
            return row.get(column).kind();
          }

          @Override
          public String text(int column) {
            return row.get(column).text();
          }
        });
      }
    }

    @Override
    public String name() {
      return "grid";
    }

    @Override
    public TableRow next() {
      return rows.poll();
    }

    @Override
    public Problem problem(int row, int column, String message) {
      return new Problem("grid", 0, 0, "R" + row + "C" + column, message);
    }

    @Override
    public String cellName(int row, int column) {
      return "R" + row + "C" + column;
    }

    @Override
    public boolean rowsEndAtTheirLastCell() {
      return true;
    }
  }

  private static List<String> problems(List<List<Cell>> cells) {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> DatasetTable.read(new Grid(cells), IndicatorCatalogue.builtIn()));
    return e.problems().stream().map(Problem::toString).toList();
  }

  private static final List<Cell> HEADER = List.of(text("area"), text("year"), text("economic.gdp"),
      text("military.combat_readiness"));

  @Test
  void numbersAreReadFromTheirDecimalTextAndAShortRowEndsInMissingValues() throws Exception {
    Dataset d = DatasetTable.read(new Grid(List.of(HEADER,
        List.of(text("P1"), number("2023.0"), number("1.5E3"), number("4")),
        List.of(text("P2"), number("2023"), number("7")))), IndicatorCatalogue.builtIn());
    assertEquals(OptionalDouble.of(1500), d.value("P1", "economic.gdp", 2023));
    assertEquals(OptionalDouble.of(7), d.value("P2", "economic.gdp", 2023));
    assertEquals(OptionalDouble.empty(), d.value("P2", "military.combat_readiness", 2023));
  }

  @Test
  void formulaTroubleIsReportedAsSuchInEveryFieldAndPositionsAreTheSourcesOwn() {
    assertEquals(List.of(
        "grid: R2C2: year: '2023.5' is not a year in 1000..9999",
        "grid: R3C1: area: '#REF!' is a formula's error, not text (correct the formula)",
        "grid: R4C3: value of indicator 'economic.gdp' for area 'P3' in 2023: the formula '=B4/0' has no saved result;"
            + " open the workbook in a spreadsheet program, let it calculate and save it",
        "grid: R5C5: 'x' is in a column without a header; the header has 4 columns",
        "grid: R6C3: indicator 'economic.gdp' of area 'P5' in 2023 is given twice: 2.0 (first at R5C3: 1.0)",
        "grid: R6C4: indicator 'military.combat_readiness' of area 'P5' in 2023 is given twice: missing (first at"
            + " R5C4: missing)"),
        problems(List.of(HEADER,
            List.of(text("P1"), number("2023.5"), number("1")),
            List.of(new Cell(CellKind.FORMULA_ERROR, "#REF!"), number("2023"), number("1")),
            List.of(text("P3"), number("2023"), new Cell(CellKind.UNCALCULATED, "=B4/0")),
            List.of(text("P5"), number("2023"), number("1"), new Cell(CellKind.EMPTY, ""), text("x")),
            List.of(text("P5"), number("2023"), number("2")))));
  }

  @Test
  void aHeaderCellWithAFormulasErrorIsReportedOnce() {
    assertEquals(List.of("grid: R1C3: header: '#NAME?' is a formula's error, not text (correct the formula)"),
        problems(List.of(List.of(text("area"), text("year"), new Cell(CellKind.FORMULA_ERROR, "#NAME?")),
            List.of(text("P1"), number("2023"), number("1")))));
  }
}
