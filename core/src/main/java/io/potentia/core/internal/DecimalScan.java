package io.potentia.core.internal;

/**
 * Reads a plain decimal, {@code [+-]digits[.digits][(e|E)[+-]digits]} with at most 16 significant
 * digits, in place from bytes or characters, up to the first one that cannot continue it:
 * the one reading of numbers of the data readers, whether a cell is given whole (the dataset
 * reader's characters, which then checks that the number ends where the cell does) or a row is
 * read in one pass (the matrix reader's bytes, which judges the delimiter at {@link #end()}).
 * Anything else is declined, and the caller's exact path reads or refuses the cell: more
 * significant digits, an exponent of more than four digits or beyond 10^+-22, no digit before or
 * after the point, an exponent letter without digits after it ({@code 1e} and {@code 1e+x} are
 * declined whole, not read as {@code 1}). One instance per thread: it
 * holds where the last number ended.
 *
 * <p>The value is exact, the very double {@link Double#parseDouble} gives: when the significant
 * digits form an integer {@code m <= 2^53} and the decimal exponent {@code e} has {@code |e| <=
 * 22}, both {@code m} and {@code 10^|e|} are doubles exactly, so one multiplication or division,
 * rounded once to nearest-even by IEEE 754, gives the correctly rounded value of {@code m x 10^e}
 * (W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990, section 5; the same
 * fast path as D. Lemire's fast_float). Other numbers are declined, never approximated.
 */
public final class DecimalScan {
  /** Returned for a number this class declines; never a value it reads, since it reads no NaN. */
  public static final double DECLINED = Double.NaN;

  // 2^53 has 16 digits: a 17th could only make the mantissa inexact (or wrap it around a long)
  private static final int MAX_DIGITS = 16;
  private static final int MAX_EXPONENT_DIGITS = 4;
  private static final long MAX_EXACT = 1L << 53;
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
    1e18, 1e19, 1e20, 1e21, 1e22
  };

  // the text being read: one of the two, set by the read that reads it and let go after
  private byte[] bytes;
  private char[] chars;
  private int end;

  /** A scanner that has read nothing yet. */
  public DecimalScan() {}

  /**
   * The value of the plain decimal at {@code t[from]}, read up to the first byte that cannot
   * continue it or {@code to}.
   *
   * @param t the bytes (ASCII digits, signs, point and exponent letters; any other byte ends the number)
   * @param from where the number starts
   * @param to the end of the bytes that may be read
   * @return the value, or {@link #DECLINED} (NaN) when the bytes there are not a number in the
   *     fast shape; then {@link #end()} is meaningless
   */
  public double read(byte[] t, int from, int to) {
    bytes = t;
    double v = scan(from, to);
    bytes = null; // not kept: a reader's buffer, or a hostile cell's copy, must not outlive the read
    return v;
  }

  /**
   * As {@link #read(byte[], int, int)}, from characters.
   *
   * @param t the characters
   * @param from where the number starts
   * @param to the end of the characters that may be read
   * @return the value, or {@link #DECLINED} (NaN)
   */
  public double read(char[] t, int from, int to) {
    chars = t;
    double v = scan(from, to);
    chars = null;
    return v;
  }

  /**
   * Where the last number read ended: the index of the first byte or character after it.
   *
   * @return the index
   */
  public int end() {
    return end;
  }

  private int at(int i) {
    byte[] b = bytes;
    return b != null ? b[i] : chars[i];
  }

  private double scan(int from, int to) {
    int i = from;
    boolean negative = false;
    int c;
    if (i < to && ((c = at(i)) == '-' || c == '+')) {
      negative = c == '-';
      i++;
    }
    // each run of digits is one tight loop
    int d;
    int digitsFrom = i;
    while (i < to && at(i) == '0') {
      i++; // leading zeros: digits, but not significant
    }
    int significantFrom = i;
    long mantissa = 0;
    while (i < to && (d = at(i) - '0') >= 0 && d <= 9) {
      mantissa = mantissa * 10 + d;
      i++;
    }
    int significant = i - significantFrom; // digits in the mantissa once leading zeros are skipped
    int digits = i - digitsFrom; // every digit of the number part, zeros included, so that "." and "e5" are declined
    int exponent = 0; // decimal exponent of the mantissa's last digit
    if (i < to && at(i) == '.') {
      int fractionFrom = ++i;
      if (significant == 0) {
        while (i < to && at(i) == '0') {
          i++; // zeros after the point, before the first significant digit
        }
      }
      significantFrom = i;
      while (i < to && (d = at(i) - '0') >= 0 && d <= 9) {
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
    if (i < to && ((c = at(i)) == 'e' || c == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < to && ((c = at(i)) == '-' || c == '+')) {
        negativeExponent = c == '-';
        i++;
      }
      int written = 0;
      int exponentDigits = 0;
      for (; i < to && (d = at(i) - '0') >= 0 && d <= 9; i++) {
        if (++exponentDigits > MAX_EXPONENT_DIGITS) {
          return DECLINED; // beyond any exponent this path takes; leading zeros included, to stay simple
        }
        written = written * 10 + d;
      }
      if (exponentDigits == 0) {
        return DECLINED;
      }
      exponent += negativeExponent ? -written : written;
    }
    end = i;
    return exact(mantissa, exponent, negative);
  }

  /** {@code (negative ? -1 : 1) mantissa x 10^exponent}, or DECLINED when one rounding cannot give it exactly. */
  private static double exact(long mantissa, int exponent, boolean negative) {
    if (mantissa > MAX_EXACT) {
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
