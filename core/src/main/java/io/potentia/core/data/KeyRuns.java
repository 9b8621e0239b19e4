package io.potentia.core.data;

import java.util.Arrays;

/**
 * The packed keys of one full chunk of {@link PackedEntries}, held as runs of two-level arithmetic
 * progressions instead of a {@code long} each: a file in order repeats one pattern for thousands of
 * observations (a wide row steps through the indicators, and the next row does the same one area
 * on; a sorted long file steps through the years, then the indicators, of one area), so a run is
 * {@code key(q) = first + (q / length) * outer + (q % length) * inner} for its {@code q}-th key. Any
 * sequence reads back exactly; one that does not repeat is not worth holding this way, and {@link
 * #of} declines it.
 */
final class KeyRuns implements HeldKeys {
  /** Bytes a run takes: its start, length, first key, inner and outer steps. */
  private static final int RUN_BYTES = 4 + 4 + 8 + 8 + 8;

  private final int[] start;
  private final int[] length;
  private final long[] first;
  private final long[] inner;
  private final long[] outer;
  private final int runs;
  private final int size;

  private KeyRuns(int[] start, int[] length, long[] first, long[] inner, long[] outer, int runs, int size) {
    this.start = start;
    this.length = length;
    this.first = first;
    this.inner = inner;
    this.outer = outer;
    this.runs = runs;
    this.size = size;
  }

  /**
   * The runs of {@code keys}, or null when they would take more than {@code maxBytes}.
   *
   * @param keys the keys, every one of them read
   * @param maxBytes the most the runs may take
   * @return the runs, or null
   */
  static KeyRuns of(long[] keys, int maxBytes) {
    int n = keys.length;
    int capacity = Math.max(1, Math.min(n, maxBytes / RUN_BYTES));
    int[] start = new int[capacity];
    int[] length = new int[capacity];
    long[] first = new long[capacity];
    long[] inner = new long[capacity];
    long[] outer = new long[capacity];
    int runs = 0;
    for (int i = 0; i < n; ) {
      if (runs == capacity) {
        return null;
      }
      // the first block: keys i..j, each one inner step after the one before
      long step = i + 1 < n ? keys[i + 1] - keys[i] : 0;
      int j = i;
      while (j + 1 < n && keys[j + 1] - keys[j] == step) {
        j++;
      }
      int blockLength = j - i + 1;
      long blockStep = j + 1 < n ? keys[j + 1] - keys[i] : 0;
      // then whole or partial blocks like it, each one outer step after the one before
      int end = j + 1;
      long blockFirst = keys[i] + blockStep;
      for (int q = 0; end < n && keys[end] == blockFirst + q * step; end++) {
        if (++q == blockLength) {
          q = 0;
          blockFirst += blockStep;
        }
      }
      if (end - (j + 1) < 2 * blockLength) {
        // not two whole blocks more: the first block may have begun mid-pattern (a chunk's first keys),
        // and one block more can match by chance; it is a run alone, and the next starts where the
        // pattern does
        end = j + 1;
        blockStep = 0;
      }
      start[runs] = i;
      length[runs] = blockLength;
      first[runs] = keys[i];
      inner[runs] = step;
      outer[runs] = blockStep;
      runs++;
      i = end;
    }
    return new KeyRuns(Arrays.copyOf(start, runs), Arrays.copyOf(length, runs), Arrays.copyOf(first, runs),
        Arrays.copyOf(inner, runs), Arrays.copyOf(outer, runs), runs, n);
  }

  @Override
  public void decode(long[] into) {
    for (int r = 0; r < runs; r++) {
      int end = r + 1 < runs ? start[r + 1] : size;
      long blockFirst = first[r];
      int q = 0;
      for (int p = start[r]; p < end; p++) {
        into[p] = blockFirst + q * inner[r];
        if (++q == length[r]) {
          q = 0;
          blockFirst += outer[r];
        }
      }
    }
  }

  /** How many runs hold the keys. */
  int runCount() {
    return runs;
  }
}
