package io.potentia.scoring.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Cronbach's alpha against published worked examples. */
class CronbachAlphaTest {
  /** Denis (2021): alpha .633 (exactly 17835/28168), standardised .691. */
  @Test
  void reproducesDenissWorkedExample() {
    assertEquals(17835.0 / 28168, CronbachAlpha.of(PublishedAuditExamples.DENIS_ITEMS), 1e-12);
    assertEquals(0.691, CronbachAlpha.standardised(PublishedAuditExamples.DENIS_ITEMS), 5e-4);
  }

  /** Denis (2021): with item 5, which correlates negatively with two others, deleted: .824, standardised .863. */
  @Test
  void droppingTheContraryItemRaisesAlphaAsPublished() {
    double[][] four = Arrays.copyOf(PublishedAuditExamples.DENIS_ITEMS, 4);
    assertEquals(0.824, CronbachAlpha.of(four), 5e-4);
    assertEquals(0.863, CronbachAlpha.standardised(four), 5e-4);
  }

  /**
   * OECD/JRC Handbook (2008), p. 72: the standardised alpha of the eight TAI indicators is .70;
   * the tolerance allows for Table A.2 printing two indicators as logarithms rounded to two places.
   */
  @Test
  void reproducesTheHandbooksAlphaOfTheTechnologyAchievementIndex() {
    assertEquals(0.70, CronbachAlpha.standardised(PublishedAuditExamples.TAI), 0.005);
  }

  /** Seeded property: alpha does not depend on the order of the items or the respondents, and is at most 1. */
  @Test
  void alphaIsOrderFreeAndAtMostOne() {
    SplittableRandom random = new SplittableRandom(16);
    for (int trial = 0; trial < 200; trial++) {
      int k = 2 + random.nextInt(5);
      int n = 3 + random.nextInt(20);
      double[][] items = new double[k][n];
      for (int i = 0; i < n; i++) {
        double common = random.nextGaussian();
        for (int j = 0; j < k; j++) {
          items[j][i] = common * random.nextDouble() + random.nextGaussian();
        }
      }
      double alpha = CronbachAlpha.of(items);
      assertTrue(alpha <= 1 + 1e-12, "alpha " + alpha);
      double[][] reversed = new double[k][];
      for (int j = 0; j < k; j++) {
        reversed[j] = items[k - 1 - j].clone();
        for (int i = 0; i < n / 2; i++) {
          double t = reversed[j][i];
          reversed[j][i] = reversed[j][n - 1 - i];
          reversed[j][n - 1 - i] = t;
        }
      }
      assertEquals(alpha, CronbachAlpha.of(reversed), 1e-9);
      assertTrue(CronbachAlpha.standardised(items) <= 1 + 1e-12);
    }
  }

  @Test
  void refusesWhatAlphaCannotBeComputedOn() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> CronbachAlpha.of(new double[][] {{1, 2, 3}}));
    assertTrue(e.getMessage().contains("1 item; alpha needs at least two"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> CronbachAlpha.of(new double[][] {{1, 2, 3}, {1, Double.NaN, 3}}));
    assertTrue(e.getMessage().contains("items[1][1]"), e.getMessage());
    e = assertThrows(InvalidInputException.class, () -> CronbachAlpha.of(new double[][] {{1, 2, 3}, {3, 2, 1}}));
    assertTrue(e.getMessage().contains("does not vary"), e.getMessage());
    e = assertThrows(InvalidInputException.class,
        () -> CronbachAlpha.standardised(new double[][] {{1, 2, 3}, {4, 4, 4}}));
    assertTrue(e.getMessage().contains("items[1]: cronbach: item 1 does not vary"), e.getMessage());
  }
}
