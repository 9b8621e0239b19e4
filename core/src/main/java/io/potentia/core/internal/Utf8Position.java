package io.potentia.core.internal;

import io.potentia.core.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a file stops being UTF-8: the line, the column (in characters) and the first bad byte, so
 * that the error points at the cell a spreadsheet saved in another encoding. The JDK's decoder
 * finds the byte; the characters decoded before it give the line and column.
 */
public final class Utf8Position {
  /** How a decoding failure begins its message. */
  public static final String NOT_UTF8 = "the file is not valid UTF-8";

  private Utf8Position() {}

  /**
   * The first byte of a file that is not UTF-8, as a problem at its line and column.
   *
   * @param source the file's name for the message
   * @param file the file
   * @return the problem, naming the byte in hex
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Problem of(String source, Path file) {
    byte[] b;
    try {
      b = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer decoded = CharBuffer.allocate(b.length);
    decoder.decode(in, decoded, true); // stops at the first malformed sequence, if any
    decoded.flip();
    int line = 1;
    int column = 1;
    while (decoded.hasRemaining()) {
      if (decoded.get() == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return Problem.inFile(source, line, column, in.hasRemaining()
        ? NOT_UTF8 + ": byte " + String.format(Locale.ROOT, "0x%02X", b[in.position()] & 0xff)
            + " does not begin or continue a UTF-8 character; save the file as UTF-8"
        : NOT_UTF8); // the file decodes now: it changed since it was read
  }
}
