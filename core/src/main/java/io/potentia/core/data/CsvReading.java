package io.potentia.core.data;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** One read of one CSV file: the labels, then the header, which decides the form, then every row. */
final class CsvReading {
  private final String source;
  private final BufferedReader in;
  private final Dataset.Builder builder;
  private final CsvProblems problems;
  private final CsvCells cells;
  private int labelLines;
  private int line;
  private boolean started;

  CsvReading(String source, Reader in, IndicatorCatalogue catalogue) {
    this.source = source;
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    this.builder = Dataset.builder().source(source);
    this.problems = new CsvProblems(source);
    this.cells = new CsvCells(problems, catalogue);
  }

  Dataset run() throws IOException {
    readLabels();
    try (CsvParser csv = (CsvParser) DatasetCsv.FACTORY.createParser(in)) {
      csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      csv.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
      List<String> header = nextRow(csv);
      if (header == null) {
        throw InvalidInputException.of(Problem.inFile(source, labelLines + 1, 0, "the file has no header row"));
      }
      CsvForm form = header.contains("indicator") && header.contains("value")
          ? new CsvLongForm(header, line, problems, cells, builder)
          : new CsvWideForm(header, line, problems, cells, builder);
      problems.throwIfAny(); // rows cannot be read without a sound header
      int headerLine = line;
      int rows = 0;
      List<String> row;
      while (!problems.full() && (row = nextRow(csv)) != null) {
        if (row.size() == 1 && row.get(0).isEmpty()) {
          continue; // a blank line
        }
        form.row(row, line);
        rows++;
      }
      if (rows == 0) {
        problems.add(headerLine + 1, 0, "the file has a header but no data rows: a dataset needs at least one");
      }
      for (ObservationLog.Repeat r : builder.repeats(problems.room())) {
        int column = form.valueColumn(r.indicator());
        problems.add(r.line(), column, DatasetCheck.repeatMessage(r, "line " + r.firstLine() + ", column " + column));
      }
    }
    problems.throwIfAny();
    try {
      return builder.build();
    } catch (InvalidInputException e) {
      throw e.withSource(source);
    }
  }

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
    List<String> row = new ArrayList<>();
    line = 0;
    while ((t = csv.nextToken()) == JsonToken.VALUE_STRING) {
      if (line == 0) {
        line = csv.currentTokenLocation().getLineNr() + labelLines;
      }
      if (row.size() == DatasetCsv.MAX_FIELDS) {
        throw InvalidInputException.of(Problem.inFile(source, line, DatasetCsv.MAX_FIELDS + 1,
            "the row has more than " + DatasetCsv.MAX_FIELDS + " fields; a dataset has at most "
                + (DatasetCsv.MAX_FIELDS - 2) + " indicator columns"));
      }
      row.add(csv.getText());
    }
    return row;
  }

  /** Reads the lines before the header that start with {@code #}: they are the dataset's labels. */
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
}
