package io.potentia.scoring.normalise;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spec.SharedData;
import org.junit.jupiter.api.Test;

class NormalisersTest {
  /**
   * The decision matrix of pymcdm's normalisation tests (Kizielewicz, Shekhovtsov and Sałabun 2023,
   * "pymcdm: the universal library for solving multi-criteria decision-making problems", SoftwareX
   * 22, 101368; tests/test_normalizations.py), criteria types (-1, -1, 1). Expected values there are
   * rounded to 8 decimals, flattened row by row.
   */
  private static final double[][] PYMCDM = {{66, 56, 95}, {61, 55, 166}, {65, 49, 113}, {95, 56, 99}, {63, 43, 178},
      {74, 59, 140}};
  private static final Direction[] PYMCDM_TYPES = {COST, COST, BENEFIT};

  private static double[] byRows(Normaliser n, double[][] rows, Direction[] types) {
    double[][] cols = SharedData.columns(rows);
    double[][] out = new double[cols.length][];
    for (int j = 0; j < cols.length; j++) {
      out[j] = n.normalise(cols[j], types[j]);
    }
    double[] flat = new double[rows.length * cols.length];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < cols.length; j++) {
        flat[i * cols.length + j] = out[j][i];
      }
    }
    return flat;
  }

  @Test
  void minMaxReproducesCoinrsAsemNormalisationExactly() {
    // Becker et al., COINr ASEM example: 51 countries x 49 indicators, min-max to [0, 100]
    JsonNode ref = SharedData.reference("coinr-asem-minmax-normalisation.json");
    double[][] cols = SharedData.columns(SharedData.rows(ref.at("/input/matrix")));
    double[][] expected = SharedData.columns(SharedData.rows(ref.at("/expected/normalised")));
    Normaliser minMax = Normalisers.minMax(0, 100);
    double tolerance = ref.get("tolerance").asDouble();
    for (int j = 0; j < cols.length; j++) {
      Direction d = ref.at("/input/direction").get(j).asInt() == 1 ? BENEFIT : COST;
      assertArrayEquals(expected[j], minMax.normalise(cols[j], d), tolerance, "indicator " + j);
    }
  }

  @Test
  void minMaxToTheUnitIntervalMatchesPymcdm() {
    double[] expected = {0.85294118, 0.1875, 0.0, 1.0, 0.25, 0.85542169, 0.88235294, 0.625, 0.21686747, 0.0, 0.1875,
        0.04819277, 0.94117647, 1.0, 1.0, 0.61764706, 0.0, 0.54216867};
    assertArrayEquals(expected, byRows(Normalisers.minMax(0, 1), PYMCDM, PYMCDM_TYPES), 5e-9);
  }

  @Test
  void fractionOfMaxMatchesPymcdmsLinearNormalisation() {
    double[] expected = {0.92424242, 0.76785714, 0.53370787, 1.0, 0.78181818, 0.93258427, 0.93846154, 0.87755102,
        0.63483146, 0.64210526, 0.76785714, 0.55617978, 0.96825397, 1.0, 1.0, 0.82432432, 0.72881356, 0.78651685};
    assertArrayEquals(expected, byRows(Normalisers.fractionOfMax(), PYMCDM, PYMCDM_TYPES), 5e-9);
  }

  @Test
  void maxMatchesPymcdm() {
    double[] expected = {0.30526316, 0.05084746, 0.53370787, 0.35789474, 0.06779661, 0.93258427, 0.31578947, 0.16949153,
        0.63483146, 0.0, 0.05084746, 0.55617978, 0.33684211, 0.27118644, 1.0, 0.22105263, 0.0, 0.78651685};
    assertArrayEquals(expected, byRows(Normalisers.max(), PYMCDM, PYMCDM_TYPES), 5e-9);
  }

  @Test
  void sumMatchesPymcdm() {
    double[] expected = {0.17447136, 0.155945, 0.12010114, 0.1887723, 0.15878037, 0.20986094, 0.17715554, 0.17822286,
        0.14285714, 0.12121168, 0.155945, 0.12515803, 0.18277952, 0.20309117, 0.22503161, 0.15560959, 0.1480156,
        0.17699115};
    assertArrayEquals(expected, byRows(Normalisers.sum(), PYMCDM, PYMCDM_TYPES), 5e-9);
  }

  @Test
  void vectorMatchesPymcdm() {
    double[] expected = {0.62375904, 0.57085288, 0.28587109, 0.65226214, 0.57851622, 0.49952212, 0.62945966,
        0.62449627, 0.34003614, 0.45844104, 0.57085288, 0.29790777, 0.6408609, 0.67047632, 0.53563215, 0.57815408,
        0.54786285, 0.42128371};
    assertArrayEquals(expected, byRows(Normalisers.vector(), PYMCDM, PYMCDM_TYPES), 5e-9);
  }

  @Test
  void logarithmicMatchesPymcdm() {
    double[][] rows = {{2, 10, 6}, {2, 5, 7}, {3, 3, 11}, {4, 2, 2}, {2, 9, 4}, {1, 5, 6}};
    double[] expected = {0.16962777, 0.15157776, 0.1790548, 0.16962777, 0.16615431, 0.19445945, 0.15186115,
        0.17689672, 0.2396274, 0.13925554, 0.18542345, 0.06926785, 0.16962777, 0.15379344, 0.1385357, 0.2,
        0.16615431, 0.1790548};
    assertArrayEquals(expected, byRows(Normalisers.logarithmic(), rows, PYMCDM_TYPES), 5e-9);
  }

  @Test
  void zScoreMatchesScipyAfterTheChangeOfDivisor() {
    // scipy.stats.zscore documentation example (population sd, ddof = 0); ours uses the sample sd
    // (n - 1, as R's sd and COINr), so each z is scipy's times sqrt((n - 1)/n)
    double[] x = {0.7972, 0.0767, 0.4383, 0.7866, 0.8091, 0.1954, 0.6307, 0.6599, 0.1065, 0.0508};
    double[] scipy = {1.1273, -1.247, -0.0554, 1.0923, 1.1664, -0.8559, 0.5786, 0.6748, -1.1488, -1.3324};
    double[] z = Normalisers.zScore(0, 1).normalise(x, BENEFIT);
    for (int i = 0; i < x.length; i++) {
      assertEquals(scipy[i] * Math.sqrt(9.0 / 10), z[i], 1e-4, "value " + i);
    }
  }

  @Test
  void ranksPercentileRanksAndBordaMatchDplyrsRankingExamples() {
    // dplyr ranking documentation: x = c(5, 1, 3, 2, 2, NA); min_rank = 5 1 4 2 2 NA,
    // percent_rank = 1.00 0.00 0.75 0.25 0.25 NA; base R rank (average ties) = 5 1 4 2.5 2.5
    double[] x = {5, 1, 3, 2, 2, Double.NaN};
    assertArrayEquals(new double[] {1, 0, 0.75, 0.25, 0.25, Double.NaN}, Normalisers.percentileRank().normalise(x, BENEFIT), 1e-15);
    assertArrayEquals(new double[] {4, 0, 3, 1, 1, Double.NaN}, Normalisers.borda().normalise(x, BENEFIT), 0);
    assertArrayEquals(new double[] {5, 1, 4, 2.5, 2.5, Double.NaN}, Normalisers.rank().normalise(x, BENEFIT), 0);
    assertArrayEquals(new double[] {1, 5, 2, 3.5, 3.5, Double.NaN}, Normalisers.rank().normalise(x, COST), 0);
  }

  @Test
  void goalpostsWithLogAndCapReproduceTheHdiIncomeIndex() {
    // UNDP HDR 2023/2024 technical note 1: income index (ln GNIpc - ln 100)/(ln 75000 - ln 100), capped
    Normaliser income = Normalisers.goalposts(100, 75_000, 1, true, true);
    double[] out = income.normalise(new double[] {100, 75_000, 90_000, 10_000}, BENEFIT);
    assertEquals(0, out[0], 0);
    assertEquals(1, out[1], 1e-15);
    assertEquals(1, out[2], 0, "capped above the upper goalpost");
    assertEquals(Math.log(100) / Math.log(750), out[3], 1e-15);
  }

  @Test
  void distanceToTargetScoresTheTargetOneAndTheWorstZero() {
    double[] out = Normalisers.distanceToTarget(80, true).normalise(new double[] {20, 50, 80, 95}, BENEFIT);
    assertArrayEquals(new double[] {0, 0.5, 1, 1}, out, 1e-15);
    double[] cost = Normalisers.distanceToTarget(10, false).normalise(new double[] {10, 30, 50}, COST);
    assertArrayEquals(new double[] {1, 0.5, 0}, cost, 1e-15);
    assertThrows(InvalidInputException.class, () -> Normalisers.distanceToTarget(10, true).normalise(new double[] {20, 30}, BENEFIT));
  }

  @Test
  void distanceToBestIsZeroForTheLeaderAndTheRelativeShortfallBelow() {
    assertArrayEquals(new double[] {-0.5, -0.2, 0}, Normalisers.distanceToBest().normalise(new double[] {50, 80, 100}, BENEFIT), 1e-15);
    assertArrayEquals(new double[] {0, -1}, Normalisers.distanceToBest().normalise(new double[] {10, 20}, COST), 1e-15);
  }

  @Test
  void distanceToABestTooCloseToZeroIsRejectedNotInfinite() {
    // found by the million-case fuzz: -223621 is about 1e313 times the best, -2.2e-308, below it
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Normalisers.distanceToBest().normalise(new double[] {-2.2250738585072014E-308, -223621.22509695962}, BENEFIT));
    assertTrue(e.getMessage().contains("the best value is too close to 0 for a relative distance"), e.getMessage());
  }

  @Test
  void aConstantColumnIsRejectedWithTheReason() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Normalisers.minMax(0, 1).normalise(new double[] {3, 3, 3}, BENEFIT));
    assertTrue(e.getMessage().contains("constant (every value is 3.0)"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> Normalisers.zScore(0, 1).normalise(new double[] {3, 3}, BENEFIT));
  }

  @Test
  void missingValuesStayMissingAndDoNotMoveTheOthers() {
    double[] out = Normalisers.minMax(0, 1).normalise(new double[] {0, Double.NaN, 10, 5}, BENEFIT);
    assertArrayEquals(new double[] {0, Double.NaN, 1, 0.5}, out, 0);
  }

  @Test
  void ratioMethodsRejectNegativeValuesNamingThePosition() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Normalisers.vector().normalise(new double[] {1, -2}, BENEFIT));
    assertTrue(e.getMessage().contains("value 1 is -2.0"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> Normalisers.logarithmic().normalise(new double[] {1, 0}, BENEFIT));
    assertThrows(InvalidInputException.class, () -> Normalisers.shareOfTotal().normalise(new double[] {1, -1}, BENEFIT));
  }

  @Test
  void minMaxDoesNotOverflowNearTheLargestDouble() {
    double[] out = Normalisers.minMax(0, 1).normalise(new double[] {-Double.MAX_VALUE, 0, Double.MAX_VALUE}, BENEFIT);
    assertArrayEquals(new double[] {0, 0.5, 1}, out, 1e-15);
  }

  /**
   * The HDI's life-expectancy dimension index with UNDP's goalposts, 20 and 85 years (Human
   * Development Report 2023/2024, Technical note 1): (LE - 20) / (85 - 20).
   */
  @Test
  void goalpostsScoreTheHdisLifeExpectancyDimensionAndCapOnlyWhenAsked() {
    double[] years = {20, 52.5, 85, 73.4, 90, 15, Double.NaN};
    Normaliser capped = Normalisers.goalposts(20, 85, 1, true, false);
    assertArrayEquals(new double[] {0, 0.5, 1, (73.4 - 20) / 65, 1, 0, Double.NaN}, capped.normalise(years, BENEFIT), 1e-15);
    Normaliser open = Normalisers.goalposts(20, 85, 100, false, false);
    assertArrayEquals(new double[] {0, 50, 100, 100 * (73.4 - 20) / 65, 100 * 70.0 / 65, -100 * 5.0 / 65, Double.NaN},
        open.normalise(years, BENEFIT), 1e-12);
    assertArrayEquals(new double[] {100, 50, 0, 100 * (85 - 73.4) / 65, -100 * 5.0 / 65, 100 * 70.0 / 65, Double.NaN},
        open.normalise(years, COST), 1e-12, "a cost indicator scores the distance below the upper goalpost");
    assertTrue(goalposts("lower=0", "upper=100").has(io.potentia.scoring.spi.Trait.BOUNDED), "capped goalposts are bounded");
    assertTrue(!goalposts("lower=0", "upper=100", "cap=false").has(io.potentia.scoring.spi.Trait.BOUNDED));
    assertTrue(goalposts("lower=0", "upper=100", "cap=false").has(io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE));
    assertTrue(!goalposts("lower=100", "upper=75000", "log=true").has(io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE),
        "logarithms need positive values");
    assertEquals(java.util.Optional.of(new io.potentia.scoring.spi.OutputRange(0, 1)), capped.range());
    assertEquals(java.util.Optional.empty(), open.range());
  }

  @Test
  void goalpostsRejectBadGoalpostsAndValuesTheyCannotScore() {
    assertThrows(InvalidInputException.class, () -> Normalisers.goalposts(5, 5, 1, true, false));
    assertThrows(InvalidInputException.class, () -> Normalisers.goalposts(6, 5, 1, true, false));
    assertThrows(InvalidInputException.class, () -> Normalisers.goalposts(Double.NaN, 5, 1, true, false));
    assertThrows(InvalidInputException.class, () -> Normalisers.goalposts(0, Double.POSITIVE_INFINITY, 1, true, false));
    assertThrows(InvalidInputException.class, () -> Normalisers.goalposts(0, 1, 0, true, false));
    assertThrows(InvalidInputException.class, () -> Normalisers.goalposts(0, 1, Double.POSITIVE_INFINITY, true, false));
    InvalidInputException log = assertThrows(InvalidInputException.class, () -> Normalisers.goalposts(0, 1, 1, true, true));
    assertTrue(log.getMessage().contains("with log, the lower goalpost 0.0 must be > 0"), log.getMessage());
    Normaliser income = Normalisers.goalposts(100, 75_000, 1, true, true);
    assertThrows(InvalidInputException.class, () -> income.normalise(new double[] {500, 0}, BENEFIT));
    assertThrows(InvalidInputException.class, () -> income.normalise(new double[] {500, Double.POSITIVE_INFINITY}, BENEFIT));
    InvalidInputException far = assertThrows(InvalidInputException.class,
        () -> Normalisers.goalposts(0, 1e-300, 1, false, false).normalise(new double[] {0, 1e300}, BENEFIT));
    assertTrue(far.getMessage().contains("value 1.0E300 at position 1"), far.getMessage());
  }

  @Test
  void goalpostsSpanningMostOfTheDoublesScoreWithoutOverflow() {
    Normaliser wide = Normalisers.goalposts(-1e308, 1e308, 1, false, false);
    assertArrayEquals(new double[] {0.5, 1, 0, 0.75}, wide.normalise(new double[] {0, 1e308, -1e308, 5e307}, BENEFIT), 1e-15);
    assertArrayEquals(new double[] {0.5, 0, 1, 0.25}, wide.normalise(new double[] {0, 1e308, -1e308, 5e307}, COST), 1e-15);
    Normaliser narrow = Normalisers.goalposts(-1e308, 0, 1, false, false);
    assertArrayEquals(new double[] {2}, narrow.normalise(new double[] {1e308}, BENEFIT), 1e-15,
        "a value whose distance from the lower goalpost overflows");
  }

  @Test
  void minMaxOverAnOverflowingOrSubnormalSpanKeepsBothDirectionsExact() {
    double[] wide = {-Double.MAX_VALUE, 0, Double.MAX_VALUE / 2};
    assertArrayEquals(new double[] {100, 1.0 / 3 * 100 + 0, 0}, Normalisers.minMax(0, 100).normalise(wide, COST), 1e-12);
    double[] tiny = {0, Double.MIN_VALUE, 2 * Double.MIN_VALUE, Double.NaN};
    assertArrayEquals(new double[] {0, 50, 100, Double.NaN}, Normalisers.minMax(0, 100).normalise(tiny, BENEFIT), 1e-12,
        "a span of subnormals, whose scale factor overflows");
    assertArrayEquals(new double[] {100, 50, 0, Double.NaN}, Normalisers.minMax(0, 100).normalise(tiny, COST), 1e-12);
    assertArrayEquals(new double[] {1, 2, 3}, Normalisers.minMax(1, 3).normalise(new double[] {10, 20, 30}, BENEFIT), 1e-15);
    assertArrayEquals(new double[] {3, 2, 1}, Normalisers.minMax(1, 3).normalise(new double[] {10, 20, 30}, COST), 1e-15);
  }

  /** Standardisation with COINr's n_zscore defaults and with a stated mean and spread (sample sd). */
  @Test
  void zScoresUseTheSampleStandardDeviationAndTheStatedTargetMeanAndSpread() {
    double[] x = {2, 4, 4, 4, 5, 5, 7, 9, Double.NaN};
    double sd = Math.sqrt(32.0 / 7);
    double[] out = Normalisers.zScore(0, 1).normalise(x, BENEFIT);
    assertEquals((2 - 5) / sd, out[0], 1e-15);
    assertEquals((9 - 5) / sd, out[7], 1e-15);
    assertTrue(Double.isNaN(out[8]));
    double[] scaled = Normalisers.zScore(100, 10).normalise(x, COST);
    assertEquals(100 - 10 * (2 - 5) / sd, scaled[0], 1e-12);
    assertEquals(100 - 10 * (9 - 5) / sd, scaled[7], 1e-12);
    double[] huge = Normalisers.zScore(0, 1).normalise(new double[] {-Double.MAX_VALUE, Double.MAX_VALUE}, BENEFIT);
    assertArrayEquals(new double[] {-Math.sqrt(0.5), Math.sqrt(0.5)}, huge, 1e-12, "differences that would overflow");
    assertThrows(InvalidInputException.class, () -> Normalisers.zScore(0, 1).normalise(new double[] {3, Double.NaN}, BENEFIT));
    assertThrows(InvalidInputException.class, () -> Normalisers.zScore(0, 1).normalise(new double[] {Double.NaN}, BENEFIT));
    InvalidInputException flat = assertThrows(InvalidInputException.class,
        () -> Normalisers.zScore(0, 1).normalise(new double[] {3, 3}, BENEFIT));
    assertTrue(flat.getMessage().contains("every value is 3.0"), flat.getMessage());
    assertThrows(InvalidInputException.class, () -> Normalisers.zScore(0, 0));
    assertThrows(InvalidInputException.class, () -> Normalisers.zScore(Double.NaN, 1));
    assertThrows(InvalidInputException.class, () -> Normalisers.zScore(0, Double.POSITIVE_INFINITY));
  }

  /** Every normaliser that scores a value against the others needs some others; goalposts score each value alone. */
  @Test
  void everyNormaliserRelativeToTheDataRejectsAColumnWithNothingInIt() {
    io.potentia.scoring.spec.Strategies registry = io.potentia.scoring.spec.Strategies.registry();
    for (io.potentia.scoring.spi.StrategyDescriptor d : registry.list(io.potentia.scoring.spi.StrategyKind.NORMALISATION)) {
      java.util.Map<String, JsonNode> p = new java.util.HashMap<>();
      if (d.name().equals("goalposts")) {
        p.put("lower", com.fasterxml.jackson.databind.node.DoubleNode.valueOf(0));
        p.put("upper", com.fasterxml.jackson.databind.node.DoubleNode.valueOf(10));
      }
      if (d.name().equals("distance-to-target")) {
        p.put("target", com.fasterxml.jackson.databind.node.DoubleNode.valueOf(10));
      }
      Normaliser n = registry.normaliser(d.name(), io.potentia.scoring.spi.Parameters.of(d.name(), p)).strategy();
      double[] empty = {Double.NaN, Double.NaN};
      if (d.name().equals("goalposts")) {
        assertArrayEquals(empty, n.normalise(empty, BENEFIT));
        continue;
      }
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> n.normalise(empty, BENEFIT), d.name());
      assertTrue(e.getMessage().contains(d.name() + ": every value is missing"), e.getMessage());
    }
  }

  @Test
  void ratioNormalisersTurnCostIndicatorsAround() {
    double[] x = {1, 2, 4};
    assertArrayEquals(new double[] {1, 0.5, 0.25}, Normalisers.fractionOfMax().normalise(x, COST), 1e-15, "min / x");
    assertArrayEquals(new double[] {0.25, 0.5, 1}, Normalisers.fractionOfMax().normalise(x, BENEFIT), 1e-15, "x / max");
    assertArrayEquals(new double[] {4.0 / 7, 2.0 / 7, 1.0 / 7}, Normalisers.shareOfTotal().normalise(x, COST), 1e-15,
        "shares of the reciprocals");
    assertArrayEquals(new double[] {1.0 / 7, 2.0 / 7, 4.0 / 7}, Normalisers.shareOfTotal().normalise(x, BENEFIT), 1e-15);
    assertEquals(java.util.Optional.of(new io.potentia.scoring.spi.OutputRange(0, 1)), Normalisers.fractionOfMax().range());
    assertEquals(java.util.Optional.of(new io.potentia.scoring.spi.OutputRange(0, 1)), Normalisers.shareOfTotal().range());
  }

  @Test
  void sharesOfAStatedSystemTotalAndWhatTheyRefuse() {
    assertArrayEquals(new double[] {0.1, 0.3, Double.NaN}, Normalisers.shareOfTotal(10).normalise(new double[] {1, 3, Double.NaN},
        BENEFIT), 1e-15);
    assertArrayEquals(new double[] {0.25, 0.75}, Normalisers.shareOfTotal(4).normalise(new double[] {1, 3}, BENEFIT), 1e-15,
        "a total equal to the sum");
    assertMessage("the system total 3.0 is smaller than the sum 4.0", () -> Normalisers.shareOfTotal(3).normalise(new double[] {1, 3},
        BENEFIT));
    assertMessage("a system total cannot be used with a cost indicator",
        () -> Normalisers.shareOfTotal(10).normalise(new double[] {1, 3}, COST));
    assertMessage("every value is 0, so the total is 0", () -> Normalisers.shareOfTotal().normalise(new double[] {0, 0}, BENEFIT));
    assertThrows(InvalidInputException.class, () -> Normalisers.shareOfTotal().normalise(new double[] {0, 2}, COST));
    assertThrows(InvalidInputException.class, () -> Normalisers.shareOfTotal().normalise(new double[] {-1, 2}, BENEFIT));
    assertArrayEquals(new double[] {0, 1}, Normalisers.shareOfTotal().normalise(new double[] {0, 2}, BENEFIT), 0);
    assertMessage("total 0.0 must be finite and > 0", () -> Normalisers.shareOfTotal(0));
    assertMessage("total Infinity must be finite and > 0", () -> Normalisers.shareOfTotal(Double.POSITIVE_INFINITY));
  }

  private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable run) {
    InvalidInputException e = assertThrows(InvalidInputException.class, run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  private static io.potentia.scoring.spi.Described<Normaliser> goalposts(String... parameters) {
    return io.potentia.scoring.spec.Strategies.registry().normaliser("goalposts",
        io.potentia.scoring.spi.Parameters.parse("goalposts", java.util.List.of(parameters)));
  }
}
