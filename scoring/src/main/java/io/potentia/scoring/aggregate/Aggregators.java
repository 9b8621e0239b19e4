package io.potentia.scoring.aggregate;

import static io.potentia.scoring.spi.Trait.ACCEPTS_MISSING;
import static io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE;
import static io.potentia.scoring.spi.Trait.ANONYMOUS;
import static io.potentia.scoring.spi.Trait.BOUNDED;
import static io.potentia.scoring.spi.Trait.COMPENSATORY;
import static io.potentia.scoring.spi.Trait.DETERMINISTIC;
import static io.potentia.scoring.spi.Trait.MONOTONE;
import static io.potentia.scoring.spi.Trait.RANK_REVERSAL_FREE;
import static io.potentia.scoring.spi.Trait.SCALE_INVARIANT;
import static io.potentia.scoring.spi.Trait.TRANSLATION_INVARIANT;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.StrategyDescriptor;
import io.potentia.scoring.spi.Trait;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in aggregators.
 *
 * <table>
 *   <caption>Built-in aggregators, by spec name</caption>
 *   <tr><th>name</th><th>formula</th><th>parameters</th></tr>
 *   <tr><td>arithmetic-mean</td><td>sum w x</td><td></td></tr>
 *   <tr><td>geometric-mean</td><td>prod x^w</td><td></td></tr>
 *   <tr><td>harmonic-mean</td><td>1 / sum (w / x)</td><td></td></tr>
 *   <tr><td>power-mean</td><td>(sum w x^p)^(1/p)</td><td>p</td></tr>
 *   <tr><td>median</td><td>weighted median</td><td></td></tr>
 *   <tr><td>minimum</td><td>the weakest child</td><td></td></tr>
 *   <tr><td>owa</td><td>sum b_k x_(k), x sorted descending</td><td>order</td></tr>
 *   <tr><td>copeland</td><td>pairwise wins - losses</td><td></td></tr>
 *   <tr><td>mazziotta-pareto</td><td>M - S cv</td><td>penalty = negative</td></tr>
 *   <tr><td>coupling-coordination</td><td>sqrt(C T)</td><td></td></tr>
 *   <tr><td>catalyst</td><td>H (P / s)^g</td><td>catalyst = political, scale = 100, strength = 1</td></tr>
 * </table>
 *
 * <p>The aggregators returned as {@link PointwiseAggregator} score each area from its own child
 * scores and share these rules ("the pointwise rules" below): a missing child score (NaN), or a
 * child of weight 0, is dropped and the remaining weights are rescaled to sum 1 (as COINr's
 * aggregation with {@code na.rm}); an area with no child left stays missing. Each rejects, with an
 * {@link InvalidInputException} naming the child and area, infinite scores, children of unequal
 * length, and weights that are negative, not finite, all zero, or not one per child.
 */
public final class Aggregators {
  private Aggregators() {}

  /**
   * The weighted arithmetic mean {@code M_1 = sum w_i x_i}, the power mean of order 1 (OECD/JRC
   * Handbook 2008, section 6.2): fully compensatory, a loss on one child is made up by an equal
   * weighted gain on another. Accepts any finite score, zero and negative included; a sum that
   * overflows is recomputed with the weights scaled to sum 1 first, which cannot overflow.
   *
   * <p>Missing scores and rejections: the pointwise rules above. The output stays within the range
   * of the inputs. Traits: {@code MONOTONE}, {@code BOUNDED} (output range = input range), {@code
   * COMPENSATORY}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}, {@code ANONYMOUS}, {@code
   * DETERMINISTIC}, {@code RANK_REVERSAL_FREE}.
   *
   * @return the aggregator, named {@code arithmetic-mean}
   */
  public static PointwiseAggregator arithmeticMean() {
    return new WithinChildren(new PowerMean("arithmetic-mean", 1));
  }

  /**
   * The weighted geometric mean {@code M_0 = prod x_i^w_i}, the limit of the power mean as {@code p
   * -> 0} (OECD/JRC Handbook 2008, section 6.2): less compensatory than the arithmetic mean, and a
   * child score of 0 makes the area's score 0, as the product does. Computed as {@code exp(sum w_i
   * ln x_i)}, which cannot overflow.
   *
   * <p>Missing scores and rejections: the pointwise rules above; also rejects negative scores. The
   * output stays within the range of the inputs. Traits: {@code MONOTONE}, {@code BOUNDED} (output
   * range = input range), {@code COMPENSATORY}, {@code ACCEPTS_MISSING}, {@code ANONYMOUS}, {@code
   * DETERMINISTIC}, {@code RANK_REVERSAL_FREE}.
   *
   * @return the aggregator, named {@code geometric-mean}
   */
  public static PointwiseAggregator geometricMean() {
    return new WithinChildren(new PowerMean("geometric-mean", 0));
  }

  /**
   * The weighted harmonic mean {@code M_-1 = 1 / sum(w_i / x_i)}, the power mean of order -1
   * (OECD/JRC Handbook 2008, section 6.2): the least compensatory of the three named means, {@code
   * M_-1 <= M_0 <= M_1}. Computed on scores scaled by the largest, so it can neither overflow nor
   * underflow, and kept within the range of the inputs.
   *
   * <p>Missing scores and rejections: the pointwise rules above; also rejects negative and zero
   * scores (the harmonic mean of a zero is undefined). Traits: {@code MONOTONE}, {@code BOUNDED}
   * (output range = input range), {@code COMPENSATORY}, {@code ACCEPTS_MISSING}, {@code ANONYMOUS},
   * {@code DETERMINISTIC}, {@code RANK_REVERSAL_FREE}.
   *
   * @return the aggregator, named {@code harmonic-mean}
   */
  public static PointwiseAggregator harmonicMean() {
    return new WithinChildren(new PowerMean("harmonic-mean", -1));
  }

  /**
   * The weighted generalised (power) mean {@code M_p = (sum w_i x_i^p)^(1/p)}, with {@code M_0 =
   * prod x_i^w_i} (the geometric mean) as its limit (Hardy, Littlewood and Pólya 1934,
   * Inequalities; OECD/JRC Handbook 2008, section 6.2). p = 1 is the arithmetic mean, 0 the
   * geometric, -1 the harmonic. The smaller p, the less a high score compensates a low one: {@code
   * M_p} does not decrease as p grows, and lies between the smallest and the largest score.
   * Computed on scores scaled by the largest (the geometric mean as {@code exp(sum w ln x)}), so
   * {@code x^p} can neither overflow nor underflow.
   *
   * <p>Missing scores and rejections: the pointwise rules above; also rejects negative scores for
   * any p other than 1, and zero scores for p &lt; 0. For p = 0 a zero score gives 0; for p &gt; 0
   * zeros are accepted. Traits: {@code MONOTONE}, {@code BOUNDED} (output range = input range),
   * {@code COMPENSATORY}, {@code ACCEPTS_MISSING}, {@code ANONYMOUS}, {@code DETERMINISTIC}, {@code
   * RANK_REVERSAL_FREE}; for p = 1 also {@code ACCEPTS_NON_POSITIVE}.
   *
   * @param p the order, finite
   * @return the aggregator, named {@code power-mean}
   * @throws InvalidInputException if {@code p} is not finite
   */
  public static PointwiseAggregator powerMean(double p) {
    return new WithinChildren(new PowerMean("power-mean", p));
  }

  /**
   * The weighted median: the score at which the cumulative weight of the scores, sorted ascending,
   * first exceeds one half; where it reaches exactly one half (within 1e-12) at a score, the mean
   * of that score and the next, so equal weights give the ordinary median. Robust to one extreme
   * child; partially compensatory.
   *
   * <p>Missing scores and rejections: the pointwise rules above; any finite score is accepted. The
   * output is one of the scores or the mean of two. Traits: {@code MONOTONE}, {@code BOUNDED}
   * (output range = input range), {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}, {@code
   * ANONYMOUS}, {@code DETERMINISTIC}, {@code RANK_REVERSAL_FREE}.
   *
   * @return the aggregator, named {@code median}
   */
  public static PointwiseAggregator median() {
    return new WithinChildren(new WeightedMedian());
  }

  /**
   * The minimum (weakest link): {@code min_i x_i} over the children with positive weight. Not
   * compensatory at all: no strength makes up for the weakest potential, as a defence posture is as
   * strong as its weakest part. The weights only select which children count.
   *
   * <p>Missing scores and rejections: the pointwise rules above, so a missing child is left out of
   * the minimum rather than making the area missing; any finite score is accepted. Traits: {@code
   * MONOTONE}, {@code BOUNDED} (output range = input range), {@code ACCEPTS_MISSING}, {@code
   * ACCEPTS_NON_POSITIVE}, {@code ANONYMOUS}, {@code DETERMINISTIC}, {@code RANK_REVERSAL_FREE}.
   *
   * @return the aggregator, named {@code minimum}
   */
  public static PointwiseAggregator minimum() {
    return new WithinChildren(new Minimum());
  }

  /**
   * Ordered weighted averaging (Yager 1988, "On ordered weighted averaging aggregation operators in
   * multicriteria decisionmaking", IEEE Trans. SMC 18(1)): {@code sum_k b_k y_k}, where {@code y}
   * are an area's child scores sorted descending and {@code b} the order weights scaled to sum 1.
   * {@code b = (1, 0, ..., 0)} is the maximum, {@code (0, ..., 0, 1)} the minimum, equal weights
   * the mean; in between, the orness {@code sum_k b_k (n - k)/(n - 1)} says how optimistic the
   * operator is. The children's own weights are not used (an OWA weighs positions, not children).
   *
   * <p>An area with any missing child score is missing (the positions would shift). When
   * aggregating, rejects a number of children other than the number of order weights, and infinite
   * scores. Traits: {@code MONOTONE}, {@code BOUNDED} (output range = input range), {@code
   * COMPENSATORY}, {@code ACCEPTS_NON_POSITIVE}, {@code ANONYMOUS}, {@code DETERMINISTIC}, {@code
   * RANK_REVERSAL_FREE}.
   *
   * @param orderWeights the weights of the positions, largest score first; finite, {@code >= 0},
   *     not all zero, one per child
   * @return the aggregator, named {@code owa}
   * @throws InvalidInputException if an order weight is negative or not finite, or none is positive
   */
  public static Aggregator owa(double... orderWeights) {
    return new Owa(orderWeights);
  }

  /**
   * Copeland's non-compensatory outranking rule, as the OECD/JRC Handbook 2008 (section 6.2.3)
   * presents it after Munda and Nardo (2009): area a beats area b when the weights of the children
   * on which a scores higher exceed the weights of those on which b does (ties on a child count for
   * neither); an area's score is its number of wins minus its number of losses, a whole number in
   * {@code [-(k - 1), k - 1]} for k comparable areas. A large margin on one child buys no more than
   * a small one: weights act as votes, not as trade-offs. Each area's score depends on the others.
   * Cost {@code O(m^2 c)} for m areas and c children.
   *
   * <p>An area with any missing child score is left out of the comparisons and gets NaN. Rejects
   * infinite scores and weights that are negative, not finite, all zero or not one per child.
   * Traits: {@code MONOTONE}, {@code SCALE_INVARIANT}, {@code TRANSLATION_INVARIANT}, {@code
   * ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}, {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * @return the aggregator, named {@code copeland}
   */
  public static Aggregator copeland() {
    return new Copeland();
  }

  /**
   * The Mazziotta-Pareto index (Mazziotta and Pareto 2016, "On a generalized non-compensatory
   * composite index for measuring socio-economic phenomena", Social Indicators Research 127):
   * {@code MPI = M - S cv}, with {@code M} the weighted mean of an area's child scores, {@code S}
   * their weighted population standard deviation and {@code cv = S / M}, so an unbalanced profile
   * is penalised by {@code S^2 / M}. With a positive penalty the sign flips ({@code M + S cv}), for
   * phenomena where higher is worse.
   *
   * <p>The method expects children standardised to mean 100 and standard deviation 10 across areas
   * ({@link io.potentia.scoring.normalise.Normalisers#zScore(double, double) zScore(100, 10)}),
   * which keeps {@code M} positive. Missing scores and rejections: the pointwise rules above; also
   * rejects an area whose mean child score is not positive. Traits: {@code ACCEPTS_MISSING}, {@code
   * ANONYMOUS}, {@code DETERMINISTIC}, {@code RANK_REVERSAL_FREE} (neither monotone nor bounded).
   *
   * @param negativePenalty true for {@code M - S cv} (spec {@code penalty = negative}, the
   *     default), false for {@code M + S cv} ({@code penalty = positive})
   * @return the aggregator, named {@code mazziotta-pareto}
   */
  public static PointwiseAggregator mazziottaPareto(boolean negativePenalty) {
    return new MazziottaPareto(negativePenalty);
  }

  /**
   * The coupling coordination degree of n subsystems (pillars) with scores {@code U_i} in {@code
   * [0, 1]}: coupling {@code C = n (prod U_i)^(1/n) / sum U_i} (unweighted; 1 when all pillars are
   * equal, towards 0 as they diverge), comprehensive development {@code T = sum w_i U_i}, and
   * degree {@code D = sqrt(C T)}, in {@code [0, 1]} (after Wang, Su, Feng and Cao 2021, "Coupling
   * coordination degree model: misconceptions and a corrected formula", which gives C in this
   * corrected form). Used to measure how synchronously socio-economic development and defence and
   * security develop.
   *
   * <p>A pillar at 0 makes C, and so D, 0; an area whose pillars are all 0 has degree 0. Missing
   * scores and rejections: the pointwise rules above (n counts the pillars present); also rejects
   * scores outside {@code [0, 1]} (normalise with min-max to {@code [0, 1]}). Not monotone: raising
   * one pillar can lower C. Traits: {@code BOUNDED} to {@code [0, 1]}, {@code ACCEPTS_MISSING},
   * {@code ANONYMOUS}, {@code DETERMINISTIC}, {@code RANK_REVERSAL_FREE}.
   *
   * @return the aggregator, named {@code coupling-coordination}
   */
  public static PointwiseAggregator couplingCoordination() {
    return new CouplingCoordination();
  }

  /**
   * A multiplicative model in which one child, the political potential by default, acts as a
   * catalyst of the others: {@code I = H (P / s)^g}, where {@code H} is the weighted arithmetic
   * mean of the other children, {@code P} the catalyst's score, {@code s = scale} the top of the
   * score scale and {@code g = strength}. After Cline's perceived power {@code Pp = (C + E + M)(S +
   * W)} (Cline 1975, World Power Assessment), in which strategic purpose and national will multiply
   * the material capabilities, and the comprehensive-national-power formulations that multiply hard
   * power by soft and coordinating power (Huang Shuofeng 1999). A catalyst of 0 gives an index of
   * 0, whatever the rest.
   *
   * <p>The catalyst is chosen by node id, never by position: the engine binds the aggregator to
   * each node's children ({@link Aggregator#forChildren}), and a catalyst that is not a child of the
   * node is refused, naming it and the children; so removing the political child cannot silently
   * make another child the catalyst.
   *
   * <p>Domain: the catalyst's scores must lie in {@code [0, s]} (0 included: min-max to {@code [0,
   * 100]} is accepted); the other children take any finite score. The methodology check judges this
   * from the declared ranges ({@link Aggregator#domainProblems}).
   *
   * <p>Contributions ({@link Aggregator#decompose}): the Shapley values of the children (Shapley
   * 1953, "A value for n-person games", Contributions to the Theory of Games II, pp. 307-317), with
   * the baseline every child at 0, which sum to {@code I} exactly. Since {@code I = sum_j w'_j x_j
   * (P / s)^g} ({@code w'} the other children's weights rescaled over those present) is a sum of
   * terms each of which needs both the catalyst and one other child, each term is split evenly:
   * child {@code j} gets {@code w'_j x_j (P / s)^g / 2} and the catalyst {@code I / 2}. A missing
   * child gets 0; every part of a missing score is missing.
   *
   * <p>{@code H} follows {@link #arithmeticMean()} (missing other children dropped, their weights
   * rescaled); the catalyst's own weight is not used; an area whose catalyst is missing, or whose
   * other children are all missing, is missing. When aggregating, rejects an unbound aggregator,
   * a catalyst score outside {@code [0, s]}, and what the arithmetic mean rejects for the other
   * children. With inputs in {@code [0, s]} the output lies in {@code [0, upper input]}; otherwise
   * no range is given. Traits: {@code MONOTONE}, {@code BOUNDED}, {@code ACCEPTS_MISSING}, {@code
   * ANONYMOUS}, {@code DETERMINISTIC}, {@code RANK_REVERSAL_FREE}.
   *
   * @param catalyst the node id of the catalyst child ({@code "political"} in specs)
   * @param scale the top {@code s} of the score scale, finite and {@code > 0} (100 in specs)
   * @param strength the exponent {@code g} of the catalyst, finite and {@code > 0} (1 in specs)
   * @return the aggregator, named {@code catalyst}, to be bound with {@link Aggregator#forChildren}
   * @throws InvalidInputException if {@code catalyst} is null or blank, or {@code scale} or {@code
   *     strength} is not finite and {@code > 0}; each names the parameter
   */
  public static Aggregator catalyst(String catalyst, double scale, double strength) {
    return new Catalyst(catalyst, scale, strength);
  }

  /**
   * The descriptors of the built-in aggregators.
   *
   * @return the descriptors
   */
  public static List<StrategyDescriptor> descriptors() {
    StrategyKind k = StrategyKind.AGGREGATION;
    return List.of(
        new StrategyDescriptor(k, "arithmetic-mean", "sum w x", p -> powerMean("arithmetic-mean", 1)),
        new StrategyDescriptor(k, "geometric-mean", "prod x^w", p -> powerMean("geometric-mean", 0)),
        new StrategyDescriptor(k, "harmonic-mean", "1 / sum(w / x)", p -> powerMean("harmonic-mean", -1)),
        new StrategyDescriptor(k, "power-mean", "(sum w x^p)^(1/p); parameter p",
            p -> powerMean("power-mean", p.number("p"))),
        StrategyDescriptor.of(k, "median", "weighted median",
            EnumSet.of(MONOTONE, BOUNDED, ANONYMOUS, DETERMINISTIC, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE,
                RANK_REVERSAL_FREE),
            p -> median()),
        StrategyDescriptor.of(k, "minimum", "the weakest child",
            EnumSet.of(MONOTONE, BOUNDED, ANONYMOUS, DETERMINISTIC, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE,
                RANK_REVERSAL_FREE),
            p -> minimum()),
        StrategyDescriptor.of(k, "owa", "ordered weighted average; parameter order",
            EnumSet.of(MONOTONE, BOUNDED, COMPENSATORY, ANONYMOUS, DETERMINISTIC, ACCEPTS_NON_POSITIVE,
                RANK_REVERSAL_FREE),
            p -> owa(p.numbers("order").orElseThrow(() -> InvalidInputException.at("parameters.order",
                "'owa' needs parameter 'order'")))),
        StrategyDescriptor.of(k, "copeland", "pairwise wins minus losses",
            EnumSet.of(MONOTONE, ANONYMOUS, DETERMINISTIC, SCALE_INVARIANT, TRANSLATION_INVARIANT,
                ACCEPTS_NON_POSITIVE, ACCEPTS_MISSING),
            p -> copeland()),
        StrategyDescriptor.of(k, "mazziotta-pareto", "M - S cv; parameter penalty = negative | positive",
            EnumSet.of(ANONYMOUS, DETERMINISTIC, ACCEPTS_MISSING, RANK_REVERSAL_FREE),
            p -> mazziottaPareto(penalty(p.text("penalty", "negative")))),
        StrategyDescriptor.of(k, "coupling-coordination", "sqrt(C T) of pillar scores in [0, 1]",
            EnumSet.of(BOUNDED, ANONYMOUS, DETERMINISTIC, ACCEPTS_MISSING, RANK_REVERSAL_FREE),
            p -> couplingCoordination()),
        StrategyDescriptor.of(k, "catalyst", "H (P / s)^g; parameters catalyst = political (a child's node id), scale = 100, strength = 1",
            EnumSet.of(MONOTONE, BOUNDED, ANONYMOUS, DETERMINISTIC, ACCEPTS_MISSING, RANK_REVERSAL_FREE),
            p -> catalyst(p.text("catalyst", "political"), p.number("scale", 100), p.number("strength", 1))));
  }

  /** A power mean's promises: only the arithmetic mean ({@code p = 1}) takes zero and negative scores. */
  private static Described<Aggregator> powerMean(String name, double p) {
    Set<Trait> traits = EnumSet.of(MONOTONE, BOUNDED, COMPENSATORY, ANONYMOUS, DETERMINISTIC, ACCEPTS_MISSING,
        RANK_REVERSAL_FREE);
    if (p == 1) {
      traits.add(ACCEPTS_NON_POSITIVE);
    }
    return new Described<>(name, traits, powerMean(p));
  }

  private static boolean penalty(String text) {
    return switch (text) {
      case "negative" -> true;
      case "positive" -> false;
      default -> throw InvalidInputException.at("parameters.penalty", "mazziotta-pareto: penalty '" + text
          + "' is unknown; known: negative, positive");
    };
  }

  /**
   * A built-in aggregator by name, with its default parameters, for methods that take one as a
   * parameter (as TOPSIS takes its normalisation).
   *
   * @param name the name
   * @return the aggregator
   * @throws io.potentia.core.InvalidInputException if no built-in has this name; lists the known
   *     ones
   */
  public static Described<Aggregator> byName(String name) {
    return StrategyDescriptor.find(descriptors(), name, Aggregator.class);
  }
}
