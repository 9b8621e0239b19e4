package io.potentia.report.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.analysis.audit.Audit;
import io.potentia.scoring.check.Availability;
import io.potentia.scoring.analysis.audit.Coherence;
import io.potentia.scoring.analysis.audit.IndicatorStatistics;
import io.potentia.scoring.check.Screening;
import io.potentia.scoring.analysis.audit.WeightsAndImportance;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The whole audit as one JSON document: {@code year}, {@code settings}, {@code summary}, {@code
 * availability}, {@code screened}, {@code statistics}, {@code correlations}, {@code pairs},
 * {@code nodes} and {@code weights}, with the same fields as the CSV tables of {@link
 * AuditTables}. An undefined statistic is {@code null}.
 */
public final class AuditJson {
  private AuditJson() {}

  /**
   * The audit as a JSON tree.
   *
   * @param audit the audit
   * @return the tree
   */
  public static ObjectNode toJson(Audit audit) {
    ObjectNode root = PotentiaJson.mapper().createObjectNode();
    root.put("year", audit.year());
    root.set("settings", settings(audit.settings()));
    root.set("summary", summary(audit.summary()));
    Availability a = audit.availability();
    ArrayNode availability = root.putArray("availability");
    for (String area : a.areas()) {
      ObjectNode row = availability.addObject();
      row.put("area", area);
      row.put("share", a.share(area));
      ObjectNode nodes = row.putObject("nodes");
      a.nodes().forEach(n -> nodes.put(n, a.share(area, n)));
    }
    ObjectNode indicators = root.putObject("indicatorAvailability");
    a.indicators().forEach(i -> indicators.put(i, a.indicatorShare(i)));
    root.set("screened", screened(audit.screened()));
    ArrayNode statistics = root.putArray("statistics");
    for (IndicatorStatistics.Column c : audit.statistics()) {
      ObjectNode row = statistics.addObject();
      row.put("indicator", c.indicator());
      row.put("year", c.year());
      row.put("present", c.present());
      row.put("missing", c.missing());
      put(row, "min", c.min());
      put(row, "max", c.max());
      put(row, "mean", c.mean());
      put(row, "median", c.median());
      put(row, "sd", c.sd());
      put(row, "skewness", c.skewness());
      put(row, "kurtosis", c.kurtosis());
      row.put("uniqueShare", c.uniqueShare());
      row.put("zeros", c.zeros());
      row.set("flags", flags(c.flags()));
    }
    ArrayNode correlations = root.putArray("correlations");
    for (Coherence.IndicatorFit f : audit.coherence().indicators()) {
      ObjectNode row = correlations.addObject();
      row.put("indicator", f.indicator());
      row.put("node", f.node());
      row.put("parent", f.parent());
      put(row, "pearsonParent", f.pearsonParent());
      put(row, "spearmanParent", f.spearmanParent());
      put(row, "pearsonIndex", f.pearsonIndex());
      put(row, "spearmanIndex", f.spearmanIndex());
      row.set("flags", flags(f.flags()));
    }
    ArrayNode pairs = root.putArray("pairs");
    for (Coherence.Pair p : audit.coherence().pairs()) {
      pairs.add(pair(p));
    }
    ArrayNode nodes = root.putArray("nodes");
    for (Coherence.NodeFit n : audit.coherence().nodes()) {
      ObjectNode row = nodes.addObject();
      row.put("node", n.node());
      ArrayNode children = row.putArray("children");
      n.children().forEach(children::add);
      row.put("completeAreas", n.completeAreas());
      put(row, "cronbachAlpha", n.cronbachAlpha());
      put(row, "standardisedAlpha", n.standardisedAlpha());
      ArrayNode shares = row.putArray("varianceShares");
      n.varianceShares().forEach(shares::add);
      ObjectNode loadings = row.putObject("firstLoadings");
      n.firstLoadings().forEach(loadings::put);
    }
    ArrayNode weights = root.putArray("weights");
    audit.weights().forEach(e -> weights.add(weight(e)));
    return root;
  }

  /**
   * Writes the audit as indented JSON, through a temporary file and an atomic move.
   *
   * @param audit the audit
   * @param file the target
   */
  public static void write(Audit audit, Path file) {
    PotentiaJson.write(file, toJson(audit));
  }

  private static ObjectNode settings(Audit.Settings s) {
    ObjectNode out = PotentiaJson.mapper().createObjectNode();
    s.screening().ifPresent(r -> {
      ObjectNode screening = out.putObject("screening");
      screening.put("minShare", r.minShare());
      screening.put("minPillarShare", r.minPillarShare());
      screening.put("action", r.action().name().toLowerCase(Locale.ROOT));
    });
    out.put("skew", s.statistics().skew());
    out.put("kurtosis", s.statistics().kurtosis());
    out.put("uniqueShare", s.statistics().uniqueShare());
    out.put("coverage", s.statistics().coverage());
    out.put("weak", s.coherence().weak());
    out.put("collinear", s.coherence().collinear());
    out.put("minAlpha", s.minAlpha());
    return out;
  }

  private static ObjectNode summary(Audit.Summary s) {
    ObjectNode out = PotentiaJson.mapper().createObjectNode();
    out.set("excluded", screened(s.excluded()));
    out.set("flaggedAreas", screened(s.flaggedAreas()));
    ObjectNode flagged = out.putObject("flaggedIndicators");
    s.flaggedIndicators().forEach((i, f) -> flagged.set(i, flags(f)));
    ObjectNode incoherent = out.putObject("incoherentIndicators");
    s.incoherent().forEach((i, f) -> incoherent.set(i, flags(f)));
    ArrayNode collinear = out.putArray("collinearPairs");
    s.collinear().forEach(p -> collinear.add(pair(p)));
    ObjectNode lowAlpha = out.putObject("lowAlpha");
    s.lowAlpha().forEach(lowAlpha::put);
    ArrayNode gaps = out.putArray("largestGaps");
    s.largestGaps().forEach(e -> gaps.add(weight(e)));
    return out;
  }

  private static ArrayNode screened(java.util.List<Screening.Screened> screened) {
    ArrayNode out = PotentiaJson.mapper().createArrayNode();
    for (Screening.Screened s : screened) {
      ObjectNode row = out.addObject();
      row.put("area", s.area());
      row.put("action", s.action().name().toLowerCase(Locale.ROOT));
      ArrayNode reasons = row.putArray("reasons");
      s.reasons().forEach(reasons::add);
    }
    return out;
  }

  private static ObjectNode pair(Coherence.Pair p) {
    ObjectNode row = PotentiaJson.mapper().createObjectNode();
    row.put("parent", p.parent());
    row.put("first", p.first());
    row.put("second", p.second());
    put(row, "pearson", p.pearson());
    put(row, "spearman", p.spearman());
    row.put("collinear", p.collinear());
    return row;
  }

  private static ObjectNode weight(WeightsAndImportance.Entry e) {
    ObjectNode row = PotentiaJson.mapper().createObjectNode();
    row.put("node", e.node());
    if (e.indicator() != null) {
      row.put("indicator", e.indicator());
    }
    row.put("depth", e.depth());
    row.put("nominalWeight", e.nominalWeight());
    put(row, "effectiveWeight", e.effectiveWeight());
    put(row, "importance", e.importance());
    put(row, "normalisedImportance", e.normalisedImportance());
    put(row, "gap", e.gap());
    return row;
  }

  private static void put(ObjectNode row, String field, OptionalDouble v) {
    if (v.isPresent()) {
      row.put(field, v.getAsDouble());
    } else {
      row.putNull(field);
    }
  }

  private static ArrayNode flags(Set<? extends Enum<?>> flags) {
    ArrayNode out = PotentiaJson.mapper().createArrayNode();
    FlagNames.of(flags).forEach(out::add);
    return out;
  }
}
