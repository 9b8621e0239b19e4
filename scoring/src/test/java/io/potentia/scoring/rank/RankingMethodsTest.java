package io.potentia.scoring.rank;

import static io.potentia.core.indicator.Direction.BENEFIT;
import static io.potentia.core.indicator.Direction.COST;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.aggregate.Aggregators;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.normalise.Normalisers;
import io.potentia.scoring.spi.Described;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingMethodsTest {

  static DecisionProblem problem(double[][] rows, double[] weights, Direction... directions) {
    List<String> alternatives = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      alternatives.add("A" + (i + 1));
    }
    List<Criterion> criteria = new ArrayList<>();
    for (int j = 0; j < weights.length; j++) {
      criteria.add(Criterion.of("C" + (j + 1), directions[j], weights[j]));
    }
    return DecisionProblem.of(alternatives, criteria, rows);
  }

  /** Opricovic and Tzeng (2004), "Compromise solution by MCDM methods", EJOR 156(2), section 4. */
  static DecisionProblem opricovicTzeng() {
    return problem(new double[][] {{1, 3000}, {2, 3750}, {5, 4500}}, new double[] {0.5, 0.5}, COST, BENEFIT);
  }

  @Test
  void topsisReproducesOpricovicAndTzeng2004() {
    // closeness 0.500, 0.617, 0.500 with min-max normalisation (as in pymcdm's reproduction)
    RankingResult r = RankingMethods.topsis(Described.of("min-max", Normalisers.minMax(0, 1))).rank(opricovicTzeng());
    assertArrayEquals(new double[] {0.500, 0.617, 0.500}, r.scoreArray(), 5e-4);
    assertEquals(List.of(2.0, 1.0, 2.0), r.ranks());
    assertEquals(3, r.extras().get("distance-to-ideal").size());
  }

  @Test
  void vikorReproducesOpricovicAndTzeng2004() {
    RankingResult r = RankingMethods.vikor(0.5).rank(opricovicTzeng());
    assertArrayEquals(new double[] {1, 0, 1}, r.scoreArray(), 1e-12);
    assertEquals(1.0, r.ranks().get(1), "the lowest Q is best");
  }

  @Test
  void vikorReproducesYangAndWu2020() {
    // Yang and Wu (2020), "A new improvement method to avoid rank reversal in VIKOR", IEEE Access 8
    double[][] rows = {{78, 56, 34, 6}, {4, 45, 3, 97}, {18, 2, 50, 63}, {9, 14, 11, 92}, {85, 9, 100, 29}};
    RankingResult r = RankingMethods.vikor(0.5).rank(problem(rows, new double[] {0.25, 0.25, 0.25, 0.25},
        BENEFIT, BENEFIT, BENEFIT, BENEFIT));
    assertArrayEquals(new double[] {0.5679, 0.7667, 1, 0.7493, 0}, r.scoreArray(), 5e-5);
    assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("compromise set: [A5")), r.notes().toString());
  }

  @Test
  void prometheeIiReproducesZhaoPengAndLi2013() {
    // Zhao, Peng and Li (2013), "Revised PROMETHEE II for improving efficiency in emergency
    // response", Procedia Computer Science 17: usual criterion, net flows 0.1, -0.3, 0.2
    double[][] rows = {{4, 3, 2}, {3, 2, 4}, {5, 1, 3}};
    RankingResult r = RankingMethods.prometheeII().rank(problem(rows, new double[] {0.5, 0.3, 0.2}, BENEFIT, BENEFIT, BENEFIT));
    assertArrayEquals(new double[] {0.1, -0.3, 0.2}, r.scoreArray(), 1e-12);
    assertArrayEquals(new double[] {0.55, 0.35, 0.6}, r.extras().get("positive-flow").stream().mapToDouble(Double::doubleValue).toArray(), 1e-12);
  }

  @Test
  void spotisReproducesDezertTchamovaHanAndTacnet2020() {
    // Dezert et al. (2020), "The SPOTIS rank reversal free method", IEEE FUSION: 0.1989, 0.3705, 0.3063, 0.7491
    double[][] rows = {{10.5, -3.1, 1.7}, {-4.7, 0, 3.4}, {8.1, 0.3, 1.3}, {3.2, 7.3, -5.3}};
    double[][] bounds = {{-5, 12}, {-6, 10}, {-8, 5}};
    Direction[] d = {BENEFIT, COST, BENEFIT};
    double[] w = {0.2, 0.3, 0.5};
    List<Criterion> criteria = new ArrayList<>();
    for (int j = 0; j < 3; j++) {
      criteria.add(Criterion.builder().id("C" + j).direction(d[j]).weight(w[j]).bounds(List.of(bounds[j][0], bounds[j][1])).build());
    }
    DecisionProblem p = DecisionProblem.of(List.of("A1", "A2", "A3", "A4"), criteria, rows);
    RankingResult r = RankingMethods.spotis().rank(p);
    assertArrayEquals(new double[] {0.1989, 0.3705, 0.3063, 0.7491}, r.scoreArray(), 5e-5);
    assertEquals(1.0, r.ranks().get(0));
  }

  @Test
  void theWeightedSumAndProductReproduceTriantaphyllousExample() {
    // Triantaphyllou (2000), Multi-Criteria Decision Making Methods: A Comparative Study, 2.2.1-2.2.2:
    // WSM scores 21.50, 22.00, 22.00; WPM ratios P(A1/A2) = 1.007, P(A1/A3) = 1.067, P(A2/A3) = 1.059
    double[][] rows = {{25, 20, 15, 30}, {10, 30, 20, 30}, {30, 10, 30, 10}};
    DecisionProblem p = problem(rows, new double[] {0.20, 0.15, 0.40, 0.25}, BENEFIT, BENEFIT, BENEFIT, BENEFIT);
    assertArrayEquals(new double[] {21.5, 22, 22}, RankingMethods.weightedSum(null).rank(p).scoreArray(), 1e-12);
    double[] wpm = RankingMethods.weightedProduct().rank(p).scoreArray();
    assertEquals(1.007, wpm[0] / wpm[1], 5e-4);
    assertEquals(1.067, wpm[0] / wpm[2], 5e-4);
    assertEquals(1.059, wpm[1] / wpm[2], 5e-4);
  }

  /**
   * A WPM/WASPAS worked example with three cost criteria: JMcDM's tests of WPM and WASPAS
   * (github.com/jbytecode/JMcDM, test/mcdm/testwpm.jl and testwaspas.jl, also the examples in the
   * docstrings of src/wpm.jl and src/waspas.jl), whose method reference is Zavadskas, Turskis,
   * Antucheviciene and Zakarevicius (2012), "Optimization of weighted aggregated sum product
   * assessment", Elektronika ir Elektrotechnika 122(6): linear normalisation, x / max for a benefit
   * and min / x for a cost.
   */
  static DecisionProblem waspasExample() {
    double[][] rows = {{3, 12.5, 2, 120, 14, 3}, {5, 15, 3, 110, 38, 4}, {3, 13, 2, 120, 19, 3}, {4, 14, 2, 100, 31, 4},
        {3, 15, 1.5, 125, 40, 4}};
    return problem(rows, new double[] {0.221, 0.159, 0.175, 0.127, 0.117, 0.201},
        BENEFIT, COST, COST, BENEFIT, COST, BENEFIT);
  }

  /** Issue 15, item 8. */
  @Test
  void wpmAfterLinearNormalisationReproducesJmcdmsWpmExampleAfterZavadskasEtAl2012() {
    // JMcDM, src/wpm.jl docstring: scores 0.7975224331331252, 0.7532541470584717, 0.7647463553356331,
    // 0.7873956894790834, 0.7674278741781709 (its test checks them within 1e-4)
    RankingResult r = RankingMethods.weightedProduct(Normalisers.byName("fraction-of-max")).rank(waspasExample());
    assertArrayEquals(new double[] {0.7975224331331252, 0.7532541470584717, 0.7647463553356331, 0.7873956894790834,
        0.7674278741781709}, r.scoreArray(), 1e-12);
    assertEquals("fraction-of-max", r.parameters().get("normalisation"));
    assertEquals(List.of(1.0, 5.0, 4.0, 2.0, 3.0), r.ranks());
  }

  /** Issue 15, item 8: WASPAS is the mean of WSM and WPM after the same linear normalisation. */
  @Test
  void wsmAndWpmAfterLinearNormalisationAverageToJmcdmsWaspasScores() {
    // JMcDM, test/mcdm/testwaspas.jl (lambda = 0.5): 0.805021, 0.775060, 0.770181, 0.796424, 0.788239
    Described<Normaliser> linear = Normalisers.byName("fraction-of-max");
    double[] wsm = RankingMethods.weightedSum(linear).rank(waspasExample()).scoreArray();
    double[] wpm = RankingMethods.weightedProduct(linear).rank(waspasExample()).scoreArray();
    double[] waspas = new double[wsm.length];
    for (int i = 0; i < waspas.length; i++) {
      waspas[i] = 0.5 * wsm[i] + 0.5 * wpm[i];
    }
    assertArrayEquals(new double[] {0.805021, 0.775060, 0.770181, 0.796424, 0.788239}, waspas, 5e-7);
  }

  /** Issue 15, item 8: WPM takes its normalisation by name, as WSM does, and keeps raw values by default. */
  @Test
  void wpmNamesItsNormalisationThroughTheRegistryAndDefaultsToRawValues() {
    io.potentia.scoring.spec.Strategies registry = io.potentia.scoring.spec.Strategies.registry();
    Described<RankingMethod> raw = registry.ranking("wpm", io.potentia.scoring.spi.Parameters.none("wpm"));
    Described<RankingMethod> sum = registry.ranking("wpm", io.potentia.scoring.spi.Parameters.parse("wpm",
        List.of("normalisation=sum")));
    RankingResult byRaw = raw.strategy().rank(waspasExample());
    RankingResult bySum = sum.strategy().rank(waspasExample());
    assertEquals("none", byRaw.parameters().get("normalisation"));
    assertEquals("sum", bySum.parameters().get("normalisation"));
    assertArrayEquals(RankingMethods.weightedProduct().rank(waspasExample()).scoreArray(), byRaw.scoreArray(), 0,
        "the default is today's product of raw values");
    // sum normalisation multiplies each criterion by a constant, so every score by one constant
    double ratio = bySum.scoreArray()[0] / byRaw.scoreArray()[0];
    for (int i = 1; i < 5; i++) {
      assertEquals(ratio, bySum.scoreArray()[i] / byRaw.scoreArray()[i], 1e-12 * ratio);
    }
    assertEquals(byRaw.ranks(), bySum.ranks());
    assertTrue(raw.has(io.potentia.scoring.spi.Trait.RANK_REVERSAL_FREE));
    assertTrue(sum.has(io.potentia.scoring.spi.Trait.SCALE_INVARIANT));
    assertTrue(!sum.has(io.potentia.scoring.spi.Trait.RANK_REVERSAL_FREE),
        "after a normaliser, WPM promises only what the normaliser promises too");
  }

  /** Issue 15, item 8: powers and products need positive inputs; a normaliser giving 0 is refused, never NaN. */
  @Test
  void wpmRefusesANormalisationThatGivesANonPositiveValueNamingTheCriterionAndValue() {
    // max normalisation turns a cost criterion into 1 - x / max: 0 for its largest value (C2 = 15 for A2 and A5)
    InvalidInputException max = assertThrows(InvalidInputException.class,
        () -> RankingMethods.weightedProduct(Normalisers.byName("max")).rank(waspasExample()));
    assertTrue(max.getMessage().contains("normalisation 'max' gives 0.0 for 'A2' on 'C2' (raw value 15.0)"),
        max.getMessage());
    assertTrue(max.getMessage().contains("fraction-of-max"), "it names a normalisation that works: " + max.getMessage());
    assertEquals("criteria[1]", max.problems().get(0).path());
    // min-max gives 0 to the worst alternative of every criterion
    InvalidInputException minMax = assertThrows(InvalidInputException.class,
        () -> RankingMethods.weightedProduct(Described.of("min-max", Normalisers.minMax(0, 1))).rank(waspasExample()));
    assertTrue(minMax.getMessage().contains("normalisation 'min-max' gives 0.0 for"), minMax.getMessage());
    // a user's normaliser giving NaN is refused too
    InvalidInputException nan = assertThrows(InvalidInputException.class, () -> RankingMethods.weightedProduct(
        Described.of("nan", (Normaliser) (column, direction) -> {
          double[] out = new double[column.length];
          java.util.Arrays.fill(out, Double.NaN);
          return out;
        })).rank(waspasExample()));
    assertTrue(nan.getMessage().contains("needs positive normalised values"), nan.getMessage());
  }

  @Test
  void greyRelationalGradesFollowDengsCoefficient() {
    // two alternatives, two equally weighted benefit criteria: normalised (1, 0) and (0, 1); D in {0, 1},
    // coefficients (0 + 0.5)/(D + 0.5) = 1 or 1/3, so both grades are (1 + 1/3)/2 = 2/3
    DecisionProblem p = problem(new double[][] {{10, 1}, {5, 2}}, new double[] {1, 1}, BENEFIT, BENEFIT);
    assertArrayEquals(new double[] {2.0 / 3, 2.0 / 3}, RankingMethods.greyRelational(0.5).rank(p).scoreArray(), 1e-15);
    DecisionProblem dominated = problem(new double[][] {{10, 2}, {5, 1}, {7, 1.5}}, new double[] {1, 1}, BENEFIT, BENEFIT);
    assertEquals(List.of(1.0, 3.0, 2.0), RankingMethods.greyRelational(0.5).rank(dominated).ranks());
  }

  /** Issue 15, item 4: the methods that name a normaliser or aggregator find a user's own. */
  @Test
  void rankingMethodsNameAUsersOwnStrategiesThroughTheRegistry() {
    io.potentia.scoring.spi.StrategyDescriptor halves = io.potentia.scoring.spi.StrategyDescriptor.of(
        io.potentia.scoring.spi.StrategyKind.NORMALISATION, "halves", "x / 2 (benefit), -x / 2 (cost)",
        java.util.EnumSet.of(io.potentia.scoring.spi.Trait.MONOTONE), p -> (Normaliser) (column, direction) -> {
          double[] out = new double[column.length];
          for (int i = 0; i < out.length; i++) {
            out[i] = (direction == BENEFIT ? 1 : -1) * column[i] / 2;
          }
          return out;
        });
    io.potentia.scoring.spi.StrategyDescriptor lowest = io.potentia.scoring.spi.StrategyDescriptor.of(
        io.potentia.scoring.spi.StrategyKind.AGGREGATION, "lowest", "the lowest child", java.util.Set.of(),
        p -> Aggregators.minimum());
    io.potentia.scoring.spec.Strategies mine = io.potentia.scoring.spec.Strategies.of(
        List.<io.potentia.scoring.spi.StrategyProvider>of(new io.potentia.scoring.spec.BuiltInStrategies(),
            () -> List.of(halves, lowest)));
    DecisionProblem p = opricovicTzeng();

    RankingResult wsm = mine.ranking("wsm", io.potentia.scoring.spi.Parameters.parse("wsm",
        List.of("normalisation=halves"))).strategy().rank(p);
    assertEquals("halves", wsm.parameters().get("normalisation"));
    RankingResult raw = RankingMethods.weightedSum(io.potentia.scoring.spi.Described.of("halves",
        mine.normaliser("halves", io.potentia.scoring.spi.Parameters.none("halves")).strategy())).rank(p);
    assertArrayEquals(raw.scoreArray(), wsm.scoreArray(), 0, "the same normaliser, named or given");

    RankingResult pipeline = mine.ranking("pipeline", io.potentia.scoring.spi.Parameters.parse("pipeline",
        List.of("normalisation=halves", "aggregation=lowest"))).strategy().rank(p);
    assertEquals("lowest", pipeline.parameters().get("aggregation"));
    assertEquals("halves", pipeline.parameters().get("normalisation"));

    InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> mine.ranking("topsis",
        io.potentia.scoring.spi.Parameters.parse("topsis", List.of("normalisation=thirds"))));
    assertTrue(unknown.getMessage().contains("unknown normalisation strategy 'thirds'"), unknown.getMessage());
  }

  @Test
  void aPipelineRanksWithAnyNormaliserWeightingAndAggregator() {
    RankingResult r = RankingMethods.pipeline(Described.of("min-max", Normalisers.minMax(0, 1)), null,
        Aggregators.byName("arithmetic-mean")).strategy().rank(opricovicTzeng());
    assertArrayEquals(new double[] {0.5, 0.625, 0.5}, r.scoreArray(), 1e-12);
    assertEquals("min-max", r.parameters().get("normalisation"));
  }

  /** Values and weights near Double.MAX_VALUE give the ranking of the same problem at ordinary scale, not NaN or ties. */
  @Test
  void extremeFiniteValuesAndWeightsRankAsTheirOrdinaryScaleDoes() {
    double[][] ordinary = {{1, -3}, {-2, 5}, {3, 1}, {0.5, -1}};
    double[][] extreme = new double[4][2];
    for (int i = 0; i < 4; i++) {
      extreme[i][0] = ordinary[i][0] * 5e307; // up to 1.5e308: max - min overflows a double
      extreme[i][1] = ordinary[i][1];
    }
    RankingResult small = RankingMethods.vikor(0.5).rank(problem(ordinary, new double[] {0.6, 0.4}, BENEFIT, COST));
    RankingResult large = RankingMethods.vikor(0.5).rank(problem(extreme, new double[] {0.6e308, 0.4e308}, BENEFIT, COST));
    assertArrayEquals(small.scoreArray(), large.scoreArray(), 1e-12);
    assertEquals(small.ranks(), large.ranks());
    for (double q : large.scoreArray()) {
      assertTrue(q >= 0 && q <= 1, "Q " + q);
    }
  }

  @Test
  void theDocumentedProblemContractReadsAndScalesWeightsWithANote() {
    DecisionProblem p = PotentiaJson.readString("problem.json", """
        {"alternatives": ["A1", "A2", "A3"],
         "criteria": [
           {"id": "speed", "direction": "benefit", "weight": 0.2},
           {"id": "cost",  "direction": "cost",    "weight": 0.3,
            "preference": {"function": "linear", "q": 1.0, "p": 2.0}}
         ],
         "matrix": [[2.0, 1.5], [2.5, 2.7], [1.8, 2.0]]}
        """, DecisionProblem.class);
    RankingResult r = RankingMethods.prometheeII().rank(p);
    assertTrue(r.notes().get(0).contains("did not sum to 1"), r.notes().toString());
    assertEquals(0, r.scoreArray()[0] + r.scoreArray()[1] + r.scoreArray()[2], 1e-12, "net flows sum to zero");
  }

  @Test
  void aMatrixOfTheWrongShapeIsRejectedWithThePosition() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> PotentiaJson.readString("p.json",
        "{\"alternatives\": [\"A\", \"B\"], \"criteria\": [{\"id\": \"c\", \"direction\": \"benefit\"}],"
            + " \"matrix\": [[1], [2, 3]]}", DecisionProblem.class));
    assertTrue(e.getMessage().contains("row 1 has 2 values for 1 criteria"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> PotentiaJson.readString("p.json",
        "{\"alternatives\": [\"A\"], \"criteria\": [{\"id\": \"c\", \"direction\": \"benefit\","
            + " \"preference\": {\"function\": \"linear\", \"q\": 3, \"p\": 2}}], \"matrix\": [[1]]}", DecisionProblem.class));
  }

  @Test
  void spotisRejectsValuesOutsideTheirBounds() {
    Criterion c = Criterion.builder().id("c").direction(BENEFIT).bounds(List.of(0.0, 1.0)).build();
    DecisionProblem p = DecisionProblem.of(List.of("A"), List.of(c), new double[][] {{2}});
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RankingMethods.spotis().rank(p));
    assertTrue(e.getMessage().contains("outside its bounds [0.0, 1.0]"), e.getMessage());
  }

  /**
   * VIKOR's S, R and Q, and the compromise set of Opricovic and Tzeng (2004, section 3): the best
   * by Q alone when it has an acceptable advantage (Q2 - Q1 >= 1/(m - 1)) and acceptable stability
   * (it is also best by S or by R); the best two when only the advantage holds; otherwise every
   * alternative within 1/(m - 1) of the best Q. Checked over seeded problems of every shape.
   */
  @Test
  void vikorFollowsItsDefinitionAndCompromiseRulesOverSeededProblems() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(2004);
    int[] kinds = new int[3];
    for (int c = 0; c < 400; c++) {
      int m = 2 + random.nextInt(10);
      int n = 1 + random.nextInt(4);
      double[][] rows = new double[m][n];
      double[] w = new double[n];
      Direction[] d = new Direction[n];
      for (int j = 0; j < n; j++) {
        w[j] = 0.1 + random.nextDouble();
        d[j] = random.nextBoolean() ? BENEFIT : COST;
        for (int i = 0; i < m; i++) {
          rows[i][j] = random.nextInt(4) == 0 && i > 0 ? rows[0][j] : random.nextInt(20);
        }
      }
      double v = c % 5 == 0 ? 0 : c % 5 == 1 ? 1 : random.nextDouble();
      if (c == 2) {
        // a leader by Q with an acceptable advantage, yet best by neither S (A2) nor R (A3)
        m = 9;
        n = 3;
        rows = new double[][] {{0.8, 0.8, 0.25}, {1, 1, 0}, {0.4, 0.4, 0.4}, {0, 0, 1}, {0, 0, 1}, {0, 0, 1}, {0, 0, 1},
            {0, 0, 1}, {0, 0, 1}};
        w = new double[] {1, 1, 1};
        d = new Direction[] {BENEFIT, BENEFIT, BENEFIT};
        v = 0.5;
      }
      RankingResult r = RankingMethods.vikor(v).rank(problem(rows, w, d));
      double total = java.util.Arrays.stream(w).sum();
      double[] sExp = new double[m];
      double[] rExp = new double[m];
      for (int j = 0; j < n; j++) {
        double best = Double.NEGATIVE_INFINITY;
        double worst = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
          double x = d[j] == BENEFIT ? rows[i][j] : -rows[i][j];
          best = Math.max(best, x);
          worst = Math.min(worst, x);
        }
        for (int i = 0; i < m; i++) {
          double x = d[j] == BENEFIT ? rows[i][j] : -rows[i][j];
          double share = best == worst ? 0 : w[j] / total * (best - x) / (best - worst);
          sExp[i] += share;
          rExp[i] = Math.max(rExp[i], share);
        }
      }
      List<Double> s = r.extras().get("S");
      List<Double> rr = r.extras().get("R");
      List<Double> q = r.extras().get("Q");
      // Q from the S and R reported, so that ties among them are ties exactly as the method saw them
      double sMin = java.util.Collections.min(s);
      double sMax = java.util.Collections.max(s);
      double rMin = java.util.Collections.min(rr);
      double rMax = java.util.Collections.max(rr);
      Integer[] byQ = new Integer[m];
      for (int i = 0; i < m; i++) {
        assertEquals(sExp[i], s.get(i), 1e-12, "S of case " + c);
        assertEquals(rExp[i], rr.get(i), 1e-12, "R of case " + c);
        double qs = sMax == sMin ? 0 : (s.get(i) - sMin) / (sMax - sMin);
        double qr = rMax == rMin ? 0 : (rr.get(i) - rMin) / (rMax - rMin);
        assertEquals(v * qs + (1 - v) * qr, q.get(i), 1e-9, "Q of case " + c);
        assertEquals(q.get(i), r.scoreArray()[i]);
        byQ[i] = i;
      }
      java.util.Arrays.sort(byQ, java.util.Comparator.comparingDouble((Integer i) -> q.get(i)).thenComparing(i -> i));
      double dq = 1.0 / (m - 1);
      int a1 = byQ[0];
      boolean advantage = q.get(byQ[1]) - q.get(a1) >= dq - 1e-12;
      boolean stable = s.get(a1).equals(java.util.Collections.min(s)) || rr.get(a1).equals(java.util.Collections.min(rr));
      java.util.Set<Integer> expected = new java.util.TreeSet<>();
      if (advantage) {
        expected.add(a1);
        if (!stable) {
          expected.add(byQ[1]);
        }
      } else {
        for (int i = 0; i < m; i++) {
          if (q.get(i) - q.get(a1) < dq - 1e-12) {
            expected.add(i);
          }
        }
      }
      kinds[advantage ? stable ? 0 : 1 : 2]++;
      java.util.Set<Integer> got = new java.util.TreeSet<>();
      for (int i = 0; i < m; i++) {
        if (r.extras().get("compromise").get(i) == 1.0) {
          got.add(i);
        }
      }
      assertEquals(expected, got, "compromise set of case " + c + ": Q " + q + ", S " + s + ", R " + rr);
    }
    assertTrue(kinds[0] > 0 && kinds[1] > 0 && kinds[2] > 0, "every rule was exercised: " + java.util.Arrays.toString(kinds));
  }

  @Test
  void vikorAcceptsVFromZeroToOneOnly() {
    RankingMethods.vikor(0);
    RankingMethods.vikor(1);
    assertThrows(io.potentia.core.InvalidInputException.class, () -> RankingMethods.vikor(-0.01));
    assertThrows(io.potentia.core.InvalidInputException.class, () -> RankingMethods.vikor(1.01));
    assertThrows(io.potentia.core.InvalidInputException.class, () -> RankingMethods.vikor(Double.NaN));
    RankingResult single = RankingMethods.vikor(0.5).rank(problem(new double[][] {{3, 4}}, new double[] {1, 1}, BENEFIT, COST));
    assertEquals(List.of(1.0), single.extras().get("compromise"));
  }
}
