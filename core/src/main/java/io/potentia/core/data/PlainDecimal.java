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
  // 2^53 has 16 digits: a 17th could only make the mantissa inexact, and stopping there keeps it far from overflow
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
    int n = t.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
      negative = t.charAt(i) == '-';
      i++;
    }
    long mantissa = 0;
    int significant = 0; // digits in the mantissa once leading zeros are skipped
    int exponent = 0; // decimal exponent of the mantissa's last digit
    int digits = 0; // every digit of the number part, zeros included, so that "." and "e5" are declined
    for (; i < n; i++) {
      int d = t.charAt(i) - '0';
      if (d < 0 || d > 9) {
        break;
      }
      digits++;
      if (mantissa != 0 || d != 0) {
        if (++significant > MAX_DIGITS) {
          return DECLINED;
        }
        mantissa = mantissa * 10 + d;
      }
    }
    if (i < n && t.charAt(i) == '.') {
      for (i++; i < n; i++) {
        int d = t.charAt(i) - '0';
        if (d < 0 || d > 9) {
          break;
        }
        digits++;
        exponent--;
        if (mantissa != 0 || d != 0) {
          if (++significant > MAX_DIGITS) {
            return DECLINED;
          }
          mantissa = mantissa * 10 + d;
        }
      }
    }
    if (digits == 0) {
      return DECLINED;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
        negativeExponent = t.charAt(i) == '-';
        i++;
      }
      int written = 0;
      int exponentDigits = 0;
      for (; i < n; i++) {
        int d = t.charAt(i) - '0';
        if (d < 0 || d > 9) {
          break;
        }
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
