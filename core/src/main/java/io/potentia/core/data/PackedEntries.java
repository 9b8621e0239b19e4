package io.potentia.core.data;

/**
 * The cells and values of an {@link ObservationLog}'s observations in 16 bytes each, where four
 * {@code int}s and a {@code double} took 24: the area's slot, the indicator's slot and the year
 * packed into one {@code long}, the value beside it. Held in fixed chunks, so that growing never
 * copies what is held nor leaves half of a doubled array unused.
 *
 * <p>The key is {@code area << (14 + b) | indicator << 14 | year}: 14 bits hold any year up to
 * 9999, {@code b} bits the indicator slots, and the other {@code 50 - b} the area slots. {@code b}
 * grows with the indicators, the keys held being packed anew each time (a few times at most). A
 * dataset whose slots no longer fit has more than 2^31 cells, which the cube refuses anyway: it is
 * only flagged, and its keys are not read.
 */
final class PackedEntries {
  // 2^15 longs are 256 KB: under half of G1's smallest region, so a chunk is never a humongous object
  // that takes a whole region (with 2^16, a 2 GB heap held every chunk at twice its size)
  private static final int CHUNK_BITS = 15;
  private static final int CHUNK = 1 << CHUNK_BITS;
  private static final int YEAR_BITS = 14;
  private static final int SLOT_BITS = 64 - YEAR_BITS;

  private long[][] keys = new long[16][];
  private double[][] values = new double[16][];
  private int size;
  private int indicatorBits = 8;
  private int maxArea;
  private int maxIndicator;
  private boolean tooLarge;

  int size() {
    return size;
  }

  /** Whether the slots outgrew the key: the dataset has more cells than a cube can hold. */
  boolean tooLarge() {
    return tooLarge;
  }

  void add(int area, int indicator, int year, double value) {
    noteSlots(area, indicator);
    int at = size & (CHUNK - 1);
    int chunk = chunkAt(size);
    keys[chunk][at] = key(area, indicator, year, indicatorBits);
    values[chunk][at] = value;
    size++;
  }

  /**
   * Adds {@code count} values of one area in one year, as {@link #add} does each, with the slots
   * noted once and each chunk filled by one loop.
   */
  void addRow(int area, int year, int[] indicators, double[] rowValues, int count) {
    int most = 0;
    for (int k = 0; k < count; k++) {
      most = Math.max(most, indicators[k]);
    }
    noteSlots(area, most);
    long base = key(area, 0, year, indicatorBits);
    for (int k = 0; k < count; ) {
      int at = size & (CHUNK - 1);
      int chunk = chunkAt(size);
      int n = Math.min(count - k, CHUNK - at);
      long[] keyChunk = keys[chunk];
      double[] valueChunk = values[chunk];
      for (int j = 0; j < n; j++) {
        keyChunk[at + j] = base | (long) indicators[k + j] << YEAR_BITS;
        valueChunk[at + j] = rowValues[k + j];
      }
      size += n;
      k += n;
    }
  }

  /** Widens the indicator's bits for a new largest slot, and flags slots that no longer fit. */
  private void noteSlots(int area, int indicator) {
    maxArea = Math.max(maxArea, area);
    if (indicator > maxIndicator) {
      maxIndicator = indicator;
      while (maxIndicator >= 1 << indicatorBits && indicatorBits < 31) {
        repack(indicatorBits + 1);
      }
    }
    if (maxArea >= 1L << (SLOT_BITS - indicatorBits) || maxIndicator >= 1L << indicatorBits) {
      tooLarge = true;
    }
  }

  /** The chunk that holds entry {@code e}, made when it is the next one. */
  private int chunkAt(int e) {
    int chunk = e >>> CHUNK_BITS;
    if (chunk == keys.length) {
      keys = java.util.Arrays.copyOf(keys, chunk * 2);
      values = java.util.Arrays.copyOf(values, chunk * 2);
    }
    if (keys[chunk] == null) {
      keys[chunk] = new long[CHUNK];
      values[chunk] = new double[CHUNK];
    }
    return chunk;
  }

  private static long key(int area, int indicator, int year, int indicatorBits) {
    return (long) area << (YEAR_BITS + indicatorBits) | (long) indicator << YEAR_BITS | year;
  }

  private void repack(int bits) {
    for (int e = 0; e < size; e++) {
      long[] chunk = keys[e >>> CHUNK_BITS];
      int at = e & (CHUNK - 1);
      chunk[at] = key(area(e), indicator(e), year(e), bits);
    }
    indicatorBits = bits;
  }

  int area(int e) {
    return (int) (keys[e >>> CHUNK_BITS][e & (CHUNK - 1)] >>> (YEAR_BITS + indicatorBits));
  }

  int indicator(int e) {
    return (int) (keys[e >>> CHUNK_BITS][e & (CHUNK - 1)] >>> YEAR_BITS) & ((1 << indicatorBits) - 1);
  }

  int year(int e) {
    return (int) keys[e >>> CHUNK_BITS][e & (CHUNK - 1)] & ((1 << YEAR_BITS) - 1);
  }

  double value(int e) {
    return values[e >>> CHUNK_BITS][e & (CHUNK - 1)];
  }
}
