package io.potentia.core.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix reader gives every value as Double.parseDouble would, in file order, and names the line and field of a bad cell. */
class MatrixCsvTest {
  @TempDir
  Path dir;

  private Path write(String text) throws IOException {
    Path file = dir.resolve("m.csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The problems that reading {@code text} as m.csv reports, each as the user reads it. */
  private List<String> problemsOf(String text) throws IOException {
    Path file = write(text);
    return assertThrows(InvalidInputException.class, () -> MatrixCsv.read(file)).problems().stream()
        .map(Object::toString).toList();
  }

  /** A file large enough to be cut into many slices, with mixed line ends and blank lines. */
  private static String big(int rows, int m, StringBuilder expectedIds, List<double[]> expectedRows) {
    SplittableRandom random = new SplittableRandom(42);
    StringBuilder out = new StringBuilder("id");
    for (int j = 0; j < m; j++) {
      out.append(",i").append(j);
    }
    out.append('\n');
    for (int r = 0; r < rows; r++) {
      double[] row = new double[m];
      out.append("area-").append(r);
      expectedIds.append("area-").append(r).append(' ');
      for (int j = 0; j < m; j++) {
        row[j] = switch ((r + j) % 4) {
          case 0 -> random.nextDouble() * 1e6;
          case 1 -> Math.scalb(random.nextDouble(), -1070);
          case 2 -> -random.nextInt(1000);
          default -> random.nextGaussian();
        };
        out.append(',').append(row[j]);
      }
      expectedRows.add(row);
      out.append(r % 3 == 0 ? "\r\n" : "\n");
      if (r % 97 == 0) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  @Test
  void readsEveryValueExactlyAcrossSlices() throws IOException {
    StringBuilder ids = new StringBuilder();
    List<double[]> rows = new ArrayList<>();
    Path file = write(big(3000, 25, ids, rows));
    MatrixCsv.Matrix matrix = MatrixCsv.read(file);
    List<String> readIds = matrix.rows();
    List<String> names = matrix.names();
    double[][] columns = matrix.columns();
    assertEquals(25, names.size());
    assertEquals("i24", names.get(24));
    assertEquals(ids.toString().trim(), String.join(" ", readIds));
    for (int r = 0; r < rows.size(); r++) {
      for (int j = 0; j < 25; j++) {
        assertEquals(Double.doubleToRawLongBits(rows.get(r)[j]), Double.doubleToRawLongBits(columns[j][r]), "row " + r + ", column " + j);
      }
    }
  }

  @Test
  void aBadCellFarIntoTheFileIsNamedByLineAndField() throws IOException {
    StringBuilder ids = new StringBuilder();
    String text = big(3000, 25, ids, new ArrayList<>());
    int at = text.indexOf("area-2500,");
    int comma = text.indexOf(',', at + "area-2500,".length());
    String broken = text.substring(0, comma + 1) + "x7" + text.substring(text.indexOf(',', comma + 1));
    long lineOfArea = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> MatrixCsv.read(write(broken)));
    assertTrue(e.getMessage().contains("m.csv:" + lineOfArea + ":3"), e.getMessage());
    assertTrue(e.getMessage().contains(": 'x7' is not a number"), e.getMessage());
  }

  @Test
  void wrongFieldCountsNonFiniteValuesAndEmptyFilesAreRejected() throws IOException {
    assertTrue(assertThrows(InvalidInputException.class, () -> MatrixCsv.read(write("id,a,b\nx,1,2\ny,3\n"))).getMessage().contains("m.csv:3: the row has 2 fields; the header has 3"));
    assertTrue(assertThrows(InvalidInputException.class, () -> MatrixCsv.read(write("id,a\nx,Infinity\n"))).getMessage().contains("m.csv:2:2: a: 'Infinity' is not finite"));
    assertTrue(assertThrows(InvalidInputException.class, () -> MatrixCsv.read(write("id,a\nx,\n"))).getMessage().contains("a: '' is not a number"));
    assertTrue(assertThrows(InvalidInputException.class, () -> MatrixCsv.read(write(""))).getMessage().contains("the file is empty"));
  }

  @Test
  void aSmallFileWithoutAFinalLineEndIsRead() throws IOException {
    MatrixCsv.Matrix matrix = MatrixCsv.read(write("id,a,b\r\nx,1.5,-2\r\ny,3e2,0.25"));
    double[][] columns = matrix.columns();
    assertEquals(List.of("x", "y"), matrix.rows());
    assertArrayEquals(new double[] {1.5, 300}, columns[0]);
    assertArrayEquals(new double[] {-2, 0.25}, columns[1]);
  }

  @Test
  void aMatrixIsAFlatIndexOfEquallyWeightedBenefitIndicatorsOfOneYear() throws IOException {
    ImportedIndex index = MatrixCsv.read(write("id,GDP,1st.Score\nx,1.5,-2\ny,3,0.25\n")).toIndex(2000);
    assertEquals(List.of("gdp", "i_1st_score"), index.framework().indicatorIds());
    assertEquals("index", index.framework().root().id());
    assertEquals(List.of(1.0, 1.0), index.framework().leaves().stream().map(n -> n.weight()).toList());
    assertEquals(io.potentia.core.indicator.Direction.BENEFIT, index.catalogue().get("gdp").direction());
    assertEquals("GDP", index.catalogue().get("gdp").name());
    assertArrayEquals(new int[] {2000}, index.dataset().years());
    assertEquals(0.25, index.dataset().value("y", "i_1st_score", 2000).getAsDouble());
  }

  @Test
  void twoColumnsThatGiveOneIdAreRefusedNamingBoth() throws IOException {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> MatrixCsv.read(write("id,GDP,gdp\nx,1,2\n")).toIndex(2000));
    assertEquals(dir.resolve("m.csv") + ":1:3: columns 'GDP' and 'gdp' both become indicator id 'gdp' (first at column 2)",
        e.getMessage());
    MatrixCsv.Matrix inCode = new MatrixCsv.Matrix("code", List.of("x"), List.of("GDP", "gdp"),
        new double[][] {{1}, {2}});
    assertEquals("code:1:3: columns 'GDP' and 'gdp' both become indicator id 'gdp' (first at column 2)",
        assertThrows(InvalidInputException.class, () -> inCode.toIndex(2000)).getMessage());
  }

  /** Issue 15, item 5: the reader stopped at the first bad cell, and a repeated row id had no position. */
  @Test
  void everyProblemOfAMatrixFileComesInOneErrorARepeatNamingWhereTheFirstIs() throws IOException {
    String m = dir.resolve("m.csv").toString();
    assertEquals(List.of(
        m + ":1:4: column 'a' appears twice in the header (first at column 2)",
        m + ":3:3: b: 'zz' is not a number",
        m + ":4:1: row id 'x' is given twice (first at line 2)",
        m + ":5: the row has 2 fields; the header has 4"),
        problemsOf("id,a,b,a\nx,1,2,3\ny,1,zz,3\nx,4,5,6\nz,1\n"));
  }

  /**
   * A row without an id was read as the area "" (and a second one as its repeat): an area nobody
   * can name or match to a hierarchy. Each such row is named, with the rest of the file's problems.
   */
  @Test
  void aRowWithoutAnIdIsRefusedAtItsLineNotReadAsTheAreaNamedNothing() throws IOException {
    String m = dir.resolve("m.csv").toString();
    String blank = "' is empty or blank; every row starts with its area's id";
    assertEquals(List.of(
        m + ":3:1: row id: '" + blank,
        m + ":4:1: row id: '  " + blank,
        m + ":5:1: row id: '\t" + blank,
        m + ":6:1: row id: '\u00a0" + blank,
        m + ":7:3: b: 'zz' is not a number",
        m + ":8:1: row id: '" + blank),
        problemsOf("id,a,b\nx,1,2\n,3,4\n  ,5,6\n\t,5,6\n\u00a0,5,6\ny,7,zz\n,8,9"));
  }

  @Test
  void aRowIdRepeatedInAnotherSliceNamesTheLinesOfBoth() throws IOException {
    String text = big(3000, 25, new StringBuilder(), new ArrayList<>());
    long lineOfSeven = text.substring(0, text.indexOf("area-7,")).chars().filter(c -> c == '\n').count() + 1;
    int at = text.indexOf("area-2500,");
    long lineOfRepeat = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    String repeated = text.substring(0, at) + "area-7," + text.substring(at + "area-2500,".length());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> MatrixCsv.read(write(repeated)));
    assertEquals(dir.resolve("m.csv") + ":" + lineOfRepeat + ":1: row id 'area-7' is given twice (first at line "
        + lineOfSeven + ")", e.getMessage());
  }

  /**
   * Seeded: ids copied from rows before and after, some three times, read in one chunk (cut into
   * slices parsed side by side) and in chunks of 100,000 and 9,000 bytes (a slice each); the
   * messages must be those of reading the file line by line: every later row named once, with the
   * first row's line.
   */
  @Test
  void repeatedRowIdsAreNamedAsALineByLineReadingWouldNameThem() throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    String[] lines = big(3000, 6, new StringBuilder(), new ArrayList<>()).split("\n", -1);
    List<Integer> rowLines = new ArrayList<>(); // 0-based indexes of the lines that hold a row
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        rowLines.add(i);
      }
    }
    for (int k = 0; k < 30; k++) {
      int target = rowLines.get(random.nextInt(rowLines.size()));
      int source = rowLines.get(random.nextInt(rowLines.size()));
      lines[target] = lines[source].substring(0, lines[source].indexOf(',')) + lines[target].substring(lines[target].indexOf(','));
    }
    String text = String.join("\n", lines);
    String m = dir.resolve("m.csv").toString();
    java.util.Map<String, Integer> firstLine = new java.util.HashMap<>();
    List<String> expected = new ArrayList<>();
    for (int i : rowLines) {
      String id = lines[i].substring(0, lines[i].indexOf(','));
      Integer first = firstLine.putIfAbsent(id, i + 1);
      if (first != null) {
        expected.add(m + ":" + (i + 1) + ":1: row id '" + id + "' is given twice (first at line " + first + ")");
      }
    }
    assertTrue(expected.size() >= 20, "the seed repeats ids: " + expected.size());
    for (int chunk : new int[] {1 << 23, 100_000, 9_000}) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> readInChunks(text, chunk, new ArrayList<>(), new ArrayList<>()), "chunk " + chunk);
      assertEquals(expected, e.problems().stream().map(Object::toString).toList(), "chunk " + chunk);
    }
  }

  /** A stream is read as a file is, however long (its length unknown, the buffer grows), named as its caller names it. */
  @Test
  void aStreamIsReadAsAFileIsAndNamedAsTheCallerNamesIt() throws IOException {
    StringBuilder expectedIds = new StringBuilder();
    List<double[]> rows = new ArrayList<>();
    String text = big(3000, 9, expectedIds, rows); // about 150 KB: more than the first buffer of an unknown length
    boolean[] closed = {false};
    var in = new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    MatrixCsv.Matrix matrix = MatrixCsv.read("stdin", in);
    assertEquals("stdin", matrix.source());
    assertEquals(List.of(expectedIds.toString().trim().split(" ")), matrix.rows());
    for (int r = 0; r < rows.size(); r++) {
      for (int j = 0; j < 9; j++) {
        assertEquals(rows.get(r)[j], matrix.columns()[j][r], "row " + r + ", column " + j);
      }
    }
    assertEquals(false, closed[0], "the caller's stream is left open");
    assertEquals(List.of("stdin:1: the file is empty"), assertThrows(InvalidInputException.class,
        () -> MatrixCsv.read("stdin", new java.io.ByteArrayInputStream(new byte[0]))).problems().stream().map(Object::toString).toList());
    assertEquals(List.of("stdin:3:2: a: 'x' is not a number"), assertThrows(InvalidInputException.class,
        () -> MatrixCsv.read("stdin", new java.io.ByteArrayInputStream("id,a\nr1,1\nr2,x\n".getBytes(StandardCharsets.UTF_8))))
        .problems().stream().map(Object::toString).toList());
  }

  /** Every shape of number U1's files have (and the warm-up's synthetic file) is read in the one pass, none cell by cell. */
  @Test
  void everyNumberShapeOfAU1FileIsReadInOnePass() {
    String rows = "u1,6.24225,12.2521,385.053,0.830382,0.02345,5.2,12,-3.5e+06,1.2e-05\n"
        + "u2,1,22.5,0.1,100000,7.5e+05,-0.25,3.14159,2e-06,-6\r\n";
    byte[] bytes = rows.getBytes(StandardCharsets.US_ASCII);
    MatrixCsv.Slice slice = new MatrixCsv.Slice(bytes, 0, bytes.length, List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"));
    assertEquals(2, slice.plainRows);
    assertEquals(-3.5e6, slice.columns[7][0]);
    assertEquals(1.2e-5, slice.columns[8][0]);
  }

  /** Reads through the streaming path with a chunk of the given bytes, as {@link MatrixCsv#read(Path)} does with 8 MB. */
  private double[][] readInChunks(String text, int chunk, List<String> ids, List<String> names) throws IOException {
    Path file = write(text);
    try (var in = Files.newInputStream(file)) {
      return MatrixCsv.read(file.toString(), in, Files.size(file), chunk, ids, names);
    }
  }

  /**
   * The buffer is sized from the file's length, so that a small file does not cost a chunk's worth
   * of memory; a length that is wrong (0 for a pipe, a file that grew or shrank) must not lose or
   * add a byte.
   */
  @Test
  void aWrongLengthForTheFileStillReadsEveryRow() throws IOException {
    StringBuilder expectedIds = new StringBuilder();
    List<double[]> rows = new ArrayList<>();
    String text = big(3000, 9, expectedIds, rows); // about 150 KB: more than the smallest buffer
    Path file = write(text);
    long size = Files.size(file);
    for (int chunk : new int[] {1 << 23, 100_000}) {
      for (long hint : new long[] {0, 10, size / 2, size - 1, size + 1, 2 * size}) {
        String what = "length given as " + hint + ", chunks of " + chunk;
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        double[][] columns;
        try (var in = Files.newInputStream(file)) {
          columns = MatrixCsv.read(file.toString(), in, hint, chunk, ids, names);
        }
        assertEquals(List.of("i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8"), names, what);
        assertEquals(List.of(expectedIds.toString().trim().split(" ")), ids, what);
        for (int j = 0; j < 9; j++) {
          assertEquals(rows.size(), columns[j].length, what + ", column " + j);
          for (int r = 0; r < rows.size(); r++) {
            assertEquals(rows.get(r)[j], columns[j][r], "row " + r + ", column " + j + ", " + what);
          }
        }
      }
    }
  }

  @Test
  void chunksOfEverySizeGiveTheSameValuesAsOneChunk() throws IOException {
    // seeded: a header longer than the smallest chunks, lines cut anywhere, CRLF and blank lines between chunks
    StringBuilder expectedIds = new StringBuilder();
    List<double[]> rows = new ArrayList<>();
    String text = big(400, 7, expectedIds, rows);
    for (int chunk : new int[] {5, 16, 61, 64, 257, 1000, 4096, 1 << 20}) {
      List<String> ids = new ArrayList<>();
      List<String> names = new ArrayList<>();
      double[][] columns = readInChunks(text, chunk, ids, names);
      assertEquals(List.of("i0", "i1", "i2", "i3", "i4", "i5", "i6"), names, "chunk " + chunk);
      assertEquals(expectedIds.toString().trim(), String.join(" ", ids), "chunk " + chunk);
      for (int j = 0; j < 7; j++) {
        assertEquals(400, columns[j].length, "the columns are trimmed to the rows; chunk " + chunk);
        for (int r = 0; r < 400; r++) {
          assertEquals(Double.doubleToRawLongBits(rows.get(r)[j]), Double.doubleToRawLongBits(columns[j][r]),
              "chunk " + chunk + ", row " + r + ", column " + j);
        }
      }
    }
  }

  @Test
  void problemsInLaterChunksNameTheirLinesAndARepeatNamesTheFirstLineInAnEarlierChunk() throws IOException {
    // hand-worked: 16-byte chunks hold 'id,v' to 'c,3' and 'b,x' to 'a,4' apart, so the bad cell of line 5
    // and the repeat at line 6 of the id first seen at line 2 are found in a later chunk than line 2
    String text = "id,v\na,1\nb,2\nc,3\nb,x\na,4\n";
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> readInChunks(text, 16, new ArrayList<>(), new ArrayList<>()));
    String m = dir.resolve("m.csv").toString();
    assertEquals(List.of(m + ":5:2: v: 'x' is not a number", m + ":6:1: row id 'a' is given twice (first at line 2)"),
        e.problems().stream().map(Object::toString).toList());
  }

  @Test
  void aRowIdOrHeaderThatIsNotUtf8IsRefusedNotReadWithAReplacementCharacter() throws IOException {
    // hand-worked: 'x' then 0xFF is no UTF-8 character; 'é' (C3 A9) is one and is read
    Path file = dir.resolve("m.csv");
    Files.write(file, new byte[] {'i', 'd', ',', 'a', '\n', 'x', (byte) 0xFF, ',', '1', '\n', (byte) 0xC3, (byte) 0xA9, ',', '2', '\n'});
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> MatrixCsv.read(file));
    assertEquals(file + ":2:1: row id: the bytes from 0xFF on are not UTF-8; save the file as UTF-8", e.getMessage());
    Files.write(file, new byte[] {'i', 'd', ',', (byte) 0xC3, (byte) 0xA9, '\n', 'x', ',', '1', '\n'});
    assertEquals(List.of("\u00e9"), MatrixCsv.read(file).names());
    Files.write(file, new byte[] {'i', 'd', ',', (byte) 0xE9, '\n', 'x', ',', '1', '\n'});
    assertEquals(file + ":1: header: the bytes from 0xE9 on are not UTF-8; save the file as UTF-8",
        assertThrows(InvalidInputException.class, () -> MatrixCsv.read(file)).getMessage());
  }

  /**
   * A row is read in one pass when its id is ASCII and every cell a plain decimal; any other row is
   * read cell by cell as before. Rows of both kinds, side by side, give what Double.parseDouble
   * gives: hand-made cells that the one pass reads ({@code +5}, {@code 5.}, {@code -0}, {@code 0.1},
   * {@code -.25e+3}) and cells it declines (a space, more digits than a double holds, an exponent
   * past 10^22, hexadecimal), and ids it declines (non-ASCII); a row with a field too many is refused.
   */
  @Test
  void rowsTheOnePassDeclinesAreReadCellByCellToTheSameValues() throws IOException {
    List<String> cells = List.of("+5", " 7", "12345678901234567890", "1e23", "0x1p3", "5.", "-0", "9007199254740993",
        "0.1", "-.25e+3", "1E5");
    StringBuilder text = new StringBuilder("id,a,b\n");
    List<String> expectedIds = new ArrayList<>();
    for (int k = 0; k < cells.size(); k++) {
      String id = k % 3 == 0 ? "\u00e9" + k : "r" + k;
      expectedIds.add(id);
      text.append(id).append(',').append(cells.get(k)).append(',').append(k).append(k % 2 == 0 ? "\r\n" : "\n");
    }
    MatrixCsv.Matrix matrix = MatrixCsv.read(write(text.toString()));
    assertEquals(expectedIds, matrix.rows());
    for (int k = 0; k < cells.size(); k++) {
      assertEquals(Double.doubleToRawLongBits(Double.parseDouble(cells.get(k))), Double.doubleToRawLongBits(matrix.columns()[0][k]),
          cells.get(k));
      assertEquals(k, matrix.columns()[1][k], 0.0);
    }
    assertTrue(assertThrows(InvalidInputException.class, () -> MatrixCsv.read(write("id,a\nx,1\ny,2,3\nz,4\n")))
        .getMessage().contains("m.csv:3: the row has 3 fields; the header has 2"));
  }

  /**
   * A header of ids alone has no value columns: a row with a comma has a field too many, as a
   * semicolon file with decimal commas (a spreadsheet's export in many locales) shows, line by line.
   */
  @Test
  void aHeaderWithoutValueColumnsRefusesRowsWithFieldsAtTheirLines() throws IOException {
    String m = dir.resolve("m.csv").toString();
    assertEquals(List.of(m + ":3: the row has 2 fields; the header has 1"), problemsOf("id\na\nb,\nc\n"));
    assertEquals(List.of(m + ":2: the row has 2 fields; the header has 1", m + ":3: the row has 2 fields; the header has 1"),
        problemsOf("id;a\nx;1,5\ny;2,5\n"));
    assertEquals(List.of("a", "b"), MatrixCsv.read(write("id\na\nb\n")).rows());
  }

  /**
   * Blank lines of spaces, tabs or a carriage return alone, between chunks of every size, still
   * count: a bad cell and a number cut short at the end of the file are named at their lines.
   */
  @Test
  void blankLinesOfEveryKindCountTowardsTheLinesOfLaterProblems() throws IOException {
    StringBuilder text = new StringBuilder("id,a,b\n");
    for (int r = 0; r < 300; r++) {
      text.append("r").append(r).append(',').append(r).append(".5,").append(-r).append(r % 2 == 0 ? "\n" : "\r\n");
      text.append(switch (r % 5) {
        case 0 -> "   \n";
        case 1 -> "\t\r\n";
        case 2 -> "\r\n";
        case 3 -> "\n";
        default -> "";
      });
    }
    text.append("bad,1,x7\n").append("last,2,1e");
    long badLine = text.chars().filter(c -> c == '\n').count(); // every line feed but bad's own is before it
    String m = dir.resolve("m.csv").toString();
    for (int chunk : new int[] {16, 61, 1000, 1 << 20}) {
      InvalidInputException e = assertThrows(InvalidInputException.class,
          () -> readInChunks(text.toString(), chunk, new ArrayList<>(), new ArrayList<>()));
      assertEquals(List.of(m + ":" + badLine + ":3: b: 'x7' is not a number", m + ":" + (badLine + 1) + ":3: b: '1e' is not a number"),
          e.problems().stream().map(Object::toString).toList(), "chunk " + chunk);
    }
  }

  /**
   * The one pass reads every row of the usual shape (an ASCII id, plain decimals, a line end or the
   * end of the file after the last) and leaves every other row to the cell-by-cell reading, which
   * reads it to the same values: the speed-up cannot vanish unseen behind the slower path.
   */
  @Test
  void rowsOfTheUsualShapeAndOnlyThoseAreReadInOnePass() {
    String plain = "a,1,2.5\nb,-3,4e2\r\nc,+5,.5\nd,0.000001,-0\n";
    String declined = "\u00e9,1,2\nx, 7,2\ny,12345678901234567890,1\nw,1e23,1\nv,0x1p0,2\n\n  \nu,1,2 \n";
    byte[] bytes = (plain + declined + "z,1,2").getBytes(StandardCharsets.UTF_8);
    MatrixCsv.Slice slice = new MatrixCsv.Slice(bytes, 0, bytes.length, List.of("p", "q"));
    assertEquals(5, slice.plainRows, "the four plain rows and the last line, and none of the others");
    assertEquals(13, slice.lineCount);
    assertEquals(List.of("a", "b", "c", "d", "\u00e9", "x", "y", "w", "v", "u", "z"), slice.ids);
    assertTrue(slice.faults.isEmpty(), slice.faults.toString());
    double[] expected = {1, 2.5, -3, 400, 5, 0.5, 1e-6, -0.0, 1, 2, 7, 2, 12345678901234567890.0, 1, 1e23, 1, 1, 2, 1, 2, 1, 2};
    // row by row as written above; the slice holds them column by column, room to spare at the end
    assertEquals(expected.length, 2 * slice.ids.size());
    for (int k = 0; k < expected.length; k++) {
      assertEquals(Double.doubleToRawLongBits(expected[k]), Double.doubleToRawLongBits(slice.columns[k % 2][k / 2]), "value " + k);
    }
    MatrixCsv.Slice idsAlone = new MatrixCsv.Slice("a\nb\n".getBytes(StandardCharsets.UTF_8), 0, 4, List.of());
    assertEquals(0, idsAlone.plainRows, "a header without value columns leaves its rows to the cell-by-cell reading");
    assertEquals(List.of("a", "b"), idsAlone.ids);
  }
}
