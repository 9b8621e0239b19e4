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
 * ranking table, area profiles, maps with {@link #withMap}, trends by region), in English or
 * Vietnamese ({@link #withLanguage}); then the static charts, drawn as inline SVG generated here:
 *
 * <ol>
 *   <li>a ranked bar chart of the index in the latest year;
 *   <li>a radar chart of the pillars (the five potentials, forces, posture) for each area;
 *   <li>a heat map of areas by pillars;
 *   <li>trend lines of the index across the years;
 *   <li>the index rolled up by military region (population-weighted mean), when a hierarchy is given;
 *   <li>each area's strongest and weakest pillar;
 *   <li>the methodology: the strategy spec, the data's labels and provenance, and the input hash.
 * </ol>
 *
 * <p>Optional sections, added with the {@code with} methods: the index ranks' intervals from a
 * {@link MonteCarlo} run (whiskers from the lowest to the highest percentile reported, a
 * dot at the median, a tick at the nominal rank); a chart of Sobol first- and total-order indices
 * with their confidence intervals; a budget roadmap, the funded projects by year with what
 * each adds; readiness classes, which colour the index ranking by class and list what keeps
 * each area from the next class up; the budget adequacy, a scatter of spending against economic
 * potential with the fitted line; and mobilisation, coverage by area and phase as a heat table
 * with the flows of mutual support.
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
   * The report in another language: every heading, label and explanation of the interactive part
   * and the section headings from the language's resource bundle, pillar names translated, numbers
   * formatted for the locale (a decimal comma in Vietnamese).
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
   * The report with the areas' classes of the last year: the index ranking's bars coloured by class
   * (red for the worst class to green for the best, grey for an area left unclassed), a legend, and
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
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"").append(labels.language()).append("\"><head><meta charset=\"utf-8\"><title>")
        .append(Svg.esc(title)).append("</title><style>").append(STYLE).append("</style>\n<script>")
        .append(ECharts.script()).append("</script></head><body>\n");
    page.append("<h1>").append(Svg.esc(title)).append("</h1>\n<p>").append(Svg.esc(java.text.MessageFormat.format(
        labels.text("summary"), last.areas().size(), years.size(), Integer.toString(last.year())))).append("</p>\n");
    page.append(new ExploreSection(years, pillars, hierarchy, regionLevel, uncertainty, map).html(labels));
    page.append("<h2>").append(Svg.esc(labels.text("h.ranking"))).append(" ").append(last.year()).append("</h2>\n")
        .append(rankingChart(last));
    if (classes != null) {
      page.append(new ClassesSection(classes).legend());
    }
    page.append("<h2>").append(Svg.esc(labels.text("h.radars"))).append("</h2>\n<div class=\"radars\">");
    for (String area : last.ranking(last.root())) {
      page.append(radar(last, area));
    }
    page.append("</div>\n<h2>").append(Svg.esc(labels.text("h.heatmap"))).append("</h2>\n").append(heatMap(last));
    page.append("<h2>").append(Svg.esc(labels.text("h.trends"))).append("</h2>\n").append(trends());
    if (hierarchy != null) {
      page.append("<h2>").append(Svg.esc(labels.text("h.by"))).append(" ").append(Svg.esc(regionLevel.id().replace('-', ' '))).append("</h2>\n").append(rollUp(last));
    }
    page.append("<h2>").append(Svg.esc(labels.text("h.strengths"))).append("</h2>\n").append(strengths(last));
    if (uncertainty != null) {
      page.append("<h2>").append(Svg.esc(labels.text("h.uncertainty"))).append("</h2>\n<p>").append(uncertainty.replications().size())
          .append(" Monte Carlo replications; whiskers from the ").append(percentile(0)).append(" to the ")
          .append(percentile(uncertainty.percentiles().size() - 1))
          .append(" percentile rank, a dot at the median and a tick at the nominal rank.</p>\n").append(rankIntervals(last));
    }
    if (sensitivity != null) {
      page.append("<h2>").append(Svg.esc(labels.text("h.sensitivity"))).append("</h2>\n<p>Sobol indices of the mean absolute rank shift, ")
          .append(sensitivity.modelRuns()).append(" model runs: first order (solid) and total order (light), with their"
              + " confidence intervals.</p>\n").append(sobolChart());
    }
    if (roadmap != null) {
      page.append("<h2>").append(Svg.esc(labels.text("h.roadmap"))).append("</h2>\n").append(roadmapTable());
    }
    if (classes != null) {
      page.append(new ClassesSection(classes).table(last.ranking(last.root())));
    }
    if (audit != null) {
      page.append(new AuditSection(audit).html());
    }
    for (ReportSection section : extra) {
      page.append(section.html(labels));
    }
    page.append("<h2>").append(Svg.esc(labels.text("h.methodology"))).append("</h2>\n<p>Strategy spec:</p><pre id=\"spec\">").append(Svg.esc(PotentiaJson.write(last.spec())))
        .append("</pre>\n<p>Data:</p><ul id=\"provenance\">");
    for (String p : provenance) {
      page.append("<li>").append(Svg.esc(p)).append("</li>");
    }
    page.append("</ul><p>Framework '").append(Svg.esc(last.frameworkId())).append("'; ").append(last.imputed().size())
        .append(" values imputed and ").append(last.gaps().size()).append(" gaps left in ").append(last.year())
        .append("; ranks with ties at the best shared rank (").append(last.tiePolicy()).append("). Input hash (SHA-256): <code>")
        .append(last.inputHash()).append("</code></p>\n");
    for (io.potentia.scoring.check.Screening.Screened screened : last.screened()) {
      page.append("<p class=\"screened\">").append(Svg.esc(screened.area())).append(": ").append(screened.action().id())
          .append(" by the spec's screening rule: ").append(Svg.esc(String.join("; ", screened.reasons()))).append("</p>\n");
    }
    page.append("</body></html>\n");
    return page.toString();
  }

  /** The page's style: charts full width, a sortable table's headers marked, and a print style that keeps tables whole. */
  private static final String STYLE = "body{font-family:sans-serif;margin:24px;color:#222}h2{margin-top:32px}"
      + ".radars{display:flex;flex-wrap:wrap;gap:8px}table{border-collapse:collapse}"
      + "td,th{border:1px solid #ccc;padding:2px 6px;font-size:12px}td.num{text-align:right}pre{background:#f4f4f4;padding:8px;"
      + "font-size:11px;overflow:auto}.chart{width:100%;max-width:960px}.filters{margin:8px 0}.filters label{margin-right:12px}"
      + "table.sortable th{cursor:pointer;background:#eef}th[aria-sort=ascending]::after{content:' \\25B2'}"
      + "th[aria-sort=descending]::after{content:' \\25BC'}.code{color:#666;font-size:90%}"
      + "#profile{border:1px solid #99a;padding:8px 16px;margin:12px 0;max-width:960px}.profile-charts{display:flex;flex-wrap:wrap}"
      + ".profile-charts .chart{width:470px;height:300px}.sw{display:flex;gap:48px}"
      + ".multiples{display:flex;flex-wrap:wrap;gap:8px}.multiples .chart{width:300px;height:220px}.note{font-size:12px;color:#555}"
      + "@media print{.filters,#profile-close,#map-layer{display:none}.chart{page-break-inside:avoid}tr{page-break-inside:avoid}}";

  private String rankingChart(ScoreReport r) {
    List<String> order = r.ranking(r.root());
    double barHeight = 16;
    double width = 760;
    double left = 150;
    Svg svg = new Svg("ranking", width, order.size() * barHeight + 30, "index ranking");
    double max = maxOf(r.scores(r.root()));
    for (int k = 0; k < order.size(); k++) {
      String area = order.get(k);
      double v = r.score(r.root(), area);
      double y = 10 + k * barHeight;
      svg.text(left - 6, y + 11, (k + 1) + ". " + area, "end", 11);
      String fill = classes == null ? Svg.palette(0) : ClassesSection.colour(classes, area);
      String title = classes == null ? area + ": " + v : area + ": " + v + ", " + ClassesSection.label(classes, area);
      svg.rect(left, y + 2, Double.isNaN(v) ? 0 : (width - left - 60) * v / max, barHeight - 4, fill, "bar", title);
      svg.text(width - 55, y + 11, Double.isNaN(v) ? "missing" : String.format(java.util.Locale.ROOT, "%.1f", v), "start", 11);
    }
    return svg.end();
  }

  private String radar(ScoreReport r, String area) {
    double size = 170;
    double cx = size / 2;
    double cy = size / 2 + 8;
    double radius = 60;
    Svg svg = new Svg("radar-" + area, size, size + 10, "pillars of " + area);
    svg.text(cx, 12, area, "middle", 11);
    int n = pillars.size();
    double[] gx = new double[n];
    double[] gy = new double[n];
    double[] px = new double[n];
    double[] py = new double[n];
    for (int i = 0; i < n; i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
      gx[i] = cx + radius * Math.cos(angle);
      gy[i] = cy + radius * Math.sin(angle);
      double v = r.score(pillars.get(i), area);
      double t = Double.isNaN(v) ? 0 : Math.max(0, v) / Math.max(1e-12, maxOf(r.scores(pillars.get(i))));
      px[i] = cx + radius * t * Math.cos(angle);
      py[i] = cy + radius * t * Math.sin(angle);
      svg.line(cx, cy, gx[i], gy[i], "#ddd");
      svg.text(cx + (radius + 10) * Math.cos(angle), cy + (radius + 10) * Math.sin(angle) + 3,
          pillars.get(i).substring(0, Math.min(4, pillars.get(i).length())), "middle", 8);
    }
    svg.poly("polygon", "grid", gx, gy, "#bbb", "none", null);
    svg.poly("polygon", "profile", px, py, Svg.palette(0), "rgba(31,119,180,0.35)", area);
    return svg.end();
  }

  private String heatMap(ScoreReport r) {
    List<String> order = r.ranking(r.root());
    double cell = 22;
    double left = 110;
    double top = 90;
    Svg svg = new Svg("heatmap", left + pillars.size() * 70 + 10, top + order.size() * cell + 10, "areas by pillar");
    for (int j = 0; j < pillars.size(); j++) {
      svg.text(left + j * 70 + 35, top - 8, pillars.get(j), "middle", 10);
    }
    double[] max = new double[pillars.size()];
    double[] min = new double[pillars.size()];
    for (int j = 0; j < pillars.size(); j++) {
      max[j] = maxOf(r.scores(pillars.get(j)));
      min[j] = minOf(r.scores(pillars.get(j)));
    }
    for (int k = 0; k < order.size(); k++) {
      String area = order.get(k);
      svg.text(left - 6, top + k * cell + 15, area, "end", 10);
      for (int j = 0; j < pillars.size(); j++) {
        double v = r.score(pillars.get(j), area);
        double t = max[j] > min[j] ? (v - min[j]) / (max[j] - min[j]) : 0.5;
        svg.rect(left + j * 70, top + k * cell, 68, cell - 2, Svg.scale(t), "cell", area + ", " + pillars.get(j) + ": " + v);
      }
    }
    return svg.end();
  }

  private String trends() {
    ScoreReport last = years.get(years.size() - 1);
    double width = 760;
    double height = 320;
    double left = 50;
    double bottom = height - 30;
    Svg svg = new Svg("trends", width, height, "index over the years");
    double max = 0;
    double min = Double.POSITIVE_INFINITY;
    for (ScoreReport y : years) {
      max = Math.max(max, maxOf(y.scores(y.root())));
      min = Math.min(min, minOf(y.scores(y.root())));
    }
    min = Math.min(min, 0);
    double span = max > min ? max - min : 1;
    svg.line(left, bottom, width - 10, bottom, "#888").line(left, 10, left, bottom, "#888");
    for (int t = 0; t < years.size(); t++) {
      double x = years.size() == 1 ? left + 20 : left + (width - left - 30) * t / (years.size() - 1);
      svg.text(x, bottom + 16, Integer.toString(years.get(t).year()), "middle", 10);
    }
    List<String> areas = last.areas();
    for (int a = 0; a < areas.size(); a++) {
      List<double[]> points = new ArrayList<>();
      for (int t = 0; t < years.size(); t++) {
        ScoreReport y = years.get(t);
        if (!y.areas().contains(areas.get(a))) {
          continue;
        }
        double v = y.score(y.root(), areas.get(a));
        if (Double.isNaN(v)) {
          continue;
        }
        double x = years.size() == 1 ? left + 20 : left + (width - left - 30) * t / (years.size() - 1);
        points.add(new double[] {x, bottom - (bottom - 10) * (v - min) / span});
      }
      double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
      double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
      if (xs.length == 1) {
        xs = new double[] {xs[0] - 3, xs[0] + 3};
        ys = new double[] {ys[0], ys[0]};
      }
      svg.poly("polyline", "trend", xs, ys, Svg.palette(a), "none", areas.get(a));
    }
    return svg.end();
  }

  private String rollUp(ScoreReport r) {
    Map<String, Double> byRegion = HierarchyRollUp.rollUpScores(r, r.root(), hierarchy, regionLevel,
        HierarchyRollUp.ScoreRule.POPULATION_WEIGHTED_MEAN);
    double width = 760;
    double left = 220;
    double barHeight = 22;
    Svg svg = new Svg("rollup", width, byRegion.size() * barHeight + 20, "index by region");
    double max = byRegion.values().stream().filter(v -> !Double.isNaN(v)).mapToDouble(Double::doubleValue).max().orElse(1);
    int k = 0;
    for (Map.Entry<String, Double> e : byRegion.entrySet()) {
      Area region = hierarchy.area(e.getKey());
      double y = 10 + k * barHeight;
      svg.text(left - 6, y + 14, region.name(), "end", 11);
      svg.rect(left, y + 3, Double.isNaN(e.getValue()) ? 0 : (width - left - 60) * e.getValue() / max, barHeight - 6,
          Svg.palette(k + 1), "region", region.name() + ": " + e.getValue());
      svg.text(width - 55, y + 14, String.format(java.util.Locale.ROOT, "%.1f", e.getValue()), "start", 11);
      k++;
    }
    return svg.end();
  }

  private String strengths(ScoreReport r) {
    StringBuilder t = new StringBuilder("<table id=\"strengths\"><tr><th>area</th><th>rank</th><th>strongest</th><th>weakest</th></tr>");
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
      t.append("<tr><td>").append(Svg.esc(area)).append("</td><td>").append(String.format(java.util.Locale.ROOT, "%.0f",
          r.rank(r.root(), area))).append("</td><td>").append(best == null ? "" : Svg.esc(best)).append("</td><td>")
          .append(worst == null ? "" : Svg.esc(worst)).append("</td></tr>");
    }
    return t.append("</table>").toString();
  }

  private String percentile(int k) {
    return String.format(java.util.Locale.ROOT, "%.0fth", uncertainty.percentiles().get(k));
  }

  private String rankIntervals(ScoreReport r) {
    MonteCarlo.NodeRanks ranks = uncertainty.nodes().get(r.root());
    List<String> order = r.ranking(r.root());
    int n = r.areas().size();
    double rowHeight = 16;
    double width = 760;
    double left = 150;
    double plot = width - left - 20;
    Svg svg = new Svg("rank-intervals", width, order.size() * rowHeight + 40, "rank intervals");
    svg.text(left, order.size() * rowHeight + 32, "rank 1", "start", 10).text(left + plot, order.size() * rowHeight + 32,
        "rank " + n, "end", 10);
    if (ranks.replications() == 0) {
      return svg.text(left, 20, "no replication scored the index", "start", 11).end();
    }
    int last = ranks.percentiles().length - 1;
    int median = uncertainty.percentiles().indexOf(50.0);
    for (int k = 0; k < order.size(); k++) {
      int i = r.areas().indexOf(order.get(k));
      double y = 10 + k * rowHeight + rowHeight / 2;
      double lo = left + plot * (ranks.percentiles()[0][i] - 1) / Math.max(1, n - 1);
      double hi = left + plot * (ranks.percentiles()[last][i] - 1) / Math.max(1, n - 1);
      double nominal = left + plot * (ranks.nominal()[i] - 1) / Math.max(1, n - 1);
      svg.text(left - 6, y + 4, order.get(k), "end", 11);
      svg.line(nominal, y - 6, nominal, y + 6, "#d62728");
      if (ranks.counts()[i] == 0) {
        continue; // no replication ranked the area: the nominal tick alone, no interval to draw
      }
      svg.line(lo, y, hi, y, Svg.palette(0)).line(lo, y - 4, lo, y + 4, Svg.palette(0)).line(hi, y - 4, hi, y + 4, Svg.palette(0));
      if (median >= 0) {
        double m = left + plot * (ranks.percentiles()[median][i] - 1) / Math.max(1, n - 1);
        svg.rect(m - 3, y - 3, 6, 6, Svg.palette(0), "median", order.get(k) + ": median rank " + ranks.percentiles()[median][i]
            + ", interval " + ranks.percentiles()[0][i] + " to " + ranks.percentiles()[last][i] + ", nominal " + ranks.nominal()[i]);
      }
    }
    return svg.end();
  }

  private String sobolChart() {
    List<String> factors = sensitivity.factors();
    double rowHeight = 26;
    double width = 760;
    double left = 200;
    double plot = width - left - 60;
    Svg svg = new Svg("sobol", width, factors.size() * rowHeight + 30, "Sobol indices");
    svg.text(left, factors.size() * rowHeight + 24, "0", "middle", 10).text(left + plot, factors.size() * rowHeight + 24, "1", "middle", 10);
    for (int j = 0; j < factors.size(); j++) {
      SobolIndices.Interval first = sensitivity.indices().firstOrder()[j];
      SobolIndices.Interval total = sensitivity.indices().totalOrder()[j];
      double y = 8 + j * rowHeight;
      svg.text(left - 6, y + 14, factors.get(j), "end", 11);
      svg.rect(left, y + 2, plot * clampUnit(total.estimate()), 9, "rgba(31,119,180,0.35)", "total",
          factors.get(j) + ": total order " + total.estimate() + " [" + total.lower() + ", " + total.upper() + "]");
      svg.rect(left, y + 12, plot * clampUnit(first.estimate()), 9, Svg.palette(0), "first",
          factors.get(j) + ": first order " + first.estimate() + " [" + first.lower() + ", " + first.upper() + "]");
      whisker(svg, left, plot, first, y + 16.5);
      whisker(svg, left, plot, total, y + 6.5);
    }
    return svg.end();
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

  private String roadmapTable() {
    StringBuilder t = new StringBuilder("<p>").append(roadmap.method()).append(" search: ").append(roadmap.funded().size())
        .append(" projects funded for ").append(String.format(java.util.Locale.ROOT, "%.2f", roadmap.spent()))
        .append("; the objective goes from ").append(String.format(java.util.Locale.ROOT, "%.3f", roadmap.baseline()))
        .append(" to ").append(String.format(java.util.Locale.ROOT, "%.3f", roadmap.value())).append(".</p>")
        .append("<table id=\"roadmap\"><tr><th>year</th><th>project</th><th>gain</th></tr>");
    for (BudgetPriorities.Funded f : roadmap.funded()) {
      t.append("<tr><td>").append(f.year()).append("</td><td>").append(Svg.esc(f.project())).append("</td><td>")
          .append(String.format(java.util.Locale.ROOT, "%.4f", f.gain())).append("</td></tr>");
    }
    return t.append("</table>").toString();
  }

  private static double maxOf(double[] x) {
    double m = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        m = Math.max(m, v);
      }
    }
    return m == Double.NEGATIVE_INFINITY ? 1 : m <= 0 ? 1 : m;
  }

  private static double minOf(double[] x) {
    double m = Double.POSITIVE_INFINITY;
    for (double v : x) {
      if (!Double.isNaN(v)) {
        m = Math.min(m, v);
      }
    }
    return m == Double.POSITIVE_INFINITY ? 0 : m;
  }
}
