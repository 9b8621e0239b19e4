package io.potentia.scoring.sort;

import static io.potentia.scoring.spi.Trait.ANONYMOUS;
import static io.potentia.scoring.spi.Trait.DETERMINISTIC;
import static io.potentia.scoring.spi.Trait.MONOTONE;
import static io.potentia.scoring.spi.Trait.RANK_REVERSAL_FREE;

import io.potentia.scoring.spi.StrategyDescriptor;
import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in sorting methods: each assigns every alternative of a {@link SortingProblem} to one
 * of its ordered classes {@code C_0 < C_1 < ... < C_k} (worst first), bounded by the profiles
 * {@code b_0 < ... < b_(k-1)}: profile {@code b_h} is the upper boundary of {@code C_h} and the
 * lower boundary of {@code C_(h+1)}. Every assignment says what keeps the alternative from the
 * class above its own ({@link HeldBack}).
 *
 * <table>
 *   <caption>Built-in sorting methods, by spec name</caption>
 *   <tr><th>name</th><th>an alternative reaches profile b when</th><th>uses</th></tr>
 *   <tr><td>conjunctive</td><td>it is at least as good as b on every criterion</td><td>profiles</td></tr>
 *   <tr><td>mr-sort</td><td>the criteria on which it is at least as good as b weigh {@code >= lambda}</td><td>profiles, weights, lambda</td></tr>
 *   <tr><td>electre-tri-b</td><td>the credibility {@code sigma(a, b) >= lambda}; pessimistic and optimistic assignments</td><td>profiles, weights, q, p, v, lambda</td></tr>
 * </table>
 *
 * <p>"At least as good" is {@code >=} on a benefit criterion and {@code <=} on a cost one: a value
 * equal to the profile reaches it. A support compared with {@code lambda} reaches it when at most
 * {@value SortingSteps#TOLERANCE} below (sums of weights such as 0.1 + 0.2 + 0.3 fall a rounding
 * error short of 0.6). An alternative's class depends on its own values and the model only, never
 * on the other alternatives. Each method refuses, naming the field and value, what the problem
 * lacks for it and what it gives that would take no effect.
 *
 * <p>Every method declares {@code MONOTONE} (improving an alternative on a criterion never lowers
 * its class, pessimistic or optimistic), {@code ANONYMOUS}, {@code DETERMINISTIC} and {@code
 * RANK_REVERSAL_FREE} (adding or removing an alternative changes no other's class); the testkit's
 * {@code SortingMethodContract} checks them, and that an alternative equal to a profile reaches at
 * least the class above it while one worse than a profile on every criterion by more than the
 * preference threshold stays below it.
 */
public final class SortingMethods {
  private static final Set<Trait> TRAITS = EnumSet.of(MONOTONE, ANONYMOUS, DETERMINISTIC, RANK_REVERSAL_FREE);

  private SortingMethods() {}

  /**
   * The conjunctive rule (Dawes 1964, "Social selection based on multidimensional criteria",
   * Journal of Abnormal and Social Psychology 68(1); as a sorting model, Bouyssou and Marchant
   * 2007, "An axiomatic approach to noncompensatory sorting methods in MCDM, II: more than two
   * categories", EJOR 178(1), the case where the only sufficient coalition is all criteria): an
   * alternative is in the highest class whose lower profile it reaches on every criterion, {@code
   * a in C_h} with {@code h = max{h : g_j(a) >= g_j(b_(h-1)) for all j}} (and {@code C_0} when it
   * reaches none). No strength on one criterion makes up for a weakness on another. The held-back
   * support is the share of criteria on which the alternative reaches the next profile; 1 is needed.
   *
   * <p>Checked against a hand-worked example (no published worked example was found):
   * {@code SortingMethodsTest}.
   *
   * <p>Rejects, when sorting, {@code lambda}, any of {@code q}, {@code p}, {@code v}, and weights
   * that differ between criteria: under this rule they take no effect.
   *
   * @return the method, named {@code conjunctive}
   */
  public static SortingMethod conjunctive() {
    return new Conjunctive();
  }

  /**
   * MR-Sort, majority-rule sorting (Leroy, Mousseau and Pirlot 2011, "Learning the parameters of a
   * multiple criteria sorting method", Algorithmic Decision Theory, ADT 2011, LNCS 6992, pp.
   * 219-233): with weights {@code w_j >= 0} scaled to sum 1 and a majority threshold {@code lambda
   * in [0.5, 1]}, an alternative reaches profile {@code b_h} when {@code sum_{j : g_j(a) >= g_j(b_h)}
   * w_j >= lambda}, and is assigned to the class above the highest profile it reaches:
   * {@code a in C_h} iff it reaches {@code b_(h-1)} and not {@code b_h}. It is ELECTRE TRI-B's
   * pessimistic rule without indifference, preference or veto thresholds. The support of the
   * held-back criteria is the weight of the coalition that reaches the next profile ({@code
   * extras.coalition-weight} gives it for every profile); a criterion of weight 0 never holds an
   * alternative back. With {@code lambda = 1} and positive weights it is the conjunctive rule.
   *
   * <p>Checked against a hand-worked example (the paper gives none with printed assignments) and,
   * by the testkit, against ELECTRE TRI-B with {@code q = p = 0} and no veto: {@code
   * SortingMethodsTest}.
   *
   * <p>Rejects, when sorting, a problem without {@code lambda}, and any of {@code q}, {@code p} and
   * {@code v}, which MR-Sort does not use.
   *
   * @return the method, named {@code mr-sort}
   */
  public static SortingMethod mrSort() {
    return new MrSort();
  }

  /**
   * ELECTRE TRI-B (Yu 1992, "ELECTRE TRI: aspects méthodologiques et manuel d'utilisation",
   * Document du LAMSADE 74; Roy and Bouyssou 1993, Aide multicritère à la décision: méthodes et
   * cas, Economica; as implemented in Mousseau, Slowinski and Zielniewicz 2000, "A user-oriented
   * implementation of the ELECTRE-TRI method integrating preference elicitation support",
   * Computers and Operations Research 27(7-8), section 2). On values turned so that more is better,
   * with the criterion's indifference {@code q_j}, preference {@code p_j} and veto {@code v_j}
   * thresholds ({@code 0 <= q_j <= p_j <= v_j}):
   *
   * <ul>
   *   <li>partial concordance {@code c_j(a, b)} = 1 if {@code g_j(a) >= g_j(b) - q_j}, 0 if {@code
   *       g_j(a) <= g_j(b) - p_j}, else {@code (g_j(a) - g_j(b) + p_j) / (p_j - q_j)};
   *   <li>concordance {@code C(a, b) = sum_j w_j c_j(a, b)}, weights scaled to sum 1;
   *   <li>discordance {@code d_j(a, b)} = 0 if {@code g_j(a) >= g_j(b) - p_j}, 1 if {@code g_j(a)
   *       <= g_j(b) - v_j}, else {@code (g_j(b) - g_j(a) - p_j) / (v_j - p_j)}; 0 without {@code v_j};
   *   <li>credibility {@code sigma(a, b) = C(a, b) prod_{j : d_j(a, b) > C(a, b)} (1 - d_j(a, b)) /
   *       (1 - C(a, b))}, so that one full veto makes it 0;
   *   <li>{@code a S b} (a outranks b) when {@code sigma(a, b) >= lambda}, {@code lambda in [0.5, 1]};
   *       and the same with {@code a} and {@code b} swapped.
   * </ul>
   *
   * <p>The pessimistic assignment compares {@code a} with {@code b_(k-1), ..., b_0} in turn and puts
   * it in the class above the first profile it outranks ({@code C_0} if none); the optimistic one
   * compares it with {@code b_0, ..., b_(k-1)} and puts it in the class below the first profile
   * strictly preferred to it ({@code b S a} and not {@code a S b}; {@code C_k} if none). They differ
   * only for alternatives incomparable with some profiles, and the pessimistic class is never above
   * the optimistic one. The result gives both ({@link Assignment#placement()} is the pessimistic one),
   * each with the profile above it, {@code sigma(a, b)} against {@code lambda}, and the criteria with
   * {@code c_j(a, b) < 1} (and a positive weight) or {@code d_j(a, b) > 0}, with both values; {@code
   * extras.credibility} holds {@code sigma(a, b_h)} and {@code extras.profile-credibility} {@code
   * sigma(b_h, a)}. Without thresholds ({@code q = p = 0}) and veto, the pessimistic assignment is
   * MR-Sort's.
   *
   * <p>Checked against the example of the ELECTRE TRI 2.0a manual (Mousseau, Slowinski and
   * Zielniewicz 1999, Document du LAMSADE 111: performances Table 1 p. 15, thresholds and weights
   * Table 2 p. 16, profiles Table 9 p. 19), with the credibility indices worked by hand from the
   * definitions above: {@code SortingMethodsTest}.
   *
   * <p>Rejects, when sorting, a problem without {@code lambda}. A criterion without thresholds
   * compares values as they are ({@code q = p = 0}, no veto); with {@code q} alone, {@code p = q}.
   *
   * @return the method, named {@code electre-tri-b}
   */
  public static SortingMethod electreTriB() {
    return new ElectreTriB();
  }

  /**
   * The descriptors of the built-in sorting methods, which take no parameters: the model is the
   * problem's.
   *
   * @return the descriptors
   */
  public static List<StrategyDescriptor> descriptors() {
    StrategyKind k = StrategyKind.SORTING;
    return List.of(
        StrategyDescriptor.of(k, Conjunctive.NAME, "the highest class whose profile every criterion reaches",
            TRAITS, p -> conjunctive()),
        StrategyDescriptor.of(k, MrSort.NAME, "majority-rule sorting: the criteria reaching the profile weigh >= lambda",
            TRAITS, p -> mrSort()),
        StrategyDescriptor.of(k, ElectreTriB.NAME, "outranking of the profiles, pessimistic and optimistic assignments",
            TRAITS, p -> electreTriB()));
  }
}
