package io.potentia.core.internal;

/**
 * The last step of reading a plain decimal fast, shared by the readers of characters and of bytes:
 * from the integer of its significant digits and its decimal exponent to the double, exactly, or
 * {@link #DECLINED} when one rounding cannot give the exact double.
 *
 * <p>Why the result is exact: when the significant digits form an integer {@code m <= 2^53} and the
 * decimal exponent {@code e} has {@code |e| <= 22}, both {@code m} and {@code 10^|e|} are doubles
 * exactly, so one multiplication or division, rounded once to nearest-even by IEEE 754, gives the
 * correctly rounded value of {@code m x 10^e}: the double nearest to the decimal, which is what
 * {@code Double.parseDouble} returns (W. D. Clinger, "How to read floating point numbers
 * accurately", PLDI 1990, section 5; the same fast path as D. Lemire's fast_float). Other inputs
 * are declined, never approximated.
 */
public final class ExactDecimal {
  /** Returned for any number this class declines; never a value it gives, since it gives no NaN. */
  public static final double DECLINED = Double.NaN;

  /**
   * The most significant digits taken: 2^53 has 16 digits, so a 17th could only make the mantissa
   * inexact; a reader counts the digits and declines more, since a longer mantissa may have wrapped
   * around a long.
   */
  public static final int MAX_DIGITS = 16;

  /** The widest exponent of a written number that a reader need pass on: any wider is declined here. */
  public static final int MAX_EXPONENT_DIGITS = 4;

  private static final long MAX_EXACT = 1L << 53;
  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17,
    1e18, 1e19, 1e20, 1e21, 1e22
  };

  private ExactDecimal() {}

  /**
   * The double of {@code (negative ? -1 : 1) mantissa x 10^exponent}.
   *
   * @param mantissa the significant digits as an integer, at most {@value #MAX_DIGITS} of them
   * @param exponent the decimal exponent of the mantissa's last digit
   * @param negative whether the number had a minus sign ({@code -0} gives {@code -0.0})
   * @return the double nearest to the decimal, bit for bit as {@code Double.parseDouble}, or {@link
   *     #DECLINED} when the mantissa exceeds 2^53 or the exponent lies outside [-22, 22] (a zero
   *     mantissa is zero at any exponent)
   */
  public static double value(long mantissa, int exponent, boolean negative) {
    if (mantissa < 0 || mantissa > MAX_EXACT) {
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
