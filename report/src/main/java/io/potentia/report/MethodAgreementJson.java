package io.potentia.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.analysis.sensitivity.MethodAgreement;
import io.potentia.scoring.rank.RankingResult;
import io.potentia.scoring.spi.TiePolicy;
import java.nio.file.Path;
import java.util.List;

/**
 * A comparison of ranking methods as one JSON document: {@code alternatives}, {@code methods},
 * {@code tiePolicy}, {@code rankings} (per method its name, parameters, scores, ranks under the
 * tie policy and whether a higher score is better) and {@code agreement} with the matrices {@code
 * spearman}, {@code weightedSpearman} and {@code ws} (rows the reference method, columns the tested
 * one), the same numbers as the CSV tables of {@link ResultTables#methodRanks} and {@link
 * ResultTables#methodAgreement}.
 */
public final class MethodAgreementJson {
  private MethodAgreementJson() {}

  /**
   * The comparison as a JSON tree.
   *
   * @param result the comparison
   * @param ties how tied scores are ranked in {@code rankings}
   * @return the tree
   */
  public static ObjectNode toJson(MethodAgreement.Result result, TiePolicy ties) {
    ObjectNode root = PotentiaJson.mapper().createObjectNode();
    result.alternatives().forEach(root.putArray("alternatives")::add);
    result.methods().forEach(root.putArray("methods")::add);
    root.put("tiePolicy", ties.name());
    ArrayNode rankings = root.putArray("rankings");
    for (RankingResult r : result.rankings()) {
      ObjectNode m = rankings.addObject();
      m.put("method", r.method());
      ObjectNode parameters = m.putObject("parameters");
      r.parameters().forEach(parameters::put);
      r.scores().forEach(m.putArray("scores")::add);
      r.ranks(ties).forEach(m.putArray("ranks")::add);
      m.put("higherIsBetter", r.higherIsBetter());
    }
    ObjectNode agreement = root.putObject("agreement");
    agreement.put("ranks", "each method's ranks, ties at their average rank");
    matrix(agreement.putArray("spearman"), result.spearman());
    matrix(agreement.putArray("weightedSpearman"), result.weightedSpearman());
    matrix(agreement.putArray("ws"), result.ws());
    return root;
  }

  /**
   * Writes the comparison as a JSON file.
   *
   * @param result the comparison
   * @param ties how tied scores are ranked
   * @param file the file to write
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public static void write(MethodAgreement.Result result, TiePolicy ties, Path file) {
    PotentiaJson.write(file, toJson(result, ties));
  }

  private static void matrix(ArrayNode out, List<List<Double>> m) {
    for (List<Double> row : m) {
      ArrayNode r = out.addArray();
      row.forEach(r::add);
    }
  }
}
