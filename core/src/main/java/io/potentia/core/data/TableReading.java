package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One read of one table: the labels, then the header, which decides the form, then every row. What
 * is told apart here is the same for every source; how rows come and how positions are named is the
 * {@link RowSource}'s.
 */
final class TableReading {
  private final RowSource rows;
  private final Dataset.Builder builder;
  private final TableProblems problems;
  private final TableCells cells;

  TableReading(RowSource rows, IndicatorCatalogue catalogue) {
    this.rows = rows;
    this.builder = Dataset.builder().source(rows.name());
    this.problems = new TableProblems(rows);
    this.cells = new TableCells(problems, catalogue);
  }

  Dataset run() throws IOException {
    int lastLabel = 0;
    TableRow row;
    while ((row = rows.next()) != null && isComment(row)) {
      builder.label(label(row));
      lastLabel = row.number();
    }
    if (row == null) {
      throw InvalidInputException.of(rows.problem(lastLabel + 1, 0, "the " + rows.noun() + " has no header row"));
    }
    int headerRow = row.number();
    List<String> header = header(row);
    TableForm form = header.contains("indicator") && header.contains("value")
        ? new LongForm(header, headerRow, problems, cells, builder)
        : new WideForm(header, headerRow, problems, cells, builder);
    problems.throwIfAny(); // rows cannot be read without a sound header
    int read = 0;
    while (!problems.full() && (row = rows.next()) != null) {
      if (row.size() == 1 && row.text(0).isEmpty() || isComment(row)) {
        continue; // a blank line, or a row for people
      }
      form.row(row);
      read++;
    }
    if (read == 0) {
      problems.add(headerRow + 1, 0, "the " + rows.noun() + " has a header but no data rows: a dataset needs at least one");
    }
    for (ObservationLog.Repeat r : builder.repeats(problems.room())) {
      int column = form.valueColumn(r.indicator());
      problems.add(r.line(), column, DatasetCheck.repeatMessage(r, rows.cellName(r.firstLine(), column)));
    }
    problems.throwIfAny();
    try {
      return builder.build();
    } catch (InvalidInputException e) {
      throw e.withSource(rows.name());
    }
  }

  /** Whether a row's first cell starts with {@code #}: a label before the header, a comment after it. */
  private static boolean isComment(TableRow row) {
    return row.size() > 0 && row.kind(0) == CellKind.TEXT && row.text(0).startsWith("#");
  }

  /** A label row's text: its cells that are not blank, joined, without the leading {@code #}. */
  private static String label(TableRow row) {
    StringBuilder text = new StringBuilder(row.text(0).substring(1));
    for (int c = 1; c < row.size(); c++) {
      if (!row.text(c).isBlank()) {
        text.append(", ").append(row.text(c).strip());
      }
    }
    return text.toString().strip();
  }

  /** The header's names; a cell holding a formula's error or an uncalculated formula is a problem. */
  private List<String> header(TableRow row) {
    List<String> names = new ArrayList<>(row.size());
    for (int c = 0; c < row.size(); c++) {
      String name = cells.text(row, c, "header");
      // reported already; a comment column's name keeps the forms from reporting the cell again
      names.add(name == null ? "#" : name);
    }
    return names;
  }
}
