package io.potentia.core.data;

import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;

/**
 * Reads single cells of a CSV file: a year, a value, an indicator. A bad cell is recorded in the
 * file's {@link CsvProblems} and read as null, so that the row is skipped and reading goes on.
 */
final class CsvCells {
  private final CsvProblems problems;
  private final IndicatorCatalogue catalogue;

  /**
   * Cells checked against a catalogue.
   *
   * @param problems where bad cells are recorded
   * @param catalogue the indicators whose ranges apply, or null to skip the checks
   */
  CsvCells(CsvProblems problems, IndicatorCatalogue catalogue) {
    this.problems = problems;
    this.catalogue = catalogue;
  }

  /** The year in a cell, or null (with a problem recorded) when it is not one. */
  Integer year(String text, int atLine, int column) {
    try {
      int year = Integer.parseInt(text.strip());
      if (DatasetCheck.isYear(year)) {
        return year;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(atLine, column, "year: '" + clip(text) + "' is not a year in 1000..9999");
    return null;
  }

  /** The value of a cell, NaN for missing, or null (with a problem recorded) when bad. */
  Double value(String text, String area, String indicator, int year, int atLine, int column) {
    String t = text.strip();
    if (t.isEmpty() || t.equals("NA")) {
      return Double.NaN;
    }
    double v;
    try {
      v = Double.parseDouble(t);
    } catch (NumberFormatException e) {
      problems.add(atLine, column, notAValue(text, area, indicator, year,
          "a number (leave the cell empty or write NA when missing)"));
      return null;
    }
    if (!Double.isFinite(v) || !isDecimal(t)) {
      problems.add(atLine, column, notAValue(text, area, indicator, year, "a finite decimal number"));
      return null;
    }
    if (catalogue != null && catalogue.contains(indicator)) {
      Indicator ind = catalogue.get(indicator);
      if (!ind.validRange().contains(v)) {
        problems.add(atLine, column, Dataset.rangeMessage(ind, area, year, v));
        return null;
      }
    }
    return v;
  }

  private static String notAValue(String text, String area, String indicator, int year, String what) {
    return "value of indicator '" + indicator + "' for area '" + area + "' in " + year + ": '" + clip(text)
        + "' is not " + what;
  }

  /**
   * Records a problem when there is a catalogue and the indicator is not in it.
   *
   * @return whether the indicator is known (always, without a catalogue)
   */
  boolean checkIndicator(String indicator, int atLine, int column) {
    if (catalogue != null && !catalogue.contains(indicator)) {
      problems.add(atLine, column, DatasetCheck.notInCatalogue(clip(indicator), catalogue));
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
