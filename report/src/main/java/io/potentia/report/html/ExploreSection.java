package io.potentia.report.html;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.area.AreaTag;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.analysis.readiness.AreaClasses;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.result.ScoreReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's interactive part, drawn in the browser with ECharts: a ranking chart whose tooltip
 * gives an area's score, rank, rank interval (when uncertainty ran) and the contributions of its
 * pillars; a ranking table sortable by any column and filterable by military region, strategic
 * direction and tag; an area profile opened by clicking an area (its pillars against its region's
 * unweighted mean and the best area, its trend, its strongest and weakest pillars); choropleth maps
 * of the index and of each pillar when shapes are given; and the index's trends as small multiples,
 * one chart per region.
 *
 * <p>The page's data travels as one JSON object ({@code POTENTIA}); the table is written here in
 * full so that it reads (and prints) without the script. Every chart names the table of its data in
 * its {@code data-table} attribute: the ranking table for the ranking chart and the maps, the trend
 * table for the small multiples, and a table the profile writes for the profile's charts. With
 * readiness classes the ranking's bars take their area's class colour, on the cividis scale.
 */
final class ExploreSection implements ReportSection {
  private final List<ScoreReport> years;
  private final List<String> pillars;
  private final AreaHierarchy hierarchy;
  private final AreaLevel regionLevel;
  private final MonteCarlo.Result uncertainty;
  private final AreaMap map;
  private final AreaClasses classes;

  ExploreSection(List<ScoreReport> years, List<String> pillars, AreaHierarchy hierarchy, AreaLevel regionLevel,
      MonteCarlo.Result uncertainty, AreaMap map, AreaClasses classes) {
    this.years = years;
    this.pillars = pillars;
    this.hierarchy = hierarchy;
    this.regionLevel = regionLevel;
    this.uncertainty = uncertainty;
    this.map = map;
    this.classes = classes;
  }

  @Override
  public String id() {
    return "explore";
  }

  /** A pillar's (or any node's) name in the report's language, or its id for a node nothing names ({@link Labels#node}). */
  static String pillarName(Labels labels, String pillar) {
    return labels.node(pillar);
  }

  @Override
  public String html(Labels l) {
    ScoreReport last = years.get(years.size() - 1);
    ObjectNode data = data(l, last);
    StringBuilder s = new StringBuilder("<section id=\"explore\">\n<h2>").append(Svg.esc(l.text("explore.heading")))
        .append("</h2>\n<p>").append(Svg.esc(l.text("explore.intro"))).append("</p>\n");
    s.append("<div class=\"filters\">");
    filter(s, "filter-region", l.text("col.region"), l, data.get("regions"));
    filter(s, "filter-direction", l.text("col.direction"), l, data.get("directions"));
    filter(s, "filter-tag", l.text("col.tags"), l, data.get("tags"));
    s.append("</div>\n<div id=\"chart-ranking\" class=\"chart\" style=\"height:").append(40 + 18 * last.areas().size())
        .append("px\" role=\"img\" aria-label=\"").append(Svg.esc(l.text("explore.chart")))
        .append("\" data-table=\"ranking-table\"></div>\n");
    if (classes != null) {
      s.append(new ClassesSection(classes).legend(l));
    }
    s.append("<div id=\"profile\" hidden></div>\n");
    rankingTable(s, l, last);
    if (map != null) {
      s.append("<h3>").append(Svg.esc(l.text("map.heading"))).append("</h3>\n<label>").append(Svg.esc(l.text("map.layer")))
          .append(" <select id=\"map-layer\"><option value=\"").append(Svg.esc(last.root())).append("\">")
          .append(Svg.esc(l.text("col.index"))).append("</option>");
      for (String p : pillars) {
        s.append("<option value=\"").append(Svg.esc(p)).append("\">").append(Svg.esc(pillarName(l, p))).append("</option>");
      }
      s.append("</select></label>\n<div id=\"chart-map\" class=\"chart\" style=\"height:520px\" data-table=\"ranking-table\"></div>\n<p class=\"note\">")
          .append(Svg.esc(l.text("map.source"))).append(": ").append(Svg.esc(map.source(l))).append("</p>\n<p id=\"map-missing\">")
          .append(Svg.esc(l.text("map.missing"))).append(": ");
      List<String> names = map.missing().stream().map(a -> l.area(a) + " (" + a + ")").toList();
      s.append(names.isEmpty() ? Svg.esc(l.text("none")) : Svg.esc(String.join(", ", names))).append("</p>\n");
    }
    s.append("<h3>").append(Svg.esc(l.text("trends.heading"))).append("</h3>\n<p>").append(Svg.esc(l.text("trends.intro")))
        .append("</p>\n<div id=\"trend-multiples\" class=\"multiples\"></div>\n");
    trendTable(s, l);
    s.append("<script>const POTENTIA=").append(PotentiaJson.write(data).replace("</", "<\\/")).append(";</script>\n");
    s.append("<script>").append(script()).append("</script>\n</section>\n");
    return s.toString();
  }

  private static void filter(StringBuilder s, String id, String label, Labels l, com.fasterxml.jackson.databind.JsonNode options) {
    s.append("<label>").append(Svg.esc(label)).append(" <select id=\"").append(id).append("\"><option value=\"\">")
        .append(Svg.esc(l.text("filter.all"))).append("</option>");
    options.forEach(o -> s.append("<option value=\"").append(Svg.esc(o.get("id").asText())).append("\">")
        .append(Svg.esc(o.get("name").asText())).append("</option>"));
    s.append("</select></label> ");
  }

  private void rankingTable(StringBuilder s, Labels l, ScoreReport last) {
    s.append("<table id=\"ranking-table\" class=\"sortable\"><caption>").append(Svg.esc(l.text("table.caption")))
        .append(" ").append(last.year()).append("</caption><thead><tr>");
    List<String> heads = new ArrayList<>(List.of(l.text("col.rank"), l.text("col.area"), l.text("col.region"),
        l.text("col.direction"), l.text("col.tags"), l.text("col.index")));
    if (uncertainty != null) {
      heads.add(l.text("col.interval"));
    }
    pillars.forEach(p -> heads.add(pillarName(l, p)));
    for (int k = 0; k < heads.size(); k++) {
      s.append("<th data-col=\"").append(k).append("\" tabindex=\"0\" aria-sort=\"none\">").append(Svg.esc(heads.get(k))).append("</th>");
    }
    s.append("</tr></thead><tbody>");
    int[] lo = interval(last, 0);
    int[] hi = interval(last, -1);
    Map<String, Integer> at = positions(last.areas());
    for (String area : last.ranking(last.root())) {
      Optional<Area> region = region(area);
      Optional<Area> a = hierarchy != null && hierarchy.contains(area) ? Optional.of(hierarchy.area(area)) : Optional.empty();
      String direction = a.flatMap(Area::strategicDirection).orElse("");
      List<String> tags = a.map(x -> x.tags().stream().map(AreaTag::id).sorted().toList()).orElse(List.of());
      double rank = last.rank(last.root(), area);
      s.append("<tr data-area=\"").append(Svg.esc(area)).append("\" data-region=\"")
          .append(Svg.esc(region.map(Area::id).orElse(""))).append("\" data-direction=\"").append(Svg.esc(direction))
          .append("\" data-tags=\" ").append(Svg.esc(String.join(" ", tags))).append(" \">");
      cell(s, rank, l.number(rank, 0));
      s.append("<td title=\"").append(Svg.esc(area)).append("\"><a href=\"#profile\" class=\"area-link\">")
          .append(Svg.esc(l.area(area))).append("</a></td>");
      s.append("<td title=\"").append(Svg.esc(region.map(Area::id).orElse(""))).append("\">")
          .append(Svg.esc(region.map(Area::name).orElse(""))).append("</td><td title=\"").append(Svg.esc(direction)).append("\">")
          .append(Svg.esc(direction.isEmpty() ? "" : l.direction(direction))).append("</td><td>").append(Svg.esc(String.join(", ", tags.stream().map(t -> l.textOr("tag." + t, t)).toList())))
          .append("</td>");
      double v = last.score(last.root(), area);
      cell(s, v, l.number(v, 1));
      if (uncertainty != null) {
        int i = at.get(area);
        cell(s, lo[i], lo[i] == 0 ? l.text("missing") : lo[i] + "–" + hi[i]);
      }
      for (String p : pillars) {
        double pv = last.score(p, area);
        cell(s, pv, l.number(pv, 1));
      }
      s.append("</tr>");
    }
    s.append("</tbody></table>\n");
  }

  /** The trends' data as a table beside the charts, for screen readers and print: the index of each area in each year. */
  private void trendTable(StringBuilder s, Labels l) {
    ScoreReport last = years.get(years.size() - 1);
    s.append("<details class=\"data\"><summary>").append(Svg.esc(l.text("table.data"))).append("</summary><table id=\"trend-table\"><tr><th>")
        .append(Svg.esc(l.text("col.area"))).append("</th>");
    years.forEach(y -> s.append("<th>").append(y.year()).append("</th>"));
    s.append("</tr>");
    List<Set<String>> present = present();
    for (String area : last.ranking(last.root())) {
      s.append("<tr><td title=\"").append(Svg.esc(area)).append("\">").append(Svg.esc(l.area(area))).append("</td>");
      for (int k = 0; k < years.size(); k++) {
        ScoreReport y = years.get(k);
        double v = present.get(k).contains(area) ? y.score(y.root(), area) : Double.NaN;
        s.append("<td class=\"num\">").append(Svg.esc(l.number(v, 1))).append("</td>");
      }
      s.append("</tr>");
    }
    s.append("</table></details>\n");
  }

  /** Each area's position in the report's order: looked up per area, so not a search of the list each time. */
  private static Map<String, Integer> positions(List<String> areas) {
    Map<String, Integer> at = new java.util.HashMap<>();
    for (int i = 0; i < areas.size(); i++) {
      at.put(areas.get(i), i);
    }
    return at;
  }

  /** The areas each year scored, as sets, for the per-area trend lookups. */
  private List<Set<String>> present() {
    return years.stream().map(y -> (Set<String>) new java.util.HashSet<>(y.areas())).toList();
  }

  private static void cell(StringBuilder s, double sortKey, String text) {
    s.append("<td class=\"num\" data-value=\"").append(Double.isNaN(sortKey) ? "" : Double.toString(sortKey)).append("\">")
        .append(Svg.esc(text)).append("</td>");
  }

  private Optional<Area> region(String area) {
    return hierarchy != null && hierarchy.contains(area) ? hierarchy.ancestorAt(area, regionLevel) : Optional.empty();
  }

  /** The rank interval's bound of each area (percentile k, negative from the end), 0 where no replication ranked it. */
  private int[] interval(ScoreReport last, int k) {
    int[] out = new int[last.areas().size()];
    if (uncertainty == null) {
      return out;
    }
    MonteCarlo.NodeRanks ranks = uncertainty.nodes().get(last.root());
    double[][] p = ranks.percentiles();
    if (ranks.replications() == 0 || p.length == 0) {
      return out;
    }
    double[] row = p[k < 0 ? p.length + k : k];
    for (int i = 0; i < out.length; i++) {
      out[i] = ranks.counts()[i] == 0 ? 0 : (int) Math.round(row[i]);
    }
    return out;
  }

  private ObjectNode data(Labels l, ScoreReport last) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode d = f.objectNode().put("lang", l.language()).put("root", last.root()).put("year", last.year());
    ObjectNode words = d.putObject("labels");
    for (String key : List.of("col.index", "col.rank", "col.interval", "col.region", "tooltip.contributions", "profile.heading",
        "profile.area", "profile.regionMean", "profile.best", "profile.trend", "profile.strengths", "profile.weaknesses",
        "profile.rankOf", "profile.close", "missing", "map.noShape", "table.data", "col.pillar", "col.year", "col.class")) {
      words.put(key, l.text(key));
    }
    ArrayNode ps = d.putArray("pillars");
    pillars.forEach(p -> ps.addObject().put("id", p).put("name", pillarName(l, p)));
    ArrayNode ys = d.putArray("years");
    years.forEach(y -> ys.add(y.year()));
    TreeSet<String> directions = new TreeSet<>();
    TreeSet<String> tags = new TreeSet<>();
    Map<String, String> regions = new java.util.LinkedHashMap<>();
    int[] lo = interval(last, 0);
    int[] hi = interval(last, -1);
    Map<String, Integer> at = positions(last.areas());
    List<Set<String>> present = present();
    ArrayNode areas = d.putArray("areas");
    for (String area : last.ranking(last.root())) {
      ObjectNode a = areas.addObject().put("id", area).put("name", l.area(area));
      if (classes != null) {
        a.put("colour", ClassesSection.colour(classes, area)).put("class", ClassesSection.label(l, classes, area));
      }
      region(area).ifPresent(r -> {
        a.put("region", r.id());
        regions.put(r.id(), r.name());
      });
      if (hierarchy != null && hierarchy.contains(area)) {
        hierarchy.area(area).strategicDirection().ifPresent(directions::add);
        hierarchy.area(area).tags().forEach(t -> tags.add(t.id()));
      }
      number(a, "score", last.score(last.root(), area));
      number(a, "rank", last.rank(last.root(), area));
      int i = at.get(area);
      if (lo[i] > 0) {
        a.put("lo", lo[i]).put("hi", hi[i]);
      }
      ObjectNode pv = a.putObject("pillars");
      ObjectNode pr = a.putObject("pillarRanks");
      for (String p : pillars) {
        number(pv, p, last.score(p, area));
        number(pr, p, last.rank(p, area));
      }
      ObjectNode contributions = a.putObject("contributions");
      last.contributions(last.root(), area).forEach((k, v) -> number(contributions, k, v));
      ArrayNode trend = a.putArray("trend");
      for (int k = 0; k < years.size(); k++) {
        ScoreReport y = years.get(k);
        if (present.get(k).contains(area)) {
          double v = y.score(y.root(), area);
          trend.add(Double.isNaN(v) ? null : f.numberNode(v));
        } else {
          trend.addNull();
        }
      }
    }
    ArrayNode rs = d.putArray("regions");
    regions.forEach((id, name) -> rs.addObject().put("id", id).put("name", name));
    ArrayNode ds = d.putArray("directions");
    directions.forEach(x -> ds.addObject().put("id", x).put("name", l.direction(x)));
    ArrayNode ts = d.putArray("tags");
    tags.forEach(x -> ts.addObject().put("id", x).put("name", l.textOr("tag." + x, x)));
    if (map != null) {
      d.set("geo", map.features());
    }
    return d;
  }

  /** A number, or null for NaN (JSON has no NaN). */
  private static void number(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v);
    } else {
      o.putNull(key);
    }
  }

  private static String script() {
    try (InputStream in = ExploreSection.class.getResourceAsStream("explore.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
