package io.potentia.scoring.analysis.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.analysis.audit.WeightsAndImportance.Entry;
import io.potentia.scoring.result.ScoreReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nominal weights, effective weights and importance of the nodes of a scored framework. */
class WeightsAndImportanceTest {
  /**
   * The coherence fixture: pillars p (a, b, c) and q (d, e), equal weights, arithmetic means. The
   * nominal weight of a is 1/2 x 1/3; the effective weights of the indicators sum to 1, as do those
   * of the two pillars, because the index is linear in them on complete data.
   */
  @Test
  void nominalWeightsMultiplyDownTheTreeAndEffectiveWeightsShareTheVariance() {
    List<Entry> entries = WeightsAndImportance.of(CoherenceTest.score(3, 0));
    Entry a = entry(entries, "a");
    assertEquals(1 / 6.0, a.nominalWeight(), 1e-12);
    assertEquals("x.a", a.indicator());
    assertEquals(2, a.depth());
    assertEquals(0.5, entry(entries, "q").nominalWeight(), 1e-12);
    double indicators = entries.stream().filter(e -> e.indicator() != null)
        .mapToDouble(e -> e.effectiveWeight().getAsDouble()).sum();
    assertEquals(1, indicators, 1e-12);
    assertEquals(1, entry(entries, "p").effectiveWeight().getAsDouble() + entry(entries, "q").effectiveWeight()
        .getAsDouble(), 1e-12);
  }

  /**
   * In pillar p, a and its mirror c cancel: p = (a + b + 100 - a) / 3 moves with b alone, so the
   * index barely depends on a or c, whatever their nominal weight of 1/6; the gap says so.
   */
  @Test
  void aMirroredPairMattersLessThanItsWeightClaims() {
    List<Entry> entries = WeightsAndImportance.of(CoherenceTest.score(4, 0));
    double normalisedOverIndicators = entries.stream().filter(e -> e.indicator() != null)
        .mapToDouble(e -> e.normalisedImportance().getAsDouble()).sum();
    assertEquals(1, normalisedOverIndicators, 1e-12);
    Entry d = entry(entries, "d");
    Entry a = entry(entries, "a");
    assertTrue(a.importance().getAsDouble() < d.importance().getAsDouble(),
        "a (" + a.importance() + ") moves the index less than d (" + d.importance() + ")");
    assertTrue(a.gap().getAsDouble() < 0, a.toString());
  }

  /** Seeded property: with values missing, every figure is finite or empty, never NaN. */
  @Test
  void missingValuesGiveFiniteOrEmptyFigures() {
    for (long seed = 10; seed < 20; seed++) {
      ScoreReport report = CoherenceTest.score(seed, 0.25);
      for (Entry e : WeightsAndImportance.of(report)) {
        assertTrue(Double.isFinite(e.nominalWeight()));
        for (var v : List.of(e.effectiveWeight(), e.importance(), e.normalisedImportance())) {
          assertTrue(v.isEmpty() || Double.isFinite(v.getAsDouble()), e.toString());
        }
      }
    }
  }

  private static Entry entry(List<Entry> entries, String node) {
    return entries.stream().filter(e -> e.node().equals(node)).findFirst().orElseThrow();
  }
}
