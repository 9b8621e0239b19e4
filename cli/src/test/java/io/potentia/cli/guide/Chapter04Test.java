package io.potentia.cli.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.data.Dataset;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.audit.Audit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Chapter 4, audit the index: the regions {@code audit} and {@code every-year}. */
class Chapter04Test {
  private final ScoringPipeline pipeline = Bundled.PIPELINE;
  private final Dataset data = Bundled.DATA;

  @Test
  void theAuditOfAYearSummarisesItsFindings() {
    // region::audit
    Audit audit = Audit.of(pipeline, data, 2023, Audit.Settings.defaults());
    Audit.Summary findings = audit.summary();
    System.out.println(findings.flaggedIndicators().size() + " indicators flagged, "
        + findings.incoherent().size() + " against their pillar, "
        + findings.collinear().size() + " collinear pairs, "
        + findings.lowAlpha().size() + " nodes below Cronbach's alpha 0.7; largest gap between weight and importance: "
        + findings.largestGaps().get(0).node());
    // end::audit
    assertEquals(2023, audit.year());
    assertFalse(audit.statistics().isEmpty(), "statistics of every indicator");
    assertEquals(42, audit.report().areas().size());
  }

  @Test
  void everyYearIsAuditedWithThePanelStepsRunOnce() {
    // region::every-year
    List<Audit> years = Audit.everyYear(pipeline, data, Audit.Settings.defaults());   // 2019 to 2023
    // end::every-year
    assertEquals(List.of(2019, 2020, 2021, 2022, 2023), years.stream().map(Audit::year).toList());
    assertTrue(years.get(4).summary().largestGaps().size() > 0);
  }
}
