package io.potentia.core.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.io.InputStreamReader;

/**
 * Reads and writes datasets as CSV, in UTF-8, with a header row.
 *
 * <ul>
 *   <li><b>Long form</b>: {@code area,indicator,year,value}, optionally followed by {@code
 *       source,note}; one row per observation. Carries provenance.
 *   <li><b>Wide form</b>: {@code area,year,<indicator>,<indicator>,...}; one row per area and year.
 *       Carries no provenance.
 * </ul>
 *
 * <p>Lines before the header that start with {@code #} are the dataset's labels (for example
 * {@code # SYNTHETIC DATA}). An empty cell or {@code NA} is a missing value; any other text in a
 * value cell must parse as a finite decimal number. Line endings may be LF or CRLF, a leading
 * byte-order mark is skipped, and bytes that are not UTF-8 are an error.
 *
 * <p>Every error names the file, the 1-based line and the 1-based column (the field number), the
 * field and the bad text: {@code data.csv:12:3: year: 'twenty' is not a year}. Reading continues
 * after a bad cell so that up to {@value #MAX_PROBLEMS} problems are reported at once. With a
 * catalogue, unknown indicators and values outside an indicator's valid range are errors too. A
 * row of more than {@value #MAX_FIELDS} fields is rejected before it is held in memory.
 */
public final class DatasetCsv {
  /** The most problems reported from one file before reading stops. */
  public static final int MAX_PROBLEMS = 100;

  /** The most fields in a row: the area, the year and 99,998 indicator columns. */
  public static final int MAX_FIELDS = 100_000;

  private static final CsvFactory FACTORY = CsvFactory.builder().build();

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
    }
  }

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
      return new CsvRead(source, in, catalogue).run();
    } catch (CharacterCodingException e) {
      throw InvalidInputException.of(Problem.inFile(source, 0, 0, "the file is not valid UTF-8: " + e));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidInputException(List.of(Problem.inFile(source, at == null ? 0 : at.getLineNr(),
          at == null ? 0 : Math.max(0, at.getColumnNr()), "malformed CSV: " + e.getOriginalMessage())), e);
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
    writeLabels(dataset, out);
    try (CsvGenerator csv = generator(out)) {
      row(csv, "area", "indicator", "year", "value", "source", "note");
      IOException[] failure = new IOException[1];
      dataset.forEachObservation(o -> {
        if (failure[0] != null) {
          return;
        }
        try {
          row(csv, o.area(), o.indicator(), Integer.toString(o.year()),
              o.value().isPresent() ? Double.toString(o.value().getAsDouble()) : "",
              o.source().orElse(""), o.note().orElse(""));
        } catch (IOException e) {
          failure[0] = e;
        }
      });
      if (failure[0] != null) {
        throw failure[0];
      }
    }
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
    writeLabels(dataset, out);
    int[] years = dataset.years();
    List<String> areas = dataset.areas();
    int nInd = dataset.indicatorCount();
    String[] cells = new String[2 + nInd];
    try (CsvGenerator csv = generator(out)) {
      cells[0] = "area";
      cells[1] = "year";
      for (int i = 0; i < nInd; i++) {
        cells[2 + i] = dataset.indicators().get(i);
      }
      row(csv, cells);
      double[] column = new double[areas.size()];
      double[][] byIndicator = new double[nInd][];
      for (int y = 0; y < years.length; y++) {
        for (int i = 0; i < nInd; i++) {
          dataset.copyColumn(i, y, column, 0);
          byIndicator[i] = column.clone();
        }
        for (int a = 0; a < areas.size(); a++) {
          cells[0] = areas.get(a);
          cells[1] = Integer.toString(years[y]);
          for (int i = 0; i < nInd; i++) {
            double v = byIndicator[i][a];
            cells[2 + i] = Double.isNaN(v) ? "" : Double.toString(v);
          }
          row(csv, cells);
        }
      }
    }
  }

  private static void writeLabels(Dataset dataset, Writer out) throws IOException {
    for (String label : dataset.labels()) {
      for (String line : label.split("\\R", -1)) {
        out.write("# " + line + "\n");
      }
    }
  }

  private static CsvGenerator generator(Writer out) throws IOException {
    CsvGenerator csv = (CsvGenerator) FACTORY.createGenerator(out);
    csv.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    csv.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    return csv;
  }

  private static void row(CsvGenerator csv, String... cells) throws IOException {
    csv.writeStartArray();
    for (String cell : cells) {
      csv.writeString(cell);
    }
    csv.writeEndArray();
  }

  static Reader utf8(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
  }

  private static UncheckedIOException unreadable(String source, IOException e) {
    return new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
  }

  /** One read of one file: the header decides the form, then every row is checked and added. */
  private static final class CsvRead {
    private final String source;
    private final BufferedReader in;
    private final IndicatorCatalogue catalogue;
    private final Dataset.Builder builder;
    private final List<Problem> problems = new ArrayList<>();
    private int labelLines;

    CsvRead(String source, Reader in, IndicatorCatalogue catalogue) {
      this.source = source;
      this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
      this.catalogue = catalogue;
      this.builder = Dataset.builder().source(source);
    }

    Dataset run() throws IOException {
      readLabels();
      try (CsvParser csv = (CsvParser) FACTORY.createParser(in)) {
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        csv.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<String> header = nextRow(csv);
        if (header == null) {
          throw InvalidInputException.of(Problem.inFile(source, labelLines + 1, 0, "the file has no header row"));
        }
        int headerLine = line;
        RowHandler handler = header.contains("indicator") && header.contains("value")
            ? new LongForm(header, headerLine)
            : new WideForm(header, headerLine);
        if (!problems.isEmpty()) {
          throw new InvalidInputException(problems); // rows cannot be read without a sound header
        }
        List<String> row;
        while (problems.size() < MAX_PROBLEMS && (row = nextRow(csv)) != null) {
          if (row.size() == 1 && row.get(0).isEmpty()) {
            continue; // a blank line
          }
          handler.row(row, line);
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      try {
        return builder.build();
      } catch (InvalidInputException e) {
        throw e.withSource(source);
      }
    }

    private int line;
    private boolean started;

    /** The next row's cells, or null at the end; sets {@link #line} to the row's first line. */
    private List<String> nextRow(CsvParser csv) throws IOException {
      if (!started) {
        started = true;
        if (csv.nextToken() != JsonToken.START_ARRAY) {
          return null; // WRAP_AS_ARRAY wraps the whole file in one outer array
        }
      }
      JsonToken t = csv.nextToken();
      if (t != JsonToken.START_ARRAY) {
        return null;
      }
      List<String> cells = new ArrayList<>();
      line = 0;
      while ((t = csv.nextToken()) == JsonToken.VALUE_STRING) {
        if (line == 0) {
          line = csv.currentTokenLocation().getLineNr() + labelLines;
        }
        if (cells.size() == MAX_FIELDS) {
          throw InvalidInputException.of(Problem.inFile(source, line, MAX_FIELDS + 1, "the row has more than " + MAX_FIELDS
              + " fields; a dataset has at most " + (MAX_FIELDS - 2) + " indicator columns"));
        }
        cells.add(csv.getText());
      }
      return cells;
    }

    private void readLabels() throws IOException {
      // one character of look-ahead at a time, so that a line of any length cannot outrun the mark
      in.mark(1);
      if (in.read() != 0xFEFF) {
        in.reset();
      }
      while (true) {
        in.mark(1);
        if (in.read() != '#') {
          in.reset();
          return;
        }
        String text = in.readLine();
        labelLines++;
        builder.label(text == null ? "" : text.strip());
      }
    }

    private void problem(int atLine, int column, String message) {
      problems.add(Problem.inFile(source, atLine, column, message));
    }

    private Integer year(String text, int atLine, int column) {
      try {
        int year = Integer.parseInt(text.strip());
        if (year >= 1000 && year <= 9999) {
          return year;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problem(atLine, column, "year: '" + clip(text) + "' is not a year in 1000..9999");
      return null;
    }

    /** The value of a cell, NaN for missing, or null (with a problem recorded) when bad. */
    private Double value(String text, String area, String indicator, int year, int atLine, int column) {
      String t = text.strip();
      if (t.isEmpty() || t.equals("NA")) {
        return Double.NaN;
      }
      double v;
      try {
        v = Double.parseDouble(t);
      } catch (NumberFormatException e) {
        problem(atLine, column, "value of indicator '" + indicator + "' for area '" + area + "' in " + year + ": '"
            + clip(text) + "' is not a number (leave the cell empty or write NA when missing)");
        return null;
      }
      if (!Double.isFinite(v) || !isDecimal(t)) {
        problem(atLine, column, "value of indicator '" + indicator + "' for area '" + area + "' in " + year + ": '"
            + clip(text) + "' is not a finite decimal number");
        return null;
      }
      if (catalogue != null && catalogue.contains(indicator)) {
        Indicator ind = catalogue.get(indicator);
        if (!ind.validRange().contains(v)) {
          problem(atLine, column, Dataset.rangeMessage(ind, area, year, v));
          return null;
        }
      }
      return v;
    }

    private void checkIndicator(String indicator, int atLine, int column) {
      if (catalogue != null && !catalogue.contains(indicator)) {
        problem(atLine, column, "indicator '" + clip(indicator) + "' is not in catalogue '" + catalogue.id() + "'");
      }
    }

    private interface RowHandler {
      void row(List<String> cells, int atLine);
    }

    /** {@code area,indicator,year,value[,source,note]}. */
    private final class LongForm implements RowHandler {
      private final int area;
      private final int indicator;
      private final int year;
      private final int value;
      private final int src;
      private final int note;
      private final int width;
      private final Map<String, Boolean> indicatorsSeen = new HashMap<>();

      LongForm(List<String> header, int headerLine) {
        area = column(header, "area", headerLine, true);
        indicator = column(header, "indicator", headerLine, true);
        year = column(header, "year", headerLine, true);
        value = column(header, "value", headerLine, true);
        src = column(header, "source", headerLine, false);
        note = column(header, "note", headerLine, false);
        width = header.size();
        for (int i = 0; i < header.size(); i++) {
          String h = header.get(i);
          if (!List.of("area", "indicator", "year", "value", "source", "note").contains(h)) {
            problem(headerLine, i + 1, "unknown column '" + clip(h) + "' in a long-form header; expected area,indicator,year,value[,source,note]");
          }
        }
      }

      @Override
      public void row(List<String> cells, int atLine) {
        if (cells.size() != width) {
          problem(atLine, 0, "the row has " + cells.size() + " fields; the header has " + width);
          return;
        }
        String a = cells.get(area).strip();
        String ind = cells.get(indicator).strip();
        if (a.isEmpty()) {
          problem(atLine, area + 1, "area is empty");
          return;
        }
        if (ind.isEmpty()) {
          problem(atLine, indicator + 1, "indicator is empty");
          return;
        }
        if (indicatorsSeen.putIfAbsent(ind, Boolean.TRUE) == null) {
          checkIndicator(ind, atLine, indicator + 1);
        }
        Integer y = year(cells.get(year), atLine, year + 1);
        if (y == null) {
          return;
        }
        Double v = value(cells.get(value), a, ind, y, atLine, value + 1);
        if (v == null) {
          return;
        }
        String s = src < 0 ? "" : cells.get(src).strip();
        String n = note < 0 ? "" : cells.get(note).strip();
        Provenance p = s.isEmpty() && n.isEmpty() ? null : Provenance.of(s.isEmpty() ? null : s, n.isEmpty() ? null : n);
        put(a, ind, y, v, p, atLine);
      }
    }

    /** {@code area,year,<indicator>...}. */
    private final class WideForm implements RowHandler {
      private final int area;
      private final int year;
      private final String[] indicatorOf;
      private final int width;

      WideForm(List<String> header, int headerLine) {
        area = column(header, "area", headerLine, true);
        year = column(header, "year", headerLine, true);
        width = header.size();
        indicatorOf = new String[width];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < width; i++) {
          if (i == area || i == year) {
            continue;
          }
          String ind = header.get(i).strip();
          if (ind.isEmpty()) {
            problem(headerLine, i + 1, "the header of column " + (i + 1) + " is empty; name its indicator");
            continue;
          }
          Integer first = seen.putIfAbsent(ind, i);
          if (first != null) {
            problem(headerLine, i + 1, "indicator '" + clip(ind) + "' is the header of columns " + (first + 1) + " and " + (i + 1));
            continue;
          }
          checkIndicator(ind, headerLine, i + 1);
          indicatorOf[i] = ind;
          builder.indicator(ind);
        }
      }

      @Override
      public void row(List<String> cells, int atLine) {
        if (cells.size() != width) {
          problem(atLine, 0, "the row has " + cells.size() + " fields; the header has " + width);
          return;
        }
        String a = cells.get(area).strip();
        if (a.isEmpty()) {
          problem(atLine, area + 1, "area is empty");
          return;
        }
        Integer y = year(cells.get(year), atLine, year + 1);
        if (y == null) {
          return;
        }
        for (int i = 0; i < width; i++) {
          if (indicatorOf[i] == null) {
            continue;
          }
          Double v = value(cells.get(i), a, indicatorOf[i], y, atLine, i + 1);
          if (v != null) {
            put(a, indicatorOf[i], y, v, null, atLine);
          }
        }
      }
    }

    private void put(String area, String indicator, int year, double value, Provenance provenance, int atLine) {
      if (problems.isEmpty()) {
        builder.put(area, indicator, year, value, provenance, atLine);
      }
    }

    private int column(List<String> header, String name, int headerLine, boolean required) {
      int at = header.indexOf(name);
      if (at < 0 && required) {
        problem(headerLine, 0, "the header has no '" + name + "' column; it has " + clip(String.join(",", header)));
      }
      if (at >= 0 && header.lastIndexOf(name) != at) {
        problem(headerLine, header.lastIndexOf(name) + 1, "column '" + name + "' appears twice in the header");
      }
      return at;
    }
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
