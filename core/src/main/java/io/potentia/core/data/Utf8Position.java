package io.potentia.core.data;

import io.potentia.core.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a file stops being UTF-8: the line, the column (in characters) and the first bad byte, so
 * that the error points at the cell a spreadsheet saved in another encoding.
 */
final class Utf8Position {
  private Utf8Position() {}

  static Problem of(String source, Path file) {
    byte[] b;
    try {
      b = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    int line = 1;
    int column = 1;
    int i = 0;
    while (i < b.length) {
      int length = sequenceLength(b, i);
      if (length == 0) {
        return Problem.inFile(source, line, column, DatasetCsv.NOT_UTF8 + ": byte "
            + String.format(Locale.ROOT, "0x%02X", b[i] & 0xff) + " does not begin or continue a UTF-8 character;"
            + " save the file as UTF-8");
      }
      if (b[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      i += length;
    }
    return Problem.inFile(source, line, column, DatasetCsv.NOT_UTF8 + ": it ends inside a character");
  }

  /** The length of the well-formed UTF-8 sequence at i (RFC 3629), or 0 when it is malformed. */
  private static int sequenceLength(byte[] b, int i) {
    int c = b[i] & 0xff;
    int n;
    int min;
    if (c < 0x80) {
      return 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + n > b.length) {
      return 0;
    }
    int code = c & (0xFF >> (n + 1));
    for (int k = 1; k < n; k++) {
      int d = b[i + k] & 0xff;
      if ((d & 0xC0) != 0x80) {
        return 0;
      }
      code = (code << 6) | (d & 0x3F);
    }
    boolean surrogate = code >= 0xD800 && code <= 0xDFFF;
    return code < min || code > 0x10FFFF || surrogate ? 0 : n;
  }
}
