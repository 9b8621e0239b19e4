package io.potentia.report.html;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.json.AtomicFiles;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.analysis.audit.Audit;
import io.potentia.scoring.analysis.budget.BudgetAdequacy;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationResult;
import io.potentia.scoring.analysis.planning.BudgetPriorities;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.sensitivity.RankSensitivity;
import io.potentia.scoring.analysis.sensitivity.SobolIndices;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.rollup.HierarchyRollUp;
import io.potentia.scoring.analysis.readiness.AreaClasses;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML report of scores over years: one file that opens offline by double-click,
 * no network. It starts with an interactive part drawn in the browser by ECharts, inlined from its
 * WebJar ({@link ExploreSection}: a hovered and clicked ranking chart, a sortable and filterable
 * ranking table, area profiles, maps with {@link #withMap}, trends by region as small multiples);
 * then, drawn here as inline SVG where the interactive part does not already show it:
 *
 * <ol>
 *   <li>the index rolled up by military region (population-weighted mean), when a hierarchy is given;
 *   <li>each area's strongest and weakest pillar;
 *   <li>the sections of the analyses that ran (below);
 *   <li>the methodology: the strategy spec, the data's labels and provenance, and the input hash.
 * </ol>
 *
 * <p>Optional sections, added with the {@code with} methods: the index ranks' intervals from a
 * {@link MonteCarlo} run (whiskers from the lowest to the highest percentile reported, a
 * dot at the median, a tick at the nominal rank); a chart of Sobol first- and total-order indices
 * with their confidence intervals; a budget roadmap, the funded projects by year with what
 * each adds; readiness classes, which colour the ranking chart's bars by class and list what keeps
 * each area from the next class up; the statistical audit; the budget adequacy, a scatter of
 * spending against economic potential with the fitted line; mobilisation, coverage by area and
 * phase as a heat table with the flows of mutual support; and the defensive works' Gantt chart.
 *
 * <p>Every word is in the report's language ({@link #withLanguage}, English or Vietnamese, from the
 * resource bundles of {@link Labels}), numbers in the locale's format; areas, regions and strategic
 * directions show their names, with the code on hover. Every chart names the table of its data in
 * its {@code data-table} attribute, a table beside it; colour scales are readable by colour-blind
 * readers (cividis, ColorBrewer PuOr, Okabe-Ito, viridis); a print style sheet shows the data
 * tables and hides the controls.
 */
public final class HtmlReport {
  private final String title;
  private final List<ScoreReport> years;
  private final List<String> pillars;
  private final AreaHierarchy hierarchy;
  private final AreaLevel regionLevel;
  private final List<String> provenance;
  private final MonteCarlo.Result uncertainty;
  private final RankSensitivity.Result sensitivity;
  private final BudgetPriorities.Roadmap roadmap;
  private final Audit audit;
  private final AreaClasses classes;
  private final Labels labels;
  private final AreaMap map;
  private final List<ReportSection> extra;

  /**
   * A report.
   *
   * @param title the heading
   * @param years the reports of each year, oldest first; the last is the one ranked
   * @param hierarchy the areas, for the roll-up by region; may be null
   * @param regionLevel the level of the roll-up, for example the military region
   * @param provenance the data's labels and sources, shown in the methodology
   */
  public HtmlReport(String title, List<ScoreReport> years, AreaHierarchy hierarchy, AreaLevel regionLevel,
      List<String> provenance) {
    if (years.isEmpty()) {
      throw InvalidInputException.at("reports", "an HTML report needs the report of at least one year");
    }
    this.title = title;
    this.years = List.copyOf(years);
    ScoreReport last = years.get(years.size() - 1);
    this.pillars = last.runs().get(last.root()).children();
    this.hierarchy = hierarchy;
    this.regionLevel = regionLevel;
    this.provenance = List.copyOf(provenance);
    this.uncertainty = null;
    this.sensitivity = null;
    this.roadmap = null;
    this.audit = null;
    this.classes = null;
    this.labels = Labels.of("en");
    this.map = null;
    this.extra = List.of();
  }

  private HtmlReport(HtmlReport base, MonteCarlo.Result uncertainty, RankSensitivity.Result sensitivity,
      BudgetPriorities.Roadmap roadmap, Audit audit, AreaClasses classes) {
    this(base, uncertainty, sensitivity, roadmap, audit, classes, base.labels, base.map, base.extra);
  }

  private HtmlReport(HtmlReport base, Labels labels, AreaMap map, List<ReportSection> extra) {
    this(base, base.uncertainty, base.sensitivity, base.roadmap, base.audit, base.classes, labels, map, extra);
  }

  /** A copy of the base with every part a {@code with...} method may replace given anew. */
  private HtmlReport(HtmlReport base, MonteCarlo.Result uncertainty, RankSensitivity.Result sensitivity,
      BudgetPriorities.Roadmap roadmap, Audit audit, AreaClasses classes, Labels labels, AreaMap map,
      List<ReportSection> extra) {
    this.title = base.title;
    this.years = base.years;
    this.pillars = base.pillars;
    this.hierarchy = base.hierarchy;
    this.regionLevel = base.regionLevel;
    this.provenance = base.provenance;
    this.uncertainty = uncertainty;
    this.sensitivity = sensitivity;
    this.roadmap = roadmap;
    this.audit = audit;
    this.classes = classes;
    this.labels = labels;
    this.map = map;
    this.extra = List.copyOf(extra);
  }

  /**
   * The report with the budget adequacy of the last year ({@link BudgetAdequacy}): a scatter of
   * spending against the economic score with the fitted line, flagged areas coloured, and a table
   * of the flagged areas, largest gap first.
   *
   * @param result the assessment, of the last year's areas
   * @param spending the spending indicator's id, for the axis
   * @param economic the economic node's id, for the axis
   * @return a new report
   * @throws InvalidInputException if the result names an area the last year's report does not hold
   */
  public HtmlReport withBudgetAdequacy(BudgetAdequacy.Result result, String spending, String economic) {
    ScoreReport last = years.get(years.size() - 1);
    for (BudgetAdequacy.Area a : result.areas()) {
      if (!last.areas().contains(a.area())) {
        throw InvalidInputException.at("budget", "area '" + a.area() + "' is assessed but not in the report of " + last.year());
      }
    }
    return withSection(new BudgetSection(result, spending, economic, last.year()));
  }

  /**
   * The report with a mobilisation section: coverage by area and phase as a heat table (the weakest
   * category's share of demand met, after support and alone), each area's first phase met, and the
   * flows of mutual support between areas.
   *
   * @param result the mobilisation result
   * @return a new report
   */
  public HtmlReport withMobilisation(MobilisationResult result) {
    return withSection(new MobilisationSection(result));
  }

  /**
   * The report in another language: every heading, label, explanation and table header from the
   * language's resource bundle, pillar, strategic direction and stage names translated, numbers
   * formatted for the locale (a decimal comma and a point between thousands in Vietnamese).
   *
   * @param language {@code en} (the default) or {@code vi}
   * @return a new report
   * @throws InvalidInputException naming the language if it is neither
   */
  public HtmlReport withLanguage(String language) {
    return new HtmlReport(this, Labels.of(language), map, extra);
  }

  /**
   * The report with choropleth maps of the index and of each pillar, drawn on the given shapes;
   * the areas without a shape are listed under the map.
   *
   * @param shapes the shapes, from {@link AreaMap#read} or {@link AreaMap#synthetic}
   * @return a new report
   */
  public HtmlReport withMap(AreaMap shapes) {
    return new HtmlReport(this, labels, shapes, extra);
  }

  /**
   * The report with one more section, placed after the built-in ones and before the methodology.
   *
   * @param section the section; its id must differ from those of the sections already added
   * @return a new report
   * @throws InvalidInputException if a section of the same id was added already
   */
  public HtmlReport withSection(ReportSection section) {
    if (extra.stream().anyMatch(s -> s.id().equals(section.id()))) {
      throw InvalidInputException.at("sections", "the report has a section '" + section.id() + "' already");
    }
    List<ReportSection> more = new ArrayList<>(extra);
    more.add(section);
    return new HtmlReport(this, labels, map, more);
  }

  /**
   * The report with the index ranks' intervals from a Monte Carlo run of the last year.
   *
   * @param result the run; its areas must be the last year's
   * @return a new report
   * @throws InvalidInputException if the run's areas or root differ from the last year's report
   */
  public HtmlReport withUncertainty(MonteCarlo.Result result) {
    ScoreReport last = years.get(years.size() - 1);
    if (!result.areas().equals(last.areas()) || !result.nodes().containsKey(last.root())) {
      throw InvalidInputException.at("uncertainty", "the Monte Carlo run covers areas " + result.areas()
          + " and nodes " + result.nodes().keySet() + ", not the report's " + last.areas() + " under '" + last.root() + "'");
    }
    return new HtmlReport(this, result, sensitivity, roadmap, audit, classes);
  }

  /**
   * The report with a chart of Sobol indices.
   *
   * @param result the indices, one pair per factor
   * @return a new report
   */
  public HtmlReport withSensitivity(RankSensitivity.Result result) {
    return new HtmlReport(this, uncertainty, result, roadmap, audit, classes);
  }

  /**
   * The report with a budget roadmap.
   *
   * @param result the roadmap
   * @return a new report
   */
  public HtmlReport withRoadmap(BudgetPriorities.Roadmap result) {
    return new HtmlReport(this, uncertainty, sensitivity, result, audit, classes);
  }

  /**
   * The report with the statistical audit's section: availability and screening, the correlations
   * within each pillar, Cronbach's alpha and first components, and weights against importance.
   *
   * @param result the audit, of the last year's areas
   * @return a new report
   * @throws InvalidInputException if the audit is not of the last year
   */
  public HtmlReport withAudit(Audit result) {
    ScoreReport last = years.get(years.size() - 1);
    if (result.year() != last.year()) {
      throw InvalidInputException.at("audit", "the audit is of " + result.year() + ", the report's last year "
          + last.year());
    }
    return new HtmlReport(this, uncertainty, sensitivity, roadmap, result, classes);
  }

  /**
   * The report with the areas' classes of the last year: the ranking chart's bars coloured by class
   * (cividis, dark blue for the worst class to yellow for the best, grey for an area left unclassed), a legend, and
   * a table of each area's class with the criteria that keep it from the next class up.
   *
   * @param result the classes, of the last year's areas
   * @return a new report
   * @throws InvalidInputException if the classes are not of the last year, or name an area the
   *     last year's report does not hold
   */
  public HtmlReport withClasses(AreaClasses result) {
    ScoreReport last = years.get(years.size() - 1);
    if (result.year() != last.year()) {
      throw InvalidInputException.at("classes", "the classes are of " + result.year() + ", the report's last year "
          + last.year());
    }
    for (var a : result.result().assignments()) {
      if (!last.areas().contains(a.alternative())) {
        throw InvalidInputException.at("classes", "area '" + a.alternative() + "' is classed but not in the report of "
            + last.year());
      }
    }
    return new HtmlReport(this, uncertainty, sensitivity, roadmap, audit, result);
  }

  /**
   * The report with a defensive works roadmap: a Gantt chart of the stages paid by year, the outcome
   * of each priority tier against its bound, the works left unfunded and why, and the index year by
   * year.
   *
   * @param result the works schedule
   * @return a new report
   */
  public HtmlReport withWorks(io.potentia.scoring.analysis.planning.works.WorksSchedule result) {
    return withSection(new WorksSection(result));
  }

  /**
   * Writes the report through a temporary file and an atomic move.
   *
   * @param file the target
   */
  public void write(Path file) {
    AtomicFiles.writeString(file, html());
  }

  /**
   * The report's HTML.
   *
   * @return the page
   */
  public String html() {
    ScoreReport last = years.get(years.size() - 1);
    Labels l = labels.withAreas(hierarchy);
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"").append(l.language()).append("\"><head><meta charset=\"utf-8\"><title>")
        .append(Svg.esc(title)).append("</title><style>").append(STYLE).append("</style>\n<script>")
        .append(ECharts.script()).append("</script></head><body>\n");
    page.append("<h1>").append(Svg.esc(title)).append("</h1>\n<p>").append(Svg.esc(l.format("summary", last.areas().size(),
        years.size(), Integer.toString(last.year())))).append("</p>\n");
    page.append(new ExploreSection(years, pillars, hierarchy, regionLevel, uncertainty, map, classes).html(l));
    if (hierarchy != null) {
      page.append("<h2>").append(Svg.esc(l.format("h.rollup", l.textOr("level." + regionLevel.id(), regionLevel.id()))))
          .append("</h2>\n").append(rollUp(l, last));
    }
    page.append("<h2>").append(Svg.esc(l.text("h.strengths"))).append("</h2>\n").append(strengths(l, last));
    if (uncertainty != null) {
      page.append("<h2>").append(Svg.esc(l.text("h.uncertainty"))).append("</h2>\n<p>").append(Svg.esc(l.format(
          "uncertainty.intro", uncertainty.replications().size(), percentile(l, 0),
          percentile(l, uncertainty.percentiles().size() - 1)))).append("</p>\n").append(rankIntervals(l, last));
    }
    if (sensitivity != null) {
      page.append("<h2>").append(Svg.esc(l.text("h.sensitivity"))).append("</h2>\n<p>")
          .append(Svg.esc(l.format("sensitivity.intro", sensitivity.modelRuns()))).append("</p>\n").append(sobolChart(l));
    }
    if (roadmap != null) {
      page.append("<h2>").append(Svg.esc(l.text("h.roadmap"))).append("</h2>\n").append(roadmapTable(l));
    }
    if (classes != null) {
      page.append(new ClassesSection(classes).table(l, last.ranking(last.root())));
    }
    if (audit != null) {
      page.append(new AuditSection(audit).html(l));
    }
    for (ReportSection section : extra) {
      page.append(section.html(l));
    }
    page.append(methodology(l, last));
    page.append("<script>").append(PRINT_SCRIPT).append("</script>\n</body></html>\n");
    return page.toString();
  }

  private String methodology(Labels l, ScoreReport last) {
    StringBuilder m = new StringBuilder("<h2>").append(Svg.esc(l.text("h.methodology"))).append("</h2>\n<p>")
        .append(Svg.esc(l.text("method.spec"))).append("</p><pre id=\"spec\">").append(Svg.esc(PotentiaJson.write(last.spec())))
        .append("</pre>\n<p>").append(Svg.esc(l.text("method.data"))).append("</p><ul id=\"provenance\">");
    for (String p : provenance) {
      m.append("<li>").append(Svg.esc(p)).append("</li>");
    }
    m.append("</ul><p>").append(Svg.esc(l.format("method.summary", last.frameworkId(), last.imputed().size(), last.gaps().size(),
        Integer.toString(last.year()), last.tiePolicy()))).append(" <code>").append(last.inputHash()).append("</code></p>\n");
    for (io.potentia.scoring.check.Screening.Screened screened : last.screened()) {
      m.append("<p class=\"screened\">").append(Svg.esc(l.format("method.screened", l.area(screened.area()),
          l.textOr("screening." + screened.action().id(), screened.action().id()), "\u0000")).replace("\u0000",
          EngineWords.screened(l, screened))).append("</p>\n");
    }
    return m.toString();
  }

  /**
   * The page's style: charts full width, a sortable table's headers marked, and a print style that
   * shows the charts' data tables, hides the controls and keeps tables and charts whole on a page.
   */
  private static final String STYLE = "body{font-family:sans-serif;margin:24px;color:#222}h2{margin-top:32px}"
      + "table{border-collapse:collapse}caption{text-align:left;font-weight:bold;padding:4px 0}"
      + "td,th{border:1px solid #ccc;padding:2px 6px;font-size:12px}td.num{text-align:right}pre{background:#f4f4f4;padding:8px;"
      + "font-size:11px;overflow:auto}.chart{width:100%;max-width:960px}.filters{margin:8px 0}.filters label{margin-right:12px}"
      + "table.sortable th{cursor:pointer;background:#eef}th[aria-sort=ascending]::after{content:' \\25B2'}"
      + "th[aria-sort=descending]::after{content:' \\25BC'}.code{color:#666;font-size:90%}"
      + "details.data{margin:4px 0 12px}details.data summary{cursor:pointer;color:#335;font-size:13px}"
      + "#profile{border:1px solid #99a;padding:8px 16px;margin:12px 0;max-width:960px}.profile-charts{display:flex;flex-wrap:wrap}"
      + ".profile-charts .chart{width:470px;height:300px}.sw{display:flex;gap:48px}"
      + ".multiples{display:flex;flex-wrap:wrap;gap:8px}.multiples .chart{width:300px;height:220px}.note{font-size:12px;color:#555}"
      + "@media print{body{margin:0}.filters,select,button,label:has(#map-layer),details.data>summary{display:none}"
      + "details.data>table{display:table}.chart,svg{page-break-inside:avoid;max-width:100%}tr{page-break-inside:avoid}"
      + "table.sortable th::after{content:none}}";

  /** Opens the charts' data tables for print (a closed details element prints closed) and closes them after. */
  private static final String PRINT_SCRIPT = "(function(){var opened=[];window.addEventListener('beforeprint',function(){"
      + "document.querySelectorAll('details.data').forEach(function(d){if(!d.open){d.open=true;opened.push(d);}});});"
      + "window.addEventListener('afterprint',function(){opened.forEach(function(d){d.open=false;});opened=[];});})();";

  /** The index rolled up by region as bars: the population-weighted mean, which the explore part's unweighted region means do not give. */
  private String rollUp(Labels l, ScoreReport r) {
    Map<String, Double> byRegion = HierarchyRollUp.rollUpScores(r, r.root(), hierarchy, regionLevel,
        HierarchyRollUp.ScoreRule.POPULATION_WEIGHTED_MEAN);
    double width = 760;
    double left = 220;
    double barHeight = 22;
    Svg svg = new Svg("rollup", width, byRegion.size() * barHeight + 20, l.text("rollup.chart"));
    DataTable table = new DataTable("rollup-data", l, l.textOr("level." + regionLevel.id(), regionLevel.id()), l.text("col.index"));
    double max = byRegion.values().stream().filter(v -> !Double.isNaN(v)).mapToDouble(Double::doubleValue).max().orElse(1);
    int k = 0;
    for (Map.Entry<String, Double> e : byRegion.entrySet()) {
      Area region = hierarchy.area(e.getKey());
      double y = 10 + k * barHeight;
      String value = l.number(e.getValue(), 1);
      svg.text(left - 6, y + 14, region.name(), "end", 11);
      svg.rect(left, y + 3, Double.isNaN(e.getValue()) ? 0 : (width - left - 60) * e.getValue() / max, barHeight - 6,
          Svg.palette(0), "region", region.name() + " (" + region.id() + "): " + value);
      svg.text(width - 55, y + 14, value, "start", 11);
      table.row(region.name(), value);
      k++;
    }
    return "<p>" + Svg.esc(l.text("rollup.intro")) + "</p>\n" + svg.end() + "\n" + table.end();
  }

  private String strengths(Labels l, ScoreReport r) {
    StringBuilder t = new StringBuilder("<table id=\"strengths\"><tr><th>").append(Svg.esc(l.text("col.area"))).append("</th><th>")
        .append(Svg.esc(l.text("col.rank"))).append("</th><th>").append(Svg.esc(l.text("col.strongest"))).append("</th><th>")
        .append(Svg.esc(l.text("col.weakest"))).append("</th></tr>");
    for (String area : r.ranking(r.root())) {
      String best = null;
      String worst = null;
      for (String p : pillars) {
        double v = r.score(p, area);
        if (Double.isNaN(v)) {
          continue;
        }
        if (best == null || v > r.score(best, area)) {
          best = p;
        }
        if (worst == null || v < r.score(worst, area)) {
          worst = p;
        }
      }
      t.append("<tr><td title=\"").append(Svg.esc(area)).append("\">").append(Svg.esc(l.area(area))).append("</td><td>")
          .append(l.number(r.rank(r.root(), area), 0)).append("</td><td>")
          .append(best == null ? "" : Svg.esc(ExploreSection.pillarName(l, best))).append("</td><td>")
          .append(worst == null ? "" : Svg.esc(ExploreSection.pillarName(l, worst))).append("</td></tr>");
    }
    return t.append("</table>").toString();
  }

  private String percentile(Labels l, int k) {
    return l.number(uncertainty.percentiles().get(k), 0);
  }

  private String rankIntervals(Labels l, ScoreReport r) {
    MonteCarlo.NodeRanks ranks = uncertainty.nodes().get(r.root());
    List<String> order = r.ranking(r.root());
    int n = r.areas().size();
    double rowHeight = 16;
    double width = 760;
    double left = 150;
    double plot = width - left - 20;
    Svg svg = new Svg("rank-intervals", width, order.size() * rowHeight + 40, l.text("uncertainty.chart"));
    DataTable table = new DataTable("rank-intervals-data", l, l.text("col.area"), l.text("col.rank"),
        l.format("uncertainty.percentile", percentile(l, 0)), l.text("uncertainty.median"),
        l.format("uncertainty.percentile", percentile(l, uncertainty.percentiles().size() - 1)));
    svg.text(left, order.size() * rowHeight + 32, l.format("uncertainty.rank", 1), "start", 10).text(left + plot,
        order.size() * rowHeight + 32, l.format("uncertainty.rank", n), "end", 10);
    if (ranks.replications() == 0) {
      return svg.text(left, 20, l.text("uncertainty.none"), "start", 11).end() + "\n" + table.end();
    }
    int last = ranks.percentiles().length - 1;
    int median = uncertainty.percentiles().indexOf(50.0);
    for (int k = 0; k < order.size(); k++) {
      String area = order.get(k);
      int i = r.areas().indexOf(area);
      double y = 10 + k * rowHeight + rowHeight / 2;
      double lo = left + plot * (ranks.percentiles()[0][i] - 1) / Math.max(1, n - 1);
      double hi = left + plot * (ranks.percentiles()[last][i] - 1) / Math.max(1, n - 1);
      double nominal = left + plot * (ranks.nominal()[i] - 1) / Math.max(1, n - 1);
      svg.text(left - 6, y + 4, l.area(area), "end", 11);
      svg.line(nominal, y - 6, nominal, y + 6, Svg.palette(3));
      if (ranks.counts()[i] == 0) {
        table.row(l.area(area), l.number(ranks.nominal()[i], 0), l.text("missing"), l.text("missing"), l.text("missing"));
        continue; // no replication ranked the area: the nominal tick alone, no interval to draw
      }
      String medianRank = median >= 0 ? l.number(ranks.percentiles()[median][i], 1) : l.text("missing");
      table.row(l.area(area), l.number(ranks.nominal()[i], 0), l.number(ranks.percentiles()[0][i], 1), medianRank,
          l.number(ranks.percentiles()[last][i], 1));
      svg.line(lo, y, hi, y, Svg.palette(0)).line(lo, y - 4, lo, y + 4, Svg.palette(0)).line(hi, y - 4, hi, y + 4, Svg.palette(0));
      if (median >= 0) {
        double m = left + plot * (ranks.percentiles()[median][i] - 1) / Math.max(1, n - 1);
        svg.rect(m - 3, y - 3, 6, 6, Svg.palette(0), "median", l.format("uncertainty.title", l.area(area) + " (" + area + ")",
            medianRank, l.number(ranks.percentiles()[0][i], 1), l.number(ranks.percentiles()[last][i], 1),
            l.number(ranks.nominal()[i], 0)));
      }
    }
    return svg.end() + "\n" + table.end();
  }

  private String sobolChart(Labels l) {
    List<String> factors = sensitivity.factors();
    double rowHeight = 26;
    double width = 760;
    double left = 200;
    double plot = width - left - 60;
    Svg svg = new Svg("sobol", width, factors.size() * rowHeight + 30, l.text("sensitivity.chart"));
    DataTable table = new DataTable("sobol-data", l, l.text("sensitivity.factor"), l.text("sensitivity.first"),
        l.text("sensitivity.interval"), l.text("sensitivity.total"), l.text("sensitivity.interval"));
    svg.text(left, factors.size() * rowHeight + 24, l.number(0, 0), "middle", 10).text(left + plot,
        factors.size() * rowHeight + 24, l.number(1, 0), "middle", 10);
    for (int j = 0; j < factors.size(); j++) {
      SobolIndices.Interval first = sensitivity.indices().firstOrder()[j];
      SobolIndices.Interval total = sensitivity.indices().totalOrder()[j];
      double y = 8 + j * rowHeight;
      String factor = factor(l, factors.get(j));
      svg.text(left - 6, y + 14, factor, "end", 11);
      svg.rect(left, y + 2, plot * clampUnit(total.estimate()), 9, Svg.palette(5), "total",
          l.format("sensitivity.title", factor, l.text("sensitivity.total"), sobol(l, total.estimate()), sobol(l, total.lower()),
              sobol(l, total.upper())));
      svg.rect(left, y + 12, plot * clampUnit(first.estimate()), 9, Svg.palette(0), "first",
          l.format("sensitivity.title", factor, l.text("sensitivity.first"), sobol(l, first.estimate()), sobol(l, first.lower()),
              sobol(l, first.upper())));
      whisker(svg, left, plot, first, y + 16.5);
      whisker(svg, left, plot, total, y + 6.5);
      table.row(factor, sobol(l, first.estimate()), "[" + sobol(l, first.lower()) + "; " + sobol(l, first.upper()) + "]",
          sobol(l, total.estimate()), "[" + sobol(l, total.lower()) + "; " + sobol(l, total.upper()) + "]");
    }
    return svg.end() + "\n" + table.end();
  }

  /** A Sobol factor's name: {@code weight:<pillar>} reads as the pillar's weight in the report's language. */
  private static String factor(Labels l, String factor) {
    return factor.startsWith("weight:") ? l.format("sensitivity.weight", ExploreSection.pillarName(l, factor.substring(7)))
        : factor;
  }

  private static String sobol(Labels l, double v) {
    return Double.isFinite(v) ? l.number(v, 3) : l.text("missing");
  }

  /** A confidence interval drawn over a bar; estimates outside [0, 1] (sampling error) are drawn at the edge and say so in the bar's title. */
  private static void whisker(Svg svg, double left, double plot, SobolIndices.Interval interval, double y) {
    if (Double.isFinite(interval.lower()) && Double.isFinite(interval.upper())) {
      svg.line(left + plot * clampUnit(interval.lower()), y, left + plot * clampUnit(interval.upper()), y, "#333");
    }
  }

  private static double clampUnit(double v) {
    return Double.isFinite(v) ? Math.max(0, Math.min(1, v)) : 0;
  }

  private String roadmapTable(Labels l) {
    StringBuilder t = new StringBuilder("<p>").append(Svg.esc(l.format("roadmap.intro", l.textOr("search." + roadmap.method()
            .name().toLowerCase(java.util.Locale.ROOT), roadmap.method().name()), roadmap.funded().size(),
            l.number(roadmap.spent(), 2), l.number(roadmap.baseline(), 3), l.number(roadmap.value(), 3))))
        .append("</p><table id=\"roadmap\"><tr><th>").append(Svg.esc(l.text("col.year"))).append("</th><th>")
        .append(Svg.esc(l.text("col.project"))).append("</th><th>").append(Svg.esc(l.text("col.gain"))).append("</th></tr>");
    for (BudgetPriorities.Funded f : roadmap.funded()) {
      t.append("<tr><td>").append(f.year()).append("</td><td>").append(Svg.esc(f.project())).append("</td><td>")
          .append(l.number(f.gain(), 4)).append("</td></tr>");
    }
    return t.append("</table>").toString();
  }
}
