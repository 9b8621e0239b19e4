package io.potentia.scoring.internal;

import java.util.Arrays;

/**
 * Sorts doubles into the order of {@link Arrays#sort(double[])}, to the same array, faster for the
 * columns of thousands of values that the audit sorts for every indicator of every year: a
 * least-significant-digit radix sort on the bits, a byte per pass (Knuth, TAOCP vol. 3, 5.2.5), that
 * skips a pass when every value has the same byte there, as the high bytes of a column of one
 * magnitude do.
 *
 * <p>Why the order is the same: a double's bits, with every bit flipped when it is negative and
 * only the sign bit flipped otherwise, compare as unsigned integers as {@link Double#compare} orders
 * the doubles, {@code -0.0} before {@code 0.0} and NaN last; values that compare equal have the same
 * bits, so the sorted arrays are equal. An array holding NaN is left to {@code Arrays.sort}.
 */
public final class DoubleSort {
  /** Below this length the library's sort is as fast. */
  static final int RADIX_FROM = 512;

  private DoubleSort() {}

  /**
   * Sorts an array in place into ascending {@link Double#compare} order.
   *
   * @param x the values
   */
  public static void sort(double[] x) {
    int n = x.length;
    if (n < RADIX_FROM) {
      Arrays.sort(x);
      return;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      if (x[i] != x[i]) {
        Arrays.sort(x); // NaN: the library gathers every NaN last, whatever its sign bit
        return;
      }
      long bits = Double.doubleToRawLongBits(x[i]);
      keys[i] = bits ^ (bits >> 63 | Long.MIN_VALUE);
    }
    long[] other = new long[n];
    int[] count = new int[256];
    for (int shift = 0; shift < 64; shift += 8) {
      Arrays.fill(count, 0);
      for (long k : keys) {
        count[(int) (k >>> shift) & 0xFF]++;
      }
      if (count[(int) (keys[0] >>> shift) & 0xFF] == n) {
        continue; // every key has this byte: the pass would leave the order as it is
      }
      int sum = 0;
      for (int b = 0; b < 256; b++) {
        int c = count[b];
        count[b] = sum;
        sum += c;
      }
      for (long k : keys) {
        other[count[(int) (k >>> shift) & 0xFF]++] = k;
      }
      long[] swap = keys;
      keys = other;
      other = swap;
    }
    for (int i = 0; i < n; i++) {
      long k = keys[i];
      x[i] = Double.longBitsToDouble(k ^ (~k >> 63 | Long.MIN_VALUE));
    }
  }
}
