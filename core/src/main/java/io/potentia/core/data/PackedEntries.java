package io.potentia.core.data;

/**
 * The cells and values of an {@link ObservationLog}'s observations in 16 bytes each at most, where
 * four {@code int}s and a {@code double} took 24: the area's slot, the indicator's slot and the
 * year packed into one {@code long}, the value beside it. Held in fixed chunks, so that growing
 * never copies what is held nor leaves half of a doubled array unused; the keys of a full chunk
 * that follow a pattern, as those of a file in order do, are held as {@link KeyRuns}, so that such
 * a file takes about the 8 bytes of each value, and the keys of a chunk in no order in 32 bits
 * each when they fit ({@link NarrowKeys}), about 12 bytes an observation.
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

  // a full chunk's keys whose runs take at most an eighth of their bytes are held as runs: the keys
  // of a file in order then take next to nothing beside the values
  private static final int MAX_RUN_BYTES = CHUNK;

  private long[][] keys = new long[16][]; // a chunk's keys, or null once held in fewer bytes
  private HeldKeys[] held = new HeldKeys[16]; // a full chunk's keys as runs or in 32 bits each, or null
  private double[][] values = new double[16][];
  // the keys of the chunk held in fewer bytes that was read last, written back, so that a pass in order
  // writes each chunk back once
  private long[] decoded; // made when first needed: most builders hold less than a chunk
  private int decodedChunk = -1;
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

  /** The chunk that holds entry {@code e}, made when it is the next one; the one before is then full. */
  private int chunkAt(int e) {
    int chunk = e >>> CHUNK_BITS;
    if (chunk == keys.length) {
      keys = java.util.Arrays.copyOf(keys, chunk * 2);
      held = java.util.Arrays.copyOf(held, chunk * 2);
      values = java.util.Arrays.copyOf(values, chunk * 2);
    }
    if (values[chunk] == null) {
      keys[chunk] = new long[CHUNK];
      values[chunk] = new double[CHUNK];
      if (chunk > 0) {
        seal(chunk - 1);
      }
    }
    return chunk;
  }

  /** Holds a full chunk's keys as runs when they are few enough, otherwise in 32 bits each when they fit. */
  private void seal(int chunk) {
    HeldKeys h = KeyRuns.of(keys[chunk], MAX_RUN_BYTES);
    if (h == null) {
      h = NarrowKeys.of(keys[chunk], YEAR_BITS);
    }
    if (h != null) {
      held[chunk] = h;
      keys[chunk] = null;
    }
  }

  private static long key(int area, int indicator, int year, int indicatorBits) {
    return (long) area << (YEAR_BITS + indicatorBits) | (long) indicator << YEAR_BITS | year;
  }

  private void repack(int bits) {
    long[] packed = new long[CHUNK];
    int chunks = (size + CHUNK - 1) >>> CHUNK_BITS;
    for (int chunk = 0; chunk < chunks; chunk++) {
      int from = chunk << CHUNK_BITS;
      int count = Math.min(CHUNK, size - from);
      for (int at = 0; at < count; at++) {
        long old = key(from + at);
        packed[at] = key(areaOf(old), indicatorOf(old), yearOf(old), bits);
      }
      if (keys[chunk] != null) {
        System.arraycopy(packed, 0, keys[chunk], 0, count);
      } else {
        // a chunk held in fewer bytes is full: its keys packed anew are held so again, or kept whole
        keys[chunk] = packed.clone();
        held[chunk] = null;
        seal(chunk);
      }
    }
    decodedChunk = -1; // what was written back is in the old packing
    indicatorBits = bits;
  }

  /** How many full chunks hold their keys as runs. */
  int chunksHeldAsRuns() {
    return (int) java.util.Arrays.stream(held).filter(h -> h instanceof KeyRuns).count();
  }

  /** How many full chunks hold their keys in 32 bits each. */
  int chunksHeldNarrow() {
    return (int) java.util.Arrays.stream(held).filter(h -> h instanceof NarrowKeys).count();
  }

  int area(int e) {
    return areaOf(key(e));
  }

  int indicator(int e) {
    return indicatorOf(key(e));
  }

  int year(int e) {
    return yearOf(key(e));
  }

  /**
   * The packed key of entry {@code e}, to read its parts with {@link #areaOf}, {@link #indicatorOf}
   * and {@link #yearOf} at the cost of one look-up.
   */
  long key(int e) {
    int chunk = e >>> CHUNK_BITS;
    long[] k = keys[chunk];
    if (k == null) {
      if (decodedChunk != chunk) {
        if (decoded == null) {
          decoded = new long[CHUNK];
        }
        held[chunk].decode(decoded);
        decodedChunk = chunk;
      }
      k = decoded;
    }
    return k[e & (CHUNK - 1)];
  }

  int areaOf(long key) {
    return (int) (key >>> (YEAR_BITS + indicatorBits));
  }

  int indicatorOf(long key) {
    return (int) (key >>> YEAR_BITS) & ((1 << indicatorBits) - 1);
  }

  static int yearOf(long key) {
    return (int) key & ((1 << YEAR_BITS) - 1);
  }

  double value(int e) {
    return values[e >>> CHUNK_BITS][e & (CHUNK - 1)];
  }
}
