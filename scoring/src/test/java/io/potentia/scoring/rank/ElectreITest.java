package io.potentia.scoring.rank;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ELECTRE I (Roy 1968). */
class ElectreITest {

  /**
   * García Cebrián and Muñoz Porcar (2009), "Localización empresarial en Aragón: una aplicación
   * empírica de la ayuda a la decisión multicriterio tipo ELECTRE I y III", Revista de Métodos
   * Cuantitativos para la Economía y la Empresa 7, pp. 31-56, after Barba-Romero and Pomerol (1997),
   * <i>Decisiones multicriterio</i>, p. 216: six locations on five criteria (the third a cost),
   * weights 0.25, 0.25, 0.1, 0.2, 0.2, values as shares of each criterion's sum. The data, the
   * concordance and discordance matrices (to 4 decimals) and the kernel as reproduced by
   * scikit-criteria's tests (github.com/quatrope/scikit-criteria, tests/agg/test_electre.py, the
   * cebrian2009localizacion cases, whose ELECTRE1 thresholds are p = 0.65 and q = 0.35), with which
   * every value here agrees; p. 216 of Barba-Romero and Pomerol is as scikit-criteria cites it.
   * Tables and pages of García Cebrián and Muñoz Porcar not confirmed: the paper's text could not be
   * reached from here.
   */
  static DecisionProblem cebrianAndPorcar() {
    double[][] rows = {{6, 5, 28, 5, 5}, {4, 2, 25, 10, 9}, {5, 7, 35, 9, 6}, {6, 1, 27, 6, 7}, {6, 8, 30, 7, 9},
        {5, 6, 26, 4, 8}};
    return RankingMethodsTest.problem(rows, new double[] {0.25, 0.25, 0.1, 0.2, 0.2}, BENEFIT, BENEFIT, COST, BENEFIT,
        BENEFIT);
  }

  @Test
  void reproducesTheConcordanceAndDiscordanceOfCebrianAndPorcar() {
    ElectreI.Indices indices = ElectreI.indices(cebrianAndPorcar());
    double[][] concordance = {{0, 0.5, 0.35, 0.5, 0.35, 0.45}, {0.5, 0, 0.5, 0.75, 0.5, 0.5},
        {0.65, 0.5, 0, 0.45, 0.2, 0.7}, {0.75, 0.25, 0.55, 0, 0.35, 0.45}, {0.9, 0.7, 0.8, 0.9, 0, 0.9},
        {0.55, 0.5, 0.55, 0.55, 0.1, 0}};
    double[][] discordance = {{0, 0.5052, 0.4042, 0.1883, 0.42857, 0.2825}, {0.4286, 0, 0.7143, 0.2589, 0.8571, 0.5714},
        {0.1696, 0.2825, 0, 0.1938, 0.2825, 0.2180}, {0.5714, 0.4042, 0.8571, 0, 1.0, 0.7143},
        {0.0485, 0.3031, 0.2021, 0.0727, 0, 0.0969}, {0.1295, 0.6063, 0.5052, 0.2021, 0.3031, 0}};
    for (int a = 0; a < 6; a++) {
      assertArrayEquals(concordance[a], indices.concordance()[a], 1e-12, "concordance of A" + (a + 1));
      assertArrayEquals(discordance[a], indices.discordance()[a], 5e-5, "discordance of A" + (a + 1));
    }
  }

  @Test
  void choosesTheKernelOfCebrianAndPorcarAtConcordance065AndDiscordance035() {
    RankingResult r = RankingMethods.electreI(0.65, 0.35).rank(cebrianAndPorcar());
    // A5 outranks every other location; A2 outranks A4; A3 outranks A1 (concordance exactly 0.65) and A6
    assertArrayEquals(new double[] {0, 0, 0, 0, 1, 0}, r.scoreArray(), 0, "the kernel is {A5}");
    assertArrayEquals(new double[] {0, 1, 2, 0, 5, 0}, r.extras().get("outranks").stream()
        .mapToDouble(Double::doubleValue).toArray(), 0);
    PreferenceStructure s = r.preferenceStructure().orElseThrow();
    assertEquals(List.of(new AlternativePair("A2", "A4"), new AlternativePair("A3", "A1"),
        new AlternativePair("A3", "A6"), new AlternativePair("A5", "A1"), new AlternativePair("A5", "A2"),
        new AlternativePair("A5", "A3"), new AlternativePair("A5", "A4"), new AlternativePair("A5", "A6")),
        s.preferences());
    assertEquals(List.of(), s.indifferences());
    assertEquals(7, s.incomparabilities().size(), "the 15 pairs less the 8 preferences");
    assertTrue(s.incomparable("A1", "A2"));
    assertEquals(List.of(2.0, 2.0, 2.0, 2.0, 1.0, 2.0), r.ranks(), "outside the kernel, nothing is ranked");
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("kernel [A5]")), r.notes().toString());
  }

  @Test
  void theThresholdsTakeEffect() {
    // at concordance 0.7 A3 no longer outranks A1 (0.65); at discordance 0.3 A5 no longer outranks A2 (0.3031)
    PreferenceStructure strict = RankingMethods.electreI(0.7, 0.3).rank(cebrianAndPorcar()).preferenceStructure()
        .orElseThrow();
    assertTrue(strict.incomparable("A3", "A1") && strict.incomparable("A5", "A2"));
    RankingResult r = RankingMethods.electreI(0.7, 0.3).rank(cebrianAndPorcar());
    // A2 is now outranked by no one: the kernel grows to {A2, A5}
    assertArrayEquals(new double[] {0, 1, 0, 0, 1, 0}, r.scoreArray(), 0);
  }

  @Test
  void alternativesOutrankingOneAnotherInACircuitAreTakenTogether() {
    // three mirror images of one another on three equally weighted criteria: each pair concords 2/3 one way
    DecisionProblem p = RankingMethodsTest.problem(new double[][] {{3, 2, 1}, {1, 3, 2}, {2, 1, 3}},
        new double[] {1, 1, 1}, BENEFIT, BENEFIT, BENEFIT);
    RankingResult r = RankingMethods.electreI(0.6, 1).rank(p);
    assertArrayEquals(new double[] {1, 1, 1}, r.scoreArray(), 0);
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("[A1, A2, A3] outrank one another in a circuit")),
        r.notes().toString());
  }

  @Test
  void aSingleAlternativeIsItsOwnKernelAndConstantCriteriaRaiseNoDiscordance() {
    assertArrayEquals(new double[] {1}, RankingMethods.electreI(0.65, 0.35).rank(RankingMethodsTest.problem(
        new double[][] {{1, 2}}, new double[] {1, 1}, BENEFIT, COST)).scoreArray(), 0);
    RankingResult same = RankingMethods.electreI(0.65, 0).rank(RankingMethodsTest.problem(
        new double[][] {{1, 2}, {1, 2}}, new double[] {1, 1}, BENEFIT, COST));
    assertEquals(List.of(new AlternativePair("A1", "A2")), same.preferenceStructure().orElseThrow().indifferences());
  }

  @Test
  void badValuesAndThresholdsAreRefusedByName() {
    InvalidInputException negative = assertThrows(InvalidInputException.class, () -> RankingMethods.electreI(0.65, 0.35)
        .rank(RankingMethodsTest.problem(new double[][] {{1, 2}, {-1, 2}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(negative.getMessage().contains("electre-i: the value of 'A2' on criterion 'C1' is -1.0"),
        negative.getMessage());
    InvalidInputException zero = assertThrows(InvalidInputException.class, () -> RankingMethods.electreI(0.65, 0.35)
        .rank(RankingMethodsTest.problem(new double[][] {{1, 0}, {2, 0}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(zero.getMessage().contains("every value of criterion 'C2' is 0"), zero.getMessage());
    InvalidInputException c = assertThrows(InvalidInputException.class, () -> RankingMethods.electreI(1.2, 0.35));
    assertEquals("parameters.concordance", c.problems().get(0).path());
    InvalidInputException d = assertThrows(InvalidInputException.class, () -> RankingMethods.electreI(0.65, -0.1));
    assertEquals("parameters.discordance", d.problems().get(0).path());
  }
}
