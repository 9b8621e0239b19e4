package io.potentia.scoring.rank;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static io.potentia.scoring.rank.RankingMethodsTest.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** MABAC (Pamučar and Ćirović 2015, Expert Systems with Applications 42(6)). */
class MabacTest {
  private static final RankingMethod MABAC = DeclaredTraits.registered("mabac").strategy();

  /**
   * The forklift example of the method's paper: Pamučar and Ćirović (2015), "The selection of
   * transport and handling resources in logistics centers using Multi-Attributive Border
   * Approximation area Comparison (MABAC)", Expert Systems with Applications 42(6), 3016-3028,
   * doi:10.1016/j.eswa.2014.11.057, section 4: seven forklifts on ten criteria (C1 purchase price, C5 and C6 costs), border
   * approximation areas 0.2086, 0.1885, 0.1720, 0.1952, 0.1740, 0.1625, 0.1319, 0.1010, 0.0789,
   * 0.0590 and criterion-function values 0.0826, 0.2183, -0.0488, 0.0246, -0.0704, 0.0465, 0.0464
   * (four decimals), ranks 2, 1, 6, 5, 7, 3, 4. Tables and pages not confirmed: the paper is behind
   * the publisher's paywall and its text could not be reached from here (the section number is as
   * this test had it, also unconfirmed). The inputs and scores agree value for value with pymcdm's
   * transcription (test/test_mcdm.py, TestMABAC) and, with the border areas, with
   * scikit-criteria's (tests/agg/test_mabac.py).
   */
  @Test
  void reproducesPamucarAndCirovic2015Forklifts() {
    double[][] rows = {{22600, 3800, 2, 5, 1.06, 3.00, 3.5, 2.8, 24.5, 6.5}, {19500, 4200, 3, 2, 0.95, 3.00, 3.4, 2.2, 24, 7.0},
        {21700, 4000, 1, 3, 1.25, 3.20, 3.3, 2.5, 24.5, 7.3}, {20600, 3800, 2, 5, 1.05, 3.25, 3.2, 2.0, 22.5, 11.0},
        {22500, 3800, 4, 3, 1.35, 3.20, 3.7, 2.1, 23, 6.3}, {23250, 4210, 3, 5, 1.45, 3.60, 3.5, 2.8, 23.5, 7.0},
        {20300, 3850, 2, 5, 0.90, 3.25, 3.0, 2.6, 21.5, 6.0}};
    RankingResult r = MABAC.rank(problem(rows, new double[] {0.146, 0.144, 0.119, 0.121, 0.115, 0.101, 0.088, 0.068,
        0.050, 0.048}, COST, BENEFIT, BENEFIT, BENEFIT, COST, COST, BENEFIT, BENEFIT, BENEFIT, BENEFIT));
    assertArrayEquals(new double[] {0.0826, 0.2183, -0.0488, 0.0246, -0.0704, 0.0465, 0.0464}, r.scoreArray(), 5e-5);
    assertEquals(List.of(2.0, 1.0, 6.0, 5.0, 7.0, 3.0, 4.0), r.ranks());
    assertArrayEquals(new double[] {0.2086, 0.1885, 0.1720, 0.1952, 0.1740, 0.1625, 0.1319, 0.1010, 0.0789, 0.0590},
        borderAreas(r), 5e-5);
  }

  @Test
  void anAlternativeAboveTheBorderOnEveryCriterionScoresAboveZero() {
    // min-max values (1, 0), (0, 1), (1, 1), equal weights: v = 0.5 (t + 1), g = 0.5 (2 * 1 * 2)^(1/3) on both
    RankingResult r = MABAC.rank(problem(new double[][] {{3, 9}, {1, 5}, {3, 5}}, new double[] {1, 1}, BENEFIT, COST));
    double g = 0.5 * Math.cbrt(4);
    assertArrayEquals(new double[] {1.5 - 2 * g, 1.5 - 2 * g, 2 - 2 * g}, r.scoreArray(), 1e-15);
    assertEquals(List.of(2.0, 2.0, 1.0), r.ranks());
  }

  @Test
  void aConstantCriterionAndSoASingleAlternativeAreRefusedNamingTheCriterion() {
    InvalidInputException constant = assertThrows(InvalidInputException.class, () -> MABAC.rank(problem(
        new double[][] {{1, 4}, {2, 4}}, new double[] {1, 1}, BENEFIT, COST)));
    assertTrue(constant.getMessage().contains("criterion 'C2': min-max: the column is constant (every value is 4.0)"),
        constant.getMessage());
    assertThrows(InvalidInputException.class, () -> MABAC.rank(problem(new double[][] {{1, 4}}, new double[] {1, 1},
        BENEFIT, COST)));
  }

  @Test
  void negativeValuesAndValuesNearTheLargestDoubleRankAsTheirOrdinaryScaleDoes() {
    double[][] ordinary = {{1, -3}, {-2, 5}, {3, 1}, {0.5, -1}};
    double[][] extreme = new double[4][2];
    for (int i = 0; i < 4; i++) {
      extreme[i][0] = ordinary[i][0] * 5e307; // max - min overflows a double
      extreme[i][1] = ordinary[i][1];
    }
    assertArrayEquals(MABAC.rank(problem(ordinary, new double[] {0.6, 0.4}, BENEFIT, COST)).scoreArray(),
        MABAC.rank(problem(extreme, new double[] {0.6, 0.4}, BENEFIT, COST)).scoreArray(), 1e-12);
  }

  @Test
  void declaresWhatItKeepsOverSeededProblems() {
    DeclaredTraits.check(DeclaredTraits.registered("mabac"), EnumSet.of(Trait.MONOTONE, Trait.BOUNDED,
        Trait.COMPENSATORY, Trait.SCALE_INVARIANT, Trait.TRANSLATION_INVARIANT, Trait.ANONYMOUS, Trait.DETERMINISTIC,
        Trait.ACCEPTS_NON_POSITIVE), -1, 1);
  }

  private static double[] borderAreas(RankingResult r) {
    String note = r.notes().stream().filter(n -> n.startsWith("border approximation area g: ")).findFirst().orElseThrow();
    Matcher m = Pattern.compile("C\\d+ = ([0-9.E-]+)").matcher(note);
    return m.results().mapToDouble(x -> Double.parseDouble(x.group(1))).toArray();
  }
}
