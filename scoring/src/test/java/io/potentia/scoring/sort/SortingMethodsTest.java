package io.potentia.scoring.sort;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Parameters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortingMethodsTest {

  /**
   * The example of the ELECTRE TRI 2.0a manual: Mousseau, Slowinski and Zielniewicz (1999), "ELECTRE
   * TRI 2.0a: methodological guide and user's manual", Document du LAMSADE 111, section 2.2: three
   * alternatives on five criteria to maximise (Table 1, p. 15), every criterion of weight 1 with q =
   * 5, p = 10, v = 30 (Table 2, p. 16), and the two profiles of Table 9 (p. 19), b1 = (50, 48, 55,
   * 55, 60) and b2 = (70, 75, 80, 75, 85), which bound three classes; lambda = 0.75.
   */
  static SortingProblem manual(double lambda) {
    List<SortingCriterion> criteria = new ArrayList<>();
    for (int j = 1; j <= 5; j++) {
      criteria.add(SortingCriterion.builder().id("g" + j).direction(BENEFIT).weight(1).q(5.0).p(10.0).v(30.0).build());
    }
    return SortingProblem.builder().alternatives(List.of("a1", "a2", "a3")).criteria(criteria)
        .rows(new double[][] {{75, 67, 85, 82, 90}, {28, 35, 70, 90, 95}, {45, 60, 55, 68, 60}})
        .categories(List.of("C1", "C2", "C3"))
        .profileRows(new double[][] {{50, 48, 55, 55, 60}, {70, 75, 80, 75, 85}})
        .lambda(lambda).build();
  }

  private static double sigma(SortingResult r, String extra, int alternative, int profile) {
    return r.extras().get(extra).get(alternative).get(profile);
  }

  /**
   * The credibility indices of the manual's example, worked by hand from its definitions (section
   * 2.2.2); the concordance indices C(a, b) and C(b, a) agree with those that the cghiaus/ELECTRE_Tri
   * tutorial prints for the same data. By hand, for a1 against b2: c = (1, 0.4, 1, 1, 1), so C =
   * 4.4 / 5 = 0.88 and no discordance (67 >= 75 - 10); for b2 against a1, c_4 = (75 - 82 + 10) / 5 =
   * 0.6 and C = 0.92. For a2 against b1: c = (0, 0, 1, 1, 1), C = 0.6, d_1 = (50 - 28 - 10) / 20 =
   * 0.6, not above C, so sigma = 0.6; b1 against a2 meets a full veto on g4 (90 - 55 >= 30), sigma =
   * 0. For a3 against b2: C = 0.6 / 5 = 0.12, d = (0.75, 0.25, 0.75, 0, 0.75), all but g4 above C,
   * sigma = 0.12 (0.25 / 0.88)^3 (0.75 / 0.88) = 0.0023449...
   */
  @Test
  void electreTriBReproducesTheCredibilityIndicesOfTheManualsExample() {
    SortingResult r = SortingMethods.electreTriB().sort(manual(0.75));
    double[][] up = {{1, 0.88}, {0.6, 0}, {1, 0.12 * Math.pow(0.25 / 0.88, 3) * 0.75 / 0.88}};
    double[][] down = {{0, 0.92}, {0, 0.6}, {0.6, 1}};
    for (int i = 0; i < 3; i++) {
      for (int h = 0; h < 2; h++) {
        assertEquals(up[i][h], sigma(r, "credibility", i, h), 1e-12, "sigma(a" + (i + 1) + ", b" + (h + 1) + ")");
        assertEquals(down[i][h], sigma(r, "profile-credibility", i, h), 1e-12, "sigma(b" + (h + 1) + ", a" + (i + 1) + ")");
      }
    }
    assertEquals(0.0023449, sigma(r, "credibility", 2, 1), 5e-8);
  }

  /**
   * The assignments that follow at lambda = 0.75 (any lambda in (0.6, 0.88] gives the same): a1 is
   * indifferent to b2 and goes to C3 both ways; a2 is incomparable with both profiles, so the
   * pessimistic rule puts it in C1 and the optimistic one in C3; a3 outranks b1 and b2 is preferred
   * to it, so C2 both ways.
   */
  @Test
  void electreTriBAssignsTheManualsExamplePessimisticallyAndOptimistically() {
    SortingResult r = SortingMethods.electreTriB().sort(manual(0.75));
    assertEquals(List.of("C3", "C1", "C2"), r.assignments().stream().map(Assignment::category).toList());
    assertEquals(List.of("C3", "C3", "C2"), r.assignments().stream().map(a -> a.optimistic().orElseThrow().category()).toList());
    assertEquals("0.75", r.parameters().get("lambda"));
    assertTrue(r.assignment("a1").placement().heldBackBy().isEmpty(), "C3 is the best class");
    HeldBack a2 = r.assignment("a2").placement().heldBackBy().orElseThrow();
    assertEquals("C2", a2.category());
    assertEquals(0, a2.profile());
    assertEquals(0.6, a2.support(), 1e-12);
    assertEquals(0.75, a2.needed());
    assertEquals(List.of("g1", "g2"), a2.criteria().stream().map(Gap::criterion).toList());
    Gap g1 = a2.criteria().get(0);
    assertEquals(28, g1.value());
    assertEquals(50, g1.profile());
    assertEquals(0.0, g1.concordance().orElseThrow());
    assertEquals(0.6, g1.discordance().orElseThrow(), 1e-12);
    HeldBack a3 = r.assignment("a3").placement().heldBackBy().orElseThrow();
    assertEquals(1, a3.profile());
    assertEquals(List.of("g1", "g2", "g3", "g4", "g5"), a3.criteria().stream().map(Gap::criterion).toList());
    assertEquals(0.6, a3.criteria().get(3).concordance().orElseThrow(), 1e-12);
  }

  @Test
  void aLowerCutLevelLetsTheIncomparableAlternativeIntoTheMiddleClassBothWays() {
    // at lambda = 0.6, sigma(a2, b1) = 0.6 reaches it and b2 (sigma(b2, a2) = 0.6) is preferred to a2
    SortingResult r = SortingMethods.electreTriB().sort(manual(0.6));
    Assignment a2 = r.assignment("a2");
    assertEquals("C2", a2.category());
    assertEquals("C2", a2.optimistic().orElseThrow().category());
  }

  /**
   * Hand-worked (no published MR-Sort example prints its assignments): three pillars weighted 0.5,
   * 0.3, 0.2, profiles (40, 40, 40) and (60, 60, 60), lambda = 0.6. P1 = (65, 70, 30) reaches the
   * upper profile on political and economic, weight 0.8: strong. P2 = (55, 65, 62) has 0.5 there
   * and 1 at the lower profile: fair, held back by political alone. P3 = (35, 45, 50): 0.5 at the
   * lower profile, weak. P4 = (60, 20, 80): equal to the profile counts, 0.7: strong, where the
   * conjunctive rule puts it in the weakest class.
   */
  static SortingProblem pillars(Double lambda, double... weights) {
    SortingProblem.Builder b = SortingProblem.builder().alternatives(List.of("P1", "P2", "P3", "P4"))
        .criteria(List.of(SortingCriterion.of("political", BENEFIT, weights[0]), SortingCriterion.of("economic", BENEFIT,
            weights[1]), SortingCriterion.of("military", BENEFIT, weights[2])))
        .rows(new double[][] {{65, 70, 30}, {55, 65, 62}, {35, 45, 50}, {60, 20, 80}})
        .categories(List.of("weak", "fair", "strong")).profileRows(new double[][] {{40, 40, 40}, {60, 60, 60}});
    if (lambda != null) {
      b.lambda(lambda);
    }
    return b.build();
  }

  @Test
  void mrSortAssignsByTheWeightOfTheCriteriaThatReachTheProfile() {
    SortingResult r = SortingMethods.mrSort().sort(pillars(0.6, 0.5, 0.3, 0.2));
    assertEquals(List.of("strong", "fair", "weak", "strong"), r.assignments().stream().map(Assignment::category).toList());
    // P1 reaches the lower profile on political and economic only (military 30 < 40): 0.8 at both
    assertEquals(List.of(0.8, 0.8), r.extras().get("coalition-weight").get(0));
    assertEquals(List.of(1.0, 0.5), r.extras().get("coalition-weight").get(1));
    HeldBack p2 = r.assignment("P2").placement().heldBackBy().orElseThrow();
    assertEquals("strong", p2.category());
    assertEquals(0.5, p2.support(), 1e-12);
    assertEquals(0.6, p2.needed());
    assertEquals(List.of(Gap.of("political", 55, 60)), p2.criteria());
    HeldBack p3 = r.assignment("P3").placement().heldBackBy().orElseThrow();
    assertEquals("fair", p3.category());
    assertEquals(List.of(Gap.of("political", 35, 40)), p3.criteria());
    assertTrue(r.assignments().stream().allMatch(a -> a.optimistic().isEmpty()), "MR-Sort has one assignment");
  }

  @Test
  void mrSortScalesWeightsAndSaysSo() {
    SortingResult r = SortingMethods.mrSort().sort(pillars(0.6, 5, 3, 2));
    assertEquals(List.of("strong", "fair", "weak", "strong"), r.assignments().stream().map(Assignment::category).toList());
    assertTrue(r.notes().get(0).contains("scaled to [0.5, 0.3, 0.2]"), r.notes().toString());
  }

  @Test
  void weightsThatSumJustBelowTheCutLevelByRoundingStillReachIt() {
    // 0.1 + 0.2 + 0.3 is 0.6000000000000001 and 0.3 + 0.2 + 0.1 is 0.6 in doubles; both reach 0.6
    SortingProblem p = SortingProblem.builder().alternatives(List.of("a")).criteria(List.of(
        SortingCriterion.of("x", BENEFIT, 0.1), SortingCriterion.of("y", BENEFIT, 0.2), SortingCriterion.of("z", BENEFIT, 0.3),
        SortingCriterion.of("u", BENEFIT, 0.4))).rows(new double[][] {{1, 1, 1, 0}}).categories(List.of("low", "high"))
        .profileRows(new double[][] {{1, 1, 1, 1}}).lambda(0.6).build();
    assertEquals("high", SortingMethods.mrSort().sort(p).assignments().get(0).category());
  }

  /**
   * Hand-worked: the pillars example with a cost criterion added, social-order incidents per
   * 100,000 people, profiles 50 and 30 (lower is better). P1 misses the lower profile on military
   * (30 < 40): weak. P2 reaches the lower profile everywhere (incidents 25 <= 50) and misses the
   * upper on political (55 < 60): fair. P3 misses political (35 < 40) and incidents (60 > 50):
   * weak. P4 misses economic: weak, whatever its military score.
   */
  @Test
  void theConjunctiveRuleNeedsEveryCriterionAndNamesEachThatFallsShort() {
    SortingProblem p = SortingProblem.builder().alternatives(List.of("P1", "P2", "P3", "P4"))
        .criteria(List.of(SortingCriterion.of("political", BENEFIT, 1), SortingCriterion.of("economic", BENEFIT, 1),
            SortingCriterion.of("military", BENEFIT, 1), SortingCriterion.of("incidents", COST, 1)))
        .rows(new double[][] {{65, 70, 30, 20}, {55, 65, 62, 25}, {35, 45, 50, 60}, {60, 20, 80, 10}})
        .categories(List.of("weak", "fair", "strong")).profileRows(new double[][] {{40, 40, 40, 50}, {60, 60, 60, 30}})
        .build();
    SortingResult r = SortingMethods.conjunctive().sort(p);
    assertEquals(List.of("weak", "fair", "weak", "weak"), r.assignments().stream().map(Assignment::category).toList());
    assertEquals(List.of(Gap.of("military", 30, 40)), r.assignment("P1").placement().heldBackBy().orElseThrow().criteria());
    HeldBack p2 = r.assignment("P2").placement().heldBackBy().orElseThrow();
    assertEquals(List.of(Gap.of("political", 55, 60)), p2.criteria());
    assertEquals(0.75, p2.support(), 1e-12, "three of the four criteria reach the upper profile");
    assertEquals(1.0, p2.needed());
    assertEquals(List.of(Gap.of("political", 35, 40), Gap.of("incidents", 60, 50)),
        r.assignment("P3").placement().heldBackBy().orElseThrow().criteria());
    assertEquals(List.of(List.of("P1", "P3", "P4"), List.of("P2"), List.of()), r.byCategory());
  }

  @Test
  void mrSortWithLambdaOneIsTheConjunctiveRule() {
    SortingProblem withLambda = pillars(1.0, 1, 1, 1);
    SortingProblem without = pillars(null, 1, 1, 1);
    assertEquals(SortingMethods.conjunctive().sort(without).assignments().stream().map(Assignment::category).toList(),
        SortingMethods.mrSort().sort(withLambda).assignments().stream().map(Assignment::category).toList());
  }

  @Test
  void electreTriBWithoutThresholdsIsMrSortPessimistically() {
    SortingProblem p = pillars(0.6, 0.5, 0.3, 0.2);
    assertEquals(SortingMethods.mrSort().sort(p).assignments().stream().map(Assignment::category).toList(),
        SortingMethods.electreTriB().sort(p).assignments().stream().map(Assignment::category).toList());
  }

  @Test
  void aFullVetoKeepsAnAlternativeBelowAProfileItOtherwiseOutranks() {
    // four criteria far above the profile, one 40 below it with v = 30: sigma = 0
    List<SortingCriterion> criteria = new ArrayList<>();
    for (int j = 0; j < 5; j++) {
      criteria.add(SortingCriterion.builder().id("g" + j).direction(BENEFIT).q(5.0).p(10.0).v(30.0).build());
    }
    SortingProblem p = SortingProblem.builder().alternatives(List.of("a")).criteria(criteria)
        .rows(new double[][] {{90, 90, 90, 90, 10}}).categories(List.of("low", "high")).profileRows(new double[][] {{50, 50, 50, 50, 50}})
        .lambda(0.75).build();
    Assignment a = SortingMethods.electreTriB().sort(p).assignments().get(0);
    assertEquals("low", a.category());
    HeldBack held = a.placement().heldBackBy().orElseThrow();
    assertEquals(0.0, held.support());
    assertEquals(List.of("g4"), held.criteria().stream().map(Gap::criterion).toList());
    assertEquals(1.0, held.criteria().get(0).discordance().orElseThrow());
  }

  @Test
  void eachMethodRefusesWhatItWouldNotUseAndWhatItLacksByName() {
    SortingProblem withThresholds = SortingProblem.builder().from(manual(0.75)).build();
    InvalidInputException conj = assertThrows(InvalidInputException.class, () -> SortingMethods.conjunctive().sort(withThresholds));
    assertTrue(conj.getMessage().contains("lambda: lambda 0.75 takes no effect under conjunctive"), conj.getMessage());
    assertTrue(conj.getMessage().contains("criteria[2].v: criterion 'g3': v 30.0 takes no effect under conjunctive"),
        conj.getMessage());
    assertEquals(16, conj.problems().size(), conj.getMessage());
    InvalidInputException mr = assertThrows(InvalidInputException.class, () -> SortingMethods.mrSort().sort(withThresholds));
    assertTrue(mr.getMessage().contains("criteria[0].q: criterion 'g1': q 5.0 takes no effect under mr-sort"), mr.getMessage());
    InvalidInputException noLambda = assertThrows(InvalidInputException.class, () -> SortingMethods.electreTriB()
        .sort(pillars(null, 1, 1, 1)));
    assertEquals("lambda: electre-tri-b needs lambda, the cut level in [0.5, 1]", noLambda.getMessage());
    InvalidInputException weights = assertThrows(InvalidInputException.class, () -> SortingMethods.conjunctive()
        .sort(pillars(null, 0.5, 0.3, 0.2)));
    assertTrue(weights.getMessage().contains("criteria[1].weight: criterion 'economic': weight 0.3 differs from 0.5"),
        weights.getMessage());
  }

  @Test
  void theMethodsAreFoundByNameWithTheirTraits() {
    for (String name : List.of("conjunctive", "mr-sort", "electre-tri-b")) {
      var described = Strategies.registry().sorting(name, Parameters.none(name));
      assertEquals(name, described.name());
      assertEquals(name, described.strategy().sort(pillars(name.equals("conjunctive") ? null : 0.6, 1, 1, 1)).method());
    }
    InvalidInputException unknown = assertThrows(InvalidInputException.class,
        () -> Strategies.registry().sorting("electre-tri-c", Parameters.none("electre-tri-c")));
    assertTrue(unknown.getMessage().contains("electre-tri-b"), unknown.getMessage());
  }

  @Test
  void theResultWritesAsJsonWithEachAlternativesClassBesideIt() {
    String json = PotentiaJson.write(SortingMethods.electreTriB().sort(manual(0.75)));
    assertTrue(json.contains("\"alternative\" : \"a2\",\n    \"category\" : \"C1\",\n    \"index\" : 0,"), json);
    assertTrue(json.contains("\"optimistic\" : {\n      \"category\" : \"C3\""), json);
    assertTrue(json.contains("\"heldBackBy\" : {\n      \"category\" : \"C2\",\n      \"profile\" : 0,"), json);
    assertFalse(json.contains("\"placement\""), json);
    assertFalse(json.contains("upperIndex"), json);
  }
}
