package io.potentia.scoring.result;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.check.Screening;
import io.potentia.scoring.impute.ImputationResult;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.spi.TiePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads back what {@link ScoreReports#writeJson} wrote: the JSON form is bound by the strict mapper
 * (position and path of a syntax or type fault), then checked as a whole (lengths, node order,
 * children, stages, ranks against scores), every problem of the file in one error.
 */
final class ScoreReportReader {
  /** The JSON form of a report, as {@link ScoreReports#toJson} writes it. */
  record Document(Integer year, String framework, String tiePolicy, String inputHash, StrategySpec spec,
      List<String> areas, List<NodeDocument> nodes, LinkedHashMap<String, LinkedHashMap<String, List<Double>>> stages,
      List<ImputationResult.Imputed> imputed, List<ImputationResult.Gap> gaps, List<Screening.Screened> screened) {}

  /** One node of the JSON form. */
  record NodeDocument(String id, String indicator, String strategy, String weighting,
      LinkedHashMap<String, Double> weights, List<String> notes, List<Double> scores, List<Double> ranks,
      List<LinkedHashMap<String, Double>> contributions) {}

  /**
   * The stages that reports written before denomination and changes over years existed lack: read
   * as absent, each shows the stage before it, as the steps did not run.
   */
  private static final Set<Stage> ADDED_LATER = java.util.EnumSet.of(Stage.DENOMINATED, Stage.TRANSFORMED);

  private final String source;
  private final List<Problem> problems = new ArrayList<>();

  private ScoreReportReader(String source) {
    this.source = source;
  }

  static ScoreReport read(Path file) {
    Document d = PotentiaJson.read(file, Document.class);
    return new ScoreReportReader(file.toString()).report(d);
  }

  private ScoreReport report(Document d) {
    require(d.year(), "year");
    require(d.framework(), "framework");
    require(d.inputHash(), "inputHash");
    require(d.spec(), "spec");
    TiePolicy ties = tiePolicy(d.tiePolicy());
    List<String> areas = d.areas() == null ? List.of() : d.areas();
    if (areas.isEmpty()) {
      problem("areas", "a report has at least one area");
    }
    unique(areas, "areas");
    List<NodeDocument> nodes = d.nodes() == null ? List.of() : d.nodes();
    if (nodes.isEmpty()) {
      problem("nodes", "a report has at least one node");
    }
    int n = areas.size();
    double[][] scores = new double[nodes.size()][];
    Map<String, NodeRun> runs = new LinkedHashMap<>();
    Map<String, double[][]> contributions = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < nodes.size(); i++) {
      NodeDocument node = nodes.get(i);
      String at = "nodes[" + i + "]";
      if (node == null || node.id() == null) {
        problem(at + ".id", "a node needs an id");
        scores[i] = new double[n];
        continue;
      }
      if (!seen.add(node.id())) {
        problem(at + ".id", "node '" + node.id() + "' appears twice");
      }
      require(node.strategy(), at + ".strategy");
      scores[i] = values(node.scores(), n, at + ".scores");
      List<String> children = node.weights() == null ? List.of() : List.copyOf(node.weights().keySet());
      for (String child : children) {
        if (!runs.containsKey(child)) {
          problem(at + ".weights." + child, "child '" + child + "' of node '" + node.id()
              + "' is not a node listed before it (children come before their parents)");
        }
      }
      if (children.isEmpty() && node.indicator() == null) {
        problem(at, "node '" + node.id() + "' has neither an indicator (a leaf) nor weights (an inner node)");
      }
      if (!children.isEmpty()) {
        require(node.weighting(), at + ".weighting");
        contributions.put(node.id(), contributionTable(node.contributions(), children, n, at + ".contributions"));
      }
      runs.put(node.id(), new NodeRun(node.id(), node.indicator(), node.strategy() == null ? "" : node.strategy(),
          children.isEmpty() ? "" : node.weighting(), children,
          children.isEmpty() ? List.of() : List.copyOf(node.weights().values()),
          node.notes() == null ? List.of() : node.notes()));
    }
    Map<Stage, Map<String, double[]>> stages = stages(d.stages(), n);
    List<String> indicators = stages.containsKey(Stage.RAW) ? List.copyOf(stages.get(Stage.RAW).keySet()) : List.of();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<String, double[]> raw = stages.remove(Stage.RAW);
    ScoreReport report = new ScoreReport(d.year(), d.framework(), d.spec(), ties, d::inputHash, areas,
        new ArrayList<>(runs.keySet()), scores, indicator -> raw.get(indicator).clone(), indicators, stages, runs,
        (node, a) -> row(runs.get(node).children(), contributions.get(node)[a]),
        d.imputed() == null ? List.of() : d.imputed(), d.gaps() == null ? List.of() : d.gaps(),
        d.screened() == null ? List.of() : d.screened());
    checkRanks(report, nodes);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return report;
  }

  private TiePolicy tiePolicy(String name) {
    if (name == null) {
      problem("tiePolicy", "missing");
      return TiePolicy.values()[0];
    }
    try {
      return TiePolicy.valueOf(name);
    } catch (IllegalArgumentException e) {
      problem("tiePolicy", "'" + name + "' is not one of " + Arrays.toString(TiePolicy.values()));
      return TiePolicy.values()[0];
    }
  }

  private double[] values(List<Double> list, int n, String at) {
    double[] out = new double[n];
    if (list == null || list.size() != n) {
      problem(at, (list == null ? "missing" : list.size() + " values") + " where the report has " + n + " areas");
      Arrays.fill(out, Double.NaN);
      return out;
    }
    for (int a = 0; a < n; a++) {
      out[a] = list.get(a) == null ? Double.NaN : list.get(a);
    }
    return out;
  }

  private double[][] contributionTable(List<LinkedHashMap<String, Double>> rows, List<String> children, int n,
      String at) {
    double[][] out = new double[n][children.size()];
    if (rows == null || rows.size() != n) {
      problem(at, (rows == null ? "missing" : rows.size() + " rows") + " where the report has " + n + " areas");
      return out;
    }
    for (int a = 0; a < n; a++) {
      Map<String, Double> row = rows.get(a);
      if (row == null || !List.copyOf(row.keySet()).equals(children)) {
        problem(at + "[" + a + "]", "the contributions name " + (row == null ? "nothing" : row.keySet())
            + " where the node's children are " + children);
        continue;
      }
      for (int c = 0; c < children.size(); c++) {
        Double v = row.get(children.get(c));
        out[a][c] = v == null ? Double.NaN : v;
      }
    }
    return out;
  }

  private static Map<String, Double> row(List<String> children, double[] values) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int c = 0; c < children.size(); c++) {
      out.put(children.get(c), values[c]);
    }
    return out;
  }

  private Map<Stage, Map<String, double[]>> stages(Map<String, LinkedHashMap<String, List<Double>>> tables, int n) {
    Map<Stage, Map<String, double[]>> out = new EnumMap<>(Stage.class);
    if (tables == null) {
      problem("stages", "missing");
      return out;
    }
    List<String> indicators = null;
    for (Stage stage : Stage.values()) {
      String name = stage.name().toLowerCase(Locale.ROOT);
      Map<String, List<Double>> table = tables.get(name);
      if (table == null) {
        if (ADDED_LATER.contains(stage)) {
          out.put(stage, new LinkedHashMap<>());
        } else {
          problem("stages." + name, "missing");
        }
        continue;
      }
      if (indicators == null) {
        indicators = List.copyOf(table.keySet());
      } else if (!indicators.equals(List.copyOf(table.keySet()))) {
        problem("stages." + name, "the indicators " + table.keySet() + " differ from the raw stage's " + indicators);
      }
      Map<String, double[]> columns = new LinkedHashMap<>();
      table.forEach((indicator, values) -> columns.put(indicator, values(values, n, "stages." + name + "." + indicator)));
      out.put(stage, columns);
    }
    for (String name : tables.keySet()) {
      if (Arrays.stream(Stage.values()).noneMatch(s -> s.name().toLowerCase(Locale.ROOT).equals(name))) {
        problem("stages." + name, "not a stage; the stages are " + Arrays.toString(Stage.values()).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The ranks are derived from the scores; ranks that disagree mean the file was edited. */
  private void checkRanks(ScoreReport report, List<NodeDocument> nodes) {
    for (int i = 0; i < nodes.size(); i++) {
      NodeDocument node = nodes.get(i);
      double[] written = values(node.ranks(), report.areas().size(), "nodes[" + i + "].ranks");
      double[] derived = report.ranks(node.id());
      for (int a = 0; a < derived.length; a++) {
        if (Double.compare(written[a], derived[a]) != 0) {
          problem("nodes[" + i + "].ranks[" + a + "]", "rank " + written[a] + " of area '" + report.areas().get(a)
              + "' disagrees with its score's rank " + derived[a] + " under " + report.tiePolicy());
          break;
        }
      }
    }
  }

  private void unique(List<String> ids, String at) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (ids.get(i) == null || !seen.add(ids.get(i))) {
        problem(at + "[" + i + "]", ids.get(i) == null ? "an area id is missing" : "area '" + ids.get(i) + "' appears twice");
      }
    }
  }

  private void require(Object value, String at) {
    if (value == null) {
      problem(at, "missing");
    }
  }

  private void problem(String at, String message) {
    problems.add(new Problem(source, 0, 0, at, message));
  }
}
