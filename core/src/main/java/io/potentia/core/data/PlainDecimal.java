package io.potentia.core.data;

/**
 * Reads the common shape of a number in a data file, {@code [+-]digits[.digits][(e|E)[+-]digits]}
 * with at most 16 significant digits, faster than {@link Double#parseDouble} and to the same bit.
 * Anything else (more digits, a large exponent, a lone sign or point, other characters) is left to
 * the caller's exact path, which also words the error.
 *
 * <p>Why the result is exact: when the significant digits form an integer {@code m <= 2^53} and the
 * decimal exponent {@code e} has {@code |e| <= 22}, both {@code m} and {@code 10^|e|} are doubles
 * exactly, so one multiplication or division, rounded once to nearest-even by IEEE 754, gives the
 * correctly rounded value of {@code m x 10^e}: the double nearest to the decimal, which is what
 * {@code Double.parseDouble} returns (W. D. Clinger, "How to read floating point numbers
 * accurately", PLDI 1990, section 5; the same fast path as D. Lemire's fast_float). Other inputs
 * are declined, never approximated.
 */
final class PlainDecimal {
  /** Returned for any text this class declines; never a value it reads, since it reads no NaN. */
  static final double DECLINED = Double.NaN;

  private static final long MAX_EXACT = 1L << 53;
  // 2^53 has 16 digits: a 17th could only make the mantissa inexact
  private static final int MAX_DIGITS = 16;
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
    1e18, 1e19, 1e20, 1e21, 1e22
  };

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
    if (digits == 0 || significant > MAX_DIGITS) {
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
        if (++exponentDigits > 4) {
          return DECLINED; // beyond any exponent this path takes; leading zeros included, to stay simple
        }
        written = written * 10 + d;
      }
      if (exponentDigits == 0) {
        return DECLINED;
      }
      exponent += negativeExponent ? -written : written;
    }
    if (i != n || mantissa > MAX_EXACT) {
      return DECLINED;
    }
    double value;
    if (mantissa == 0) {
      value = 0.0;
    } else if (exponent >= 0 && exponent <= 22) {
      value = mantissa * POWERS_OF_TEN[exponent];
    } else if (exponent < 0 && exponent >= -22) {
      value = mantissa / POWERS_OF_TEN[-exponent];
    } else {
      return DECLINED;
    }
    return negative ? -value : value;
  }
}
