package io.potentia.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * A stream that passes bytes through unchanged and fails with a {@link MalformedInputException} at
 * the first byte that is not well-formed UTF-8. Jackson's byte parser reads a key with a stray byte
 * ({@code "weig\xFFht"}) as if the byte were not there, so a JSON file is checked on its way in; the
 * JDK's decoder checks a chunk at a time, and a character cut by a chunk's end is checked with the
 * next chunk.
 */
public final class Utf8CheckingStream extends FilterInputStream {
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer scratch = CharBuffer.allocate(1 << 13);
  private byte[] carry = new byte[0]; // the start of a character cut by the last chunk's end

  /**
   * Checks the bytes of a stream.
   *
   * @param in the stream
   */
  public Utf8CheckingStream(InputStream in) {
    super(in);
  }

  /**
   * Whether a failure comes from bytes that are not UTF-8, however the parser wrapped it.
   *
   * @param e the failure
   * @return true if a {@link java.nio.charset.CharacterCodingException} is among its causes
   */
  public static boolean notUtf8(Throwable e) {
    for (Throwable x = e; x != null; x = x.getCause() == x ? null : x.getCause()) {
      if (x instanceof java.nio.charset.CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n < 0) {
      if (carry.length > 0) {
        throw new MalformedInputException(carry.length); // the file ends inside a character
      }
      return n;
    }
    ByteBuffer bytes;
    if (carry.length == 0) {
      bytes = ByteBuffer.wrap(b, off, n);
    } else {
      byte[] joined = java.util.Arrays.copyOf(carry, carry.length + n);
      System.arraycopy(b, off, joined, carry.length, n);
      bytes = ByteBuffer.wrap(joined);
    }
    CoderResult r;
    do {
      scratch.clear();
      r = decoder.decode(bytes, scratch, false);
      if (r.isError()) {
        throw new MalformedInputException(r.length());
      }
    } while (r.isOverflow());
    carry = new byte[bytes.remaining()];
    bytes.get(carry);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    // skipped bytes must be checked too
    long skipped = 0;
    byte[] buf = new byte[(int) Math.min(n, 1 << 13)];
    while (skipped < n) {
      int got = read(buf, 0, (int) Math.min(buf.length, n - skipped));
      if (got < 0) {
        break;
      }
      skipped += got;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
