package io.potentia.report;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.analysis.sensitivity.MethodAgreement;
import io.potentia.scoring.rank.Criterion;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.rank.RankingResult;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.TiePolicy;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodAgreementFilesTest {
  /** (1, 2, 3) against (2, 1, 3): rho 0.5, r_w = 1 - 6 * 10 / 96 = 0.375, WS = 1 - (2^-1 / 2 + 2^-2 / 1) = 0.5. */
  private static final MethodAgreement.Result RESULT = MethodAgreement.compare(
      DecisionProblem.of(List.of("X", "Y", "Z"), List.of(Criterion.of("c", BENEFIT, 1)), new double[][] {{1}, {2}, {3}}),
      List.of(fixed("first", 1, 2, 3), fixed("second", 2, 1, 3)));

  private static Described<RankingMethod> fixed(String name, double... ranks) {
    RankingMethod m = p -> RankingResult.builder().method(name).alternatives(p.alternatives())
        .scores(Arrays.stream(ranks).boxed().toList()).higherIsBetter(false).build();
    return Described.of(name, m);
  }

  @Test
  void theRanksTableHasARowPerAlternativeAndAColumnPerMethod() throws Exception {
    StringWriter w = new StringWriter();
    ResultTables.methodRanks(RESULT, TiePolicy.MIN).write(w);
    assertEquals("alternative,first,second\nX,1,2\nY,2,1\nZ,3,3\n", w.toString());
  }

  @Test
  void theAgreementTableHasARowPerOrderedPairOfMethods() throws Exception {
    StringWriter w = new StringWriter();
    ResultTables.methodAgreement(RESULT).write(w);
    assertEquals("reference,tested,spearman,weighted_spearman,ws\n"
        + "first,first,1.0,1.0,1.0\nfirst,second,0.5,0.375,0.5\n"
        + "second,first,0.5,0.375,0.5\nsecond,second,1.0,1.0,1.0\n", w.toString());
  }

  @Test
  void theJsonHoldsTheRankingsAndTheThreeMatrices(@TempDir Path dir) {
    Path file = dir.resolve("agreement.json");
    MethodAgreementJson.write(RESULT, TiePolicy.MIN, file);
    JsonNode root = PotentiaJson.read(file, JsonNode.class);
    assertEquals(List.of("X", "Y", "Z"), PotentiaJson.mapper().convertValue(root.get("alternatives"), List.class));
    assertEquals("second", root.get("rankings").get(1).get("method").asText());
    assertEquals(1.0, root.get("rankings").get(1).get("ranks").get(1).asDouble(), 0);
    assertEquals(0.375, root.get("agreement").get("weightedSpearman").get(0).get(1).asDouble(), 0);
    assertEquals(0.5, root.get("agreement").get("ws").get(1).get(0).asDouble(), 0);
    assertEquals(0.5, root.get("agreement").get("spearman").get(1).get(0).asDouble(), 1e-15);
  }
}
