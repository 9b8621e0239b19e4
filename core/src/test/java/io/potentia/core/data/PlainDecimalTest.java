package io.potentia.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast reading of plain decimals gives, for every text it takes, the very bits of {@link
 * Double#parseDouble}, and declines every text that the exact path must judge. Checked on fixed
 * edges and on a seeded corpus of random texts (synthetic, made here).
 */
class PlainDecimalTest {
  private static final io.potentia.core.internal.DecimalScan SCAN = new io.potentia.core.internal.DecimalScan();

  /**
   * Every text read fast is read as Double.parseDouble reads it, bit for bit, and read alike from
   * the middle of a longer array, between digits that would change it if read; returns whether it
   * was taken.
   */
  private static boolean agreesWithParseDouble(String text) {
    double fast = PlainDecimal.parse(text, SCAN);
    double inPlace = PlainDecimal.parse(("7" + text + "8").toCharArray(), 1, 1 + text.length(), SCAN);
    assertEquals(Double.doubleToRawLongBits(fast), Double.doubleToRawLongBits(inPlace), text + " read in place");
    bytesAgree(text, fast);
    if (Double.isNaN(fast)) {
      return false;
    }
    assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(fast), text);
    assertTrue(TableCells.isDecimal(text), text);
    return true;
  }

  /**
   * The matrix reader's scan of bytes takes what the reading of characters takes, to the same bits,
   * and stops at the comma after it; of a text the characters' reading declines, it declines it or
   * reads only a prefix (stopping at a byte that cannot continue a number, for the matrix reader to
   * see that no delimiter follows), and a prefix it reads is read as Double.parseDouble reads it.
   */
  private static void bytesAgree(String text, double fast) {
    // followed by a delimiter, a line end, or nothing: the end of the bytes that may be read
    for (String after : new String[] {",8", "\r\n", "\n", ""}) {
      byte[] bytes = ("7" + text + after + "9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      int to = after.isEmpty() ? 1 + text.length() : bytes.length; // with nothing after, the 9 lies beyond the end
      double scanned = SCAN.read(bytes, 1, to);
      if (!Double.isNaN(fast)) {
        assertEquals(Double.doubleToRawLongBits(fast), Double.doubleToRawLongBits(scanned), text + " scanned as bytes");
        assertEquals(1 + text.length(), SCAN.end(), text + " scanned to its end");
      } else if (!Double.isNaN(scanned)) {
        assertTrue(SCAN.end() < 1 + text.length(), text + " is declined as characters, so at most a prefix is scanned");
        String prefix = text.substring(0, SCAN.end() - 1);
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(prefix)), Double.doubleToRawLongBits(scanned),
            prefix + ", the prefix of " + text);
      }
    }
  }

  @Test
  void theCommonShapesAreTakenAndReadExactly() {
    for (String t : List.of("0", "-0", "+0", "0.0", "-0.0", "5.", ".5", "-.5", "+.5e3", "123.456", "2019",
        "0.1", "0.2", "0.3", "1e22", "1e-22", "9007199254740992", "17.5E+2",
        "0000000000000000000000001.5", "3.14159265358979", "-42.000001", "1e0009")) {
      assertTrue(agreesWithParseDouble(t), t + " is in the fast shape");
    }
    assertEquals(-0.0, PlainDecimal.parse("-0", SCAN), 0.0);
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(PlainDecimal.parse("-0.0", SCAN)));
  }

  /** Read from bytes, a text with no digits where digits must be, or too many, is declined too, after a good read. */
  @Test
  void theByteScanDeclinesWhatHasNoDigitsOrTooManyAfterAGoodRead() {
    for (String t : List.of(".", "-", "e5", "-.e1", "12345678901234567", "1e", "1e+", "1e00001")) {
      byte[] bytes = ("5," + t + ",").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
      assertEquals(5.0, SCAN.read(bytes, 0, bytes.length), 0.0);
      assertEquals(1, SCAN.end());
      assertTrue(Double.isNaN(SCAN.read(bytes, 2, bytes.length)), t + " is declined");
      assertTrue(Double.isNaN(SCAN.read(t.toCharArray(), 0, t.length())), t + " is declined as characters");
    }
  }

  @Test
  void textsOutsideTheFastShapeAreDeclinedForTheExactPath() {
    for (String t : List.of("", "-", "+", ".", "-.", "e5", ".e5", "1e", "1e+", "1e-", "1x", " 1", "1 ", "1..2",
        "1.2.3", "--1", "+-1", "1e5.5", "0x1p3", "1d", "1f", "Infinity", "-Infinity", "NaN", "NA", "1,5",
        // exact only by the slow path: more than 19 significant digits, more than 2^53, a large exponent
        "12345678901234567890", "9007199254740993", "1e23", "1e-23", "4.9e-324", "1.7976931348623157e308",
        "2.2250738585072014E-308", "1e99999", "0.1234567890123456789",
        // a mantissa that would overflow a long: the first corpus run found this one read with the wrong sign
        "-0.9968919191292689373", "99999999999999999999",
        // an exponent whose digits would wrap an int round to 1: 1e(2^32 + 1) is infinite, not 10
        "1e4294967297")) {
      assertTrue(Double.isNaN(PlainDecimal.parse(t, SCAN)), t + " is declined");
    }
  }

  @Test
  void aSeededCorpusOfRandomTextsIsReadAsParseDoubleReadsIt() {
    SplittableRandom random = new SplittableRandom(20261206);
    List<String> corpus = new ArrayList<>();
    for (int k = 0; k < 200_000; k++) {
      corpus.add(randomText(random));
    }
    for (int k = 0; k < 50_000; k++) {
      // Java's own shortest forms, subnormals and extremes included
      corpus.add(Double.toString(Double.longBitsToDouble(random.nextLong())));
      corpus.add(Double.toString(Double.longBitsToDouble(random.nextLong(0x0010000000000000L))));
      corpus.add(Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-25, 26))));
    }
    int taken = 0;
    for (String t : corpus) {
      if (agreesWithParseDouble(t)) {
        taken++;
      }
    }
    // the corpus is built so that most of it has the fast shape; the test must exercise it
    assertTrue(taken > corpus.size() / 3, taken + " of " + corpus.size() + " taken");
  }

  @Test
  void valuesOfTheWidthOfADataFileAreAllTaken() {
    SplittableRandom random = new SplittableRandom(42);
    for (int k = 0; k < 100_000; k++) {
      String t = Double.toString(Math.round(random.nextDouble() * 1e8) / 1e3);
      assertTrue(agreesWithParseDouble(t), t);
    }
  }

  /** A sign or none, up to 25 digits with a point anywhere or none, an exponent or none, in any case. */
  private static String randomText(SplittableRandom random) {
    StringBuilder t = new StringBuilder();
    int sign = random.nextInt(4);
    if (sign == 1) {
      t.append('-');
    } else if (sign == 2) {
      t.append('+');
    }
    int digits = random.nextInt(26);
    int point = random.nextInt(-1, digits + 1);
    for (int d = 0; d < digits; d++) {
      if (d == point) {
        t.append('.');
      }
      // leading zeros and runs of nines are where carries and digit counts go wrong
      int kind = random.nextInt(10);
      t.append(kind == 0 ? '0' : kind == 1 ? '9' : (char) ('0' + random.nextInt(10)));
    }
    if (point == digits) {
      t.append('.');
    }
    if (random.nextInt(3) == 0) {
      t.append(random.nextBoolean() ? 'e' : 'E');
      int exponentSign = random.nextInt(3);
      if (exponentSign == 1) {
        t.append('-');
      } else if (exponentSign == 2) {
        t.append('+');
      }
      t.append(random.nextInt(random.nextBoolean() ? 30 : 400));
    }
    return t.toString();
  }
}
