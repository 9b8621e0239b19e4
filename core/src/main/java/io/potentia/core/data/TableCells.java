package io.potentia.core.data;

import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;

/**
 * Reads single cells of a table: a year, a value, an indicator, any text. A bad cell is recorded in
 * the table's {@link TableProblems} and read as null ({@link #BAD} for a value), so that the row,
 * or the value's cell, is left out and reading goes on. A cell past the end of a row that ends at
 * its last cell reads as empty.
 */
final class TableCells {
  private static final String NUMBER = "a number";

  private final TableProblems problems;
  private final IndicatorCatalogue catalogue;

  /**
   * Cells checked against a catalogue.
   *
   * @param problems where bad cells are recorded
   * @param catalogue the indicators whose ranges apply, or null to skip the checks
   */
  TableCells(TableProblems problems, IndicatorCatalogue catalogue) {
    this.problems = problems;
    this.catalogue = catalogue;
  }

  private static CellKind kind(TableRow row, int column) {
    return column < row.size() ? row.kind(column) : CellKind.EMPTY;
  }

  private static String raw(TableRow row, int column) {
    return column < row.size() ? row.text(column) : "";
  }

  /**
   * The text of a cell, or null (with a problem recorded) when it holds a formula's error or an
   * uncalculated formula.
   *
   * @param field the cell's field in messages, for example {@code area}
   */
  String text(TableRow row, int column, String field) {
    if (isFormulaTrouble(kind(row, column))) {
      formulaTrouble(row, column, field, "text");
      return null;
    }
    return raw(row, column);
  }

  private static boolean isFormulaTrouble(CellKind kind) {
    return kind == CellKind.FORMULA_ERROR || kind == CellKind.UNCALCULATED;
  }

  /** Records what is wrong with a cell that holds a formula's error or an uncalculated formula. */
  private void formulaTrouble(TableRow row, int column, String field, String expected) {
    if (kind(row, column) == CellKind.FORMULA_ERROR) {
      problems.add(row.number(), column + 1, field + ": '" + clip(raw(row, column)) + "' is a formula's error, not "
          + expected + (expected.equals(NUMBER) ? " (correct the formula, or clear the cell when the value is missing)"
              : " (correct the formula)"));
    } else {
      problems.add(row.number(), column + 1, field + ": the formula '" + clip(raw(row, column)) + "' has no saved result;"
          + " open the workbook in a spreadsheet program, let it calculate and save it");
    }
  }

  /** The year in a cell, or null (with a problem recorded) when it is not one. */
  Integer year(TableRow row, int column) {
    if (isFormulaTrouble(kind(row, column))) {
      formulaTrouble(row, column, "year", "a year");
      return null;
    }
    String text = raw(row, column);
    String t = text.strip();
    if (t.isEmpty()) {
      problems.add(row.number(), column + 1, "year is empty");
      return null;
    }
    Integer year = kind(row, column) == CellKind.NUMBER ? wholeNumber(t) : integer(t);
    if (year != null && DatasetCheck.isYear(year)) {
      return year;
    }
    problems.add(row.number(), column + 1, "year: '" + clip(text) + "' is not a year in 1000..9999");
    return null;
  }

  private static Integer integer(String t) {
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A stored number that is whole, such as {@code 2023} or {@code 2023.0}, or null. */
  private static Integer wholeNumber(String t) {
    try {
      double d = Double.parseDouble(t);
      return d == Math.rint(d) && Math.abs(d) < Integer.MAX_VALUE ? (int) d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * What {@link #value} returns for a bad cell, once its problem is recorded: no cell reads as an
   * infinity, since an infinite value is itself a bad cell. A primitive rather than a null {@code
   * Double}, since a file holds millions of values, each of which would otherwise be boxed.
   */
  static final double BAD = Double.POSITIVE_INFINITY;

  private final io.potentia.core.internal.DecimalScan scan = new io.potentia.core.internal.DecimalScan();

  /** The value of a cell, NaN for missing, or {@link #BAD} (with a problem recorded) when bad. */
  double value(TableRow row, int column, String area, String indicator, int year) {
    if (column < row.size() && row.kind(column) == CellKind.TEXT) {
      // most cells of a file: read straight from the source's characters, without a String
      CharSequence chars = row.chars(column);
      if (chars.length() == 0) {
        return Double.NaN;
      }
      double v = PlainDecimal.parse(chars, scan);
      if (!Double.isNaN(v)) {
        return inRange(row, column, area, indicator, year, v) ? v : BAD;
      }
    }
    if (isFormulaTrouble(kind(row, column))) {
      formulaTrouble(row, column, valueField(area, indicator, year), NUMBER);
      return BAD;
    }
    String text = raw(row, column);
    String t = text.strip();
    if (t.isEmpty() || t.equals("NA")) {
      return Double.NaN;
    }
    double v = PlainDecimal.parse(t, scan); // a number amid spaces, or from a sheet; the exact path decides the rest
    if (Double.isNaN(v)) {
      try {
        v = Double.parseDouble(t);
      } catch (NumberFormatException e) {
        problems.add(row.number(), column + 1, valueField(area, indicator, year) + ": '" + clip(text)
            + "' is not a number (leave the cell empty or write NA when missing)");
        return BAD;
      }
      if (!Double.isFinite(v) || !isDecimal(t)) {
        problems.add(row.number(), column + 1, valueField(area, indicator, year) + ": '" + clip(text)
            + "' is not a finite decimal number");
        return BAD;
      }
    }
    return inRange(row, column, area, indicator, year, v) ? v : BAD;
  }

  /** Whether a value is in its indicator's valid range, when there is a catalogue; records a problem if not. */
  private boolean inRange(TableRow row, int column, String area, String indicator, int year, double v) {
    if (catalogue != null && catalogue.contains(indicator)) {
      Indicator ind = catalogue.get(indicator);
      if (!ind.validRange().contains(v)) {
        problems.add(row.number(), column + 1, Dataset.rangeMessage(ind, area, year, v));
        return false;
      }
    }
    return true;
  }

  /** For example "value of indicator 'economic.gdp' for area 'VN-HN' in 2023"; made only for a message. */
  private static String valueField(String area, String indicator, int year) {
    return "value of indicator '" + indicator + "' for area '" + area + "' in " + year;
  }

  /**
   * Records a problem when there is a catalogue and the indicator is not in it.
   *
   * @return whether the indicator is known (always, without a catalogue)
   */
  boolean checkIndicator(String indicator, int atRow, int column) {
    if (catalogue != null && !catalogue.contains(indicator)) {
      problems.add(atRow, column, DatasetCheck.notInCatalogue(clip(indicator), catalogue));
      return false;
    }
    return true;
  }

  /** Whether text is a plain decimal number, rejecting Java's extras such as "0x1p3", "1d" or "Infinity". */
  static boolean isDecimal(String t) {
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (!(ch >= '0' && ch <= '9') && ch != '.' && ch != '-' && ch != '+' && ch != 'e' && ch != 'E') {
        return false;
      }
    }
    return true;
  }

  /** Cuts long text in messages so that a hostile file cannot flood them. */
  static String clip(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
