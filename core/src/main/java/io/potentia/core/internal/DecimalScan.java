package io.potentia.core.internal;

/**
 * Reads a plain decimal, {@code [+-]digits[.digits][(e|E)[+-]digits]} with at most 16 significant
 * digits, from bytes in place, stopping at the first byte that cannot continue it, so that a row of
 * a matrix is read in one pass: each number as its bytes go by, its delimiter judged by the caller
 * at {@link #end()}. The value is exact ({@link ExactDecimal#value}), the very double {@link
 * Double#parseDouble} gives; anything else (more digits, a large exponent, a lone sign or point)
 * is declined, and the caller's exact path reads or refuses the cell. The same shape as the data
 * reader's {@code io.potentia.core.data.PlainDecimal}, which reads characters. One instance per
 * thread: it holds where the last number ended.
 */
public final class DecimalScan {
  private int end;

  /** A scanner that has read nothing yet. */
  public DecimalScan() {}

  /**
   * The value of the plain decimal at {@code t[from]}, read up to the first byte that cannot
   * continue it or {@code to}.
   *
   * @param t the bytes
   * @param from where the number starts
   * @param to the end of the bytes that may be read
   * @return the value, or {@link ExactDecimal#DECLINED} (NaN) when the bytes there are not a number
   *     in the fast shape; then {@link #end()} is meaningless
   */
  public double read(byte[] t, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (t[i] == '-' || t[i] == '+')) {
      negative = t[i] == '-';
      i++;
    }
    int d;
    int digitsFrom = i;
    while (i < to && t[i] == '0') {
      i++; // leading zeros: digits, but not significant
    }
    int significantFrom = i;
    long mantissa = 0;
    while (i < to && (d = t[i] - '0') >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      i++;
    }
    int significant = i - significantFrom;
    int digits = i - digitsFrom;
    int exponent = 0;
    if (i < to && t[i] == '.') {
      int fractionFrom = ++i;
      if (significant == 0) {
        while (i < to && t[i] == '0') {
          i++;
        }
      }
      significantFrom = i;
      while (i < to && (d = t[i] - '0') >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        i++;
      }
      significant += i - significantFrom;
      exponent = fractionFrom - i;
      digits += i - fractionFrom;
    }
    if (digits == 0 || significant > ExactDecimal.MAX_DIGITS) {
      return ExactDecimal.DECLINED;
    }
    if (i < to && (t[i] == 'e' || t[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < to && (t[i] == '-' || t[i] == '+')) {
        negativeExponent = t[i] == '-';
        i++;
      }
      int written = 0;
      int exponentDigits = 0;
      for (; i < to && (d = t[i] - '0') >= 0 && d <= 9; i++) {
        if (++exponentDigits > ExactDecimal.MAX_EXPONENT_DIGITS) {
          return ExactDecimal.DECLINED;
        }
        written = written * 10 + d;
      }
      if (exponentDigits == 0) {
        return ExactDecimal.DECLINED;
      }
      exponent += negativeExponent ? -written : written;
    }
    end = i;
    return ExactDecimal.value(mantissa, exponent, negative);
  }

  /**
   * Where the last number read ended: the index of the first byte after it.
   *
   * @return the index
   */
  public int end() {
    return end;
  }
}
