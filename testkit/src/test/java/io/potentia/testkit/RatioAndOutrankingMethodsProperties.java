package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.rank.AlternativePair;
import io.potentia.scoring.rank.Criterion;
import io.potentia.scoring.rank.DecisionProblem;
import io.potentia.scoring.rank.PreferenceFunction;
import io.potentia.scoring.rank.PreferenceStructure;
import io.potentia.scoring.rank.RankingMethod;
import io.potentia.scoring.rank.RankingResult;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.Trait;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * WASPAS, MOORA, MULTIMOORA, MAIRCA, OCRA, PROMETHEE I and ELECTRE I as registered: the
 * ranking-method contract, the invariances they declare, and for the methods that give a partial
 * order or a choice, that the preference structure and the score agree with their definitions.
 */
class RatioAndOutrankingMethodsProperties {

  /** The contract, and the declared scale and translation invariance of the scores. */
  interface Contract extends RankingMethodContract {

    /** Multiplying a criterion by 2^k (exact in binary) changes no score, where declared. */
    @Test
    default void isScaleInvariantWhereDeclared() {
      org.junit.jupiter.api.Assumptions.assumeTrue(method().has(Trait.SCALE_INVARIANT));
      sameScoresAfter(p -> transformed(p, 0, x -> x * 1024));
    }

    /** Adding a constant to a criterion changes no score beyond rounding, where declared. */
    @Test
    default void isTranslationInvariantWhereDeclared() {
      org.junit.jupiter.api.Assumptions.assumeTrue(method().has(Trait.TRANSLATION_INVARIANT));
      sameScoresAfter(p -> transformed(p, 0, x -> x + 3.0));
    }

    private void sameScoresAfter(UnaryOperator<DecisionProblem> change) {
      PropertyRunner.forAll(Generators.decisionProblem()).cases(cases()).check(p ->
          Outcome.of(() -> method().strategy().rank(p)).ifPresent(before -> {
            RankingResult after = method().strategy().rank(change.apply(p));
            for (int i = 0; i < p.alternativeCount(); i++) {
              double s = before.scores().get(i);
              assertEquals(s, after.scores().get(i), 1e-9 * Math.max(1, Math.abs(s)), p.alternatives().get(i));
            }
          }));
    }
  }

  private static DecisionProblem transformed(DecisionProblem p, int criterion, UnaryOperator<Double> f) {
    double[][] rows = new double[p.alternativeCount()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = p.matrix().get(i).stream().mapToDouble(Double::doubleValue).toArray();
      rows[i][criterion] = f.apply(rows[i][criterion]);
    }
    return DecisionProblem.of(p.alternatives(), p.criteria(), rows);
  }

  @Nested
  class Waspas implements Contract {
    public Described<RankingMethod> method() {
      return Registered.ranking("waspas", "lambda=0.5");
    }
  }

  @Nested
  class Moora implements Contract {
    public Described<RankingMethod> method() {
      return Registered.ranking("moora");
    }
  }

  @Nested
  class MultiMoora implements Contract {
    public Described<RankingMethod> method() {
      return Registered.ranking("multimoora");
    }
  }

  @Nested
  class Mairca implements Contract {
    public Described<RankingMethod> method() {
      return Registered.ranking("mairca");
    }
  }

  @Nested
  class Ocra implements Contract {
    public Described<RankingMethod> method() {
      return Registered.ranking("ocra");
    }
  }

  @Nested
  class PrometheeI implements Contract {
    public Described<RankingMethod> method() {
      return Registered.ranking("promethee-i");
    }
  }

  @Nested
  class ElectreI implements Contract {
    public Described<RankingMethod> method() {
      return Registered.ranking("electre-i", "concordance=0.6", "discordance=0.4");
    }
  }

  private static int index(DecisionProblem p, String id) {
    return p.alternatives().indexOf(id);
  }

  /**
   * Generated problems whose criteria have, one in two, a linear preference function with
   * thresholds set within the criterion's spread: without thresholds or ties, each criterion
   * prefers one of every two alternatives, the two flows of each alternative sum to 1, and PROMETHEE
   * I is complete.
   */
  private static final Gen<DecisionProblem> WITH_THRESHOLDS = (random, size) -> {
    DecisionProblem p = Generators.decisionProblem().generate(random, size);
    List<Criterion> criteria = new ArrayList<>();
    double[][] columns = p.columns();
    for (int j = 0; j < p.criterionCount(); j++) {
      Criterion c = p.criteria().get(j);
      double spread = Arrays.stream(columns[j]).max().orElseThrow() - Arrays.stream(columns[j]).min().orElseThrow();
      if (random.nextBoolean() && spread > 0) {
        double q = spread * 0.2 * random.nextDouble();
        c = Criterion.builder().from(c).preference(PreferenceFunction.of("linear", q, q + spread * 0.5, Double.NaN))
            .build();
      }
      criteria.add(c);
    }
    return DecisionProblem.builder().from(p).criteria(criteria).build();
  };

  /**
   * PROMETHEE I's structure is Brans and Vincke's from the flows reported: {@code a P b} when one
   * flow favours a and the other does not favour b, I when both are equal, R otherwise; every pair
   * is listed once, and the score puts every preferred alternative above the one it is preferred to.
   */
  @Test
  void prometheeIsStructureFollowsTheFlowsAndTheScoreRespectsIt() {
    RankingMethod method = Registered.ranking("promethee-i").strategy();
    int[] incomparable = new int[1];
    PropertyRunner.forAll(WITH_THRESHOLDS).check(p -> {
      RankingResult r = method.rank(p);
      PreferenceStructure s = r.preferenceStructure().orElseThrow();
      List<Double> plus = r.extras().get("positive-flow");
      List<Double> minus = r.extras().get("negative-flow");
      int m = p.alternativeCount();
      assertEquals(m * (m - 1) / 2, s.preferences().size() + s.indifferences().size() + s.incomparabilities().size());
      for (AlternativePair pair : s.preferences()) {
        int a = index(p, pair.first());
        int b = index(p, pair.second());
        assertTrue(plus.get(a) >= plus.get(b) - 1e-12 && minus.get(a) <= minus.get(b) + 1e-12, pair.toString());
        assertTrue(r.scores().get(a) > r.scores().get(b), "a preference ranks below: " + pair);
      }
      for (AlternativePair pair : s.incomparabilities()) {
        int a = index(p, pair.first());
        int b = index(p, pair.second());
        double dPlus = plus.get(a) - plus.get(b);
        double dMinus = minus.get(a) - minus.get(b);
        assertTrue(dPlus > 1e-12 && dMinus > 1e-12 || dPlus < -1e-12 && dMinus < -1e-12, pair.toString());
        incomparable[0]++;
      }
      for (AlternativePair pair : s.indifferences()) {
        assertEquals(r.scores().get(index(p, pair.first())), r.scores().get(index(p, pair.second())), pair.toString());
      }
    });
    assertTrue(incomparable[0] > 0, "no generated problem had an incomparable pair: the check would be vacuous");
  }

  /**
   * ELECTRE I's choice is a kernel of its outranking relation (a S b when a P b or a I b): every
   * alternative outside it is outranked by a member (or its circuit is), and two members outrank each other only
   * within a circuit (each reaches the other through S), which Roy merges into one.
   */
  @Test
  void electreIChoosesAKernelOfItsOutrankingRelation() {
    RankingMethod method = Registered.ranking("electre-i", "concordance=0.55", "discordance=0.5").strategy();
    int[] outside = new int[1];
    PropertyRunner.forAll(Generators.decisionProblem()).check(p -> {
      RankingResult r = method.rank(p);
      PreferenceStructure s = r.preferenceStructure().orElseThrow();
      int m = p.alternativeCount();
      boolean[][] reach = new boolean[m][m];
      for (AlternativePair pair : s.preferences()) {
        reach[index(p, pair.first())][index(p, pair.second())] = true;
      }
      for (AlternativePair pair : s.indifferences()) {
        reach[index(p, pair.first())][index(p, pair.second())] = true;
        reach[index(p, pair.second())][index(p, pair.first())] = true;
      }
      boolean[][] outranks = new boolean[m][];
      for (int a = 0; a < m; a++) {
        outranks[a] = reach[a].clone();
      }
      for (int k = 0; k < m; k++) { // Warshall: reach becomes the transitive closure of S
        for (int a = 0; a < m; a++) {
          for (int b = 0; b < m; b++) {
            reach[a][b] |= reach[a][k] && reach[k][b];
          }
        }
      }
      for (int b = 0; b < m; b++) {
        boolean member = r.scores().get(b) == 1;
        boolean outrankedByMember = false;
        for (int a = 0; a < m; a++) {
          boolean aMember = r.scores().get(a) == 1;
          for (int c = 0; c < m && aMember; c++) {
            // outranking any alternative of b's circuit outranks the circuit, which Roy takes as one
            outrankedByMember |= outranks[a][c] && (c == b || reach[c][b] && reach[b][c]);
          }
          if (member && aMember && outranks[a][b]) {
            assertTrue(reach[b][a], p.alternatives().get(a) + " and " + p.alternatives().get(b)
                + " are both chosen though one outranks the other outside a circuit");
          }
        }
        if (!member) {
          outside[0]++;
          assertTrue(outrankedByMember, p.alternatives().get(b) + " is outside the kernel but outranked by no member");
        }
      }
    });
    assertTrue(outside[0] > 0, "every generated alternative was chosen: the check would be vacuous");
  }

  /**
   * MULTIMOORA's score is the dominance count of its three reported parts: a dominates b when it is
   * strictly ahead in at least two of them (ratio system and multiplicative form higher, reference
   * point lower).
   */
  @Test
  void multimoorasScoreCountsDominanceOverItsThreeParts() {
    RankingMethod method = Registered.ranking("multimoora").strategy();
    PropertyRunner.forAll(Generators.decisionProblem()).check(p -> {
      RankingResult r = method.rank(p);
      List<Double> ratio = r.extras().get("ratio-system");
      List<Double> reference = r.extras().get("reference-point");
      List<Double> product = r.extras().get("multiplicative-log");
      int m = p.alternativeCount();
      for (int a = 0; a < m; a++) {
        int net = 0;
        for (int b = 0; b < m; b++) {
          int ahead = (ratio.get(a) > ratio.get(b) ? 1 : 0) + (reference.get(a) < reference.get(b) ? 1 : 0)
              + (product.get(a) > product.get(b) ? 1 : 0);
          int behind = (ratio.get(a) < ratio.get(b) ? 1 : 0) + (reference.get(a) > reference.get(b) ? 1 : 0)
              + (product.get(a) < product.get(b) ? 1 : 0);
          net += ahead >= 2 ? 1 : behind >= 2 ? -1 : 0;
        }
        assertEquals(m == 1 ? 0 : (double) net / (m - 1), r.scores().get(a), 1e-15, p.alternatives().get(a));
      }
    });
  }
}
