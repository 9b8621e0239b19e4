package io.potentia.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The replications' ranking agrees with a stable sort of the negated scores, whatever the scores' spread. */
class RankerTest {

  /**
   * The reference: a stable argsort of -s, as numpy's {@code argsort(-s, kind="stable")}, with
   * -0.0 equal to 0.0 as {@code ==} has it (not {@link Double#compare}, which puts 0.0 first).
   */
  private static int[] reference(double[] s) {
    Integer[] order = IntStream.range(0, s.length).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(order, (Integer i, Integer j) -> s[i] > s[j] ? -1 : s[i] < s[j] ? 1 : 0);
    int[] r = new int[s.length];
    for (int k = 0; k < s.length; k++) {
      r[order[k]] = k + 1;
    }
    return r;
  }

  private static void assertAgrees(double[] s) {
    int[] r = new int[s.length];
    new Ranker(s.length).rank(s, r);
    assertArrayEquals(reference(s), r, () -> "scores " + java.util.Arrays.toString(s).substring(0, Math.min(400, s.length * 12)));
  }

  @Test
  void ranksHighestFirstAndBreaksTiesByPosition() {
    double[] s = {3, 7, 3, 9, 7};
    int[] r = new int[5];
    new Ranker(5).rank(s, r);
    assertArrayEquals(new int[] {4, 2, 5, 1, 3}, r);
  }

  @Test
  void agreesWithAStableSortOverSeededScoresOfEverySpread() {
    SplittableRandom random = new SplittableRandom(20261122L);
    for (int c = 0; c < 400; c++) {
      int n = 1 + random.nextInt(c < 200 ? 40 : 5000);
      double[] s = new double[n];
      int shape = c % 7;
      for (int i = 0; i < n; i++) {
        s[i] = switch (shape) {
          case 0 -> 1 + 99 * random.nextDouble(); // an index's spread-out scores
          case 1 -> random.nextInt(5); // many exact ties
          case 2 -> i == 0 ? 1e300 : random.nextDouble(); // one outlier crowds every other score into one bucket
          case 3 -> Math.scalb(random.nextDouble(), -1070); // subnormal
          case 4 -> (random.nextBoolean() ? -1 : 1) * Double.MAX_VALUE * random.nextDouble(); // a range that overflows
          case 5 -> Math.scalb(1.0, random.nextInt(200) - 100); // powers of two, far apart
          // signed zeros, which tie, and infinities, which rank first and last, among spread scores
          default -> switch (random.nextInt(6)) {
            case 0 -> -0.0;
            case 1 -> 0.0;
            case 2 -> Double.POSITIVE_INFINITY;
            case 3 -> Double.NEGATIVE_INFINITY;
            default -> random.nextDouble() - 0.5;
          };
        };
      }
      assertAgrees(s);
    }
  }

  /**
   * The radix sort takes one pass of digits up to 8 scores, two up to 16,384 and three beyond; at
   * each side of those bounds, with scores spread out, scores a few units in the last place apart
   * (so that many share a key and the exact pass orders them), and exact ties. One ranker serves
   * every vector of a length, as the uncertainty analysis reuses it.
   */
  @Test
  void agreesWithAStableSortAtTheBoundsOfOneTwoAndThreeDigitPasses() {
    SplittableRandom random = new SplittableRandom(20261207L);
    for (int n : new int[] {1, 2, 8, 9, 16_384, 16_385, 70_000}) {
      Ranker reused = new Ranker(n);
      for (int shape = 0; shape < 3; shape++) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
          s[i] = switch (shape) {
            case 0 -> 1 + 99 * random.nextDouble();
            case 1 -> Math.nextUp(50.0) + random.nextInt(n) * Math.ulp(50.0) * (random.nextBoolean() ? 1e5 : 1);
            default -> random.nextInt(Math.max(1, n / 3));
          };
        }
        int[] r = new int[n];
        reused.rank(s, r);
        assertArrayEquals(reference(s), r, "n " + n + ", shape " + shape);
      }
    }
  }

  /**
   * The exact pass gives way to the merge sort only for bunched scores: never for spread-out ones,
   * whatever their shape (the uncertainty analysis's speed rests on it), always when one outlier
   * puts all the others under one key.
   */
  @Test
  void onlyBunchedScoresFallBackToTheMergeSort() {
    SplittableRandom random = new SplittableRandom(11);
    Ranker ranker = new Ranker(10_000);
    int[] r = new int[10_000];
    double[] s = new double[10_000];
    for (int shape = 0; shape < 3; shape++) {
      for (int i = 0; i < s.length; i++) {
        double g = random.nextGaussian();
        s[i] = switch (shape) {
          case 0 -> 1 + 99 * random.nextDouble(); // uniform
          case 1 -> Math.exp(1 + 0.6 * g); // log-normal, as workload U1's indicators
          default -> 50 + 10 * g; // normal
        };
      }
      ranker.rank(s, r);
      assertEquals(false, ranker.mergeSortedLast(), "shape " + shape);
      assertArrayEquals(reference(s), r);
    }
    s[0] = 1e300;
    ranker.rank(s, r);
    assertEquals(true, ranker.mergeSortedLast(), "one outlier");
    assertArrayEquals(reference(s), r);
  }

  /**
   * Every tie policy and missing scores at three digit passes (20,000 scores, many ties), against
   * the policies' definitions read off a stable sort: MIN ranks a run of equal scores at its first
   * place, MAX at its last, AVERAGE at their mean, DENSE by the count of distinct scores above,
   * FIRST by place.
   */
  @Test
  void everyTiePolicyAtThreeDigitPasses() {
    SplittableRandom random = new SplittableRandom(23);
    int n = 20_000;
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = random.nextInt(20) == 0 ? Double.NaN : random.nextInt(3000) + (random.nextBoolean() ? 0 : 1e-9);
    }
    int[] present = IntStream.range(0, n).filter(i -> !Double.isNaN(s[i])).toArray();
    Integer[] order = java.util.Arrays.stream(present).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(order, (Integer i, Integer j) -> Double.compare(s[j], s[i]));
    Ranker reused = new Ranker(n);
    for (io.potentia.scoring.spi.TiePolicy ties : io.potentia.scoring.spi.TiePolicy.values()) {
      int[] expected = new int[n];
      int dense = 0;
      for (int start = 0; start < order.length; ) {
        int end = start;
        while (end < order.length && s[order[end]] == s[order[start]]) {
          end++;
        }
        dense++;
        for (int k = start; k < end; k++) {
          expected[order[k]] = switch (ties) {
            case MIN -> 2 * (start + 1);
            case MAX -> 2 * end;
            case AVERAGE -> start + 1 + end;
            case DENSE -> 2 * dense;
            case FIRST -> 2 * (k + 1);
          };
        }
        start = end;
      }
      int[] doubled = new int[n];
      reused.rank(s, ties, doubled);
      assertArrayEquals(expected, doubled, ties.toString());
    }
  }

  @Test
  void constantScoresRankByPosition() {
    double[] s = new double[100];
    java.util.Arrays.fill(s, 42);
    assertAgrees(s);
  }

  /**
   * Every tie policy against its definition, counted by brute force: {@code g} present scores
   * greater, {@code e} equal (itself included), {@code b} equal and before it. MIN ranks {@code g +
   * 1}, MAX {@code g + e}, AVERAGE {@code g + (e + 1) / 2}, DENSE one more than the distinct scores
   * greater, FIRST {@code g + b + 1}; NaN is not ranked. Seeded cases with many ties, with one far
   * outlier (so that the bucket pass gives way to the merge sort), and with missing scores. The
   * same ranks written as a column of a block (offset and stride) land in that column only.
   */
  @Test
  void everyTiePolicyRanksAsItsDefinitionSays() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(17);
    for (int c = 0; c < 300; c++) {
      int n = 1 + random.nextInt(c < 100 ? 12 : 400);
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = random.nextInt(1 + random.nextInt(20)) + (c % 3 == 0 ? 0 : 0.5 * random.nextInt(2));
        if (c % 4 == 1 && random.nextInt(10) == 0) {
          s[i] = Double.NaN;
        }
      }
      if (c % 5 == 2) {
        s[random.nextInt(n)] = 1e12; // one score far from the rest: most scores share a bucket
      }
      // one ranker for the block, reused from policy to policy, as the kernel reuses it from replication to replication
      Ranker reused = new Ranker(n);
      for (io.potentia.scoring.spi.TiePolicy ties : io.potentia.scoring.spi.TiePolicy.values()) {
        int[] doubled = new int[n];
        new Ranker(n).rank(s, ties, doubled);
        int stride = 1 + random.nextInt(5);
        int offset = random.nextInt(stride);
        int[] block = new int[n * stride];
        java.util.Arrays.fill(block, -7);
        reused.rank(s, ties, block, offset, stride);
        for (int k = 0; k < block.length; k++) {
          assertEquals(k % stride == offset ? doubled[k / stride] : -7, block[k], "case " + c + ", " + ties + ", block cell " + k);
        }
        for (int i = 0; i < n; i++) {
          if (Double.isNaN(s[i])) {
            assertEquals(0, doubled[i], "case " + c + ", NaN is not ranked");
            continue;
          }
          int g = 0;
          int e = 0;
          int b = 0;
          java.util.Set<Double> greater = new java.util.HashSet<>();
          for (int k = 0; k < n; k++) {
            if (s[k] > s[i]) {
              g++;
              greater.add(s[k]);
            } else if (s[k] == s[i]) {
              e++;
              b += k < i ? 1 : 0;
            }
          }
          int expected = switch (ties) {
            case MIN -> 2 * (g + 1);
            case MAX -> 2 * (g + e);
            case AVERAGE -> 2 * g + e + 1;
            case DENSE -> 2 * (greater.size() + 1);
            case FIRST -> 2 * (g + b + 1);
          };
          assertEquals(expected, doubled[i], "case " + c + ", " + ties + ", position " + i + " of " + java.util.Arrays.toString(s));
        }
      }
    }
  }

  /** A single score, and scores all missing, written as a column of a block; a bad offset or stride is refused. */
  @Test
  void theEdgesOfABlockColumn() {
    int[] block = {-7, -7, -7};
    new Ranker(1).rank(new double[] {3.5}, io.potentia.scoring.spi.TiePolicy.AVERAGE, block, 1, 2);
    assertEquals(java.util.List.of(-7, 2, -7), java.util.Arrays.stream(block).boxed().toList());
    int[] missing = {-7, -7, -7, -7};
    new Ranker(2).rank(new double[] {Double.NaN, Double.NaN}, io.potentia.scoring.spi.TiePolicy.MIN, missing, 0, 3);
    assertEquals(java.util.List.of(0, -7, -7, 0), java.util.Arrays.stream(missing).boxed().toList());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Ranker(1).rank(new double[] {1}, io.potentia.scoring.spi.TiePolicy.MIN, new int[2], 0, 0));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new Ranker(1).rank(new double[] {1}, io.potentia.scoring.spi.TiePolicy.MIN, new int[2], -1, 1));
  }
}
