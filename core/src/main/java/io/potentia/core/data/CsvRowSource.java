package io.potentia.core.data;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a CSV file: the label lines first, each as one cell holding the whole line, since a
 * label may hold commas and quotes that are not CSV; then the rows of the CSV parser, every cell
 * {@link CellKind#TEXT}. A leading byte-order mark is skipped.
 */
final class CsvRowSource implements RowSource, Closeable {
  private final String name;
  private final BufferedReader in;
  private final List<String> labels = new ArrayList<>();
  private int labelsGiven;
  private CsvParser csv;
  private boolean started;

  CsvRowSource(String name, Reader in) {
    this.name = name;
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public TableRow next() throws IOException {
    if (csv == null) {
      readLabels();
      csv = (CsvParser) DatasetCsv.FACTORY.createParser(in);
      csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
      csv.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    }
    if (labelsGiven < labels.size()) {
      labelsGiven++;
      return new Row(labelsGiven, List.of(labels.get(labelsGiven - 1)));
    }
    return nextParsed();
  }

  /** The next row of the parser, or null at the end; its number is its first line. */
  private TableRow nextParsed() throws IOException {
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
    int line = 0;
    while ((t = csv.nextToken()) == JsonToken.VALUE_STRING) {
      if (line == 0) {
        line = csv.currentTokenLocation().getLineNr() + labels.size();
      }
      if (cells.size() == DatasetCsv.MAX_FIELDS) {
        throw InvalidInputException.of(Problem.inFile(name, line, DatasetCsv.MAX_FIELDS + 1,
            "the row has more than " + DatasetCsv.MAX_FIELDS + " fields; a dataset has at most "
                + (DatasetCsv.MAX_FIELDS - 2) + " indicator columns"));
      }
      cells.add(csv.getText());
    }
    return new Row(line, cells);
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
      labels.add("#" + (text == null ? "" : text));
    }
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.close();
    }
  }

  /** A CSV row: its first line and its fields. */
  private record Row(int number, List<String> cells) implements TableRow {
    @Override
    public int size() {
      return cells.size();
    }

    @Override
    public CellKind kind(int column) {
      return CellKind.TEXT;
    }

    @Override
    public String text(int column) {
      return cells.get(column);
    }
  }
}
