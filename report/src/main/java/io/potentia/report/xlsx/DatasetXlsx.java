package io.potentia.report.xlsx;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetReader;
import io.potentia.core.data.DatasetTable;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a dataset from a sheet of an Excel workbook ({@code .xlsx}, Office Open XML), with fastexcel's
 * streaming reader: the first sheet, or one named. The sheet holds the long or the wide form of
 * {@link DatasetTable}, with exactly the rules and messages of the CSV readers ({@code
 * io.potentia.core.data.DatasetCsv}): the same header, labels ({@code #} rows before the header),
 * comment rows and columns, missing values (an empty cell or {@code NA}), ranges and duplicates.
 * {@link DataEntryTemplate} writes a workbook of this form to be filled in.
 *
 * <p>What a workbook adds, and how it is read:
 *
 * <ul>
 *   <li>every problem names the file and the cell as a spreadsheet does, with the field and the bad
 *       value: {@code data.xlsx: Data!C7: value of indicator 'economic.gdp' for area 'VN-HN' in
 *       2023: 'n/a' is not a number (leave the cell empty or write NA when missing)}; a problem of a
 *       whole row names the row ({@code Data!7:7});
 *   <li>a number is read from the decimal text the file stores, so no digit is lost; a number typed
 *       as text is read as a CSV reader reads text;
 *   <li>a formula is read by the result saved with it; a formula's error ({@code #DIV/0!}, {@code
 *       #N/A}, ...) and a formula saved without a result (as programs that cannot calculate write
 *       them) are reported as such, never read as missing;
 *   <li>an empty required cell (area, indicator, year) is reported as empty;
 *   <li>a row ends at its last cell that is not empty, so trailing missing values need no cells, and
 *       a row with no cell that is not empty is skipped; a value in a column without a header is
 *       reported;
 *   <li>a logical value is the text {@code TRUE} or {@code FALSE}, and a date its serial number.
 * </ul>
 *
 * <p>Refused with an {@link InvalidInputException} naming the file: a file that is not an {@code
 * .xlsx} workbook (an Excel 97-2003 {@code .xls} workbook is named as such), a damaged workbook, a
 * sheet that the workbook does not have (listing those it has).
 */
public final class DatasetXlsx {
  private DatasetXlsx() {}

  /**
   * Reads the first sheet of a workbook.
   *
   * @param file the workbook
   * @param catalogue the indicators whose ranges apply, or null to skip the checks
   * @return the dataset
   * @throws InvalidInputException listing every problem, each with its cell
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dataset read(Path file, IndicatorCatalogue catalogue) {
    return read(file, null, catalogue);
  }

  /**
   * Reads one sheet of a workbook.
   *
   * @param file the workbook
   * @param sheet the sheet's name, exactly as on its tab, or null for the first sheet
   * @param catalogue the indicators whose ranges apply, or null to skip the checks
   * @return the dataset
   * @throws InvalidInputException listing every problem, each with its cell; or naming a sheet the
   *     workbook does not have
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dataset read(Path file, String sheet, IndicatorCatalogue catalogue) {
    String name = file.toString();
    checkSignature(file, name);
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, true))) {
      Sheet chosen = sheet(workbook, sheet, name);
      try (SheetRows rows = new SheetRows(name, chosen.getName(), chosen.openStream())) {
        return DatasetTable.read(rows, catalogue);
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    } catch (IOException | ExcelReaderException | IllegalStateException e) {
      // fastexcel's word for a damaged zip or XML part, or a cell type it does not know
      throw new InvalidInputException(List.of(Problem.inFile(name, 0, 0, "the workbook cannot be read: "
          + e.getMessage())), e);
    }
  }

  /**
   * A reader of one sheet of every workbook it is given, for what reads files by extension.
   *
   * @param sheet the sheet's name, or null for the first sheet
   * @return the reader
   */
  public static DatasetReader reader(String sheet) {
    return (file, catalogue) -> read(file, sheet, catalogue);
  }

  private static Sheet sheet(ReadableWorkbook workbook, String sheet, String file) {
    List<Sheet> sheets = workbook.getSheets().toList();
    if (sheets.isEmpty()) {
      throw InvalidInputException.of(Problem.inFile(file, 0, 0, "the workbook has no sheet"));
    }
    if (sheet == null) {
      return sheets.get(0);
    }
    return sheets.stream().filter(s -> s.getName().equals(sheet)).findFirst()
        .orElseThrow(() -> InvalidInputException.of(new Problem(file, 0, 0, "sheet", "the workbook has no sheet '"
            + sheet + "'; its sheets are " + sheets.stream().map(s -> "'" + s.getName() + "'")
                .collect(Collectors.joining(", ")))));
  }

  /** Tells an old binary workbook, or a file of another kind, from an Office Open XML workbook. */
  private static void checkSignature(Path file, String name) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
    boolean whole = head.length == 8; // fastexcel's checks need eight bytes
    if (whole && ReadableWorkbook.isOLE2Header(head)) {
      throw InvalidInputException.of(Problem.inFile(name, 0, 0, "an Excel 97-2003 workbook (.xls), which is not read;"
          + " save it as an Excel workbook (.xlsx)"));
    }
    if (!whole || !ReadableWorkbook.isOOXMLZipHeader(head)) {
      throw InvalidInputException.of(Problem.inFile(name, 0, 0, "not an Excel workbook (.xlsx): it does not begin as"
          + " one (a zip archive) does"));
    }
  }
}
