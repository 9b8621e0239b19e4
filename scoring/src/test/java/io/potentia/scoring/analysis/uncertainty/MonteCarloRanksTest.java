package io.potentia.scoring.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MonteCarloRanksTest {
  private static final List<MonteCarloRanks.Aggregation> BOTH =
      List.of(MonteCarloRanks.Aggregation.ARITHMETIC, MonteCarloRanks.Aggregation.GEOMETRIC);

  static double[][] columns(int areas, int indicators, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] z = new double[indicators][areas];
    for (double[] c : z) {
      for (int i = 0; i < areas; i++) {
        c[i] = 1 + 99 * random.nextDouble();
      }
    }
    return z;
  }

  static MonteCarloRanks.Config config(int replications, double low, double high) {
    return new MonteCarloRanks.Config(replications, 42, low, high, BOTH, new double[] {0.5, 0.5},
        new double[] {5, 50, 95}, 3);
  }

  @Test
  void theResultIsBitForBitTheSameOnOneTwoAndEightThreads() throws Exception {
    double[][] z = columns(300, 12, 1);
    MonteCarloRanks.Config c = config(400, 0.5, 1.5);
    MonteCarloRanks.Result[] results = new MonteCarloRanks.Result[3];
    int[] threads = {1, 2, 8};
    for (int t = 0; t < 3; t++) {
      ForkJoinPool pool = new ForkJoinPool(threads[t]);
      try {
        results[t] = pool.submit(() -> MonteCarloRanks.run(z, c, null, null)).get();
      } finally {
        pool.shutdown();
      }
    }
    for (int t = 1; t < 3; t++) {
      assertArrayEquals(results[0].meanRanks(), results[t].meanRanks(), 0);
      assertArrayEquals(results[0].percentileRanks()[1], results[t].percentileRanks()[1], 0);
      assertArrayEquals(results[0].aggregationUsed(), results[t].aggregationUsed());
      assertArrayEquals(results[0].weightsUsed()[399], results[t].weightsUsed()[399], 0);
    }
  }

  /**
   * Every statistic agrees with a plain recomputation from the per-replication record: each
   * replication scored again from its weights and aggregator, ranked by a stable sort, and the
   * percentiles taken as numpy's default does, from the sorted ranks.
   */
  @Test
  void theStatisticsFollowFromTheRecordOfEachReplication() {
    int n = 60;
    int reps = 137;
    double[][] z = columns(n, 4, 9);
    double[] percentiles = {0, 5, 37.5, 50, 95, 100};
    MonteCarloRanks.Config c = new MonteCarloRanks.Config(reps, 3, 0.5, 1.5, BOTH, new double[] {0.5, 0.5}, percentiles, 7);
    MonteCarloRanks.Result r = MonteCarloRanks.run(z, c, null, null);
    int[][] ranks = new int[n][reps];
    for (int rep = 0; rep < reps; rep++) {
      double[] w = r.weightsUsed()[rep];
      boolean geometric = r.aggregationUsed()[rep] == 1;
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < z.length; j++) {
          s[i] += w[j] * (geometric ? Math.log(z[j][i]) : z[j][i]);
        }
      }
      Integer[] order = java.util.stream.IntStream.range(0, n).boxed().toArray(Integer[]::new);
      java.util.Arrays.sort(order, (a, b) -> Double.compare(s[b], s[a]));
      for (int k = 0; k < n; k++) {
        ranks[order[k]][rep] = k + 1;
      }
    }
    for (int i = 0; i < n; i++) {
      int[] sorted = ranks[i].clone();
      java.util.Arrays.sort(sorted);
      assertEquals(java.util.Arrays.stream(sorted).average().orElseThrow(), r.meanRanks()[i], 1e-12);
      assertEquals(java.util.Arrays.stream(sorted).filter(v -> v <= 7).count() / (double) reps, r.topKProbability()[i], 1e-12);
      for (int p = 0; p < percentiles.length; p++) {
        double h = (reps - 1) * percentiles[p] / 100;
        int lo = (int) Math.floor(h);
        double expected = sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, reps - 1)] - sorted[lo]);
        assertEquals(expected, r.percentileRanks()[p][i], 1e-12, "area " + i + ", percentile " + percentiles[p]);
      }
    }
  }

  @Test
  void withoutUncertaintyEveryReplicationRepeatsTheNominalRanking() {
    // weights fixed at equal and the arithmetic mean only: each replication is the nominal index
    double[][] z = columns(50, 5, 2);
    MonteCarloRanks.Config c = new MonteCarloRanks.Config(30, 7, 1, 1, List.of(MonteCarloRanks.Aggregation.ARITHMETIC),
        new double[] {1}, new double[] {5, 50, 95}, 3);
    MonteCarloRanks.Result r = MonteCarloRanks.run(z, c, null, null);
    assertArrayEquals(r.nominalRanks(), r.meanRanks(), 0);
    for (double[] p : r.percentileRanks()) {
      assertArrayEquals(r.nominalRanks(), p, 0);
    }
    for (int i = 0; i < 50; i++) {
      assertEquals(r.nominalRanks()[i] <= 3 ? 1.0 : 0.0, r.topKProbability()[i], 0);
    }
  }

  @Test
  void rankStatisticsAreOrderedAndBounded() {
    MonteCarloRanks.Result r = MonteCarloRanks.run(columns(200, 8, 3), config(500, 0.5, 1.5), null, null);
    for (int i = 0; i < 200; i++) {
      assertTrue(r.percentileRanks()[0][i] <= r.percentileRanks()[1][i] && r.percentileRanks()[1][i] <= r.percentileRanks()[2][i]);
      assertTrue(r.meanRanks()[i] >= 1 && r.meanRanks()[i] <= 200);
    }
    long geometric = java.util.Arrays.stream(r.aggregationUsed()).filter(a -> a == 1).count();
    assertTrue(geometric > 200 && geometric < 300, "about half the replications draw the geometric mean: " + geometric);
  }

  @Test
  void progressIsReportedAndARunCanBeCancelled() {
    AtomicInteger calls = new AtomicInteger();
    MonteCarloRanks.run(columns(20, 3, 4), config(100, 0.5, 1.5), (done, total) -> {
      calls.incrementAndGet();
      assertEquals(100, total);
    }, null);
    assertEquals(100, calls.get());
    CancellationException e = assertThrows(CancellationException.class,
        () -> MonteCarloRanks.run(columns(20, 3, 4), config(100, 0.5, 1.5), null, () -> true));
    assertEquals("the uncertainty analysis was cancelled after 0 replications", e.getMessage());
  }

  @Test
  void aBadSetUpIsRejectedWithTheReason() {
    assertThrows(InvalidInputException.class, () -> config(0, 0.5, 1.5));
    assertThrows(InvalidInputException.class, () -> config(10, 0, 1.5));
    assertThrows(InvalidInputException.class, () -> new MonteCarloRanks.Config(10, 1, 0.5, 1.5, BOTH,
        new double[] {0.7, 0.7}, new double[] {50}, 3));
    double[][] z = columns(10, 2, 5);
    z[1][3] = 0;
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> MonteCarloRanks.run(z, config(10, 0.5, 1.5), null, null));
    assertTrue(e.getMessage().contains("must be positive and finite: the geometric mean can be drawn"), e.getMessage());
  }

  @Test
  void theWarmUpRunsUntilItsStopSaysSoAndNoLonger() {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    MonteCarloRanks.warmUp(() -> asked.incrementAndGet() > 40);
    assertEquals(41, asked.get(), "checked once per round, stopped at the first yes");
    java.util.concurrent.atomic.AtomicInteger once = new java.util.concurrent.atomic.AtomicInteger();
    MonteCarloRanks.warmUp(() -> once.incrementAndGet() > 0);
    assertEquals(1, once.get());
  }

  @Test
  void theWarmUpGoesOnFromItsManySmallRunsToALargerOneUntilStopped() {
    java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
    MonteCarloRanks.warmUp(() -> asked.incrementAndGet() > 750);
    assertEquals(751, asked.get(), "700 small rounds, then the larger run's rounds, until the first yes");
  }
}
