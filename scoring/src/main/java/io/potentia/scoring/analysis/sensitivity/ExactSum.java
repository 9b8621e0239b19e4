package io.potentia.scoring.analysis.sensitivity;

import java.io.Serializable;
import java.math.BigInteger;

/**
 * The exact sum of finite doubles, kept without rounding, so that sums built in any order and
 * merged in any grouping are the same number (floating-point addition is not associative; this
 * is). Every finite double is {@code m 2^(p - 1075)} with an integer {@code |m| < 2^53} and
 * {@code 1 <= p <= 2046}; the sum is held as signed 32-bit digits {@code sum_w d_w 2^(32 w -
 * 1075)} in longs, a window of them around the digits touched, carries propagated lazily (a long
 * absorbs 2^30 additions of a digit before it could overflow). This is the "long accumulator" of
 * U. Kulisch, Computer Arithmetic and Validity (de Gruyter, 2008), chapter 8, in its simplest form.
 *
 * <p>Rounding to a double happens once, at the end ({@link #toDouble()}, {@link #ratio}), to
 * nearest with ties to even (for a subnormal result the rounding may be off by one unit).
 */
final class ExactSum implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int BIAS = 1075;
  private static final long MASK = 0xFFFF_FFFFL;
  /** Carries are propagated after this many additions, long before a digit could overflow. */
  private static final int ADDS_BEFORE_CARRY = 1 << 30;

  /** The digits; words[0] is digit number low. */
  private long[] words = new long[0];
  /** The number of the digit in words[0]. */
  private int low;
  /** Additions since carries were last propagated. */
  private int adds;

  /**
   * Adds a finite double exactly.
   *
   * @param v the value
   * @throws IllegalArgumentException if it is not finite (a caller's defect: callers check first)
   */
  void add(double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("not finite: " + v);
    }
    if (v == 0) {
      return;
    }
    long bits = Double.doubleToRawLongBits(v);
    int e = (int) ((bits >>> 52) & 0x7FF);
    long m = bits & ((1L << 52) - 1);
    int p;
    if (e == 0) {
      p = 1;
    } else {
      m |= 1L << 52;
      p = e;
    }
    int w = p >>> 5;
    int shift = p & 31;
    long c0 = (m << shift) & MASK;
    long mid = shift == 0 ? m >>> 32 : m >>> (32 - shift);
    long c1 = mid & MASK;
    long c2 = mid >>> 32;
    ensure(w, w + 2);
    int i = w - low;
    if (bits < 0) {
      words[i] -= c0;
      words[i + 1] -= c1;
      words[i + 2] -= c2;
    } else {
      words[i] += c0;
      words[i + 1] += c1;
      words[i + 2] += c2;
    }
    if (++adds >= ADDS_BEFORE_CARRY) {
      carry();
    }
  }

  /**
   * Adds another sum to this one, exactly.
   *
   * @param other the other sum, unchanged
   */
  void add(ExactSum other) {
    if (other.words.length == 0) {
      return;
    }
    other.carry();
    carry();
    ensure(other.low, other.low + other.words.length - 1);
    for (int w = 0; w < other.words.length; w++) {
      words[other.low + w - low] += other.words[w];
    }
    carry();
  }

  /** The sum as an integer times {@code 2^exponent()}. */
  BigInteger mantissa() {
    BigInteger big = BigInteger.ZERO;
    for (int w = words.length - 1; w >= 0; w--) {
      big = big.shiftLeft(32).add(BigInteger.valueOf(words[w]));
    }
    return big;
  }

  /** The power of two that {@link #mantissa()} is multiplied by. */
  int exponent() {
    return 32 * low - BIAS;
  }

  /**
   * The sum rounded to the nearest double.
   *
   * @return the sum
   */
  double toDouble() {
    return round(mantissa(), exponent());
  }

  /**
   * {@code sum / divisor}, rounded once to the nearest double.
   *
   * @param divisor a positive count
   * @return the quotient
   */
  double ratio(long divisor) {
    return quotient(mantissa(), exponent(), BigInteger.valueOf(divisor));
  }

  /** {@code num 2^exp / den} rounded once to the nearest double; den &gt; 0. */
  static double quotient(BigInteger num, int exp, BigInteger den) {
    if (num.signum() == 0) {
      return 0;
    }
    // enough quotient bits that the remainder only decides the sticky bit
    int s = Math.max(0, den.bitLength() - num.abs().bitLength() + 64);
    BigInteger[] qr = num.abs().shiftLeft(s).divideAndRemainder(den);
    BigInteger q = qr[0];
    if (qr[1].signum() != 0) {
      q = q.shiftLeft(1).or(BigInteger.ONE);
      s++;
    }
    return round(num.signum() < 0 ? q.negate() : q, exp - s);
  }

  /** {@code big 2^exp} rounded to the nearest double, ties to even. */
  static double round(BigInteger big, int exp) {
    int sign = big.signum();
    if (sign == 0) {
      return 0;
    }
    BigInteger mag = big.abs();
    int length = mag.bitLength();
    long top;
    int scale = exp;
    if (length <= 62) {
      top = mag.longValueExact();
    } else {
      // 62 leading bits and a sticky bit below them round as the whole number does
      int drop = length - 62;
      top = mag.shiftRight(drop).longValueExact();
      if (mag.getLowestSetBit() < drop) {
        top |= 1;
      }
      scale += drop;
    }
    double r = Math.scalb((double) top, scale);
    return sign < 0 ? -r : r;
  }

  /** Widens the window to hold digits from..to, with headroom above for carries. */
  private void ensure(int from, int to) {
    if (words.length == 0) {
      low = from;
      words = new long[to - from + 2];
      return;
    }
    int high = low + words.length - 1;
    int newLow = Math.min(low, from);
    int newHigh = Math.max(high, to + 1);
    if (newLow == low && newHigh == high) {
      return;
    }
    long[] grown = new long[newHigh - newLow + 1];
    System.arraycopy(words, 0, grown, low - newLow, words.length);
    words = grown;
    low = newLow;
  }

  /** Brings every digit but the top one into [0, 2^32); the top one keeps the sign. */
  private void carry() {
    for (int w = 0; w < words.length - 1; w++) {
      long c = words[w] >> 32;
      words[w] -= c << 32;
      words[w + 1] += c;
    }
    long top = words.length == 0 ? 0 : words[words.length - 1];
    if (top >= (1L << 40) || top <= -(1L << 40)) {
      ensure(low, low + words.length);
      carry();
    }
    adds = 0;
  }
}
