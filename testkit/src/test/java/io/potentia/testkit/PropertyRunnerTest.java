package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PropertyRunnerTest {
  private static final Gen<Integer> SIZE = (random, size) -> size;

  @Test
  void aPassingPropertyRunsEveryCaseWithGrowingSizes() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("potentia.cases") == null,
        "skipped: -Dpotentia.cases overrides the number of cases this test counts");
    List<Integer> sizes = new ArrayList<>();
    PropertyRunner.forAll(SIZE).cases(11).maxSize(10).check(sizes::add);
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), sizes);
  }

  @Test
  void aFailureReportsTheSeedAndShrinksToTheSmallestFailingSize() {
    AssertionFailedError e = assertThrows(AssertionFailedError.class,
        () -> PropertyRunner.forAll(SIZE).cases(50).maxSize(40).check(n -> assertTrue(n < 7, "too big: " + n)));
    assertTrue(e.getMessage().contains("smallest failing size 7"), e.getMessage());
    assertTrue(e.getMessage().contains("case: 7"), e.getMessage());
    assertTrue(e.getMessage().contains("-Dpotentia.replay="), e.getMessage());
  }

  @Test
  void theSameSeedGivesTheSameCases() {
    Gen<Long> longs = (random, size) -> random.nextLong();
    List<Long> first = new ArrayList<>();
    List<Long> second = new ArrayList<>();
    PropertyRunner.forAll(longs).seed(42).cases(20).check(first::add);
    PropertyRunner.forAll(longs).seed(42).cases(20).check(second::add);
    assertEquals(first, second);
    List<Long> other = new ArrayList<>();
    PropertyRunner.forAll(longs).seed(43).cases(20).check(other::add);
    assertTrue(!first.equals(other));
  }

  @Test
  void generatedWeightsAreNonNegativeAndSumToOne() {
    PropertyRunner.forAll(Generators.weights()).check(w -> {
      double sum = 0;
      for (double x : w) {
        assertTrue(x >= 0);
        sum += x;
      }
      assertEquals(1.0, sum, 1e-12);
    });
  }

  @Test
  void onSeveralThreadsEveryCaseRunsOnce() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("potentia.cases") == null,
        "skipped: -Dpotentia.cases overrides the number of cases this test counts");
    Gen<Long> longs = (random, size) -> random.nextLong();
    List<Long> alone = new ArrayList<>();
    PropertyRunner.forAll(longs).seed(7).cases(5_000).check(alone::add);
    java.util.Set<Long> together = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
    PropertyRunner.forAll(longs).seed(7).cases(5_000).threads(4).check(v -> {
      runs.incrementAndGet();
      together.add(v);
    });
    assertEquals(5_000, runs.get());
    assertEquals(new java.util.HashSet<>(alone), together);
  }

  @Test
  void onSeveralThreadsTheFailureReportedIsTheOneWithTheLowestIndex() {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("potentia.cases") == null,
        "skipped: -Dpotentia.cases overrides the number of cases this test counts");
    // a value-dependent property fails at scattered indices; either way the first is reported
    Gen<Long> longs = (random, size) -> random.nextLong();
    java.util.function.Consumer<Long> rarelyFails = v -> assertTrue(Math.floorMod(v, 97) != 0, "multiple of 97: " + v);
    AssertionFailedError alone = assertThrows(AssertionFailedError.class,
        () -> PropertyRunner.forAll(longs).seed(11).cases(20_000).check(rarelyFails));
    for (int threads : new int[] {2, 4, 0}) {
      AssertionFailedError together = assertThrows(AssertionFailedError.class,
          () -> PropertyRunner.forAll(longs).seed(11).cases(20_000).threads(threads).check(rarelyFails));
      assertEquals(alone.getMessage(), together.getMessage(), threads + " threads");
    }
    assertTrue(alone.getMessage().contains("property failed at case "), alone.getMessage());
  }

  @Test
  void badSettingsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> PropertyRunner.forAll(SIZE).cases(0));
    assertThrows(IllegalArgumentException.class, () -> PropertyRunner.forAll(SIZE).maxSize(-1));
    assertThrows(IllegalArgumentException.class, () -> PropertyRunner.forAll(SIZE).threads(-1));
  }
}
