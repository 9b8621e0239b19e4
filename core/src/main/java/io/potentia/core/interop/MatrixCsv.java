package io.potentia.core.interop;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.io.IOException;
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
 * <p>The file is read whole and cut at line ends into one slice per task; the slices are parsed on
 * all cores. Numbers are parsed by FastDoubleParser, which reads the bytes in place and gives the
 * same double as {@link Double#parseDouble} (correctly rounded) several times faster. Blank lines
 * are skipped; a row with the wrong number of fields, a cell that is not a number and a number
 * that is not finite are rejected with the file, line and field.
 */
public final class MatrixCsv {
  private MatrixCsv() {}

  /**
   * A matrix: one row per area, one column per indicator.
   *
   * @param source the file it was read from, for messages
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
      java.util.Map<String, String> nameOf = new java.util.HashMap<>();
      List<String> ids = new ArrayList<>();
      for (int j = 0; j < names.size(); j++) {
        String id = ImportedIndex.idOf(names.get(j));
        String previous = nameOf.putIfAbsent(id, names.get(j));
        if (previous != null) {
          problems.add(Problem.inFile(source, 1, j + 2, "columns '" + previous + "' and '" + names.get(j)
              + "' both become indicator id '" + id + "'"));
        }
        ids.add(id);
      }
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
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
   * Reads the file.
   *
   * @param file the CSV file
   * @return the matrix
   * @throws InvalidInputException naming the file, line and field of the first bad cell
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static Matrix read(Path file) {
    List<String> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    double[][] columns = read(file, ids, names);
    return new Matrix(file.toString(), ids, names, columns);
  }

  private static double[][] read(Path file, List<String> ids, List<String> names) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (bytes.length == 0) {
      throw InvalidInputException.of(Problem.inFile(file.toString(), 1, 0, "the file is empty"));
    }
    int headerEnd = lineEnd(bytes, 0);
    String[] heads = new String(bytes, 0, trimmedEnd(bytes, 0, headerEnd), StandardCharsets.UTF_8).split(",", -1);
    int m = heads.length - 1;
    names.addAll(List.of(heads).subList(1, heads.length));

    int start = Math.min(bytes.length, headerEnd + 1);
    int tasks = Math.max(1, Math.min(4 * Runtime.getRuntime().availableProcessors(), (bytes.length - start) / (1 << 16)));
    int[] cuts = new int[tasks + 1];
    cuts[0] = start;
    for (int t = 1; t < tasks; t++) {
      cuts[t] = Math.max(cuts[t - 1], Math.min(bytes.length, lineEnd(bytes, start + (int) ((long) (bytes.length - start) * t / tasks)) + 1));
    }
    cuts[tasks] = bytes.length;
    Slice[] slices = new Slice[tasks];
    IntStream.range(0, tasks).parallel().forEach(t -> slices[t] = new Slice(bytes, cuts[t], cuts[t + 1], m));

    int n = 0;
    for (int t = 0; t < tasks; t++) {
      Slice slice = slices[t];
      if (slice.error != null) {
        // the slice knows its lines from its own start: count the lines before it, as only an error needs
        int line = 2 + countLines(bytes, start, cuts[t]) + slice.errorLine;
        throw InvalidInputException.of(Problem.inFile(file.toString(), line, slice.errorField, slice.error));
      }
      n += slice.ids.size();
    }
    double[][] columns = new double[m][n];
    int[] firstRow = new int[tasks];
    for (int t = 1; t < tasks; t++) {
      firstRow[t] = firstRow[t - 1] + slices[t - 1].ids.size();
    }
    IntStream.range(0, tasks).parallel().forEach(t -> {
      double[] values = slices[t].values;
      int rows = slices[t].ids.size();
      for (int r = 0; r < rows; r++) {
        for (int j = 0; j < m; j++) {
          columns[j][firstRow[t] + r] = values[r * m + j];
        }
      }
    });
    for (Slice slice : slices) {
      ids.addAll(slice.ids);
    }
    return columns;
  }

  /** The rows of one slice of the file, or the first problem in it. */
  private static final class Slice {
    final List<String> ids = new ArrayList<>();
    double[] values = new double[0];
    String error;
    int errorLine;
    int errorField;

    Slice(byte[] bytes, int from, int to, int m) {
      int rows = 0;
      int line = 0;
      for (int at = from; at < to; line++) {
        int end = Math.min(to, lineEnd(bytes, at));
        int stop = trimmedEnd(bytes, at, end);
        if (!blank(bytes, at, stop)) {
          if (values.length < (rows + 1) * m) {
            values = Arrays.copyOf(values, Math.max(m, 2 * values.length + m));
          }
          if (!row(bytes, at, stop, m, rows * m, line)) {
            return;
          }
          rows++;
        }
        at = end + 1;
      }
      values = Arrays.copyOf(values, rows * m);
    }

    private boolean row(byte[] bytes, int from, int to, int m, int offset, int line) {
      int field = 0;
      int cell = from;
      for (int at = from; at <= to; at++) {
        if (at < to && bytes[at] != ',') {
          continue;
        }
        if (field == 0) {
          ids.add(new String(bytes, cell, at - cell, StandardCharsets.UTF_8));
        } else if (field <= m) {
          double v;
          try {
            v = JavaDoubleParser.parseDouble(bytes, cell, at - cell);
          } catch (NumberFormatException e) {
            return fail(line, field + 1, "'" + new String(bytes, cell, at - cell, StandardCharsets.UTF_8) + "' is not a number");
          }
          if (!Double.isFinite(v)) {
            return fail(line, field + 1, "'" + new String(bytes, cell, at - cell, StandardCharsets.UTF_8) + "' is not finite");
          }
          values[offset + field - 1] = v;
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
      error = message;
      errorLine = line;
      errorField = field;
      return false;
    }
  }

  /** The index of the next line feed at or after {@code from}, or the length. */
  private static int lineEnd(byte[] bytes, int from) {
    int at = from;
    while (at < bytes.length && bytes[at] != '\n') {
      at++;
    }
    return at;
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

  private static int countLines(byte[] bytes, int from, int to) {
    int lines = 0;
    for (int at = from; at < to; at++) {
      lines += bytes[at] == '\n' ? 1 : 0;
    }
    return lines;
  }
}
