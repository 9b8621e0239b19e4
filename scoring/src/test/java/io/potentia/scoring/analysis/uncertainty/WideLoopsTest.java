package io.potentia.scoring.analysis.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spi.TiePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The four-replication pass of the fast path ({@link WideLoops}) changes only the loop: every
 * replication's scores are summed in the same order, so the ranks are the same, bit for bit, for
 * any number of columns (whole groups of four or not), areas (one tile or several) and any split
 * of a chunk's replications between the aggregators drawn.
 */
class WideLoopsTest {
  @Test
  void thePropertyIsTrueOrFalseAndAnythingElseIsRefusedByName() {
    assertFalse(WideLoops.parse(null), "not set: the one-replication loop");
    assertTrue(WideLoops.parse("true"));
    assertTrue(WideLoops.parse("TRUE"));
    assertFalse(WideLoops.parse("false"));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> WideLoops.parse("yes"));
    assertEquals("system property: potentia.wideLoops: 'yes' is neither true nor false; set -Dpotentia.wideLoops=true"
        + " beside -XX:LoopUnrollLimit=100 (or -XX:TieredStopAtLevel=1), where the four-replication loop is the faster",
        e.getMessage());
    assertEquals("system property", e.withSource("plan.json").problems().get(0).source(),
        "a caller naming its own file does not take the property for it");
  }

  /**
   * The property takes effect: a kernel made for a run scores four a pass exactly when it says
   * true. (Setting it here is safe beside other tests: either loop gives the same results.)
   */
  @Test
  void aKernelScoresFourAPassExactlyWhenThePropertySaysTrue() {
    ReplicationDraw draws = new ReplicationDraw(List.of("a", "b"), List.of("a", "b"), FastPathTest.u1(8, 1).build());
    FlatIndexKernel kernel = FlatIndexKernel.of(draws, List.of("a", "b"), new double[][][] {{{1, 2}, {3, 4}}},
        List.of(Strategies.registry().aggregator(StepSpec.of("arithmetic-mean")).strategy()), new double[] {0.5, 0.5},
        TiePolicy.MIN).orElseThrow();
    String before = System.getProperty(WideLoops.PROPERTY);
    try {
      System.clearProperty(WideLoops.PROPERTY);
      assertFalse(kernel.foursAPass(), "not set");
      System.setProperty(WideLoops.PROPERTY, "true");
      assertTrue(kernel.foursAPass());
      System.setProperty(WideLoops.PROPERTY, "False");
      assertFalse(kernel.foursAPass());
      assertTrue(kernel.widePasses(true).foursAPass(), "a test's choice holds whatever the property says");
    } finally {
      if (before == null) {
        System.clearProperty(WideLoops.PROPERTY);
      } else {
        System.setProperty(WideLoops.PROPERTY, before);
      }
    }
  }

  @Test
  void fourReplicationsAPassSumEachScoreExactlyAsOneAPass() {
    SplittableRandom random = new SplittableRandom(7);
    // columns: fewer than four, whole groups, and whole groups with one, two or three left over
    int[][] shapes = {{1, 1}, {5, 3}, {64, 4}, {70, 6}, {300, 7}, {700, 9}, {90, 10}, {1500, 11}, {3000, 100}};
    for (int[] shape : shapes) {
      int n = shape[0];
      int m = shape[1];
      double[][] x = new double[m][n];
      for (double[] column : x) {
        for (int i = 0; i < n; i++) {
          // values of every magnitude and sign, so that any other order of the additions rounds differently
          column[i] = (random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(-3, 4));
        }
      }
      for (int count = 0; count <= 11; count++) {
        double[][] w = new double[32][m];
        for (double[] weights : w) {
          for (int j = 0; j < m; j++) {
            weights[j] = random.nextDouble() - 0.2;
          }
        }
        // the group names replications out of order, as a chunk's split between aggregators does
        int[] group = random.ints(0, 32).distinct().limit(count).toArray();
        double[][] one = new double[32][n];
        double[][] four = new double[32][n];
        FlatIndexKernel.scoreBlock(x, w, one, group, count, false);
        FlatIndexKernel.scoreBlock(x, w, four, group, count, true);
        // the four-at-a-time loop itself, on the whole group's areas: it takes the whole fours and
        // leaves the rest of the group, and every other replication, untouched
        double[][] fours = new double[32][n];
        assertEquals(count - count % 4, FlatIndexKernel.scoreFours(x, w, fours, group, count, 0, n));
        for (int k = 0; k < count; k++) {
          double[] expected = k < count - count % 4 ? one[group[k]] : new double[n];
          for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(fours[group[k]][i]),
                n + " areas, " + m + " columns, four at a time of " + count + ": member " + k + ", area " + i);
          }
        }
        for (int b = 0; b < 32; b++) {
          for (int i = 0; i < n; i++) {
            assertEquals(Double.doubleToRawLongBits(one[b][i]), Double.doubleToRawLongBits(four[b][i]),
                n + " areas, " + m + " columns, group of " + count + ": replication " + b + ", area " + i);
          }
        }
      }
    }
  }

  @Test
  void fourReplicationsAPassRankExactlyAsOneAPass() {
    SplittableRandom random = new SplittableRandom(2026);
    Strategies registry = Strategies.registry();
    List<Aggregator> means = List.of(registry.aggregator(StepSpec.of("arithmetic-mean")).strategy(),
        registry.aggregator(StepSpec.of("geometric-mean")).strategy());
    // columns: fewer than four, whole groups, and groups with one to three left over; areas: one
    // tile, several with a short last one; replications: chunks of 32 split unevenly, and a short last chunk
    int[][] shapes = {{1, 1, 5}, {7, 3, 40}, {300, 4, 70}, {1500, 5, 33}, {2100, 13, 97}, {900, 8, 64}};
    for (int[] shape : shapes) {
      int n = shape[0];
      int m = shape[1];
      int reps = shape[2];
      double[][] z = new double[m][n];
      List<String> leaves = new ArrayList<>();
      for (int j = 0; j < m; j++) {
        leaves.add("i" + j);
        for (int i = 0; i < n; i++) {
          // some areas repeat another's profile, so that ties are met on both loops
          z[j][i] = i % 11 == 3 ? z[j][i - 1] : 1 + 99 * random.nextDouble();
        }
      }
      double[] weights = new double[m];
      java.util.Arrays.fill(weights, 1.0 / m);
      long seed = shape[0];
      UncertaintyPlan plan = FastPathTest.u1(reps, seed).build();
      ReplicationDraw draws = new ReplicationDraw(leaves, leaves, plan);
      FlatIndexKernel kernel = FlatIndexKernel.of(draws, leaves, new double[][][] {z}, means, weights, TiePolicy.AVERAGE)
          .orElseThrow();
      RankTable one = new RankTable(List.of("index"), n, reps);
      RankTable four = new RankTable(List.of("index"), n, reps);
      kernel.widePasses(false).run(one, new Progress(null, null, reps));
      kernel.widePasses(true).run(four, new Progress(null, null, reps));
      String what = n + " areas, " + m + " columns, " + reps + " replications";
      assertArrayEquals(one.node(0), four.node(0), what);
      if (n > 1) {
        assertTrue(java.util.Arrays.stream(one.node(0)).distinct().count() > 1, what + ": the ranks differ from area to area");
      }
    }
  }
}
