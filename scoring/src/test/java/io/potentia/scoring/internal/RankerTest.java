package io.potentia.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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

  @Test
  void constantScoresRankByPosition() {
    double[] s = new double[100];
    java.util.Arrays.fill(s, 42);
    assertAgrees(s);
  }
}
