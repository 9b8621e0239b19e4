package io.potentia.scoring.aggregate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spec.SharedData;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.normalise.Normalisers;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregatorsTest {

  @Test
  void hierarchicalArithmeticMeansReproduceCoinrsAsemIndex() {
    // COINr ASEM example: min-max [0, 100], equal-weight arithmetic means: indicators -> 8 pillars
    // -> 2 sub-indices -> index (Becker et al., COINr; tolerance 1e-9)
    JsonNode ref = SharedData.reference("coinr-asem-hierarchical-arithmetic-mean.json");
    double tol = ref.get("tolerance").asDouble();
    double[][] cols = SharedData.columns(SharedData.rows(ref.at("/input/matrix_treated")));
    Normaliser minMax = Normalisers.minMax(0, 100);
    Map<String, List<double[]>> byPillar = new LinkedHashMap<>();
    JsonNode toPillar = ref.at("/input/structure/indicator_to_pillar");
    for (int j = 0; j < cols.length; j++) {
      String indicator = ref.at("/input/indicators").get(j).asText();
      Direction d = ref.at("/input/direction").get(j).asInt() == 1 ? Direction.BENEFIT : Direction.COST;
      byPillar.computeIfAbsent(toPillar.get(indicator).asText(), k -> new ArrayList<>()).add(minMax.normalise(cols[j], d));
    }
    Aggregator mean = Aggregators.arithmeticMean();
    Map<String, double[]> pillars = new LinkedHashMap<>();
    byPillar.forEach((p, children) -> pillars.put(p, mean.aggregate(children.toArray(new double[0][]), ones(children.size()))));
    pillars.forEach((p, scores) -> assertArrayEquals(SharedData.doubles(ref.at("/expected/pillars/" + p)), scores, tol, p));
    Map<String, List<double[]>> bySub = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = ref.at("/input/structure/pillar_to_subindex").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      bySub.computeIfAbsent(e.getValue().asText(), k -> new ArrayList<>()).add(pillars.get(e.getKey()));
    }
    List<double[]> subs = new ArrayList<>();
    bySub.forEach((s, children) -> {
      double[] scores = mean.aggregate(children.toArray(new double[0][]), ones(children.size()));
      assertArrayEquals(SharedData.doubles(ref.at("/expected/subindices/" + s)), scores, tol, s);
      subs.add(scores);
    });
    double[] index = mean.aggregate(subs.toArray(new double[0][]), ones(subs.size()));
    assertArrayEquals(SharedData.doubles(ref.at("/expected/index")), index, tol);
  }

  @Test
  void goalpostsAndTheGeometricMeanReproduceTheUndpHdi2022() {
    // UNDP Human Development Report 2023/2024, technical note 1: 26 countries, published HDI to 3 dp
    JsonNode ref = SharedData.reference("hdi-undp-2022-geometric-mean.json");
    double[][] cols = SharedData.columns(SharedData.rows(ref.at("/input/matrix")));
    double[] health = Normalisers.goalposts(20, 85, 1, true, false).normalise(cols[0], Direction.BENEFIT);
    double[] eys = Normalisers.goalposts(0, 18, 1, true, false).normalise(cols[1], Direction.BENEFIT);
    double[] mys = Normalisers.goalposts(0, 15, 1, true, false).normalise(cols[2], Direction.BENEFIT);
    double[] income = Normalisers.goalposts(100, 75_000, 1, true, true).normalise(cols[3], Direction.BENEFIT);
    double[] education = Aggregators.arithmeticMean().aggregate(new double[][] {eys, mys}, ones(2));
    double[] hdi = Aggregators.geometricMean().aggregate(new double[][] {health, education, income}, ones(3));
    assertArrayEquals(SharedData.doubles(ref.at("/expected/hdi")), hdi, ref.get("tolerance").asDouble());
  }

  @Test
  void sharesOfTheSystemTotalAndTheirMeanReproduceTheCinc2016() {
    // Correlates of War NMC v6.0 (Singer, Bremer and Stuckey 1972): CINC = mean over the available
    // components of each state's share of the system total; missing components are coded -9
    JsonNode ref = SharedData.reference("cinc-nmc6-2016-subset.json");
    assertArrayEquals(SharedData.doubles(ref.at("/expected/cinc")), cinc(ref, true), ref.get("tolerance").asDouble());
  }

  @Test
  void theCincOf1816IsReproducedFromTheWholeSystem() {
    JsonNode ref = SharedData.reference("cinc-nmc6-1816-full-year.json");
    assertArrayEquals(SharedData.doubles(ref.at("/expected/cinc")), cinc(ref, false), ref.get("tolerance").asDouble());
  }

  /** Shares of each component (of the given system totals, or of the rows' own sum), then their mean. */
  private static double[] cinc(JsonNode ref, boolean systemTotals) {
    double[][] rows = SharedData.rows(ref.at("/input/matrix"));
    for (double[] row : rows) {
      for (int j = 0; j < row.length; j++) {
        if (row[j] == ref.at("/input/missing_code").asDouble()) {
          row[j] = Double.NaN;
        }
      }
    }
    double[][] cols = SharedData.columns(rows);
    double[][] shares = new double[cols.length][];
    for (int j = 0; j < cols.length; j++) {
      String component = ref.at("/input/components").get(j).asText();
      shares[j] = (systemTotals ? Normalisers.shareOfTotal(ref.at("/input/system_totals_over_non_missing/" + component).asDouble())
          : Normalisers.shareOfTotal()).normalise(cols[j], Direction.BENEFIT);
    }
    return Aggregators.arithmeticMean().aggregate(shares, ones(cols.length));
  }

  @Test
  void owaReproducesYagersExample() {
    // Yager (1988), IEEE Trans. SMC 18(1), and the standard illustration of OWA: order weights
    // (0.4, 0.3, 0.2, 0.1) on arguments (0.7, 1, 0.3, 0.6) give 0.4*1 + 0.3*0.7 + 0.2*0.6 + 0.1*0.3 = 0.76
    double[] out = Aggregators.owa(0.4, 0.3, 0.2, 0.1).aggregate(new double[][] {{0.7}, {1}, {0.3}, {0.6}}, ones(4));
    assertEquals(0.76, out[0], 1e-15);
    assertEquals(1.0, Owa.orness(new double[] {1, 0, 0, 0}), 0);
    assertEquals(0.5, Owa.orness(new double[] {0.25, 0.25, 0.25, 0.25}), 1e-15);
  }

  @Test
  void theMeansAreOrderedHarmonicBelowGeometricBelowArithmetic() {
    // Hardy, Littlewood and Pólya (1934): for 40 and 60 with equal weights, H = 48, G = sqrt(2400), A = 50
    double[][] x = {{40}, {60}};
    assertEquals(48, Aggregators.harmonicMean().aggregate(x, ones(2))[0], 1e-12);
    assertEquals(Math.sqrt(2400), Aggregators.geometricMean().aggregate(x, ones(2))[0], 1e-12);
    assertEquals(50, Aggregators.arithmeticMean().aggregate(x, ones(2))[0], 1e-12);
    assertEquals(Math.sqrt((1600 + 3600) / 2.0), Aggregators.powerMean(2).aggregate(x, ones(2))[0], 1e-12);
  }

  @Test
  void theGeometricMeanOfAZeroIsZeroAndTheHarmonicRejectsIt() {
    assertEquals(0, Aggregators.geometricMean().aggregate(new double[][] {{0}, {5}}, ones(2))[0], 0);
    assertThrows(InvalidInputException.class, () -> Aggregators.harmonicMean().aggregate(new double[][] {{0}, {5}}, ones(2)));
    assertThrows(InvalidInputException.class, () -> Aggregators.geometricMean().aggregate(new double[][] {{-1}, {5}}, ones(2)));
  }

  @Test
  void missingChildrenAreDroppedAndTheirWeightSpreadOverTheRest() {
    double[] out = Aggregators.arithmeticMean().aggregate(new double[][] {{10, Double.NaN}, {20, Double.NaN}, {Double.NaN, Double.NaN}},
        new double[] {1, 1, 2});
    assertEquals(15, out[0], 1e-15);
    assertTrue(Double.isNaN(out[1]));
  }

  /**
   * Seeded property: the arithmetic mean's vector loop gives, bit for bit, the weighted mean of each
   * area's present children (the weights of missing ones spread over the rest, weights summed in
   * child order), NaN for an area with none, and refuses an infinite score naming the first child
   * and area that holds one.
   */
  @Test
  void theArithmeticMeanIsEachAreasMeanOfItsPresentChildrenBitForBit() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(17);
    for (int trial = 0; trial < 500; trial++) {
      int k = 1 + random.nextInt(6);
      int m = 1 + random.nextInt(40);
      double[][] x = new double[k][m];
      double[] w = new double[k];
      for (int j = 0; j < k; j++) {
        w[j] = random.nextInt(5) == 0 ? 0 : random.nextDouble() * 3;
        for (int a = 0; a < m; a++) {
          x[j][a] = random.nextInt(4) == 0 ? Double.NaN : random.nextDouble() * 100;
        }
      }
      w[random.nextInt(k)] = 1; // the weights cannot all be zero
      double[] out = Aggregators.arithmeticMean().aggregate(x, w);
      for (int a = 0; a < m; a++) {
        double sum = 0;
        double weight = 0;
        for (int j = 0; j < k; j++) {
          if (w[j] != 0 && !Double.isNaN(x[j][a])) {
            sum += w[j] * x[j][a];
            weight += w[j];
          }
        }
        double expected = weight == 0 ? Double.NaN : sum / weight;
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(out[a]), "trial " + trial + ", area " + a);
      }
      if (m > 1) {
        int j = random.nextInt(k);
        w[j] = 1;
        x[j][m - 1] = Double.NEGATIVE_INFINITY;
        x[j][m - 2] = Double.NaN;
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Aggregators.arithmeticMean().aggregate(x, w));
        int first = -1;
        for (int c = 0; c < k && first < 0; c++) {
          if (w[c] != 0 && Double.isInfinite(x[c][m - 1])) {
            first = c;
          }
        }
        assertTrue(e.getMessage().contains("score of child " + first + " for area " + (m - 1) + " is -Infinity"),
            e.getMessage());
      }
    }
  }

  /**
   * Weights summing to less than 1 can carry a finite weighted sum past Double.MAX_VALUE when it is
   * divided by their total: such an area is redone the careful way, never infinite; and of two
   * problems, an infinite score of an earlier child is told before a later child of the wrong length.
   */
  @Test
  void theArithmeticMeanNeverOverflowsOnDivisionAndTellsTheEarlierProblemFirst() {
    double max = Double.MAX_VALUE;
    double[] out = Aggregators.arithmeticMean().aggregate(new double[][] {{max}, {max}, {max}},
        new double[] {0.2, 0.1, 1.0 / 3});
    assertTrue(Double.isFinite(out[0]) && out[0] > 1.79e308, "the mean of three Double.MAX_VALUE is " + out[0]);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Aggregators.arithmeticMean().aggregate(new double[][] {{Double.POSITIVE_INFINITY, 1}, {1}}, ones(2)));
    assertTrue(e.getMessage().contains("score of child 0 for area 0 is Infinity"), e.getMessage());
  }

  @Test
  void copelandCountsWeightedPairwiseMajorities() {
    // three areas on three children with equal weights: A beats B 2-1 and C 2-1, B beats C 2-1
    double[][] children = {{3, 2, 1}, {3, 1, 2}, {1, 3, 2}};
    assertArrayEquals(new double[] {2, 0, -2}, Aggregators.copeland().aggregate(children, ones(3)), 0);
  }

  @Test
  void mazziottaParetoPenalisesAnUnbalancedProfile() {
    // equal means of 100; the unbalanced area (90, 110) loses S^2/M = 100/100 = 1
    double[] out = Aggregators.mazziottaPareto(true).aggregate(new double[][] {{100, 90}, {100, 110}}, ones(2));
    assertArrayEquals(new double[] {100, 99}, out, 1e-12);
  }

  @Test
  void couplingCoordinationIsTheSquareRootOfCouplingTimesDevelopment() {
    // equal pillars couple perfectly: D = sqrt(1 * 0.64) = 0.8; (0.2, 0.8): C = 2 sqrt(0.16)/1 = 0.8,
    // T = 0.5, D = sqrt(0.4)
    double[] out = Aggregators.couplingCoordination().aggregate(new double[][] {{0.64, 0.2}, {0.64, 0.8}}, ones(2));
    assertArrayEquals(new double[] {0.8, Math.sqrt(0.4)}, out, 1e-12);
    assertThrows(InvalidInputException.class,
        () -> Aggregators.couplingCoordination().aggregate(new double[][] {{1.5}, {0.5}}, ones(2)));
  }

  @Test
  void aWeakPoliticalCatalystHoldsBackStrongOtherPotentials() {
    // 'political' is the catalyst: I = mean(80, 60) * (50/100) = 35; a catalyst of 0 gives 0
    double[] out = catalyst("political", 100, 1, "political", "economic", "military").aggregate(new double[][] {{50, 0, 100}, {80, 80, 80}, {60, 60, 60}}, ones(3));
    assertArrayEquals(new double[] {35, 0, 70}, out, 1e-12);
  }

  @Test
  void rulesCapAndVetoWithAnExplanation() {
    RuledAggregator ruled = new RuledAggregator(Aggregators.arithmeticMean(),
        List.of(AggregationRule.capWhenBelow(1, 20, 40), AggregationRule.floor(5)));
    RuledAggregator.Explained out = ruled.explain(new double[][] {{90, 0}, {10, 0}}, ones(2));
    assertArrayEquals(new double[] {40, 5}, out.scores(), 0);
    assertTrue(out.notes().get(0).get(0).contains("capped at 40.0 (from 50.0) because child 1 scores 10.0, below 20.0"),
        out.notes().toString());
    assertTrue(out.notes().get(1).get(0).contains("floor"), out.notes().toString());
  }

  @Test
  void theWeightedMedianFindsTheMiddleOfTheWeight() {
    assertEquals(2.5, Aggregators.median().aggregate(new double[][] {{1}, {2}, {3}, {4}}, ones(4))[0], 0);
    assertEquals(4, Aggregators.median().aggregate(new double[][] {{1}, {2}, {3}, {4}}, new double[] {1, 1, 1, 4})[0], 0);
    assertEquals(1, Aggregators.minimum().aggregate(new double[][] {{1}, {2}}, ones(2))[0], 0);
  }

  private static double[] ones(int n) {
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1);
    return w;
  }

  @Test
  void theArithmeticMeanOfScoresNearTheLargestDoubleDoesNotOverflow() {
    double[] out = Aggregators.arithmeticMean().aggregate(new double[][] {{1.5e308, 1e308, 3}, {1.7e308, 1.2e308, 5}},
        ones(2));
    assertArrayEquals(new double[] {1.6e308, 1.1e308, 4}, out, 1e293);
    assertEquals(4, out[2], 0, "areas that do not overflow keep the fast path's value");
    // a running sum that overflows and would come back down: redone term by term, it never overflows
    double[] cancel = Aggregators.arithmeticMean().aggregate(new double[][] {{1.7e308}, {1.7e308}, {-1.7e308}, {3}},
        ones(4));
    assertEquals((1.7e308 + 3) / 4, cancel[0], 1e293);
  }

  @Test
  void aChildWeightedZeroCountsForNothingEvenWhenMissing() {
    double[] w = {1, 0, 1};
    double[][] x = {{10, 10}, {Double.NaN, 1000}, {20, 30}};
    assertArrayEquals(new double[] {15, 20}, Aggregators.arithmeticMean().aggregate(x, w), 1e-12);
    assertArrayEquals(new double[] {Math.sqrt(200), Math.sqrt(300)}, Aggregators.geometricMean().aggregate(x, w), 1e-12);
  }

  @Test
  void scoresThatAreInfiniteOrOfTheWrongLengthAreRejectedNamingChildAndArea() {
    for (PointwiseAggregator a : List.of(Aggregators.arithmeticMean(), Aggregators.geometricMean())) {
      InvalidInputException inf = assertThrows(InvalidInputException.class,
          () -> a.aggregate(new double[][] {{1, 2}, {3, Double.POSITIVE_INFINITY}}, ones(2)));
      assertTrue(inf.getMessage().contains("score of child 1 for area 1 is Infinity"), inf.getMessage());
      InvalidInputException ragged = assertThrows(InvalidInputException.class,
          () -> a.aggregate(new double[][] {{1, 2}, {3}}, ones(2)));
      assertTrue(ragged.getMessage().contains("child 1 has 1 scores, child 0 has 2"), ragged.getMessage());
    }
  }

  @Test
  void powerMeansOfOneTwoAndFourFollowTheirOrder() {
    double[][] x = {{1}, {2}, {4}};
    assertEquals(7.0 / 3, Aggregators.arithmeticMean().aggregate(x, ones(3))[0], 1e-15);
    assertEquals(2, Aggregators.geometricMean().aggregate(x, ones(3))[0], 1e-15);
    assertEquals(12.0 / 7, Aggregators.harmonicMean().aggregate(x, ones(3))[0], 1e-15);
    assertEquals(Math.sqrt(7), Aggregators.powerMean(2).aggregate(x, ones(3))[0], 1e-15);
    assertEquals(Math.cbrt(73.0 / 3), Aggregators.powerMean(3).aggregate(x, ones(3))[0], 1e-14);
    assertEquals(0, Aggregators.powerMean(2).aggregate(new double[][] {{0}, {0}}, ones(2))[0]);
    assertEquals(1e-300, Aggregators.powerMean(3).aggregate(new double[][] {{1e-300}, {1e-300}}, ones(2))[0], 1e-314,
        "tiny scores do not underflow to zero");
    assertEquals(1e300, Aggregators.powerMean(3).aggregate(new double[][] {{1e300}, {1e300}}, ones(2))[0], 1e286,
        "huge scores do not overflow");
    InvalidInputException negative = assertThrows(InvalidInputException.class,
        () -> Aggregators.powerMean(2).aggregate(new double[][] {{-1}, {2}}, ones(2)));
    assertTrue(negative.getMessage().contains("a score is -1.0; the mean needs non-negative scores"), negative.getMessage());
    InvalidInputException zero = assertThrows(InvalidInputException.class,
        () -> Aggregators.harmonicMean().aggregate(new double[][] {{0}, {2}}, ones(2)));
    assertTrue(zero.getMessage().contains("the mean with p < 0 needs positive scores"), zero.getMessage());
    io.potentia.scoring.spi.OutputRange unit = new io.potentia.scoring.spi.OutputRange(0, 100);
    assertEquals(java.util.Optional.of(unit), Aggregators.powerMean(2).range(unit));
    assertTrue(Aggregators.byName("arithmetic-mean").has(io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE));
    assertTrue(!Aggregators.byName("geometric-mean").has(io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE));
  }

  @Test
  void theWeightedMedianTakesTheValueWhereTheWeightPassesHalfAndAveragesAnExactHalf() {
    // sorted 1 (0.5), 2 (0.3), 3 (0.2): half the weight ends exactly at 1, so the median is (1 + 2) / 2
    assertEquals(1.5, Aggregators.median().aggregate(new double[][] {{3}, {1}, {2}}, new double[] {0.2, 0.5, 0.3})[0], 1e-15);
    assertEquals(5, Aggregators.median().aggregate(new double[][] {{5}, {1}, {9}}, new double[] {0.6, 0.2, 0.2})[0], 0);
    assertEquals(10, Aggregators.median().aggregate(new double[][] {{10}, {20}}, new double[] {0.7, 0.3})[0], 0);
    assertEquals(20, Aggregators.median().aggregate(new double[][] {{10}, {20}}, new double[] {0.3, 0.7})[0], 0);
    assertEquals(-4, Aggregators.median().aggregate(new double[][] {{-4}, {Double.NaN}}, ones(2))[0], 0,
        "a missing child leaves the others");
    io.potentia.scoring.spi.OutputRange r = new io.potentia.scoring.spi.OutputRange(-1, 1);
    assertEquals(java.util.Optional.of(r), Aggregators.median().range(r));
  }

  @Test
  void copelandWeighsEachChildsVoteAndLetsTiesAndMissingAreasCountForNothing() {
    // children weighted 0.5, 0.3, 0.2: A beats B 0.7 to 0.3, A and C tie 0.5 to 0.5, B beats C 0.8 to 0.2
    double[][] children = {{3, 2, 1, Double.NaN}, {1, 3, 2, 9}, {2, 1, 3, 9}};
    double[] score = Aggregators.copeland().aggregate(children, new double[] {0.5, 0.3, 0.2});
    assertArrayEquals(new double[] {1, 0, -1, Double.NaN}, score, 0);
    // equal scores on a child vote for neither area
    assertArrayEquals(new double[] {1, -1}, Aggregators.copeland().aggregate(new double[][] {{5, 5}, {2, 1}}, ones(2)), 0);
    assertArrayEquals(new double[] {0, 0}, Aggregators.copeland().aggregate(new double[][] {{5, 5}, {1, 1}}, ones(2)), 0);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Aggregators.copeland().aggregate(new double[][] {{1, Double.NEGATIVE_INFINITY}}, ones(1)));
    assertTrue(e.getMessage().contains("copeland: a score is -Infinity"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> Aggregators.copeland().aggregate(new double[][] {{1, 2}}, new double[] {-1}));
  }

  @Test
  void theCatalystsStrengthIsAnExponentAndItsScoreMustLieOnTheScale() {
    // I = H (P / s)^g: H = mean(80, 60) = 70, P / s = 0.25, g = 2: 70 / 16
    double[] out = catalyst("p", 100, 2, "e", "p", "m").aggregate(new double[][] {{80, 80}, {25, 100}, {60, 60}}, ones(3));
    assertArrayEquals(new double[] {70.0 / 16, 70}, out, 1e-12);
    assertArrayEquals(new double[] {Double.NaN}, catalyst("p", 100, 1, "p", "e").aggregate(new double[][] {{Double.NaN}, {50}},
        ones(2)), 0);
    InvalidInputException above = assertThrows(InvalidInputException.class,
        () -> catalyst("p", 100, 1, "p", "e").aggregate(new double[][] {{100.5}, {50}}, ones(2)));
    assertTrue(above.getMessage().contains("100.5"), above.getMessage());
    assertThrows(InvalidInputException.class, () -> catalyst("p", 100, 1, "p", "e").aggregate(new double[][] {{-0.5}, {50}}, ones(2)));
    assertArrayEquals(new double[] {50}, catalyst("p", 100, 1, "p", "e").aggregate(new double[][] {{100}, {50}}, ones(2)), 1e-12,
        "a catalyst at the top of the scale lets the rest through");
    assertThrows(InvalidInputException.class, () -> catalyst("x", 100, 1, "p", "e"));
    assertThrows(InvalidInputException.class, () -> catalyst("p", 100, 1, "p"));
    assertThrows(InvalidInputException.class, () -> Aggregators.catalyst(" ", 100, 1));
    assertThrows(InvalidInputException.class, () -> Aggregators.catalyst("p", 0, 1));
    assertThrows(InvalidInputException.class, () -> Aggregators.catalyst("p", 100, 0));
    assertThrows(InvalidInputException.class, () -> Aggregators.catalyst("p", Double.POSITIVE_INFINITY, 1));
    io.potentia.scoring.spi.OutputRange hundred = new io.potentia.scoring.spi.OutputRange(0, 100);
    assertEquals(java.util.Optional.of(hundred), Aggregators.catalyst("p", 100, 1).range(hundred));
    assertEquals(java.util.Optional.empty(), Aggregators.catalyst("p", 100, 1).range(new io.potentia.scoring.spi.OutputRange(-1, 100)));
    assertEquals(java.util.Optional.empty(), Aggregators.catalyst("p", 100, 1).range(new io.potentia.scoring.spi.OutputRange(0, 101)));
  }

  /** The catalyst aggregator bound to the children named, as the engine binds it to a node. */
  private static Aggregator catalyst(String catalyst, double scale, double strength, String... children) {
    return Aggregators.catalyst(catalyst, scale, strength).forChildren(List.of(children));
  }
}
