package io.potentia.core.data;

import io.potentia.core.internal.DecimalScan;

/**
 * Reads a cell that is a plain decimal whole, {@code [+-]digits[.digits][(e|E)[+-]digits]} with
 * at most 16 significant digits, faster than {@link Double#parseDouble} and to the same bit: the
 * number as {@link DecimalScan} reads it (which says why it is exact), taken only if it ends where
 * the cell does. Anything else (more digits, a large exponent, a lone sign or point, other
 * characters) is left to the caller's exact path, which also words the error.
 */
final class PlainDecimal {
  /** Returned for any text this class declines; never a value it reads, since it reads no NaN. */
  static final double DECLINED = DecimalScan.DECLINED;

  private PlainDecimal() {}

  /**
   * The value of a plain decimal, or {@link #DECLINED} (test with {@link Double#isNaN}) when the
   * text is not in the fast shape; then {@code Double.parseDouble} decides.
   *
   * @param t the text, without surrounding white space
   * @param scan the reader's scanner
   * @return the value, bit for bit as {@code Double.parseDouble(t)}, or NaN
   */
  static double parse(CharSequence t, DecimalScan scan) {
    if (t instanceof BufferSlice slice) {
      return parse(slice.array(), slice.offset(), slice.offset() + slice.length(), scan);
    }
    String text = t.toString();
    return parse(text.toCharArray(), 0, text.length(), scan);
  }

  /**
   * The value of the plain decimal {@code t[from..n)}, as {@link #parse(CharSequence,
   * DecimalScan)}: read straight from an array, since most of a file's cells are read here, from
   * its read buffer.
   *
   * @param t the characters
   * @param from the first character's index
   * @param n the index after the last character
   * @param scan the reader's scanner
   * @return the value, bit for bit as {@code Double.parseDouble}, or NaN
   */
  static double parse(char[] t, int from, int n, DecimalScan scan) {
    double v = scan.read(t, from, n);
    return v == v && scan.end() == n ? v : DECLINED;
  }
}
