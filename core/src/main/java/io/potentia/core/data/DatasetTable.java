package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.io.IOException;

/**
 * Reads a dataset from the rows of a table, in long or wide form, with one set of rules whatever
 * the table is: a CSV file ({@link DatasetCsv}), a sheet of a workbook, or any {@link RowSource}.
 *
 * <ul>
 *   <li><b>Long form</b>: the header {@code area,indicator,year,value}, optionally followed by
 *       {@code source,note}; one row per observation. Carries provenance.
 *   <li><b>Wide form</b>: the header {@code area,year,<indicator>,<indicator>,...}; one row per area
 *       and year. Carries no provenance.
 * </ul>
 *
 * <p>A header with the columns {@code indicator} and {@code value} is long form, any other wide
 * form. Rows before the header whose first cell starts with {@code #} are the dataset's labels (for
 * example {@code # SYNTHETIC DATA}). After the header, a row whose first cell starts with {@code #}
 * is a comment, and a column whose header starts with {@code #} is a comment column: both are for
 * people (a data-entry template puts the units, the directions and the areas' names there) and are
 * not read. An empty cell or {@code NA} is a missing value; any other value must be a finite
 * decimal number. A year is a whole number in 1000..9999. A formula's error value ({@code #DIV/0!})
 * or a formula without a saved result is reported as such, never read as text or as missing.
 *
 * <p>Every problem names its position as the source names it (a CSV file's line and column, a
 * sheet's cell such as {@code Data!C7}), the field and the bad value; a cell given twice is reported
 * with both values and where the first was. Reading goes on after a bad cell, so that one error
 * lists up to {@value #MAX_PROBLEMS} problems, in the order of their rows. With a catalogue, unknown
 * indicators and values outside an indicator's valid range are errors too.
 */
public final class DatasetTable {
  /** The most problems reported from one table before reading stops. */
  public static final int MAX_PROBLEMS = 100;

  private DatasetTable() {}

  /**
   * Reads every row of a source.
   *
   * @param rows the rows; read to the end, or until {@value #MAX_PROBLEMS} problems are found
   * @param catalogue the indicators whose ranges apply, or null to skip the checks
   * @return the dataset, labelled with the label rows
   * @throws InvalidInputException listing every problem, each at its position in the source
   * @throws IOException if the source cannot be read
   */
  public static Dataset read(RowSource rows, IndicatorCatalogue catalogue) throws IOException {
    return new TableReading(rows, catalogue).run();
  }
}
