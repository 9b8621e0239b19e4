package io.potentia.report.html;

import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.audit.Audit;
import io.potentia.scoring.analysis.audit.Coherence;
import io.potentia.scoring.analysis.audit.IndicatorStatistics;
import io.potentia.scoring.analysis.budget.BudgetAdequacy;
import io.potentia.scoring.analysis.planning.BudgetPriorities;
import io.potentia.scoring.analysis.planning.works.Stage;
import io.potentia.scoring.analysis.planning.works.StageKind;
import io.potentia.scoring.analysis.planning.works.Work;
import io.potentia.scoring.analysis.planning.works.WorkKind;
import io.potentia.scoring.analysis.planning.works.WorksPlanner;
import io.potentia.scoring.analysis.planning.works.WorksProblem;
import io.potentia.scoring.analysis.planning.works.WorksSchedule;
import io.potentia.scoring.analysis.readiness.AreaClasses;
import io.potentia.scoring.analysis.readiness.ClassScheme;
import io.potentia.scoring.analysis.readiness.NodeThresholds;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.check.Screening;
import io.potentia.scoring.result.ReportFixture;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.sort.SortingResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A report of the fixture's areas with every section the report has: the map, uncertainty,
 * sensitivity, a roadmap, classes, the audit, budget adequacy, mobilisation and defensive works.
 * Each kind of reason the engine records is on it: the audit screens out {@link #GAPPY}, whose
 * values of the last year are missing but for {@link #KEPT} indicators (the methodology lists it
 * too); the classes leave it unclassed, as if it had no index score; one work is unfunded for
 * want of budget and one for want of the work it depends on.
 */
final class EverySectionReport {
  /** The area screened out and left unclassed. */
  static final String GAPPY = "P11";
  /** How many of its indicators keep a value in the last year. */
  static final int KEPT = 3;

  private EverySectionReport() {}

  static HtmlReport of(ReportFixture fixture) {
    List<ScoreReport> reports = new ArrayList<>(fixture.reports);
    ScoreReport scored = reports.get(reports.size() - 1);
    Audit audit = Audit.of(fixture.pipeline, gappy(fixture.dataset, scored.year()), scored.year(), new Audit.Settings(
        Optional.of(new Screening(0.5, 0.5, Screening.Action.EXCLUDE)), IndicatorStatistics.Thresholds.defaults(),
        Coherence.Thresholds.defaults(), 0.7));
    // the report keeps the gappy area, so it lists it as flagged where the audit's screening left it out
    ScoreReport last = scored.withScreened(audit.screened().stream()
        .map(c -> new Screening.Screened(c.area(), Screening.Action.FLAG, c.reasons(), c.shortfalls())).toList());
    reports.set(reports.size() - 1, last);
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
    AreaClasses all = ClassScheme.builder().method("conjunctive").categories(List.of("weak", "fair", "strong"))
        .criteria(List.of(NodeThresholds.of(last.root(), List.of(s[3], s[9])))).build().classify(last);
    SortingResult r = all.result();
    AreaClasses classes = new AreaClasses(all.year(), all.scheme(), new SortingResult(r.method(), r.parameters(),
        r.categories(), r.assignments().stream().filter(a -> !a.alternative().equals(GAPPY)).toList(), r.extras(),
        r.notes()), Map.of(GAPPY, List.of(last.root())));
    List<String> five = last.areas().subList(0, 5);
    BudgetAdequacy.Result budget = BudgetAdequacy.assess(five, new double[] {10, 20, 30, 40, 50},
        new double[] {8, 10, 17, 24, 26}, 1, List.of());
    return new HtmlReport("Every section", reports, fixture.hierarchy, AreaLevel.MILITARY_REGION, List.of("test data"))
        .withMap(AreaMap.synthetic(last.areas(), AreaMap.SYNTHETIC_SEED)).withUncertainty(mc).withSensitivity(sobol)
        .withRoadmap(roadmap).withClasses(classes).withAudit(audit).withBudgetAdequacy(budget, "economic.spending", "economic")
        .withMobilisation(MobilisationSectionFixture.result()).withWorks(works());
  }

  /** The dataset with {@link #GAPPY}'s values of the year missing, but for its first {@link #KEPT} indicators. */
  private static Dataset gappy(Dataset data, int year) {
    Dataset.Builder b = Dataset.builder().label("test data, random, with gaps");
    data.observations().forEach(o -> {
      if (o.area().equals(GAPPY) && o.year() == year && data.indicatorIndex(o.indicator()) >= KEPT) {
        b.putMissing(o.area(), o.indicator(), o.year());
      } else {
        b.add(o);
      }
    });
    return b.build();
  }

  /** {@link WorksSectionTest#schedule()}'s works, whose CB the budget does not pay, and RD, which needs CB. */
  static WorksSchedule works() {
    WorksProblem p = new WorksProblem(2025, new TreeMap<>(Map.of(2025, 10.0, 2026, 10.0, 2027, 10.0)), List.of(
        new Work("HQ", null, WorkKind.HEADQUARTERS, "A", 1, List.of(new Stage(StageKind.DESIGN, 4, 0),
            new Stage(StageKind.IMPLEMENTATION, 12, 1), new Stage(StageKind.ACCEPTANCE, 0, 0)), Set.of(), Map.of()),
        new Work("CB", null, WorkKind.COMBAT_BASE, "A", 2, List.of(new Stage(StageKind.IMPLEMENTATION, 8, 1),
            new Stage(StageKind.ACCEPTANCE, 0, 0)), Set.of(), Map.of()),
        new Work("SH", null, WorkKind.SHELTER, "A", null, List.of(new Stage(StageKind.ACCEPTANCE, 6, 0)), Set.of(), Map.of()),
        new Work("RD", null, WorkKind.SHELTER, "A", null, List.of(new Stage(StageKind.ACCEPTANCE, 1, 0)), Set.of("CB"),
            Map.of())));
    return WorksPlanner.plan(p, WorksPlanner.Method.EXACT, a -> a.size());
  }
}
