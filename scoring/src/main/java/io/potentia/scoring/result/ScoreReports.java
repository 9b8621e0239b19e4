package io.potentia.scoring.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.potentia.core.json.PotentiaJson;
import java.nio.file.Path;
import java.util.Map;

/**
 * Score reports as JSON: everything (scores, ranks, contributions, stages, trace, spec and hash),
 * written through a temporary file and an atomic move, and read back. A missing score is JSON
 * {@code null}. The tabular forms (CSV, Excel) are in the {@code potentia-report} module.
 */
public final class ScoreReports {
  private ScoreReports() {}

  /**
   * The report as a JSON tree.
   *
   * @param report the report
   * @return the tree
   */
  public static ObjectNode toJson(ScoreReport report) {
    ObjectNode root = PotentiaJson.mapper().createObjectNode();
    root.put("year", report.year());
    root.put("framework", report.frameworkId());
    root.put("tiePolicy", report.tiePolicy().name());
    root.put("inputHash", report.inputHash());
    root.set("spec", PotentiaJson.mapper().valueToTree(report.spec()));
    ArrayNode areas = root.putArray("areas");
    report.areas().forEach(areas::add);
    ArrayNode nodes = root.putArray("nodes");
    for (String node : report.nodes()) {
      NodeRun run = report.runs().get(node);
      ObjectNode n = nodes.addObject();
      n.put("id", node);
      if (run.indicator() != null) {
        n.put("indicator", run.indicator());
      }
      n.put("strategy", run.strategy());
      if (!run.children().isEmpty()) {
        n.put("weighting", run.weighting());
        ObjectNode weights = n.putObject("weights");
        for (int c = 0; c < run.children().size(); c++) {
          weights.put(run.children().get(c), run.weights().get(c));
        }
      }
      if (!run.notes().isEmpty()) {
        ArrayNode notes = n.putArray("notes");
        run.notes().forEach(notes::add);
      }
      ArrayNode scores = n.putArray("scores");
      ArrayNode ranks = n.putArray("ranks");
      double[] s = report.scores(node);
      double[] r = report.ranks(node);
      for (int a = 0; a < s.length; a++) {
        add(scores, s[a]);
        add(ranks, r[a]);
      }
      if (!run.children().isEmpty()) {
        ArrayNode contributions = n.putArray("contributions");
        for (String area : report.areas()) {
          ObjectNode c = contributions.addObject();
          for (Map.Entry<String, Double> e : report.contributions(node, area).entrySet()) {
            if (Double.isFinite(e.getValue())) {
              c.put(e.getKey(), e.getValue());
            } else {
              c.putNull(e.getKey());
            }
          }
        }
      }
    }
    ObjectNode stages = root.putObject("stages");
    for (Stage stage : Stage.values()) {
      ObjectNode table = stages.putObject(stage.name().toLowerCase(java.util.Locale.ROOT));
      for (String indicator : report.indicators()) {
        ArrayNode values = table.putArray(indicator);
        for (double v : report.stage(stage, indicator)) {
          add(values, v);
        }
      }
    }
    root.set("imputed", PotentiaJson.mapper().valueToTree(report.imputed()));
    root.set("gaps", PotentiaJson.mapper().valueToTree(report.gaps()));
    root.set("screened", PotentiaJson.mapper().valueToTree(report.screened()));
    return root;
  }

  private static void add(ArrayNode array, double v) {
    if (Double.isNaN(v)) {
      array.addNull();
    } else {
      array.add(v);
    }
  }

  /**
   * Writes the report as indented JSON.
   *
   * @param report the report
   * @param file the target
   */
  public static void writeJson(ScoreReport report, Path file) {
    PotentiaJson.write(file, toJson(report));
  }

  /**
   * Reads back a report that {@link #writeJson} wrote. The report read answers every question the
   * written one did: scores, ranks, contributions (as stored, whatever aggregator made them),
   * stages, trace, spec and input hash; scoring the same inputs with its {@link ScoreReport#spec()}
   * reproduces it. What it cannot do is recompute the hash, which needs the inputs.
   *
   * @param file the JSON file
   * @return the report
   * @throws io.potentia.core.InvalidInputException naming the file, position and JSON path of a
   *     syntax or type fault; or, all in one error, every field that is missing, every list whose
   *     length is not the number of areas, a child not listed before its parent, contributions that
   *     do not name the node's children, a stage table missing or unknown, and ranks that disagree
   *     with the scores under the report's tie policy
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static ScoreReport read(Path file) {
    return ScoreReportReader.read(file);
  }
}
