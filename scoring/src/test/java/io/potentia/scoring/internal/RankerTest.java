package io.potentia.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The replications' ranking agrees with a stable sort of the negated scores, whatever the scores' spread. */
class RankerTest {

  /** The reference: a stable argsort of -s, as numpy's {@code argsort(-s, kind="stable")}. */
  private static int[] reference(double[] s) {
    Integer[] order = IntStream.range(0, s.length).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> s[i]).reversed());
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
      int shape = c % 6;
      for (int i = 0; i < n; i++) {
        s[i] = switch (shape) {
          case 0 -> 1 + 99 * random.nextDouble(); // an index's spread-out scores
          case 1 -> random.nextInt(5); // many exact ties
          case 2 -> i == 0 ? 1e300 : random.nextDouble(); // one outlier crowds every other score into one bucket
          case 3 -> Math.scalb(random.nextDouble(), -1070); // subnormal
          case 4 -> (random.nextBoolean() ? -1 : 1) * Double.MAX_VALUE * random.nextDouble(); // a range that overflows
          default -> Math.scalb(1.0, random.nextInt(200) - 100); // powers of two, far apart
        };
      }
      assertAgrees(s);
    }
  }

  /**
   * The radix sort takes one pass of digits up to 9 scores, two up to 16,385 and three beyond; at
   * each side of those bounds, with scores spread out, scores a few units in the last place apart
   * (so that many share a key and the exact pass orders them), and exact ties.
   */
  @Test
  void agreesWithAStableSortAtTheBoundsOfOneTwoAndThreeDigitPasses() {
    SplittableRandom random = new SplittableRandom(20261207L);
    for (int n : new int[] {1, 2, 9, 10, 16_385, 16_386, 70_000}) {
      for (int shape = 0; shape < 3; shape++) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
          s[i] = switch (shape) {
            case 0 -> 1 + 99 * random.nextDouble();
            case 1 -> Math.nextUp(50.0) + random.nextInt(n) * Math.ulp(50.0) * (random.nextBoolean() ? 1e5 : 1);
            default -> random.nextInt(Math.max(1, n / 3));
          };
        }
        assertAgrees(s);
      }
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
