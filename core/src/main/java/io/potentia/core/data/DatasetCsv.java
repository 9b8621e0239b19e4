package io.potentia.core.data;

import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.internal.Utf8Position;
import io.potentia.core.json.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes datasets as CSV, in UTF-8, with a header row, in the long or wide form of {@link
 * DatasetTable}, whose rules apply as they do to every table:
 *
 * <ul>
 *   <li><b>Long form</b>: {@code area,indicator,year,value}, optionally followed by {@code
 *       source,note}; one row per observation. Carries provenance.
 *   <li><b>Wide form</b>: {@code area,year,<indicator>,<indicator>,...}; one row per area and year.
 *       Carries no provenance.
 * </ul>
 *
 * <p>Lines before the header that start with {@code #} are the dataset's labels (for example
 * {@code # SYNTHETIC DATA}), read whole, commas included. After the header, a row whose first field
 * starts with {@code #} is a comment, and so is a column whose header does. An empty cell or {@code
 * NA} is a missing value; any other text in a value cell must parse as a finite decimal number.
 * Line endings may be LF or CRLF, a leading byte-order mark is skipped, and bytes that are not UTF-8
 * are an error.
 *
 * <p>Every error names the file, the 1-based line and the 1-based column (the field number), the
 * field and the bad text: {@code data.csv:12:3: year: 'twenty' is not a year}. A cell given twice is
 * reported at its second line, with both values and where the first was: {@code data.csv:7:4:
 * indicator 'economic.gdp' of area 'VN-HN' in 2023 is given twice: 12.5 (first at line 3, column 4:
 * 11.0)}. Problems are listed in the order of their lines. Reading continues
 * after a bad cell so that up to {@value #MAX_PROBLEMS} problems are reported at once. With a
 * catalogue, unknown indicators and values outside an indicator's valid range are errors too. A
 * row of more than {@value #MAX_FIELDS} fields is rejected before it is held in memory.
 */
public final class DatasetCsv {
  /** The most problems reported from one file before reading stops. */
  public static final int MAX_PROBLEMS = DatasetTable.MAX_PROBLEMS;

  /** The most fields in a row: the area, the year and 99,998 indicator columns. */
  public static final int MAX_FIELDS = 100_000;

  /** The one factory of the writers; it is thread-safe. (Reading is {@link CsvTokenizer}'s.) */
  static final CsvFactory FACTORY = CsvFactory.builder().build();

  // The parts: CsvRowSource gives a file's rows (cut by CsvTokenizer) to DatasetTable, which reads
  // every table alike; CsvWriting writes.

  private DatasetCsv() {}

  /**
   * Reads a CSV file in long or wide form, telling them apart by the header: a header with the
   * columns {@code indicator} and {@code value} is long form.
   *
   * @param file the file
   * @return the dataset
   * @throws InvalidInputException listing every problem with file, line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dataset read(Path file) {
    return read(file, null);
  }

  /**
   * Reads a CSV file in long or wide form and checks indicators and values against a catalogue.
   *
   * @param file the file
   * @param catalogue the indicators whose ranges apply, or null to skip the checks
   * @return the dataset
   * @throws InvalidInputException listing every problem with file, line and column
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Dataset read(Path file, IndicatorCatalogue catalogue) {
    try (Reader in = utf8(file)) {
      return read(file.toString(), in, catalogue);
    } catch (IOException e) {
      throw unreadable(file.toString(), e);
    } catch (InvalidInputException e) {
      throw e.problems().size() == 1 && e.problems().get(0).message().startsWith(NOT_UTF8)
          ? InvalidInputException.of(Utf8Position.of(file.toString(), file)) : e;
    }
  }

  /** How a decoding failure begins its message; from a file, the bad byte's position replaces it. */
  static final String NOT_UTF8 = Utf8Position.NOT_UTF8;

  /**
   * Reads CSV text in long or wide form from a reader.
   *
   * @param source the name for error messages
   * @param in the reader; not closed
   * @param catalogue the indicators whose ranges apply, or null to skip the checks
   * @return the dataset
   * @throws InvalidInputException listing every problem with source, line and column
   */
  public static Dataset read(String source, Reader in, IndicatorCatalogue catalogue) {
    try {
      return DatasetTable.read(new CsvRowSource(source, in), catalogue);
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(Problem.inFile(source, 0, 0, NOT_UTF8 + " (a byte sequence that is not a"
          + " character; save the file as UTF-8)"));
    } catch (IOException e) {
      throw unreadable(source, e);
    }
  }

  /**
   * Writes a dataset in long form, with {@code source} and {@code note} columns, every cell a row
   * (missing values as empty cells), through a temporary file and an atomic move.
   *
   * @param dataset the dataset
   * @param file the target
   */
  public static void writeLong(Dataset dataset, Path file) {
    AtomicFiles.write(file, out -> writeLong(dataset, out));
  }

  /**
   * Writes a dataset in long form to a writer.
   *
   * @param dataset the dataset
   * @param out the writer; not closed
   * @throws IOException if writing fails
   */
  public static void writeLong(Dataset dataset, Writer out) throws IOException {
    CsvWriting.writeLong(dataset, out);
  }

  /**
   * Writes a dataset in wide form, one row per area and year (missing values as empty cells),
   * through a temporary file and an atomic move. Provenance is not written; use the long form or
   * JSON to keep it.
   *
   * @param dataset the dataset
   * @param file the target
   */
  public static void writeWide(Dataset dataset, Path file) {
    AtomicFiles.write(file, out -> writeWide(dataset, out));
  }

  /**
   * Writes a dataset in wide form to a writer.
   *
   * @param dataset the dataset
   * @param out the writer; not closed
   * @throws IOException if writing fails
   */
  public static void writeWide(Dataset dataset, Writer out) throws IOException {
    CsvWriting.writeWide(dataset, out);
  }

  static Reader utf8(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
  }

  private static UncheckedIOException unreadable(String source, IOException e) {
    return new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
  }
}
