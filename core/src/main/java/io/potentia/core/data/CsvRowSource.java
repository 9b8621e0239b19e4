package io.potentia.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a CSV file: the label lines first, each as one cell holding the whole line, since a
 * label may hold commas and quotes that are not CSV; then the rows of the {@link CsvTokenizer},
 * every cell {@link CellKind#TEXT}. A leading byte-order mark is skipped.
 */
final class CsvRowSource implements RowSource {
  private final String name;
  private final BufferedReader in;
  private final List<String> labels = new ArrayList<>();
  private int labelsGiven;
  private CsvTokenizer csv;
  private final TableRow parsed = new Parsed();

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
      csv = new CsvTokenizer(in, name, labels.size());
    }
    if (labelsGiven < labels.size()) {
      labelsGiven++;
      return new Label(labelsGiven, labels.get(labelsGiven - 1));
    }
    return csv.next(DatasetCsv.MAX_FIELDS) ? parsed : null;
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

  /** A label line before the header: one cell, the whole line. */
  private record Label(int number, String text) implements TableRow {
    @Override
    public int size() {
      return 1;
    }

    @Override
    public CellKind kind(int column) {
      return CellKind.TEXT;
    }

    @Override
    public String text(int column) {
      return text;
    }
  }

  /** The tokenizer's current row, one view reused for every row: its first line and its fields. */
  private final class Parsed implements TableRow {
    @Override
    public int number() {
      return csv.line();
    }

    @Override
    public int size() {
      return csv.size();
    }

    @Override
    public CellKind kind(int column) {
      return CellKind.TEXT;
    }

    @Override
    public String text(int column) {
      return csv.field(column);
    }

    @Override
    public CharSequence chars(int column) {
      return csv.chars(column);
    }
  }
}
