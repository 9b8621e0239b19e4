package io.potentia.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A chunk's keys held as runs read back exactly, whatever their sequence; the patterns of files in
 * order take a run each, even from a chunk that begins in the middle of one; a sequence without
 * pattern is declined. Seeded synthetic sequences.
 */
class KeyRunsTest {
  private static final int CHUNK = 1 << 15;

  /** The key of a long-form file sorted by area, indicator and year, 100 indicators x 5 years an area. */
  private static long sortedLongForm(int e) {
    return (long) (e / 500) << 22 | (long) (e / 5 % 100) << 14 | (2019 + e % 5);
  }

  private static long[] decoded(KeyRuns runs, int n) {
    long[] out = new long[n];
    runs.decode(out);
    return out;
  }

  @Test
  void aSortedLongFormTakesARunAnAreaFromWhereverTheChunkBegins() {
    for (int chunk = 0; chunk < 6; chunk++) {
      long[] keys = new long[CHUNK];
      for (int k = 0; k < CHUNK; k++) {
        keys[k] = sortedLongForm(chunk * CHUNK + k); // the chunks after the first begin mid-area
      }
      KeyRuns runs = KeyRuns.of(keys, CHUNK);
      assertNotNull(runs, "chunk " + chunk);
      assertArrayEquals(keys, decoded(runs, CHUNK), "chunk " + chunk);
      // 65.5 areas a chunk, and at most two runs more for a first area entered mid-pattern
      assertTrue(runs.runCount() <= 69, runs.runCount() + " runs in chunk " + chunk);
    }
  }

  @Test
  void wideRowsTakeOneRunForAllTheirAreas() {
    long[] keys = new long[CHUNK];
    int e = 0;
    for (int area = 0; e < CHUNK; area++) {
      for (int indicator = 0; indicator < 100 && e < CHUNK; indicator++) {
        keys[e++] = (long) area << 22 | (long) indicator << 14 | 2021;
      }
    }
    KeyRuns runs = KeyRuns.of(keys, CHUNK);
    assertArrayEquals(keys, decoded(runs, CHUNK));
    assertEquals(1, runs.runCount(), "a row is a block, the next row one area on");
  }

  @Test
  void anySequenceReadsBackExactly() {
    SplittableRandom random = new SplittableRandom(17);
    for (int trial = 0; trial < 300; trial++) {
      int n = random.nextInt(1, 3000);
      long[] keys = new long[n];
      for (int k = 0; k < n; ) {
        // stretches of patterns of every shape, of equal keys and of noise, back to back
        int kind = random.nextInt(4);
        int stretch = random.nextInt(1, 200);
        long first = random.nextLong(1L << 40);
        long inner = random.nextInt(3) == 0 ? 0 : random.nextLong(-1000, 1000);
        long outer = random.nextLong(-100_000, 100_000);
        int length = random.nextInt(1, 12);
        for (int q = 0; q < stretch && k < n; q++, k++) {
          keys[k] = kind == 0 ? random.nextLong() : kind == 1 ? first : first + (q / length) * outer + (q % length) * inner;
        }
      }
      KeyRuns runs = KeyRuns.of(keys, Integer.MAX_VALUE);
      assertArrayEquals(keys, decoded(runs, n), "trial " + trial);
      assertTrue(runs.runCount() <= n, "never more runs than keys");
    }
  }

  @Test
  void keysWithoutPatternAreDeclinedAsTakingMoreThanAllowed() {
    SplittableRandom random = new SplittableRandom(3);
    long[] keys = new long[CHUNK];
    for (int k = 0; k < CHUNK; k++) {
      keys[k] = random.nextLong();
    }
    assertNull(KeyRuns.of(keys, CHUNK));
    long[] one = {42};
    assertArrayEquals(one, decoded(KeyRuns.of(one, 1), 1), "a single key is a run, whatever the allowance");
  }
}
