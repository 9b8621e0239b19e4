package io.potentia.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.report.ResultTables;
import io.potentia.report.html.HtmlReport;
import io.potentia.scoring.analysis.budget.BudgetAdequacy;
import io.potentia.scoring.analysis.sensitivity.MethodologyComparison;
import io.potentia.scoring.analysis.panel.PoliticalLead;
import io.potentia.scoring.analysis.panel.WithinEstimator;
import io.potentia.scoring.analysis.planning.works.WorksPlanner;
import io.potentia.scoring.analysis.planning.works.WorksSchedule;
import io.potentia.scoring.analysis.audit.Audit;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.result.ScoreReports;
import io.potentia.scoring.analysis.groups.GroupRanking;
import io.potentia.scoring.analysis.groups.Grouping;
import io.potentia.scoring.rollup.HierarchyRollUp;
import io.potentia.scoring.analysis.planning.mobilisation.Mobilisation;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult;
import io.potentia.scoring.analysis.readiness.AreaClasses;
import io.potentia.scoring.sort.Assignment;
import io.potentia.scoring.sort.HeldBack;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The flagship example, end to end on the bundled synthetic data: the all-people national defence
 * potential index of 42 provinces in eight military regions, 2019 to 2023.
 *
 * <ol>
 *   <li>loads the built-in catalogue, the synthetic area hierarchy and dataset, and keeps the
 *       provinces;
 *   <li>builds the default framework for the province level (potentials, forces, posture);
 *   <li>scores every year with a spec: gaps filled by the mean of the military region, outliers
 *       treated by the skewness-kurtosis rule, min-max to [0, 100], arithmetic means;
 *   <li>prints the 2023 ranking with each pillar, the change since 2022, the wartime scenario's
 *       ranking, a weakest-link variant, the index rolled up to the military regions, and the
 *       provinces summarised within each military region and each strategic direction;
 *   <li>classes the provinces into readiness classes (weak, fair, strong, comprehensively strong) on
 *       their pillar scores, by the conjunctive rule and by MR-Sort, with what keeps each from the
 *       next class;
 *   <li>assesses the synthetic mobilisation plan of military region SYN-MR2 for the first year of a
 *       war: each province's first phase meeting its demands, alone and with its neighbours' support;
 *   <li>writes the spec, the JSON report, a CSV of every score, and HTML reports of the peacetime
 *       scenario (its ranking coloured by the conjunctive classes) and the wartime scenario (by
 *       MR-Sort's, with the mobilisation section) to {@code examples/target/flagship/}.
 * </ol>
 */
public final class DefencePotentialIndex {
  private DefencePotentialIndex() {}

  /**
   * Runs the example.
   *
   * @param args optional: the output folder
   */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : System.getProperty("potentia.out", "examples/target/flagship"));
    run(System.out, out);
  }

  /**
   * Runs the example.
   *
   * @param out where the text goes
   * @param folder where the files go
   */
  public static void run(PrintStream out, Path folder) {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    AreaHierarchy areas = BundledData.hierarchy();
    List<String> provinces = areas.at(AreaLevel.PROVINCE).stream().map(Area::id).toList();
    Dataset data = BundledData.dataset().restrictTo(provinces);
    Framework framework = DefaultFramework.of(catalogue, AreaLevel.PROVINCE);

    StrategySpec spec = spec();
    ScoringPipeline peacetime = ScoringPipeline.builder().framework(framework).catalogue(catalogue).spec(spec)
        .hierarchy(areas, AreaLevel.MILITARY_REGION).build();
    List<ScoreReport> years = peacetime.scoreAllYears(data);
    ScoreReport latest = years.get(years.size() - 1);
    ScoreReport previous = years.get(years.size() - 2);

    out.println("All-people national defence potential index, " + latest.year() + " (SYNTHETIC DATA)");
    out.println(framework.nodes().size() + " framework nodes, " + framework.indicatorIds().size() + " indicators, "
        + provinces.size() + " provinces; " + latest.imputed().size() + " values imputed by military-region mean");
    List<String> pillars = framework.children(DefaultFramework.ROOT).stream().map(FrameworkNode::id).toList();
    StringBuilder header = new StringBuilder(String.format("%-4s %-9s %6s %5s", "rank", "province", "index", "chg"));
    for (String p : pillars) {
      header.append(String.format(" %6.6s", p));
    }
    out.println(header);
    Map<String, Map<String, double[]>> change = latest.changeFrom(previous);
    List<String> ranking = latest.ranking(DefaultFramework.ROOT);
    for (int k = 0; k < ranking.size(); k++) {
      if (k == 10 && ranking.size() > 15) {
        out.println(" ...");
        k = ranking.size() - 3;
      }
      String province = ranking.get(k);
      StringBuilder row = new StringBuilder(String.format("%4.0f %-9s %6.1f %+5.0f", latest.rank(DefaultFramework.ROOT, province),
          province, latest.score(DefaultFramework.ROOT, province), change.get(DefaultFramework.ROOT).get(province)[1]));
      for (String p : pillars) {
        row.append(String.format(" %6.1f", latest.score(p, province)));
      }
      out.println(row);
    }

    String leader = latest.ranking(DefaultFramework.ROOT).get(0);
    out.println();
    out.println("What makes " + leader + " lead (contributions to its index):");
    latest.contributions(DefaultFramework.ROOT, leader).forEach((pillar, c) -> out.printf("  %-20s %6.2f%n", pillar, c));

    ScoreReport wartime = ScoringPipeline.builder().framework(framework).catalogue(catalogue)
        .spec(StrategySpec.builder().from(spec).scenario("wartime").build())
        .hierarchy(areas, AreaLevel.MILITARY_REGION).build().score(data, latest.year());
    ScoreReport weakest = ScoringPipeline.builder().framework(framework).catalogue(catalogue)
        .spec(StrategySpec.builder().from(spec).putOverride(DefaultFramework.ROOT,
            StrategySpec.NodeOverride.builder().aggregation(StepSpec.of("minimum")).build()).build())
        .hierarchy(areas, AreaLevel.MILITARY_REGION).build().score(data, latest.year());
    out.println();
    out.println("Top five under each method:");
    out.println("  peacetime, arithmetic mean:  " + latest.ranking(DefaultFramework.ROOT).subList(0, 5));
    out.println("  wartime scenario weights:    " + wartime.ranking(DefaultFramework.ROOT).subList(0, 5));
    out.println("  weakest link (minimum):      " + weakest.ranking(DefaultFramework.ROOT).subList(0, 5));

    List<ScoreReport> doctrineYears = ScoringPipeline.builder()
        .framework(DefaultFramework.doctrine(catalogue, AreaLevel.PROVINCE)).catalogue(catalogue).spec(spec)
        .hierarchy(areas, AreaLevel.MILITARY_REGION).build().scoreAllYears(data);
    printDoctrine(out, MethodologyComparison.compare(latest, doctrineYears.get(doctrineYears.size() - 1)));

    out.println();
    out.println("Index rolled up to the military regions and the nation (population-weighted mean):");
    HierarchyRollUp.rollUpScores(latest, DefaultFramework.ROOT, areas, AreaLevel.MILITARY_REGION,
        HierarchyRollUp.ScoreRule.POPULATION_WEIGHTED_MEAN).forEach((region, score) ->
        out.printf("  %-8s %-32s %6.1f%n", region, areas.area(region).name(), score));
    HierarchyRollUp.rollUpScores(latest, DefaultFramework.ROOT, areas, AreaLevel.NATION,
        HierarchyRollUp.ScoreRule.POPULATION_WEIGHTED_MEAN).forEach((nation, score) ->
        out.printf("  %-8s %-32s %6.1f%n", nation, areas.area(nation).name(), score));

    printGroups(out, GroupRanking.of(latest, areas, Grouping.byAncestor(AreaLevel.MILITARY_REGION)));
    printGroups(out, GroupRanking.of(latest, areas, Grouping.byDirection()));

    Audit audit = Audit.of(peacetime, data, latest.year(), Audit.Settings.defaults());
    Audit.Summary findings = audit.summary();
    out.println();
    out.println("Audit of " + latest.year() + ": " + findings.flaggedIndicators().size() + " indicators flagged, "
        + findings.incoherent().size() + " against their pillar, " + findings.collinear().size() + " collinear pairs, "
        + findings.lowAlpha().size() + " nodes below Cronbach's alpha 0.7; largest gap between weight and importance: "
        + findings.largestGaps().get(0).node());

    List<String> followers = io.potentia.scoring.analysis.balance.Balance.potentials(framework).stream()
        .filter(n -> !n.equals("political")).toList();
    printLead(out, PoliticalLead.test(years, "political", followers));
    BudgetAdequacy.Result budget = BudgetAdequacy.assess(latest, data, "economic", SPENDING, 1);
    printBudget(out, budget);

    AreaClasses conjunctive = BundledData.classes("classes-conjunctive.json").classify(latest);
    AreaClasses majority = BundledData.classes("classes-mr-sort.json").classify(latest);
    printClasses(out, conjunctive, majority);

    WorksSchedule works = BundledData.works().plan(peacetime, data, latest.year(), WorksPlanner.Method.EXACT);
    out.println();
    out.println("Defensive works (SYNTHETIC plan), essential first: accepted " + works.accepted() + "; unfunded "
        + works.unfunded().stream().map(u -> u.work() + " (" + u.reason() + ")").toList() + "; index by year "
        + works.indexPath().stream().map(v -> v.year() + String.format(java.util.Locale.ROOT, " %.2f", v.value())).toList());
    MobilisationResult mobilisation = Mobilisation.assess(BundledData.mobilisationPlan(), data, areas, latest.year());
    printMobilisation(out, mobilisation);

    List<ScoreReport> wartimeYears = ScoringPipeline.builder().framework(framework).catalogue(catalogue)
        .spec(StrategySpec.builder().from(spec).scenario("wartime").build())
        .hierarchy(areas, AreaLevel.MILITARY_REGION).build().scoreAllYears(data);
    List<String> provenance = new java.util.ArrayList<>(data.labels());
    provenance.add(data.toString());
    // the synthetic provinces have no real boundaries: a seeded Voronoi geometry, labelled synthetic on the map
    io.potentia.report.html.AreaMap shapes = io.potentia.report.html.AreaMap.synthetic(latest.areas(),
        io.potentia.report.html.AreaMap.SYNTHETIC_SEED);
    new HtmlReport("All-people national defence potential, peacetime (SYNTHETIC DATA)", years, areas,
        AreaLevel.MILITARY_REGION, provenance).withAudit(audit).withClasses(conjunctive).withWorks(works).withMap(shapes)
        .withBudgetAdequacy(budget, SPENDING, "economic")
        .write(folder.resolve("report-peacetime.html"));
    new HtmlReport("All-people national defence potential, doctrine framework: political potential as catalyst"
        + " (SYNTHETIC DATA)", doctrineYears, areas, AreaLevel.MILITARY_REGION, provenance)
        .write(folder.resolve("report-doctrine.html"));
    new HtmlReport("All-people national defence potential, wartime scenario (SYNTHETIC DATA)", wartimeYears, areas,
        AreaLevel.MILITARY_REGION, provenance).withClasses(majority).withMobilisation(mobilisation).withMap(shapes).write(folder.resolve("report-wartime.html"));
    new HtmlReport("Tiềm lực quốc phòng toàn dân, thời bình (DỮ LIỆU GIẢ LẬP)", years, areas, AreaLevel.MILITARY_REGION,
        provenance).withAudit(audit).withClasses(conjunctive).withMap(shapes).withLanguage("vi")
        .write(folder.resolve("report-peacetime-vi.html"));
    PotentiaJson.write(folder.resolve("spec.json"), spec);
    ScoreReports.writeJson(latest, folder.resolve("report-" + latest.year() + ".json"));
    ResultTables.scores(years).write(folder.resolve("scores.csv"));
    out.println();
    out.println("Wrote " + folder.resolve("spec.json") + ", " + folder.resolve("report-" + latest.year() + ".json")
        + ", " + folder.resolve("scores.csv") + " and the HTML reports " + folder.resolve("report-peacetime.html")
        + ", " + folder.resolve("report-doctrine.html") + ", " + folder.resolve("report-wartime.html") + " and " + folder.resolve("report-peacetime-vi.html") + " (input hash " + latest.inputHash().substring(0, 12) + "...)");
  }

  /**
   * The flagship's scoring: gaps filled by the mean of the military region, outliers treated by the
   * skewness-kurtosis rule, min-max to [0, 100] each year, arithmetic means, seed 2026.
   */
  static StrategySpec spec() {
    return StrategySpec.builder()
        .imputation(StepSpec.of("group-mean"))
        .outliers(StepSpec.of("skew-kurtosis"))
        .normalisation(StepSpec.of("min-max", Map.of("lower", JsonNodeFactory.instance.numberNode(0),
            "upper", JsonNodeFactory.instance.numberNode(100))))
        .aggregation(StepSpec.of("arithmetic-mean"))
        .seed(2026)
        .build();
  }

  /** How the ranking changes when political potential is the catalyst of the others. */
  private static void printDoctrine(PrintStream out, MethodologyComparison.Comparison c) {
    out.println();
    out.printf(java.util.Locale.ROOT, "Doctrine framework (political potential as catalyst, I = H P/100, with the leadership"
        + " mechanism) against the plain weighted mean: Spearman %.3f, Kendall %.3f, mean rank shift %.1f; biggest movers:%n",
        c.spearman(), c.kendall(), c.meanAbsoluteRankShift());
    c.changes().stream().sorted((p, q) -> Double.compare(Math.abs(q.rankChange()), Math.abs(p.rankChange()))).limit(5)
        .forEach(a -> out.printf(java.util.Locale.ROOT, "  %-9s rank %2.0f -> %2.0f (%+.0f)%n", a.area(), a.rankA(), a.rankB(),
            a.rankChange()));
  }

  /** The spending indicator the budget adequacy reads. */
  private static final String SPENDING = "economic.defence_security_spending_per_capita";

  /** The within estimate per follower: does political potential lead the others' next-year change? */
  private static void printLead(PrintStream out, PoliticalLead.Lead lead) {
    out.println();
    out.println("Does political potential lead? Each potential's change, year to year, on the political score of the"
        + " year before, with province fixed effects (" + lead.years().get(0) + "-" + lead.years().get(lead.years().size() - 1) + "):");
    out.printf("  %-20s %11s %11s %7s %10s%n", "follower", "coefficient", "se(cluster)", "t", "area-years");
    for (PoliticalLead.Row row : lead.rows()) {
      WithinEstimator.Estimate e = row.estimate();
      out.printf(java.util.Locale.ROOT, "  %-20s %11.4f %11.4f %7.2f %10d%n", row.follower(), e.coefficient(), e.standardError(),
          e.t(), e.observations());
    }
  }

  /** The budget line and the provinces spending well under or over what their economy predicts. */
  private static void printBudget(PrintStream out, BudgetAdequacy.Result budget) {
    out.println();
    out.printf(java.util.Locale.ROOT, "Defence and security spending per capita against economic potential: %.1f + %.2f x"
        + " economic score (R^2 %.2f); beyond one residual standard error (%.1f):%n", budget.intercept(), budget.slope(),
        budget.rSquared(), budget.residualStandardError());
    for (BudgetAdequacy.Area a : budget.flagged()) {
      out.printf(java.util.Locale.ROOT, "  %-9s %-5s spends %6.0f, predicted %6.0f (gap %+6.0f, %+.2f s.e.)%n", a.area(),
          a.status().name().toLowerCase(java.util.Locale.ROOT), a.spending(), a.predicted(), a.gap(), a.standardised());
    }
  }

  /** Each group's members, mean, spread and its weakest and strongest province, then the provinces in no group. */
  private static void printGroups(PrintStream out, GroupRanking groups) {
    out.println();
    out.println("Provinces within each " + groups.grouping().name() + " group, " + groups.year()
        + " (mean, standard deviation and range of the index):");
    out.printf("  %-12s %7s %6s %6s %6s  %-9s %s%n", "group", "members", "mean", "sd", "range", "weakest", "strongest");
    groups.summaries().values().forEach(s -> out.printf("  %-12s %7d %6.1f %6.1f %6.1f  %-9s %s%n", s.group(),
        s.members().size(), s.mean(), s.standardDeviation(), s.range(), s.weakest(), s.strongest()));
    if (!groups.ungrouped().isEmpty()) {
      out.println("  " + groups.ungrouped().size() + " provinces have no " + groups.grouping().name() + " group");
    }
  }

  /** Each province's first phase meeting all its demands, with and without support, and the support moved. */
  private static void printMobilisation(PrintStream out, MobilisationResult m) {
    out.println();
    out.println("Mobilisation for the first year of war, SYN-MR2 (SYNTHETIC plan; phases " + String.join(", ", m.phases())
        + " months): first phase meeting every demand, with neighbours' support and alone:");
    m.firstPhaseMet().forEach((area, met) -> out.printf("  %-9s %-6s %s%n", area, met.orElse("never"),
        m.firstPhaseMetAlone().get(area).orElse("never")));
    out.printf("  %d flows of support, total cost %.0f%n", m.flows().size(),
        m.flows().stream().mapToDouble(MobilisationResult.Flow::cost).sum());
  }

  /** How many provinces each rule puts in each class, and what keeps the first few from the next class. */
  private static void printClasses(PrintStream out, AreaClasses conjunctive, AreaClasses majority) {
    out.println();
    out.println("Readiness classes of " + conjunctive.year() + " on the seven pillars: conjunctive (every pillar at the"
        + " class's threshold, 20, 35, 50) and MR-Sort (pillars at 30, 45, 60 weighing 70% of the vote, political"
        + " counted twice):");
    List<String> categories = conjunctive.result().categories();
    List<List<String>> byConjunctive = conjunctive.result().byCategory();
    List<List<String>> byMajority = majority.result().byCategory();
    out.printf("  %-24s %11s %7s%n", "class", "conjunctive", "MR-Sort");
    for (int k = categories.size() - 1; k >= 0; k--) {
      out.printf("  %-24s %11d %7d%n", categories.get(k), byConjunctive.get(k).size(), byMajority.get(k).size());
    }
    for (List<String> members : byConjunctive.subList(0, categories.size() - 1)) {
      if (!members.isEmpty()) {
        Assignment a = conjunctive.of(members.get(0)).orElseThrow();
        HeldBack held = a.heldBackBy().orElseThrow();
        out.println("  " + a.alternative() + " is " + a.category() + " under the conjunctive rule; kept from "
            + held.category() + " by " + held.criteria().stream().map(g -> String.format("%s %.1f < %.0f", g.criterion(),
            g.value(), g.profile())).toList() + "; MR-Sort puts it in " + majority.of(a.alternative()).orElseThrow().category());
      }
    }
  }
}
