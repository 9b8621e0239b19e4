package io.potentia.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The packed observations of a log read back exactly as they were given: every slot, year, value
 * and line, across chunk boundaries and after the keys are packed anew for more indicators.
 * Seeded synthetic sequences.
 */
class PackedEntriesTest {
  @Test
  void everyObservationReadsBackAsGivenAcrossChunksAndRepacking() {
    SplittableRandom random = new SplittableRandom(5);
    int n = 200_000; // more than three chunks
    int[] area = new int[n];
    int[] indicator = new int[n];
    int[] year = new int[n];
    double[] value = new double[n];
    PackedEntries packed = new PackedEntries();
    for (int e = 0; e < n; e++) {
      area[e] = random.nextInt(1 << 20);
      // indicators grow past 2^8, 2^9 ... so that the keys are packed anew while held
      indicator[e] = random.nextInt(1 + e / 16);
      year[e] = random.nextInt(DatasetCheck.FIRST_YEAR, DatasetCheck.LAST_YEAR + 1);
      value[e] = random.nextInt(10) == 0 ? Double.NaN : Double.longBitsToDouble(random.nextLong());
      packed.add(area[e], indicator[e], year[e], value[e]);
    }
    assertFalse(packed.tooLarge());
    assertEquals(n, packed.size());
    assertEquals(0, packed.chunksHeldAsRuns(), "random keys have no pattern to hold as runs");
    assertEquals(0, packed.chunksHeldNarrow(), "2^20 areas, hundreds of indicators and thousands of years need more than 32 bits");
    for (int e = 0; e < n; e++) {
      assertEquals(area[e], packed.area(e), "area of " + e);
      assertEquals(indicator[e], packed.indicator(e), "indicator of " + e);
      assertEquals(year[e], packed.year(e), "year of " + e);
      assertEquals(Double.doubleToRawLongBits(value[e]), Double.doubleToRawLongBits(packed.value(e)), "value of " + e);
    }
  }

  @Test
  void slotsBeyondTheKeyAreFlaggedAsMoreCellsThanACubeHolds() {
    PackedEntries packed = new PackedEntries();
    packed.add(0, (1 << 30) + 5, 2020, 1); // 31 bits of indicators leave 19 for areas
    assertFalse(packed.tooLarge());
    packed.add(1 << 19, 0, 2020, 1);
    assertTrue(packed.tooLarge(), "2^19 areas x 2^30 indicators is far beyond 2^31 cells");
  }

  @Test
  void linesReadBackWhateverTheirSequence() {
    SplittableRandom random = new SplittableRandom(9);
    int n = 100_000;
    int[] line = new int[n];
    LineRuns runs = new LineRuns();
    int current = 0;
    for (int e = 0; e < n; e++) {
      int kind = random.nextInt(10);
      // mostly the same line (a wide row) or the next (a long file); sometimes a jump or a 0 (no line)
      current = kind < 4 ? current : kind < 8 ? current + 1 : kind == 8 ? current + random.nextInt(1, 50) : 0;
      line[e] = current;
      runs.add(current);
    }
    for (int e = 0; e < n; e++) {
      assertEquals(line[e], runs.line(e), "line of " + e);
    }
  }

  @Test
  void rowsAddedAtOnceReadBackAsIfAddedOneByOne() {
    SplittableRandom random = new SplittableRandom(11);
    PackedEntries byRow = new PackedEntries();
    PackedEntries oneByOne = new PackedEntries();
    LineRuns linesByRow = new LineRuns();
    LineRuns linesOneByOne = new LineRuns();
    int line = 1;
    while (oneByOne.size() < 150_000) { // rows across chunk boundaries, and more indicators than 2^8 and 2^9
      int count = random.nextInt(0, 700);
      int area = random.nextInt(1 << 16);
      int year = random.nextInt(DatasetCheck.FIRST_YEAR, DatasetCheck.LAST_YEAR + 1);
      int[] indicators = new int[count];
      double[] values = new double[count];
      for (int k = 0; k < count; k++) {
        indicators[k] = random.nextInt(1 + oneByOne.size() / 200);
        values[k] = random.nextInt(10) == 0 ? Double.NaN : random.nextGaussian();
        oneByOne.add(area, indicators[k], year, values[k]);
        linesOneByOne.add(line);
      }
      byRow.addRow(area, year, indicators, values, count);
      linesByRow.add(line, count);
      // the next row's line: mostly the next, sometimes the same (a row added in parts) or a jump
      int kind = random.nextInt(8);
      line = kind < 5 ? line + 1 : kind < 7 ? line : line + random.nextInt(2, 40);
    }
    assertEquals(oneByOne.size(), byRow.size());
    for (int e = 0; e < oneByOne.size(); e++) {
      assertEquals(oneByOne.area(e), byRow.area(e), "area of " + e);
      assertEquals(oneByOne.indicator(e), byRow.indicator(e), "indicator of " + e);
      assertEquals(oneByOne.year(e), byRow.year(e), "year of " + e);
      assertEquals(Double.doubleToRawLongBits(oneByOne.value(e)), Double.doubleToRawLongBits(byRow.value(e)), "value of " + e);
      assertEquals(linesOneByOne.line(e), linesByRow.line(e), "line of " + e);
    }
  }

  @Test
  void chunksHeldAsRunsReadBackAndArePackedAnewForMoreIndicators() {
    PackedEntries packed = new PackedEntries();
    int n = 5 * (1 << 15) + 123; // five full chunks, held as runs, and part of a sixth
    for (int e = 0; e < n; e++) {
      packed.add(e / 500, e / 5 % 100, 2019 + e % 5, e); // a long form sorted by area, indicator and year
    }
    assertEquals(5, packed.chunksHeldAsRuns());
    packed.add(7, 300, 2030, -1); // more indicators than 2^8: every key is packed anew, runs included
    assertEquals(5, packed.chunksHeldAsRuns(), "held as runs again");
    for (int e = 0; e < n; e += 7) {
      assertEquals(e / 500, packed.area(e), "area of " + e);
      assertEquals(e / 5 % 100, packed.indicator(e), "indicator of " + e);
      assertEquals(2019 + e % 5, packed.year(e), "year of " + e);
      assertEquals(e, packed.value(e), "value of " + e);
    }
    assertEquals(300, packed.indicator(n));
    assertEquals(7, packed.area(n));
    // read out of order, so that chunks held as runs are written back again and again
    SplittableRandom random = new SplittableRandom(1);
    for (int k = 0; k < 10_000; k++) {
      int e = random.nextInt(n);
      assertEquals(e / 5 % 100, packed.indicator(e), "indicator of " + e);
    }
  }

  /**
   * A long form in no order: its full chunks hold their keys in 32 bits each and read back exactly,
   * also after the keys are packed anew for more indicators, the chunk read last read first.
   */
  @Test
  void chunksInNoOrderAreHeldIn32BitsAndReadBack() {
    SplittableRandom random = new SplittableRandom(13);
    int n = 4 * (1 << 15) + 77;
    int[] area = new int[n];
    int[] indicator = new int[n];
    int[] year = new int[n];
    PackedEntries packed = new PackedEntries();
    for (int e = 0; e < n; e++) {
      area[e] = random.nextInt(10_000);
      indicator[e] = random.nextInt(100);
      year[e] = 2019 + random.nextInt(5);
      packed.add(area[e], indicator[e], year[e], e);
    }
    assertEquals(0, packed.chunksHeldAsRuns());
    assertEquals(4, packed.chunksHeldNarrow());
    assertEquals(area[3 * (1 << 15) + 5], packed.area(3 * (1 << 15) + 5), "the last held chunk, decoded before the repacking");
    packed.add(3, 700, 2021, -1); // more indicators than 2^8 and 2^9: every key is packed anew
    assertEquals(4, packed.chunksHeldNarrow(), "held in 32 bits again");
    assertReadsBack(packed, area, indicator, year, n);
    assertEquals(700, packed.indicator(n));
  }

  /**
   * Hand-worked widths: with 8 bits of indicators, areas below 2^23 leave 31 bits of slots, so two
   * years (one bit) fill the 32 exactly, the top bit set, and three years (two bits) do not fit; 64
   * years take 6 bits, years 0 and 9999 among them; one year takes one. A chunk that stops fitting
   * when the keys are packed anew for more indicators is kept whole and still reads back.
   */
  @Test
  void keysFillingExactly32BitsAreHeldAndOneBitMoreIsKeptWhole() {
    SplittableRandom random = new SplittableRandom(17);
    int n = (1 << 15) + 1;
    int[] area = new int[n];
    int[] indicator = new int[n];
    int[] year = new int[n];
    for (int years : new int[] {1, 2, 3, 64}) {
      PackedEntries packed = new PackedEntries();
      for (int e = 0; e < n; e++) {
        area[e] = years == 64 ? random.nextInt(1 << 12) : (1 << 22) + random.nextInt(1 << 22);
        indicator[e] = random.nextInt(256);
        year[e] = years == 64 ? (e % 64 == 0 ? 0 : e % 64 == 1 ? 9999 : 1950 + e % 64) : 2020 + e % years;
        packed.add(area[e], indicator[e], year[e], e);
      }
      assertEquals(years == 3 ? 0 : 1, packed.chunksHeldNarrow(), years + " years");
      assertEquals(0, packed.chunksHeldAsRuns(), years + " years");
      assertReadsBack(packed, area, indicator, year, n);
      if (years == 2) {
        packed.add(0, 256, 2020, -1); // 9 bits of indicators: 33 bits, the chunk is kept whole
        assertEquals(0, packed.chunksHeldNarrow(), "no longer fits in 32 bits");
        assertReadsBack(packed, area, indicator, year, n);
      }
    }
  }

  private static void assertReadsBack(PackedEntries packed, int[] area, int[] indicator, int[] year, int n) {
    for (int e = n - 1; e >= 0; e--) { // the last chunk first: a decoded chunk must not outlive a repacking
      assertEquals(area[e], packed.area(e), "area of " + e);
      assertEquals(indicator[e], packed.indicator(e), "indicator of " + e);
      assertEquals(year[e], packed.year(e), "year of " + e);
      assertEquals(e, packed.value(e), 0.0, "value of " + e);
    }
  }
}
