package io.potentia.report.audit;

import io.potentia.report.CsvTable;
import io.potentia.scoring.analysis.audit.Audit;
import io.potentia.scoring.check.Availability;
import io.potentia.scoring.analysis.audit.Coherence;
import io.potentia.scoring.analysis.audit.IndicatorStatistics;
import io.potentia.scoring.check.Screening;
import io.potentia.scoring.analysis.audit.WeightsAndImportance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The CSV tables of an {@link Audit}, one per part, with the columns named below. An undefined
 * statistic is an empty cell; flags are joined by {@code ;} in their declared order.
 */
public final class AuditTables {
  private AuditTables() {}

  /**
   * Availability per area: {@code area,share,share_NODE...} (one column per inner node, children
   * before parents), then {@code screening} ({@code exclude}, {@code flag} or empty) and {@code
   * reasons}.
   *
   * @param audit the audit
   * @return the table
   */
  public static CsvTable availability(Audit audit) {
    Availability a = audit.availability();
    List<String> header = new ArrayList<>(List.of("area", "share"));
    a.nodes().forEach(n -> header.add("share_" + n));
    header.add("screening");
    header.add("reasons");
    CsvTable t = CsvTable.withColumns(header);
    Map<String, Screening.Screened> screened = new HashMap<>();
    audit.screened().forEach(s -> screened.put(s.area(), s));
    for (String area : a.areas()) {
      List<String> row = new ArrayList<>(List.of(area, CsvTable.decimal(a.share(area))));
      a.nodes().forEach(n -> row.add(CsvTable.decimal(a.share(area, n))));
      Screening.Screened s = screened.get(area);
      row.add(s == null ? "" : s.action().name().toLowerCase(java.util.Locale.ROOT));
      row.add(s == null ? "" : String.join("; ", s.reasons()));
      t.row(row);
    }
    return t;
  }

  /**
   * Indicator statistics: {@code
   * indicator,year,present,missing,availability,min,max,mean,median,sd,skewness,kurtosis,unique_share,zeros,flags}.
   *
   * @param audit the audit
   * @return the table
   */
  public static CsvTable statistics(Audit audit) {
    CsvTable t = CsvTable.withColumns("indicator", "year", "present", "missing", "availability", "min", "max", "mean",
        "median", "sd", "skewness", "kurtosis", "unique_share", "zeros", "flags");
    for (IndicatorStatistics.Column c : audit.statistics()) {
      t.row(c.indicator(), Integer.toString(c.year()), Integer.toString(c.present()), Integer.toString(c.missing()),
          CsvTable.decimal((double) c.present() / (c.present() + c.missing())), cell(c.min()), cell(c.max()),
          cell(c.mean()), cell(c.median()), cell(c.sd()), cell(c.skewness()), cell(c.kurtosis()),
          CsvTable.decimal(c.uniqueShare()), Integer.toString(c.zeros()), flags(c.flags()));
    }
    return t;
  }

  /**
   * Each indicator against its parent and the index: {@code
   * indicator,node,parent,pearson_parent,spearman_parent,pearson_index,spearman_index,flags}.
   *
   * @param audit the audit
   * @return the table
   */
  public static CsvTable correlations(Audit audit) {
    CsvTable t = CsvTable.withColumns("indicator", "node", "parent", "pearson_parent", "spearman_parent",
        "pearson_index", "spearman_index", "flags");
    for (Coherence.IndicatorFit f : audit.coherence().indicators()) {
      t.row(f.indicator(), f.node(), f.parent(), cell(f.pearsonParent()), cell(f.spearmanParent()),
          cell(f.pearsonIndex()), cell(f.spearmanIndex()), flags(f.flags()));
    }
    return t;
  }

  /**
   * Every pair of siblings: {@code parent,first,second,pearson,spearman,collinear}.
   *
   * @param audit the audit
   * @return the table
   */
  public static CsvTable pairs(Audit audit) {
    CsvTable t = CsvTable.withColumns("parent", "first", "second", "pearson", "spearman", "collinear");
    for (Coherence.Pair p : audit.coherence().pairs()) {
      t.row(p.parent(), p.first(), p.second(), cell(p.pearson()), cell(p.spearman()), Boolean.toString(p.collinear()));
    }
    return t;
  }

  /**
   * Each inner node's consistency: {@code
   * node,children,complete_areas,cronbach_alpha,standardised_alpha,first_component_share,first_loadings}
   * (children and loadings joined by {@code ;}, loadings as {@code child=value}).
   *
   * @param audit the audit
   * @return the table
   */
  public static CsvTable nodes(Audit audit) {
    CsvTable t = CsvTable.withColumns("node", "children", "complete_areas", "cronbach_alpha", "standardised_alpha",
        "first_component_share", "first_loadings");
    for (Coherence.NodeFit n : audit.coherence().nodes()) {
      List<String> loadings = new ArrayList<>();
      n.firstLoadings().forEach((child, l) -> loadings.add(child + "=" + CsvTable.decimal(l)));
      t.row(n.node(), String.join(";", n.children()), Integer.toString(n.completeAreas()), cell(n.cronbachAlpha()),
          cell(n.standardisedAlpha()), n.varianceShares().isEmpty() ? "" : CsvTable.decimal(n.varianceShares().get(0)),
          String.join(";", loadings));
    }
    return t;
  }

  /**
   * Weights against importance: {@code
   * node,indicator,depth,nominal_weight,effective_weight,importance,normalised_importance,gap}.
   *
   * @param audit the audit
   * @return the table
   */
  public static CsvTable weights(Audit audit) {
    CsvTable t = CsvTable.withColumns("node", "indicator", "depth", "nominal_weight", "effective_weight", "importance",
        "normalised_importance", "gap");
    for (WeightsAndImportance.Entry e : audit.weights()) {
      t.row(e.node(), e.indicator() == null ? "" : e.indicator(), Integer.toString(e.depth()),
          CsvTable.decimal(e.nominalWeight()), cell(e.effectiveWeight()), cell(e.importance()),
          cell(e.normalisedImportance()), cell(e.gap()));
    }
    return t;
  }

  /**
   * Every table by its file name: {@code availability.csv}, {@code statistics.csv}, {@code
   * correlations.csv}, {@code pairs.csv}, {@code nodes.csv}, {@code weights.csv}.
   *
   * @param audit the audit
   * @return file name to table, in that order
   */
  public static Map<String, CsvTable> all(Audit audit) {
    Map<String, CsvTable> out = new LinkedHashMap<>();
    out.put("availability.csv", availability(audit));
    out.put("statistics.csv", statistics(audit));
    out.put("correlations.csv", correlations(audit));
    out.put("pairs.csv", pairs(audit));
    out.put("nodes.csv", nodes(audit));
    out.put("weights.csv", weights(audit));
    return out;
  }

  /**
   * Writes every table into a folder, each through a temporary file and an atomic move.
   *
   * @param audit the audit
   * @param folder the folder, which must exist
   * @return the files written
   */
  public static List<Path> writeAll(Audit audit, Path folder) {
    List<Path> written = new ArrayList<>();
    all(audit).forEach((name, table) -> {
      table.write(folder.resolve(name));
      written.add(folder.resolve(name));
    });
    return written;
  }

  private static String cell(OptionalDouble v) {
    return v.isPresent() ? CsvTable.decimal(v.getAsDouble()) : "";
  }

  private static String flags(Set<? extends Enum<?>> flags) {
    return String.join(";", FlagNames.of(flags));
  }
}
