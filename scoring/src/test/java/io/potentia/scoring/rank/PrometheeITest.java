package io.potentia.scoring.rank;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PROMETHEE I (Brans and Vincke 1985): the partial preorder of the two flows. */
class PrometheeITest {

  private static double[] extra(RankingResult r, String name) {
    return r.extras().get(name).stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Zhao, Peng and Li (2013), "Revised PROMETHEE II for improving efficiency in emergency response",
   * Procedia Computer Science 17, pp. 181-188 (the example {@code RankingMethodsTest} checks for
   * PROMETHEE II): usual criteria, positive flows 0.55, 0.35, 0.6 and net flows 0.1, -0.3, 0.2, so
   * negative flows 0.45, 0.65, 0.4. By Brans and Vincke's definition, A3 is preferred to A1 and A2
   * (higher positive and lower negative flow), and A1 to A2: here the partial order is complete.
   * Table and page of the flows not confirmed: the paper's text could not be reached from here; the
   * net flows agree with pymcdm's transcription (test/test_mcdm.py, TestPROMETHEE_II).
   */
  @Test
  void reproducesZhaoPengAndLisFlowsAndTheirPartialOrder() {
    DecisionProblem p = RankingMethodsTest.problem(new double[][] {{4, 3, 2}, {3, 2, 4}, {5, 1, 3}},
        new double[] {0.5, 0.3, 0.2}, BENEFIT, BENEFIT, BENEFIT);
    RankingResult r = RankingMethods.prometheeI().rank(p);
    assertArrayEquals(new double[] {0.55, 0.35, 0.6}, extra(r, "positive-flow"), 1e-12);
    assertArrayEquals(new double[] {0.45, 0.65, 0.4}, extra(r, "negative-flow"), 1e-12);
    PreferenceStructure s = r.preferenceStructure().orElseThrow();
    assertEquals(List.of(new AlternativePair("A1", "A2"), new AlternativePair("A3", "A1"),
        new AlternativePair("A3", "A2")), s.preferences());
    assertEquals(List.of(), s.indifferences());
    assertEquals(List.of(), s.incomparabilities());
    assertArrayEquals(new double[] {0, -1, 1}, r.scoreArray(), 0, "preferred to one, and preferred by one, ...");
    assertEquals(List.of(2.0, 3.0, 1.0), r.ranks());
  }

  /**
   * A pair PROMETHEE II ties and PROMETHEE I leaves incomparable, by hand from the definitions
   * (usual criteria, weights 0.5, 0.3, 0.2): A1 = (1, 1, 1) is beaten everywhere; A2 = (2, 2, 2) beats
   * A3 = (2, 3, 1) on the third criterion only (0.2) and A3 beats A2 on the second (0.3). Positive
   * flows: A2 (1 + 0.2)/2 = 0.6, A3 (0.8 + 0.3)/2 = 0.55; negative flows: A2 (0 + 0.3)/2 = 0.15, A3
   * (0 + 0.2)/2 = 0.1. A2 leads on the positive flow and A3 on the negative: incomparable, though
   * both net flows are 0.45.
   */
  @Test
  void anAlternativeStrongerAndWeakerThanAnotherIsIncomparableToItWhereNetFlowsTie() {
    DecisionProblem p = RankingMethodsTest.problem(new double[][] {{1, 1, 1}, {2, 2, 2}, {2, 3, 1}},
        new double[] {0.5, 0.3, 0.2}, BENEFIT, BENEFIT, BENEFIT);
    RankingResult r = RankingMethods.prometheeI().rank(p);
    assertArrayEquals(new double[] {0, 0.6, 0.55}, extra(r, "positive-flow"), 1e-15);
    assertArrayEquals(new double[] {0.9, 0.15, 0.1}, extra(r, "negative-flow"), 1e-15);
    PreferenceStructure s = r.preferenceStructure().orElseThrow();
    assertEquals(List.of(new AlternativePair("A2", "A3")), s.incomparabilities());
    assertTrue(s.incomparable("A3", "A2"));
    assertTrue(s.prefers("A2", "A1") && s.prefers("A3", "A1"));
    assertFalse(s.prefers("A2", "A3") || s.prefers("A3", "A2"));
    assertArrayEquals(new double[] {-1, 0.5, 0.5}, r.scoreArray(), 0);
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("1 pair(s) are incomparable")), r.notes().toString());
    assertArrayEquals(RankingMethods.prometheeII().rank(p).extras().get("positive-flow").stream()
        .mapToDouble(Double::doubleValue).toArray(), extra(r, "positive-flow"), 0, "the flows are PROMETHEE II's");
  }

  @Test
  void thePreferenceStructureIsWrittenWithTheResultAndReadsBackFromJson() throws Exception {
    RankingResult r = RankingMethods.prometheeI().rank(RankingMethodsTest.problem(
        new double[][] {{1, 1, 1}, {2, 2, 2}, {2, 3, 1}}, new double[] {0.5, 0.3, 0.2}, BENEFIT, BENEFIT, BENEFIT));
    String json = io.potentia.core.json.PotentiaJson.mapper().writeValueAsString(r);
    assertTrue(json.contains("\"incomparabilities\":[{\"first\":\"A2\",\"second\":\"A3\"}]"), json);
    PreferenceStructure s = r.preferenceStructure().orElseThrow();
    String alone = io.potentia.core.json.PotentiaJson.mapper().writeValueAsString(s);
    assertEquals(s, io.potentia.core.json.PotentiaJson.readString("structure.json", alone, PreferenceStructure.class));
  }

  @Test
  void identicalAlternativesAreIndifferentAndEveryPairIsListedOnce() {
    DecisionProblem p = RankingMethodsTest.problem(new double[][] {{2, 5}, {2, 5}, {1, 6}}, new double[] {1, 1},
        BENEFIT, BENEFIT);
    PreferenceStructure s = RankingMethods.prometheeI().rank(p).preferenceStructure().orElseThrow();
    assertEquals(List.of(new AlternativePair("A1", "A2")), s.indifferences());
    assertTrue(s.indifferent("A2", "A1"));
    assertEquals(3, s.preferences().size() + s.indifferences().size() + s.incomparabilities().size());
  }

  @Test
  void aSingleAlternativeScoresZeroWithAnEmptyStructure() {
    RankingResult r = RankingMethods.prometheeI().rank(RankingMethodsTest.problem(new double[][] {{1, 2}},
        new double[] {1, 1}, BENEFIT, BENEFIT));
    assertArrayEquals(new double[] {0}, r.scoreArray(), 0);
    assertEquals(0, r.preferenceStructure().orElseThrow().preferences().size());
  }

  @Test
  void moreAlternativesThanThePairListCanHoldAreRefusedNamingTheLimit() {
    int m = PrometheeI.LIMIT + 1;
    List<String> alternatives = new ArrayList<>();
    double[][] rows = new double[m][1];
    for (int i = 0; i < m; i++) {
      alternatives.add("A" + i);
      rows[i][0] = i;
    }
    DecisionProblem p = DecisionProblem.of(alternatives, List.of(Criterion.of("c", BENEFIT, 1)), rows);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RankingMethods.prometheeI().rank(p));
    assertTrue(e.getMessage().contains("1001 alternatives") && e.getMessage().contains("at most 1000"), e.getMessage());
  }
}
