package io.potentia.scoring.rank;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * PROMETHEE II's flows from sorted values (used above {@value PrometheeII#PAIRWISE_UP_TO}
 * alternatives) equal the pairwise sums, for every piecewise-linear preference function, ties and
 * values on the thresholds included.
 */
class PrometheeFlowsTest {
  private static final String[] FUNCTIONS = {"usual", "u-shape", "v-shape", "level", "linear"};

  /** Seeded property: random problems with many ties and values exactly at the thresholds' distances. */
  @Test
  void sortedFlowsEqualPairwiseFlows() {
    SplittableRandom random = new SplittableRandom(1985);
    for (int trial = 0; trial < 200; trial++) {
      int m = 2 + random.nextInt(60);
      int n = 1 + random.nextInt(4);
      List<String> alternatives = new ArrayList<>();
      for (int a = 0; a < m; a++) {
        alternatives.add("A" + a);
      }
      List<Criterion> criteria = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        String f = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
        double q = random.nextInt(3);
        double p = q + 1 + random.nextInt(3);
        PreferenceFunction pf = PreferenceFunction.of(f, f.equals("usual") || f.equals("v-shape") ? Double.NaN : q,
            f.equals("usual") || f.equals("u-shape") ? Double.NaN : p, Double.NaN);
        criteria.add(Criterion.builder().id("c" + j).direction(random.nextBoolean() ? Direction.BENEFIT : Direction.COST)
            .weight(1 + random.nextInt(5)).preference(pf).build());
      }
      double[][] rows = new double[m][n];
      for (double[] row : rows) {
        for (int j = 0; j < n; j++) {
          row[j] = random.nextInt(12) * (random.nextBoolean() ? 1 : 0.5); // integers and halves: many exact thresholds
        }
      }
      DecisionProblem problem = DecisionProblem.of(alternatives, criteria, rows);
      RankingResult pairwise = new PrometheeII(Integer.MAX_VALUE).rank(problem);
      RankingResult sorted = new PrometheeII(0).rank(problem);
      assertArrayEquals(pairwise.scoreArray(), sorted.scoreArray(), 1e-12, "trial " + trial + " " + criteria);
    }
  }

  @Test
  void aGaussianCriterionOverTheLimitIsRefusedNamingItAndTheLimit() {
    int m = PrometheeII.GAUSSIAN_LIMIT + 1;
    List<String> alternatives = new ArrayList<>();
    double[][] rows = new double[m][1];
    for (int a = 0; a < m; a++) {
      alternatives.add("A" + a);
      rows[a][0] = a;
    }
    DecisionProblem problem = DecisionProblem.of(alternatives, List.of(Criterion.builder().id("range")
        .direction(Direction.BENEFIT).weight(1).preference(PreferenceFunction.of("gaussian", Double.NaN, Double.NaN, 2))
        .build()), rows);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RankingMethods.prometheeII().rank(problem));
    assertTrue(e.getMessage().contains("criterion 'range' has a gaussian preference function")
        && e.getMessage().contains("at most 20000 alternatives"), e.getMessage());
  }

  /** A large problem with the usual criterion runs in n log n; its net flows still sum to zero. */
  @Test
  void aLargeProblemOfUsualCriteriaIsRankedFromSortedValues() {
    int m = 50_000;
    SplittableRandom random = new SplittableRandom(7);
    List<String> alternatives = new ArrayList<>();
    double[][] rows = new double[m][2];
    for (int a = 0; a < m; a++) {
      alternatives.add("A" + a);
      rows[a][0] = random.nextInt(1000);
      rows[a][1] = random.nextDouble();
    }
    DecisionProblem problem = DecisionProblem.of(alternatives, List.of(Criterion.of("c1", Direction.BENEFIT, 0.5),
        Criterion.of("c2", Direction.COST, 0.5)), rows);
    double[] net = RankingMethods.prometheeII().rank(problem).scoreArray();
    double sum = 0;
    for (double v : net) {
      sum += v;
      assertTrue(v >= -1 && v <= 1);
    }
    assertEquals(0, sum, 1e-6);
  }
}
