package io.potentia.scoring.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A block's summary keeps each area's ranks once with their counts: no larger than the block's
 * replications or the area's span allow, merged in any grouping to the summary of the whole, and
 * the same after a trip through Java serialization, as a cluster's executors send it.
 */
class RankHistogramTest {
  private static final double[] PERCENTILES = {5, 50, 95};

  /** Seeded table: half the areas' ranks over the whole range, half within a few ranks of one place, some missing. */
  private static RankTable table(int n, int first, int reps, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    RankTable table = new RankTable(List.of("index"), n, first, reps);
    int[] centre = new int[n];
    for (int i = 0; i < n; i++) {
      centre[i] = 1 + new SplittableRandom(i).nextInt(n);
    }
    for (int r = 0; r < reps; r++) {
      double[] ranks = new double[n];
      for (int i = 0; i < n; i++) {
        int doubled = i % 2 == 0 ? 2 + random.nextInt(2 * n - 1) : Math.max(2, Math.min(2 * n, 2 * centre[i] + random.nextInt(5) - 2));
        ranks[i] = random.nextInt(20) == 0 ? Double.NaN : doubled / 2.0;
      }
      table.put(0, r, ranks);
    }
    return table;
  }

  @Test
  void aBlockHoldsAtMostTwoNumbersPerAreaAndReplicationOrPerRankOfItsSpan() {
    int n = 3000;
    int reps = 12;
    RankTable table = table(n, 0, reps, 5);
    RankHistogram block = RankHistogram.of(table);
    long distinct = 0; // each area's ranks, counted once each by hand
    int[] row = new int[reps];
    for (int i = 0; i < n; i++) {
      table.ranksOf(0, i, row);
      distinct += java.util.Arrays.stream(row).filter(v -> v > 0).distinct().count();
    }
    assertEquals(2 * distinct, block.size(), "each rank an area took, once, with its count");
    assertTrue(block.size() <= 2L * n * reps, "at most two numbers per area and replication: " + block.size());
    // the narrow half spans at most 5 doubled ranks: at most 10 numbers each, not 2 x 12
    assertTrue(block.size() <= 2L * (n / 2) * reps + 2L * (n / 2) * 5, "the narrow areas keep at most their span: " + block.size());
    // counts over every area's span would be about 2n per wide area: 4.5 million numbers here
    assertTrue(block.size() < 100_000, String.valueOf(block.size()));
  }

  @Test
  void blocksMergedInAnyGroupingGiveTheWholeTablesStatisticsBitForBit() throws Exception {
    int n = 400;
    RankTable whole = new RankTable(List.of("index"), n, 0, 90);
    RankTable[] parts = {table(n, 0, 30, 1), table(n, 30, 25, 2), table(n, 55, 35, 3)};
    int column = 0;
    for (RankTable part : parts) {
      int[] row = new int[part.reps()];
      int[] block = new int[n * part.reps()];
      for (int i = 0; i < n; i++) {
        part.ranksOf(0, i, row);
        System.arraycopy(row, 0, block, i * part.reps(), part.reps());
      }
      whole.putBlock(0, block, part.reps(), column);
      column += part.reps();
    }
    double[] nominal = new double[n];
    MonteCarlo.NodeRanks expected = RankReduction.reduce(whole, 0, nominal, nominal, PERCENTILES, 3,
        io.potentia.scoring.spi.TiePolicy.AVERAGE);
    RankHistogram a = RankHistogram.of(parts[0]);
    RankHistogram b = RankHistogram.of(parts[1]);
    RankHistogram c = RankHistogram.of(parts[2]);
    for (RankHistogram merged : List.of(a.merge(b).merge(c), c.merge(a.merge(b)), b.merge(c).merge(a), roundTrip(a.merge(c)).merge(roundTrip(b)))) {
      MonteCarlo.NodeRanks got = merged.reduce(0, nominal, nominal, PERCENTILES, 3);
      assertEquals(90, merged.replications());
      assertArrayEquals(expected.mean(), got.mean());
      assertArrayEquals(expected.topK(), got.topK());
      assertArrayEquals(expected.counts(), got.counts());
      for (int p = 0; p < PERCENTILES.length; p++) {
        assertArrayEquals(expected.percentiles()[p], got.percentiles()[p], "percentile " + PERCENTILES[p]);
      }
    }
    assertEquals(RankHistogram.of(whole).size(), a.merge(b).merge(c).size(), "a rank counted in two blocks is kept once");
  }

  private static RankHistogram roundTrip(RankHistogram h) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(h);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (RankHistogram) in.readObject();
    }
  }
}
