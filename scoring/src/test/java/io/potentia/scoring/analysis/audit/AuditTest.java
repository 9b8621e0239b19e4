package io.potentia.scoring.analysis.audit;

import io.potentia.scoring.check.Screening;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.engine.AsemCase;
import io.potentia.scoring.spec.SharedData;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The audit as a whole: screening, statistics, coherence and importance of one year. */
class AuditTest {
  /**
   * COINr's ASEM index (../shared/data/reference): 51 units by 49 indicators of treated data with
   * no value missing, so every availability is 1 and every indicator has 51 values.
   */
  @Test
  void theAsemIndexIsAuditedEndToEndAndItsAvailabilityMatchesItsData() {
    AsemCase asem = AsemCase.load(SharedData.reference("coinr-asem-hierarchical-arithmetic-mean.json"));
    Audit audit = Audit.of(asem.pipeline(), asem.data(), 2020, Audit.Settings.defaults());
    assertEquals(51, audit.availability().areas().size());
    assertEquals(49, audit.availability().indicators().size());
    for (String area : audit.availability().areas()) {
      assertEquals(1, audit.availability().share(area), 0, area);
    }
    assertEquals(49, audit.statistics().size());
    audit.statistics().forEach(c -> assertEquals(51, c.present(), c.indicator()));
    assertEquals(51, audit.report().areas().size());
    assertEquals(audit.report().nodes().size() - 49, audit.coherence().nodes().size(), "one fit per inner node");
    assertEquals(audit.report().nodes().size() - 1, audit.weights().size());
    Audit.Summary summary = audit.summary();
    assertTrue(summary.excluded().isEmpty());
    assertEquals(5, summary.largestGaps().size());
    double first = Math.abs(summary.largestGaps().get(0).gap().getAsDouble());
    assertTrue(summary.largestGaps().stream().allMatch(e -> Math.abs(e.gap().getAsDouble()) <= first));
  }

  /**
   * Every year at once is every year one by one: the panel is imputed once instead of once per
   * year, and the years are audited side by side, yet each year's audit is the one {@link
   * Audit#of} gives, screening included.
   */
  @Test
  void everyYearAuditsEachYearAsTheSingleYearAuditDoes() {
    Dataset.Builder panel = Dataset.builder().label("synthetic, seeded, two years");
    CoherenceTest.dataset(3, 0.15).observations().forEach(panel::add);
    CoherenceTest.dataset(4, 0.15).observations().forEach(o -> {
      if (o.value().isPresent()) {
        panel.put(o.area(), o.indicator(), 2023, o.value().getAsDouble());
      } else {
        panel.putMissing(o.area(), o.indicator(), 2023);
      }
    });
    Dataset data = panel.build();
    var pipeline = CoherenceTest.pipeline().withSpec(io.potentia.scoring.spec.StrategySpec.builder()
        .from(CoherenceTest.pipeline().spec()).imputation(io.potentia.scoring.spec.StepSpec.of("mean")).build());
    Audit.Settings settings = new Audit.Settings(Optional.of(new Screening(0.8, 0, Screening.Action.FLAG)),
        IndicatorStatistics.Thresholds.defaults(), Coherence.Thresholds.defaults(), 0.7);
    List<Audit> every = Audit.everyYear(pipeline, data, settings);
    assertEquals(List.of(2023, 2024), every.stream().map(Audit::year).toList());
    for (Audit audit : every) {
      Audit single = Audit.of(pipeline, data, audit.year(), settings);
      assertEquals(single.statistics(), audit.statistics(), "statistics of " + audit.year());
      assertEquals(single.coherence().indicators(), audit.coherence().indicators(), "fits of " + audit.year());
      assertEquals(single.coherence().pairs(), audit.coherence().pairs(), "pairs of " + audit.year());
      assertEquals(single.coherence().nodes(), audit.coherence().nodes(), "nodes of " + audit.year());
      assertEquals(single.weights(), audit.weights(), "weights of " + audit.year());
      assertEquals(single.summary(), audit.summary(), "summary of " + audit.year());
      assertFalse(audit.screened().isEmpty(), "the rule flags areas with gaps in " + audit.year());
    }
  }

  @Test
  void anAreaBelowTheScreeningMinimumIsExcludedWithItsReasonAndNotScored() {
    Dataset data = CoherenceTest.dataset(5, 0.1);
    Dataset.Builder gappy = Dataset.builder();
    data.observations().forEach(o -> {
      if (!o.area().equals("A7") || o.indicator().equals("x.a")) {
        gappy.add(o);
      } else {
        gappy.putMissing(o.area(), o.indicator(), o.year());
      }
    });
    Audit.Settings settings = new Audit.Settings(Optional.of(new Screening(0.5, 0, Screening.Action.EXCLUDE)),
        IndicatorStatistics.Thresholds.defaults(), Coherence.Thresholds.defaults(), 0.7);
    Audit audit = Audit.of(CoherenceTest.pipeline(), gappy.build(), 2024, settings);
    Screening.Screened a7 = audit.summary().excluded().stream().filter(s -> s.area().equals("A7")).findFirst()
        .orElseThrow();
    assertTrue(a7.reasons().get(0).matches("[01] of 5 indicators \\(\\d+\\.\\d%\\), below the minimum 50\\.0%"),
        a7.reasons().toString());
    assertFalse(audit.report().areas().contains("A7"), "an excluded area is not scored");
    assertEquals(40, audit.availability().areas().size(), "availability still counts every area");
  }

  @Test
  void aFlaggingRuleScoresTheAreaAndReportsIt() {
    Audit.Settings settings = new Audit.Settings(Optional.of(new Screening(0.99, 0, Screening.Action.FLAG)),
        IndicatorStatistics.Thresholds.defaults(), Coherence.Thresholds.defaults(), 0.7);
    Audit audit = Audit.of(CoherenceTest.pipeline(), CoherenceTest.dataset(6, 0.1), 2024, settings);
    assertFalse(audit.summary().flaggedAreas().isEmpty());
    assertEquals(40, audit.report().areas().size());
  }

  @Test
  void theMirroredIndicatorShowsInTheSummary() {
    Audit audit = Audit.of(CoherenceTest.pipeline(), CoherenceTest.dataset(8, 0), 2024, Audit.Settings.defaults());
    assertTrue(audit.summary().incoherent().containsKey("x.c"), audit.summary().incoherent().toString());
    assertTrue(audit.summary().collinear().stream().anyMatch(p -> p.first().equals("a") && p.second().equals("b")));
  }

  @Test
  void aYearTheDataLacksOrAScreeningThatExcludesEveryoneIsRefused() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Audit.of(CoherenceTest.pipeline(), CoherenceTest.dataset(1, 0), 1999, Audit.Settings.defaults()));
    assertTrue(e.getMessage().contains("audit: the dataset has no year 1999"), e.getMessage());
    Audit.Settings all = new Audit.Settings(Optional.of(new Screening(1, 0, Screening.Action.EXCLUDE)),
        IndicatorStatistics.Thresholds.defaults(), Coherence.Thresholds.defaults(), 0.7);
    e = assertThrows(InvalidInputException.class,
        () -> Audit.of(CoherenceTest.pipeline(), CoherenceTest.dataset(1, 0.9), 2024, all));
    assertTrue(e.getMessage().contains("excludes every area"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> new Audit.Settings(Optional.empty(),
        IndicatorStatistics.Thresholds.defaults(), Coherence.Thresholds.defaults(), 1.5));
  }
}
