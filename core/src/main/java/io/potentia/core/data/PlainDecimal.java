package io.potentia.core.data;

import io.potentia.core.internal.ExactDecimal;

/**
 * Reads the common shape of a number in a data file, {@code [+-]digits[.digits][(e|E)[+-]digits]}
 * with at most 16 significant digits, faster than {@link Double#parseDouble} and to the same bit.
 * Anything else (more digits, a large exponent, a lone sign or point, other characters) is left to
 * the caller's exact path, which also words the error.
 *
 * <p>The value itself comes from {@link ExactDecimal#value}, which says why it is exact; the
 * matrix reader reads bytes by the same rules ({@link io.potentia.core.internal.DecimalScan}).
 */
final class PlainDecimal {
  /** Returned for any text this class declines; never a value it reads, since it reads no NaN. */
  static final double DECLINED = ExactDecimal.DECLINED;

  private PlainDecimal() {}

  /**
   * The value of a plain decimal, or {@link #DECLINED} (test with {@link Double#isNaN}) when the
   * text is not in the fast shape; then {@code Double.parseDouble} decides.
   *
   * @param t the text, without surrounding white space
   * @return the value, bit for bit as {@code Double.parseDouble(t)}, or NaN
   */
  static double parse(CharSequence t) {
    if (t instanceof BufferSlice slice) {
      return parse(slice.array(), slice.offset(), slice.offset() + slice.length());
    }
    String text = t.toString();
    return parse(text.toCharArray(), 0, text.length());
  }

  /**
   * The value of the plain decimal {@code t[from..n)}, as {@link #parse(CharSequence)}: read
   * straight from an array, since most of a file's cells are read here, from its read buffer.
   *
   * @param t the characters
   * @param from the first character's index
   * @param n the index after the last character
   * @return the value, bit for bit as {@code Double.parseDouble}, or NaN
   */
  static double parse(char[] t, int from, int n) {
    int i = from;
    boolean negative = false;
    if (i < n && (t[i] == '-' || t[i] == '+')) {
      negative = t[i] == '-';
      i++;
    }
    // each run of digits is one tight loop; a mantissa of more than 18 digits wraps around, harmlessly,
    // since the count of significant digits then declines the text
    int d;
    int digitsFrom = i;
    while (i < n && t[i] == '0') {
      i++; // leading zeros: digits, but not significant
    }
    int significantFrom = i;
    long mantissa = 0;
    while (i < n && (d = t[i] - '0') >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      i++;
    }
    int significant = i - significantFrom; // digits in the mantissa once leading zeros are skipped
    int digits = i - digitsFrom; // every digit of the number part, zeros included, so that "." and "e5" are declined
    int exponent = 0; // decimal exponent of the mantissa's last digit
    if (i < n && t[i] == '.') {
      int fractionFrom = ++i;
      if (significant == 0) {
        while (i < n && t[i] == '0') {
          i++; // zeros after the point, before the first significant digit
        }
      }
      significantFrom = i;
      while (i < n && (d = t[i] - '0') >= 0 && d <= 9) {
        mantissa = mantissa * 10 + d;
        i++;
      }
      significant += i - significantFrom;
      exponent = fractionFrom - i;
      digits += i - fractionFrom;
    }
    if (digits == 0 || significant > ExactDecimal.MAX_DIGITS) {
      return DECLINED;
    }
    if (i < n && (t[i] == 'e' || t[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < n && (t[i] == '-' || t[i] == '+')) {
        negativeExponent = t[i] == '-';
        i++;
      }
      int written = 0;
      int exponentDigits = 0;
      for (; i < n && (d = t[i] - '0') >= 0 && d <= 9; i++) {
        if (++exponentDigits > ExactDecimal.MAX_EXPONENT_DIGITS) {
          return DECLINED; // beyond any exponent this path takes; leading zeros included, to stay simple
        }
        written = written * 10 + d;
      }
      if (exponentDigits == 0) {
        return DECLINED;
      }
      exponent += negativeExponent ? -written : written;
    }
    return i == n ? ExactDecimal.value(mantissa, exponent, negative) : DECLINED;
  }
}
