package io.potentia.report.html;

import io.potentia.core.area.AreaLevel;
import io.potentia.scoring.analysis.audit.Audit;
import io.potentia.scoring.analysis.budget.BudgetAdequacy;
import io.potentia.scoring.analysis.planning.BudgetPriorities;
import io.potentia.scoring.analysis.readiness.AreaClasses;
import io.potentia.scoring.analysis.readiness.ClassScheme;
import io.potentia.scoring.analysis.readiness.NodeThresholds;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.result.ScoreReport;
import java.util.Arrays;
import java.util.List;

/**
 * A report of the fixture's areas with every section the report has: the map, uncertainty,
 * sensitivity, a roadmap, classes, the audit, budget adequacy, mobilisation and defensive works.
 */
final class EverySectionReport {
  private EverySectionReport() {}

  static HtmlReport of(ReportFixture fixture) {
    ScoreReport last = fixture.reports.get(fixture.reports.size() - 1);
    MonteCarlo.Result mc = MonteCarlo.run(fixture.pipeline, fixture.dataset, last.year(), UncertaintyPlan.builder()
        .replications(20).weights(UncertaintyPlan.WeightRange.of(0.5, 1.5)).build(), null, null);
    SobolIndices.Interval half = new SobolIndices.Interval(0.5, 0.4, 0.6);
    RankSensitivity.Result sobol = new RankSensitivity.Result(List.of("weight:political", "weight:economic"),
        new SobolIndices.OutputIndices(new SobolIndices.Interval[] {half, half}, new SobolIndices.Interval[] {half, half}, 1.0,
            false), 50);
    BudgetPriorities.Roadmap roadmap = new BudgetPriorities.Roadmap(List.of(new BudgetPriorities.Funded("clinic-P3", 2023, 0.42)),
        51.0, 51.42, 30, BudgetPriorities.Method.GREEDY, true);
    double[] s = last.scores(last.root()).clone();
    Arrays.sort(s);
    AreaClasses classes = ClassScheme.builder().method("conjunctive").categories(List.of("weak", "fair", "strong"))
        .criteria(List.of(NodeThresholds.of(last.root(), List.of(s[3], s[9])))).build().classify(last);
    List<String> five = last.areas().subList(0, 5);
    BudgetAdequacy.Result budget = BudgetAdequacy.assess(five, new double[] {10, 20, 30, 40, 50},
        new double[] {8, 10, 17, 24, 26}, 1, List.of());
    return new HtmlReport("Every section", fixture.reports, fixture.hierarchy, AreaLevel.MILITARY_REGION, List.of("test data"))
        .withMap(AreaMap.synthetic(last.areas(), AreaMap.SYNTHETIC_SEED)).withUncertainty(mc).withSensitivity(sobol)
        .withRoadmap(roadmap).withClasses(classes).withAudit(Audit.of(fixture.pipeline, fixture.dataset, last.year(),
            Audit.Settings.defaults())).withBudgetAdequacy(budget, "economic.spending", "economic")
        .withMobilisation(MobilisationSectionFixture.result()).withWorks(WorksSectionTest.schedule());
  }
}
