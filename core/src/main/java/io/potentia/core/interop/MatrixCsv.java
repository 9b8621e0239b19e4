package io.potentia.core.interop;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.internal.DecimalScan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads a matrix CSV ({@code id,i001,...}, one row per area, plain decimal numbers, no quoting, as
 * workload U1's files are) into columns, one array per indicator, and makes it a flat index: every
 * column a benefit indicator, equally weighted under one root.
 *
 * <p>The file is streamed a chunk of {@value #CHUNK} bytes at a time, each chunk cut at line ends into
 * one slice per task and the slices parsed on all cores; the values go straight into their columns,
 * so that reading holds about the bytes of the doubles, not the file. A row of plain decimals (an
 * ASCII id, then numbers such as {@code -12.5} or {@code 3e2} whose significant digits make an
 * integer of at most 2^53 and whose exponent lies within 10^+-22) is read in one pass over its bytes, each number exactly as {@link Double#parseDouble} reads it
 * (an internal {@code DecimalScan}); any other row is read cell by cell, each number
 * by FastDoubleParser, which also gives the correctly rounded double. Blank lines
 * are skipped; a row with the wrong number of fields, a cell that is not a number, a number that
 * is not finite, an empty (or blank) row id, a row id given twice and a column whose name gives an earlier column's indicator
 * id are rejected with the file, line, field and column name ({@code m.csv:3:3: gdp: 'zz' is not a
 * number}), a repeat with where the first is ({@code
 * m.csv:9:1: row id 'VN-HN' is given twice (first at line 3)}), every problem of the file (up to
 * {@value #MAX_PROBLEMS}) in one error.
 */
public final class MatrixCsv {
  /** The most problems reported from one file. */
  public static final int MAX_PROBLEMS = 100;

  private MatrixCsv() {}

  /**
   * A matrix: one row per area, one column per indicator.
   *
   * @param source the file or stream it was read from, for messages
   * @param rows the areas' ids, in file order
   * @param names the indicators' names, from the header
   * @param columns one array per indicator, one finite value per area
   */
  public record Matrix(String source, List<String> rows, List<String> names, double[][] columns) {
    /**
     * Copies the lists.
     *
     * @param source the file
     * @param rows the areas
     * @param names the indicators
     * @param columns the values
     */
    public Matrix {
      rows = List.copyOf(rows);
      names = List.copyOf(names);
    }

    /**
     * The matrix as a flat index: each column an indicator of benefit direction with the id {@link
     * ImportedIndex#idOf(String)} gives its name, unbounded, on an interval scale; a framework
     * {@code matrix} whose root {@code index} has the indicators as equally weighted leaves; and a
     * dataset holding the values as the given year (a matrix has no years).
     *
     * @param year the year the values are stored as, 1000..9999
     * @return the index
     * @throws InvalidInputException if two names give one id, or two rows share an id, naming them
     */
    public ImportedIndex toIndex(int year) {
      List<Problem> problems = new ArrayList<>();
      checkNames(source, names, problems);
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      List<String> ids = names.stream().map(ImportedIndex::idOf).toList();
      List<io.potentia.core.indicator.Indicator> indicators = new ArrayList<>();
      List<io.potentia.core.framework.FrameworkNode> nodes = new ArrayList<>();
      nodes.add(io.potentia.core.framework.FrameworkNode.builder().id("index").name("Index").build());
      for (int j = 0; j < ids.size(); j++) {
        indicators.add(io.potentia.core.indicator.Indicator.builder().id(ids.get(j)).name(names.get(j)).unit("as given")
            .direction(io.potentia.core.indicator.Direction.BENEFIT).scale(io.potentia.core.indicator.Scale.INTERVAL)
            .rollUp(io.potentia.core.indicator.RollUp.NOT_AGGREGABLE)
            .levels(java.util.EnumSet.allOf(io.potentia.core.area.AreaLevel.class))
            .description(names.get(j) + " (column " + (j + 2) + " of " + source + ")").build());
        nodes.add(io.potentia.core.framework.FrameworkNode.builder().id(ids.get(j)).name(names.get(j)).parent("index")
            .indicator(ids.get(j)).build());
      }
      io.potentia.core.indicator.IndicatorCatalogue catalogue = io.potentia.core.indicator.IndicatorCatalogue.builder()
          .id("matrix").indicators(indicators).build();
      io.potentia.core.framework.Framework framework = io.potentia.core.framework.Framework.builder().id("matrix")
          .name("Flat index of " + source).nodes(nodes).build();
      return new ImportedIndex(framework.checkAgainst(catalogue), catalogue,
          io.potentia.core.data.Dataset.ofColumns(source, rows, ids, year, columns));
    }
  }

  /**
   * Records a problem for each column whose name gives the indicator id of an earlier column (the
   * same name, or one that differs only in what {@link ImportedIndex#idOf(String)} drops), naming
   * the earlier column.
   */
  private static void checkNames(String source, List<String> names, List<Problem> problems) {
    java.util.Map<String, Integer> columnOf = new java.util.HashMap<>(); // id to the first column's index
    for (int j = 0; j < names.size(); j++) {
      String id = ImportedIndex.idOf(names.get(j));
      Integer first = columnOf.putIfAbsent(id, j);
      if (first != null) {
        String previous = names.get(first);
        problems.add(Problem.inFile(source, 1, j + 2, (previous.equals(names.get(j))
            ? "column '" + previous + "' appears twice in the header"
            : "columns '" + previous + "' and '" + names.get(j) + "' both become indicator id '" + id + "'")
            + " (first at column " + (first + 2) + ")"));
      }
    }
  }

  /**
   * Reads the file.
   *
   * @param file the CSV file
   * @return the matrix
   * @throws InvalidInputException naming the file, line and field of every bad cell and row (up to
   *     {@value #MAX_PROBLEMS}), every repeated row id and every column name that repeats an earlier
   *     column's indicator id, each repeat with where the first is
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Matrix read(Path file) {
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    double[][] columns = read(file, ids, names);
    return new Matrix(file.toString(), ids, names, columns);
  }

  /**
   * Reads a matrix CSV from a stream, such as standard input or a resource, as {@link #read(Path)}
   * reads a file: to its end, unless the matrix is refused first (an empty stream, a header that is
   * not UTF-8, or {@value #MAX_PROBLEMS} problems found). The stream is left open.
   *
   * @param source what to call the stream in messages, as a file's path is called
   * @param in the bytes, UTF-8
   * @return the matrix
   * @throws InvalidInputException as {@link #read(Path)} does, naming {@code source}
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public static Matrix read(String source, InputStream in) {
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try {
      return new Matrix(source, ids, names, read(source, in, 0, CHUNK, ids, names));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /** The bytes read at a time: a chunk is cut at its last line end and its lines parsed on all cores. */
  static final int CHUNK = 1 << 23;

  private static double[][] read(Path file, List<String> ids, List<String> names) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString(), in, Files.size(file), CHUNK, ids, names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Streams the file a chunk at a time: the values go straight into their columns, which are sized
   * from the file's length and the first chunk's bytes per row, so that the file is never held
   * whole and the columns are about the bytes of their doubles (a 182 MB file was read whole before,
   * with its values twice over: 1.17 GB at the peak).
   */
  static double[][] read(String source, InputStream in, long size, int chunk, List<String> ids, List<String> names)
      throws IOException {
    // no larger than the file (and a byte to see its end), so that a small file does not have the
    // machine fault in and zero a whole chunk's pages: 8 MB for a 160 KB file cost a cold run 40 ms
    byte[] buf = new byte[(int) Math.min(chunk, Math.max(MIN_BUFFER, size + 1))];
    int len = fill(in, buf, 0);
    if (len == 0) {
      throw InvalidInputException.of(Problem.inFile(source, 1, 0, "the file is empty"));
    }
    int headerEnd;
    while ((headerEnd = lineEnd(buf, 0, len)) == len && len == buf.length) {
      buf = Arrays.copyOf(buf, 2 * buf.length); // a header longer than a chunk
      len += fill(in, buf, len);
    }
    String header = text(buf, 0, trimmedEnd(buf, 0, headerEnd));
    if (header == null) {
      throw InvalidInputException.of(Problem.inFile(source, 1, 0, "header: "
          + notUtf8(buf, 0, trimmedEnd(buf, 0, headerEnd))));
    }
    String[] heads = header.split(",", -1);
    int m = heads.length - 1;
    names.addAll(List.of(heads).subList(1, heads.length));

    List<Problem> problems = new ArrayList<>();
    checkNames(source, names, problems);
    java.util.Map<String, Integer> lineOf = new java.util.HashMap<>(); // a row id to its first line
    double[][] columns = new double[m][0];
    int n = 0;
    long consumed = 0; // bytes before the chunk
    int line = 2; // of the chunk's first line
    int start = Math.min(len, headerEnd + 1);
    consumed += start;
    boolean eof = len < buf.length;
    while (start < len || !eof) {
      int end = eof ? len : lastLineEnd(buf, start, len);
      if (end <= start) {
        // no line end in the rest of a full buffer: a line longer than the buffer
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, len - start);
          len -= start;
          start = 0;
        } else {
          buf = Arrays.copyOf(buf, 2 * buf.length);
        }
        int got = fill(in, buf, len);
        eof = len + got < buf.length;
        len += got;
        continue;
      }
      Slice[] slices = parse(buf, start, end, names);
      int[] lineBefore = null; // counted only for a message
      int rows = 0;
      for (Slice slice : slices) {
        rows += slice.ids.size();
      }
      if (problems.isEmpty() && n + rows > capacity(columns, m)) {
        // the last chunk knows the count exactly, so that a file read in one chunk is never copied to size
        int want = eof ? n + rows : Math.max(n + rows, (int) Math.min(Integer.MAX_VALUE - 8,
            n == 0 ? (long) Math.ceil(1.02 * (size - consumed) / Math.max(1, end - start) * rows) + 16
                : n + rows + (n + rows) / 4L));
        columns = grow(columns, m, n, want);
      }
      for (int t = 0; t < slices.length; t++) {
        Slice slice = slices[t];
        if (!slice.faults.isEmpty() && lineBefore == null) {
          lineBefore = lineBefore(slices, line);
        }
        for (Fault f : slice.faults) {
          problems.add(Problem.inFile(source, lineBefore[t] + f.line(), f.field(), f.message()));
        }
        for (int r = 0; r < slice.ids.size(); r++) {
          if (lineBefore == null) {
            lineBefore = lineBefore(slices, line);
          }
          Integer first = lineOf.putIfAbsent(slice.ids.get(r), lineBefore[t] + slice.lines[r]);
          if (first != null) {
            problems.add(Problem.inFile(source, lineBefore[t] + slice.lines[r], 1, "row id '" + slice.ids.get(r)
                + "' is given twice (first at line " + first + ")"));
          }
        }
      }
      if (problems.isEmpty()) {
        copyInto(columns, slices, n, m);
        for (Slice slice : slices) {
          ids.addAll(slice.ids);
        }
        n += rows;
      } else if (problems.size() >= MAX_PROBLEMS) {
        break;
      }
      for (Slice slice : slices) {
        line += slice.lineCount;
      }
      consumed += end - start;
      System.arraycopy(buf, end, buf, 0, len - end);
      len -= end;
      start = 0;
      if (!eof) {
        if (buf.length < chunk) {
          // the file is longer than its length said (a pipe says 0): back to chunks that every core can share
          buf = Arrays.copyOf(buf, (int) Math.min(chunk, 2L * buf.length));
        }
        int got = fill(in, buf, len);
        eof = len + got < buf.length;
        len += got;
      }
    }
    if (!problems.isEmpty()) {
      // in the order of the lines, the first hundred
      problems.sort(java.util.Comparator.comparingInt(Problem::line));
      throw new InvalidInputException(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
    }
    return grow(columns, m, n, n);
  }

  /** The rows the columns hold room for. */
  private static int capacity(double[][] columns, int m) {
    return m == 0 ? Integer.MAX_VALUE : columns[0].length;
  }

  /** The columns resized to {@code size} rows, keeping the first {@code n}, one column at a time. */
  private static double[][] grow(double[][] columns, int m, int n, int size) {
    for (int j = 0; j < m; j++) {
      if (columns[j].length != size) {
        columns[j] = Arrays.copyOf(columns[j], size);
      }
    }
    return columns;
  }

  /** The smallest buffer: a file whose size is unknown or wrong (0 for a pipe) starts with this. */
  private static final int MIN_BUFFER = 1 << 16;
  /**
   * The most bytes asked of the stream at a time: a file channel's stream reads through a native
   * buffer as large as the request, which the machine has to fault in and zero.
   */
  private static final int READ = 1 << 18;

  /** Reads until the buffer is full or the stream ends, {@value #READ} bytes at a time at most; the bytes read. */
  private static int fill(InputStream in, byte[] buf, int from) throws IOException {
    int at = from;
    while (at < buf.length) {
      int got = in.read(buf, at, Math.min(READ, buf.length - at));
      if (got < 0) {
        break;
      }
      at += got;
    }
    return at - from;
  }

  /** Cuts [from, to) at line ends into one slice per task and parses them on all cores. */
  private static Slice[] parse(byte[] bytes, int from, int to, List<String> names) {
    int tasks = Math.max(1, Math.min(4 * Runtime.getRuntime().availableProcessors(), (to - from) / (1 << 16)));
    int[] cuts = new int[tasks + 1];
    cuts[0] = from;
    for (int t = 1; t < tasks; t++) {
      cuts[t] = Math.max(cuts[t - 1], Math.min(to, lineEnd(bytes, from + (int) ((long) (to - from) * t / tasks), to) + 1));
    }
    cuts[tasks] = to;
    Slice[] slices = new Slice[tasks];
    IntStream.range(0, tasks).parallel().forEach(t -> slices[t] = new Slice(bytes, cuts[t], cuts[t + 1], names));
    return slices;
  }

  /**
   * Copies the slices' rows into the columns from row {@code n}, on all cores: a slice holds its
   * values by column already, so each is one block copy (the transposing copy it replaced took a
   * cold L read 8-19 ms).
   */
  private static void copyInto(double[][] columns, Slice[] slices, int n, int m) {
    int[] firstRow = new int[slices.length];
    for (int t = 0, r = n; t < slices.length; t++) {
      firstRow[t] = r;
      r += slices[t].ids.size();
    }
    IntStream.range(0, slices.length).parallel().forEach(t -> {
      int rows = slices[t].ids.size();
      for (int j = 0; j < m; j++) {
        System.arraycopy(slices[t].columns[j], 0, columns[j], firstRow[t], rows);
      }
    });
  }

  /** The line at which each slice starts, the first at {@code first}. */
  private static int[] lineBefore(Slice[] slices, int first) {
    int[] before = new int[slices.length];
    before[0] = first;
    for (int t = 1; t < before.length; t++) {
      before[t] = before[t - 1] + slices[t - 1].lineCount;
    }
    return before;
  }

  /**
   * A bad cell or row of a slice.
   *
   * @param line the line from the slice's start, from 0
   * @param field the 1-based field, or 0 for the whole row
   * @param message what is wrong
   */
  private record Fault(int line, int field, String message) {}

  /** The good rows of one slice of the file, each with its line, and the problems of the others. */
  static final class Slice {
    final List<String> ids = new ArrayList<>();
    final List<Fault> faults = new ArrayList<>();
    /** The rows read in one pass, for the tests that hold the reader to its fast path. */
    int plainRows;
    /** The lines the slice spans, read or not (a last line without a line feed counted too). */
    final int lineCount;
    /** The values of the good rows, column by column (room for more rows at the end). */
    double[][] columns;
    int[] lines = new int[16]; // of each good row, from the slice's start

    final List<String> names; // of the value columns, for messages

    Slice(byte[] bytes, int from, int to, List<String> names) {
      this.names = names;
      int m = names.size();
      columns = new double[m][0];
      DecimalScan scan = new DecimalScan();
      int rows = 0;
      int room = 0; // rows the columns hold
      int line = 0;
      int at = from;
      for (; at < to && faults.size() < MAX_PROBLEMS; line++) {
        if (room == rows && m > 0) {
          room = capacity(room, rows, at - from, to - from, m);
          for (int j = 0; j < m; j++) {
            columns[j] = Arrays.copyOf(columns[j], room);
          }
        }
        // the usual row is read in one pass; any other line is judged field by field below
        int end = plainRow(bytes, at, to, m, rows, scan);
        if (end >= 0) {
          plainRows++;
          noteLine(rows++, line);
          at = end + 1;
          continue;
        }
        end = lineEnd(bytes, at, to);
        int stop = trimmedEnd(bytes, at, end);
        // a bad row is recorded and left out; the next row takes its place
        if (!blank(bytes, at, stop) && row(bytes, at, stop, m, rows, line)) {
          noteLine(rows++, line);
        }
        at = end + 1;
      }
      // stopped at the most problems: the lines after the last one read still count, for the slices after
      for (; at < to; line++) {
        at = lineEnd(bytes, at, to) + 1;
      }
      lineCount = line;
    }

    /**
     * Room for one more row: doubled at first, then, once 32 rows show the bytes a row takes, the
     * rows the whole slice is likely to hold at that rate, so that a large slice's columns are
     * copied a few times rather than once per doubling; never more than the slice's bytes can
     * hold, a value taking at least two (a digit and a delimiter).
     */
    private static int capacity(int room, int rows, int used, int bytes, int m) {
      long need = rows + 1L;
      long want = Math.max(need, 2L * room);
      if (rows >= 32) {
        // at least a quarter more, so that rows shorter than the first ones cannot make it grow row by row
        want = Math.max(need + room / 4, (long) Math.ceil(1.05 * bytes * rows / used));
      }
      long most = Math.max(need, bytes / (2L * m) + 1);
      return (int) Math.min(Integer.MAX_VALUE - 8, Math.min(want, most));
    }

    private void noteLine(int row, int line) {
      if (row == lines.length) {
        lines = Arrays.copyOf(lines, 2 * row);
      }
      lines[row] = line;
    }

    /**
     * Reads the line at {@code from} in one pass when it has the usual shape: an ASCII id with a
     * character other than a space, then {@code m >= 1} plain decimals ({@link DecimalScan}), each followed by a comma and the last by the
     * line's end ({@code \n}, {@code \r\n} or the slice's end). Returns the index of the line
     * feed (or {@code to}), or -1 with nothing kept, for {@link #row} to judge the line.
     */
    private int plainRow(byte[] bytes, int from, int to, int m, int row, DecimalScan scan) {
      if (m == 0) {
        return -1; // a row of an id alone: the field-by-field reading judges its fields
      }
      int at = from;
      boolean named = false; // a byte above the space: an id of spaces alone is for row() to refuse
      while (at < to && bytes[at] != ',') {
        if (bytes[at] == '\n' || bytes[at] < 0) {
          return -1;
        }
        named |= bytes[at] > ' ';
        at++;
      }
      if (!named || at == to) {
        return -1;
      }
      int idEnd = at++;
      for (int j = 0; j < m; j++) {
        double v = scan.read(bytes, at, to);
        if (v != v) {
          return -1;
        }
        at = scan.end();
        if (j < m - 1) {
          if (at == to || bytes[at] != ',') {
            return -1;
          }
          at++;
        } else {
          if (at < to && bytes[at] == '\r') {
            at++;
          }
          if (at < to && bytes[at] != '\n') {
            return -1;
          }
        }
        columns[j][row] = v;
      }
      ids.add(new String(bytes, from, idEnd - from, StandardCharsets.ISO_8859_1));
      return at;
    }

    private boolean row(byte[] bytes, int from, int to, int m, int row, int line) {
      int field = 0;
      int cell = from;
      for (int at = from; at <= to; at++) {
        if (at < to && bytes[at] != ',') {
          continue;
        }
        if (field == 0) {
          String id = text(bytes, cell, at);
          if (id == null) {
            return fail(line, 1, "row id: " + notUtf8(bytes, cell, at));
          }
          if (id.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            // an area without a name cannot be told apart or matched to the hierarchy: never read as "";
            // isSpaceChar adds the no-break spaces, which look as blank as any
            return fail(line, 1, "row id: '" + id + "' is empty or blank; every row starts with its area's id");
          }
          ids.add(id);
        } else if (field <= m) {
          double v;
          try {
            v = JavaDoubleParser.parseDouble(bytes, cell, at - cell);
          } catch (NumberFormatException e) {
            ids.remove(ids.size() - 1);
            return fail(line, field + 1, names.get(field - 1) + ": '" + new String(bytes, cell, at - cell, StandardCharsets.UTF_8)
                + "' is not a number");
          }
          if (!Double.isFinite(v)) {
            ids.remove(ids.size() - 1);
            return fail(line, field + 1, names.get(field - 1) + ": '" + new String(bytes, cell, at - cell, StandardCharsets.UTF_8)
                + "' is not finite");
          }
          columns[field - 1][row] = v;
        }
        field++;
        cell = at + 1;
      }
      if (field != m + 1) {
        ids.remove(ids.size() - 1);
        return fail(line, 0, "the row has " + field + " fields; the header has " + (m + 1));
      }
      return true;
    }

    private boolean fail(int line, int field, String message) {
      faults.add(new Fault(line, field, message));
      return false;
    }
  }

  /** The text of [from, to), or null if the bytes are not UTF-8 (a plain decoder would put U+FFFD in their place). */
  private static String text(byte[] bytes, int from, int to) {
    for (int at = from; at < to; at++) {
      if (bytes[at] < 0) {
        try {
          return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
          return null;
        }
      }
    }
    return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1); // ASCII: the fast way
  }

  /** What is wrong with bytes that are not UTF-8, naming the first byte that is not ASCII. */
  private static String notUtf8(byte[] bytes, int from, int to) {
    int at = from;
    while (at < to && bytes[at] >= 0) {
      at++;
    }
    return String.format(java.util.Locale.ROOT, "the bytes from 0x%02X on are not UTF-8; save the file as UTF-8",
        bytes[Math.min(at, to - 1)] & 0xff);
  }

  /** The index of the next line feed at or after {@code from}, or {@code to}. */
  private static int lineEnd(byte[] bytes, int from, int to) {
    int at = from;
    while (at < to && bytes[at] != '\n') {
      at++;
    }
    return at;
  }

  /** Just after the last line feed in [from, to), or {@code from} if there is none. */
  private static int lastLineEnd(byte[] bytes, int from, int to) {
    for (int at = to - 1; at >= from; at--) {
      if (bytes[at] == '\n') {
        return at + 1;
      }
    }
    return from;
  }

  /** The end of the line without a carriage return before the line feed. */
  private static int trimmedEnd(byte[] bytes, int from, int end) {
    return end > from && bytes[end - 1] == '\r' ? end - 1 : end;
  }

  private static boolean blank(byte[] bytes, int from, int to) {
    for (int at = from; at < to; at++) {
      if (bytes[at] != ' ' && bytes[at] != '\t') {
        return false;
      }
    }
    return true;
  }
}
