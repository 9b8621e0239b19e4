package io.potentia.core.data;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits CSV text (RFC 4180) into rows of fields, as the Jackson CSV parser that it replaces did,
 * at about a third of the cost: a field is cut straight out of the read buffer, with no token
 * events, no per-field location objects and no copy through a text buffer.
 *
 * <p>The rules, kept from that parser so that every file reads as before: fields are separated by
 * commas and rows end at LF, CR or CRLF; a field that starts with a double quote runs to the next
 * lone double quote, may hold commas and line ends, and writes a double quote as two; spaces and
 * tabs after its closing quote are skipped, anything else there is an error; a double quote inside
 * an unquoted field is an ordinary character; a blank line is a row of one empty field, and the
 * text after the last line end, when there is none, is no row. A quoted field left open at the end
 * of the text is an error.
 */
final class CsvTokenizer {
  private final Reader in;
  private final String source;
  private final int lineOffset;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int limit;
  private long buffered; // characters read before buffer[0], for the column of an error
  private int line = 1; // the line at pos
  private long lineStart; // where that line starts, counted as `buffered`
  private final StringBuilder spill = new StringBuilder(); // a field split by a refill or holding quotes

  // a field is a String once made, or while null a slice of the buffer: most fields are read as
  // numbers straight from the buffer, and making a String of each would be most of the reading
  private String[] fields = new String[16];
  private int[] starts = new int[16];
  private int[] lengths = new int[16];
  private final Slice slice = new Slice();
  private int size;
  private int rowLine;

  /**
   * @param in the text, after any lines a caller read itself
   * @param source the name for messages
   * @param lineOffset the lines the caller read before {@code in}'s position, added to every line
   */
  CsvTokenizer(Reader in, String source, int lineOffset) {
    this.in = in;
    this.source = source;
    this.lineOffset = lineOffset;
  }

  /**
   * Reads the next row, whose fields then stay until the next call.
   *
   * @param maxFields the most fields a row may have; more is an error naming the row's line
   * @return false at the end of the text
   */
  boolean next(int maxFields) throws IOException {
    size = 0;
    if (!available()) {
      return false;
    }
    rowLine = line + lineOffset;
    while (true) {
      String field = field(); // null: the slice [sliceStart, pos) of the buffer
      if (size == maxFields) {
        throw InvalidInputException.of(Problem.inFile(source, rowLine, maxFields + 1, "the row has more than "
            + maxFields + " fields; a dataset has at most " + (maxFields - 2) + " indicator columns"));
      }
      if (size == fields.length) {
        fields = Arrays.copyOf(fields, size * 2);
        starts = Arrays.copyOf(starts, size * 2);
        lengths = Arrays.copyOf(lengths, size * 2);
      }
      if (field == null) {
        starts[size] = sliceStart;
        lengths[size] = pos - sliceStart;
      }
      fields[size++] = field;
      if (!available()) {
        return true;
      }
      char c = buffer[pos++];
      if (c == ',') {
        continue;
      }
      if (c == '\r' && available() && buffer[pos] == '\n') {
        pos++;
      }
      newLine();
      return true;
    }
  }

  /** The line the current row starts on. */
  int line() {
    return rowLine;
  }

  /** The fields of the current row. */
  int size() {
    return size;
  }

  String field(int i) {
    if (fields[i] == null) {
      fields[i] = new String(buffer, starts[i], lengths[i]);
    }
    return fields[i];
  }

  /**
   * The characters of a field without making a String of them when it is still in the buffer: a
   * view valid until the next call of this method or of {@link #next}.
   */
  CharSequence chars(int i) {
    if (fields[i] != null) {
      return fields[i];
    }
    slice.start = starts[i];
    slice.length = lengths[i];
    return slice;
  }

  /** A field still in the buffer, seen as characters. */
  private final class Slice implements BufferSlice {
    private int start;
    private int length;

    @Override
    public char[] array() {
      return buffer;
    }

    @Override
    public int offset() {
      return start;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return buffer[start + index];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return new String(buffer, start + from, to - from);
    }

    @Override
    public String toString() {
      return new String(buffer, start, length);
    }
  }

  private int sliceStart;

  /**
   * Reads one field, leaving pos at the comma or line end after it, or at the end of the text: its
   * text, or null when it is the slice from {@code sliceStart} to pos of the buffer.
   */
  private String field() throws IOException {
    if (!available()) {
      return "";
    }
    if (buffer[pos] == '"') {
      return quoted();
    }
    int start = pos;
    boolean spilled = false;
    while (true) {
      for (; pos < limit; pos++) {
        char c = buffer[pos];
        // one comparison for the usual character (digits, letters and the point all lie above the comma)
        if (c <= ',' && (c == ',' || c == '\n' || c == '\r')) {
          if (!spilled) {
            sliceStart = start;
            return null;
          }
          return spill.append(buffer, start, pos - start).toString();
        }
      }
      if (!spilled) {
        spill.setLength(0);
        spilled = true;
      }
      spill.append(buffer, start, pos - start);
      if (!refill()) {
        return spill.toString();
      }
      start = pos;
    }
  }

  private String quoted() throws IOException {
    pos++;
    spill.setLength(0);
    int start = pos;
    boolean afterCr = false;
    while (true) {
      if (pos == limit) {
        spill.append(buffer, start, pos - start);
        if (!refill()) {
          throw malformed("a quoted field is not closed: its closing double quote is missing");
        }
        start = pos;
        continue;
      }
      char c = buffer[pos];
      if (c == '"') {
        spill.append(buffer, start, pos - start);
        pos++;
        if (available() && buffer[pos] == '"') { // a double quote written as two
          spill.append('"');
          pos++;
          start = pos;
          afterCr = false;
          continue;
        }
        break;
      }
      if (c == '\r' || c == '\n' && !afterCr) {
        line++;
      }
      if (c == '\r' || c == '\n') {
        lineStart = buffered + pos + 1;
      }
      afterCr = c == '\r';
      pos++;
    }
    while (available() && (buffer[pos] == ' ' || buffer[pos] == '\t')) {
      pos++;
    }
    if (available() && buffer[pos] != ',' && buffer[pos] != '\n' && buffer[pos] != '\r') {
      throw malformed("'" + shown(buffer[pos]) + "' after a quoted field's closing double quote;"
          + " expected a comma or the end of the line (write a double quote inside a quoted field as two)");
    }
    return spill.toString();
  }

  private static String shown(char c) {
    return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }

  private void newLine() {
    line++;
    lineStart = buffered + pos;
  }

  /** A malformed-text problem at pos: the column of the character there, or of the end of the text. */
  private InvalidInputException malformed(String what) {
    int column = (int) Math.min(Integer.MAX_VALUE, buffered + pos - lineStart + 1);
    return InvalidInputException.of(Problem.inFile(source, line + lineOffset, column, "malformed CSV: " + what));
  }

  /** Whether a character is left at pos, reading more when the buffer is used up. */
  private boolean available() throws IOException {
    return pos < limit || refill();
  }

  private boolean refill() throws IOException {
    for (int i = 0; i < size; i++) {
      field(i); // the row's slices are about to be overwritten
    }
    buffered += limit;
    pos = 0;
    limit = 0;
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    limit = n;
    return true;
  }
}
