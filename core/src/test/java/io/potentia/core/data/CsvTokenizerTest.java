package io.potentia.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer reads every text as the Jackson CSV parser that it replaced read it: the same rows,
 * the same fields, the same first lines, and it refuses the same texts at the same line. Checked on
 * the shapes that differ between CSV readers and on a seeded corpus of random texts (synthetic).
 */
class CsvTokenizerTest {
  /** A row as both readers see it: its first line and its fields; or the line of a refusal. */
  private record Row(int line, List<String> fields) {}

  private static List<Row> tokenized(Reader in, int bufferChunk) throws IOException {
    CsvTokenizer csv = new CsvTokenizer(bufferChunk > 0 ? new Trickle(in, bufferChunk) : in, "t.csv", 0);
    List<Row> rows = new ArrayList<>();
    while (csv.next(DatasetCsv.MAX_FIELDS)) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < csv.size(); i++) {
        CharSequence view = csv.chars(i); // the view of the buffer, before the field is made a String
        StringBuilder byChar = new StringBuilder();
        for (int k = 0; k < view.length(); k++) {
          byChar.append(view.charAt(k));
        }
        String seen = view.toString();
        String tail = view.subSequence(Math.min(1, view.length()), view.length()).toString();
        fields.add(csv.field(i));
        assertEquals(seen, csv.field(i), "a field's characters are its text");
        assertEquals(seen, byChar.toString(), "read one by one");
        assertEquals(seen.substring(Math.min(1, seen.length())), tail, "a part of it");
      }
      rows.add(new Row(csv.line(), fields));
    }
    return rows;
  }

  /** What the former reader, Jackson's CSV parser with the settings the project used, makes of a text. */
  private static List<Row> jackson(String text) throws IOException {
    CsvParser csv = (CsvParser) CsvFactory.builder().build().createParser(new StringReader(text));
    csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    csv.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    List<Row> rows = new ArrayList<>();
    if (csv.nextToken() != JsonToken.START_ARRAY) {
      return rows;
    }
    while (csv.nextToken() == JsonToken.START_ARRAY) {
      List<String> fields = new ArrayList<>();
      int line = 0;
      while (csv.nextToken() == JsonToken.VALUE_STRING) {
        if (line == 0) {
          line = csv.currentTokenLocation().getLineNr();
        }
        fields.add(csv.getText());
      }
      rows.add(new Row(line, fields));
    }
    return rows;
  }

  /** Both readers agree on a text, read whole or a few characters at a time. */
  private static void agree(String text) throws IOException {
    List<Row> expected;
    try {
      expected = jackson(text);
    } catch (JsonProcessingException e) {
      for (int chunk : new int[] {0, 1, 3}) {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
            () -> tokenized(new StringReader(text), chunk), () -> "refuses " + shown(text));
        Problem p = refused.problems().get(0);
        assertEquals(e.getLocation().getLineNr(), p.line(), () -> "the line of the refusal of " + shown(text));
        assertTrue(p.message().startsWith("malformed CSV: "), p.message());
      }
      return;
    }
    for (int chunk : new int[] {0, 1, 3}) {
      assertEquals(expected, tokenized(new StringReader(text), chunk), () -> shown(text));
    }
  }

  private static String shown(String text) {
    return "'" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "'";
  }

  @Test
  void theShapesWhereCsvReadersDifferAreReadAsBefore() throws IOException {
    for (String text : List.of("", "q", "a,b,\n", ",\n", "\n", "\r\n", "\n\na\n", "y\n\n", "x\n\n   \ny\n",
        "a\rb\r\nc\n", "a\n\r\nb\r\rc\n", "\"a\nb\",c\nd\n", "a,\"x\r\ny\"\r\nb\n", "a,\"\nb\"\n\"c\n\",d\n",
        "\"\"\nz\n", "\"\"\"\"", "a,\"b\"\"c\"\n", "a,\"b\"\"\"\"c\"\n", "a,b\"c,d\n", " \"a\" ,b\n", "a,\"b\" \n",
        "\"b\"\t,c\n", "\"b\"  \r\nc", "a, \n", "\t\n", "é,ü\n")) {
      agree(text);
    }
  }

  @Test
  void malformedTextIsRefusedAtItsLineAsBefore() throws IOException {
    for (String text : List.of("a,\"b", "a,\"b\"\"\n", "a,\"b\"c,d\n", "\"a\"x\"y\",b\n", "\"a\" \"b\"\n",
        "x\ny\na,\"b\" x")) {
      agree(text);
    }
    InvalidInputException open = assertThrows(InvalidInputException.class,
        () -> tokenized(new StringReader("area,year\nA,\"20"), 0));
    assertEquals("t.csv:2:6: malformed CSV: a quoted field is not closed: its closing double quote is missing",
        open.problems().get(0).toString());
    InvalidInputException after = assertThrows(InvalidInputException.class,
        () -> tokenized(new StringReader("area,year\nA,\"20\"x"), 0));
    assertEquals(2, after.problems().get(0).line());
    assertEquals(7, after.problems().get(0).column(), "the column of the stray character");
  }

  @Test
  void aSeededCorpusOfRandomTextsIsReadAsBefore() throws IOException {
    SplittableRandom random = new SplittableRandom(20261206);
    char[] alphabet = {'a', 'b', '1', '.', ',', ',', '"', '"', ' ', '\t', '\r', '\n', '\n', 'é'};
    for (int k = 0; k < 20_000; k++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      agree(text.toString());
    }
  }

  @Test
  void aRowOfTooManyFieldsIsRefusedNamingItsLine() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
      CsvTokenizer csv = new CsvTokenizer(new StringReader("a\nb,c,d,e\n"), "t.csv", 2);
      while (csv.next(3)) {
        // read on
      }
    });
    assertEquals(4, e.problems().get(0).line(), "line 2 of the text after 2 label lines");
    assertEquals(4, e.problems().get(0).column());
  }

  /** Gives a reader's text a few characters at a time, so that fields and line ends straddle refills. */
  private static final class Trickle extends Reader {
    private final Reader in;
    private final int chunk;

    Trickle(Reader in, int chunk) {
      this.in = in;
      this.chunk = chunk;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      return in.read(buffer, offset, Math.min(length, chunk));
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
