package io.potentia.scoring.rank;

import static io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE;
import static io.potentia.scoring.spi.Trait.ANONYMOUS;
import static io.potentia.scoring.spi.Trait.BOUNDED;
import static io.potentia.scoring.spi.Trait.COMPENSATORY;
import static io.potentia.scoring.spi.Trait.DETERMINISTIC;
import static io.potentia.scoring.spi.Trait.MONOTONE;
import static io.potentia.scoring.spi.Trait.RANK_REVERSAL_FREE;
import static io.potentia.scoring.spi.Trait.SCALE_INVARIANT;
import static io.potentia.scoring.spi.Trait.TRANSLATION_INVARIANT;

import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.normalise.Normalisers;
import io.potentia.scoring.spi.Parameters;
import io.potentia.scoring.spi.StrategyDescriptor;
import io.potentia.scoring.weight.WeightingMethod;
import java.util.EnumSet;
import java.util.List;

/**
 * The built-in ranking methods for decision matrices.
 *
 * <table>
 *   <caption>Built-in ranking methods, by spec name</caption>
 *   <tr><th>name</th><th>best</th><th>parameters</th></tr>
 *   <tr><td>topsis</td><td>highest closeness</td><td>normalisation = min-max | vector | any normaliser</td></tr>
 *   <tr><td>vikor</td><td>lowest Q</td><td>v = 0.5</td></tr>
 *   <tr><td>promethee-ii</td><td>highest net flow</td><td>(preference functions per criterion)</td></tr>
 *   <tr><td>gra</td><td>highest grade</td><td>zeta = 0.5</td></tr>
 *   <tr><td>wsm</td><td>highest weighted sum</td><td>normalisation = fraction-of-max | none | any</td></tr>
 *   <tr><td>wpm</td><td>highest weighted product</td><td>normalisation = none | fraction-of-max | sum | any</td></tr>
 *   <tr><td>spotis</td><td>lowest distance</td><td>(bounds per criterion)</td></tr>
 *   <tr><td>pipeline</td><td>highest aggregate</td><td>normalisation = min-max, weighting = problem, aggregation = arithmetic-mean</td></tr>
 * </table>
 *
 * <p>Every method ranks a {@link DecisionProblem}, whose values are finite and complete, with the
 * criteria's weights scaled to sum 1 (a note says so when they did not already). In specs, {@code
 * min-max} means min-max to {@code [0, 1]}. Errors are {@link
 * io.potentia.core.InvalidInputException}s that name the criterion or value.
 */
public final class RankingMethods {
  private RankingMethods() {}

  /**
   * TOPSIS (Hwang and Yoon 1981, Multiple Attribute Decision Making, Springer): each criterion is
   * normalised by {@code normaliser} so that higher is better, then weighted, {@code v_ij = w_j
   * r_ij}; the ideal is the best {@code v} of each criterion and the anti-ideal the worst; the
   * score is the relative closeness {@code C_i = D-_i / (D+_i + D-_i)} in {@code [0, 1]}, with
   * {@code D+} and {@code D-} the Euclidean distances to the ideal and the anti-ideal. Higher is
   * better. An alternative at both distances 0 (every weighted criterion constant, possible only
   * with a normaliser that accepts constant columns) scores 0.5. The weights are the problem's,
   * scaled to sum 1.
   *
   * <p>Rejects, when ranking, what the normaliser rejects, naming the criterion (min-max: a
   * constant criterion, so a single alternative; vector: a negative value or an all-zero
   * criterion). Adding or removing an alternative can reverse the order of others (the ideal
   * moves), so it does not declare {@code RANK_REVERSAL_FREE}. Extras: {@code distance-to-ideal},
   * {@code distance-to-anti-ideal}. Traits: {@code MONOTONE}, {@code BOUNDED}, {@code
   * COMPENSATORY}, {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * @param normaliser the normalisation, named as the result's {@code normalisation} parameter, not
   *     null: min-max to {@code [0, 1]} (the spec default, {@code normalisation = min-max}), {@code
   *     Normalisers.byName("vector")} (the original), or any other
   * @return the method, named {@code topsis}
   */
  public static RankingMethod topsis(Described<Normaliser> normaliser) {
    return new Topsis(normaliser);
  }

  /**
   * VIKOR (Opricovic 1998; Opricovic and Tzeng 2004, "Compromise solution by MCDM methods", EJOR
   * 156): with {@code f*_j} the best and {@code f-_j} the worst value of criterion j (the largest
   * and smallest of a benefit, the other way round for a cost), the group utility {@code S_i =
   * sum_j w_j (f*_j - f_ij)/(f*_j - f-_j)}, the individual regret {@code R_i = max_j w_j (f*_j -
   * f_ij)/(f*_j - f-_j)}, and {@code Q_i = v (S_i - S*)/(S- - S*) + (1 - v)(R_i - R*)/(R- - R*)},
   * with {@code S*}, {@code S-} the smallest and largest S (likewise R). The lowest Q is best; Q
   * lies in {@code [0, 1]}.
   *
   * <p>The compromise solution is the best alternative by Q when it has an acceptable advantage
   * ({@code Q(a2) - Q(a1) >= 1/(m - 1)}) and acceptable stability (it is also best by S or by R);
   * otherwise the compromise set is {a1, a2} (stability fails) or every alternative whose Q is
   * within {@code 1/(m - 1)} of the best (advantage fails). It is reported in the notes and as the
   * extra {@code compromise} (1 for members); a single alternative is its own compromise. A
   * criterion on which all alternatives are equal contributes 0; where all S (or all R) are equal,
   * that term of Q is 0. Rank reversal is possible, as for TOPSIS. Extras: {@code S}, {@code R},
   * {@code Q}, {@code compromise}. Traits: {@code MONOTONE}, {@code BOUNDED}, {@code
   * SCALE_INVARIANT}, {@code TRANSLATION_INVARIANT}, {@code ANONYMOUS}, {@code DETERMINISTIC},
   * {@code ACCEPTS_NON_POSITIVE}.
   *
   * @param v the weight of the strategy of the majority of criteria, in {@code [0, 1]} (0.5 in
   *     specs)
   * @return the method, named {@code vikor}
   * @throws io.potentia.core.InvalidInputException if {@code v} is not in {@code [0, 1]}
   */
  public static RankingMethod vikor(double v) {
    return new Vikor(v);
  }

  /**
   * PROMETHEE II (Brans and Vincke 1985; Brans, Vincke and Mareschal 1986): for each ordered pair
   * of alternatives the aggregated preference {@code pi(a, b) = sum_j w_j P_j(d_j(a, b))}, with
   * {@code d_j} the difference on criterion j in favour of a (turned for a cost criterion) and
   * {@code P_j} the criterion's {@link Criterion#preference() preference function} ({@code usual}
   * when none is given); the positive flow {@code phi+(a) = sum_b pi(a, b)/(m - 1)}, the negative
   * flow {@code phi-(a) = sum_b pi(b, a)/(m - 1)}, and the net flow {@code phi = phi+ - phi-}, the
   * score. Higher is better; net flows sum to 0 and lie in {@code [-1, 1]}; a single alternative
   * gets flows of 0.
   *
   * <p>Cost: every pair is compared up to 2,000 alternatives; above, the piecewise-linear
   * functions (usual, u-shape, v-shape, level, linear) are summed from each criterion's sorted
   * values in {@code O(m log m)} (the same comparisons, so the same sets of pairs; sums agree to
   * rounding), so a million alternatives rank in seconds. A {@code gaussian} criterion compares
   * every pair and is refused above 20,000 alternatives, naming the criterion and the limit.
   * Otherwise rejects nothing beyond what {@link DecisionProblem} and {@link PreferenceFunction}
   * check when built. Extras: {@code positive-flow}, {@code negative-flow}, {@code net-flow}. Traits:
   * {@code MONOTONE}, {@code BOUNDED}, {@code TRANSLATION_INVARIANT}, {@code ANONYMOUS}, {@code
   * DETERMINISTIC}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @return the method, named {@code promethee-ii}
   */
  public static RankingMethod prometheeII() {
    return new PrometheeII();
  }

  /**
   * Grey relational analysis (Deng 1982; as applied by Kuo, Yang and Huang 2008, "The use of grey
   * relational analysis in solving multiple attribute decision-making problems", Computers and
   * Industrial Engineering 55): each criterion is min-max normalised to {@code [0, 1]} so that
   * higher is better; against the reference sequence of ones the deviation is {@code D_ij = |1 -
   * r_ij|}; the grey relational coefficient is {@code (D_min + zeta D_max)/(D_ij + zeta D_max)},
   * with {@code D_min}, {@code D_max} over the whole matrix (0 and 1, as min-max reaches both
   * ends); the grade is the weighted mean of the coefficients. Higher is better; grades lie in
   * {@code (0, 1]}.
   *
   * <p>Rejects, when ranking, a constant criterion (min-max is undefined), so also a single
   * alternative, naming the criterion. Traits: {@code MONOTONE}, {@code BOUNDED}, {@code
   * SCALE_INVARIANT}, {@code TRANSLATION_INVARIANT}, {@code ANONYMOUS}, {@code DETERMINISTIC},
   * {@code ACCEPTS_NON_POSITIVE}.
   *
   * @param zeta the distinguishing coefficient, in {@code (0, 1]} (0.5 in specs)
   * @return the method, named {@code gra}
   * @throws io.potentia.core.InvalidInputException if {@code zeta} is not in {@code (0, 1]}
   */
  public static RankingMethod greyRelational(double zeta) {
    return new GreyRelational(zeta);
  }

  /**
   * The weighted sum model, simple additive weighting (Fishburn 1967; MacCrimmon 1968): each
   * criterion is normalised so that higher is better, and the score is {@code sum_j w_j r_ij}.
   * Higher is better. Without a normaliser the raw values are summed, which is meaningful only when
   * every criterion is a benefit in the same unit (Triantaphyllou 2000, Multi-Criteria Decision
   * Making Methods: A Comparative Study, section 2.2.1).
   *
   * <p>Rejects, when ranking, what the normaliser rejects, naming the criterion; without one, a
   * cost criterion. Traits: {@code MONOTONE}, {@code COMPENSATORY}, {@code ANONYMOUS}, {@code
   * DETERMINISTIC}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @param normaliser the normalisation, named as the result's {@code normalisation} parameter
   *     ({@code Normalisers.byName("fraction-of-max")} is the spec default), or null for raw values
   *     ({@code normalisation = none})
   * @return the method, named {@code wsm}
   */
  public static RankingMethod weightedSum(Described<Normaliser> normaliser) {
    return new WeightedSum(normaliser);
  }

  /**
   * The weighted product model (Bridgman 1922; Miller and Starr 1969) on the raw values: the score
   * is {@code prod_j x_ij^(w_j)} over benefit criteria times {@code x_ij^(-w_j)} over cost
   * criteria, so that the ratio of two scores is Triantaphyllou's {@code P(A_K/A_L) = prod_j (a_Kj /
   * a_Lj)^(w_j)} (Triantaphyllou 2000, section 2.2.2). Units cancel in the ratios: the method is
   * scale-invariant and needs no normalisation. The same as {@link #weightedProduct(Described)
   * weightedProduct(null)}, the spec default {@code normalisation = none}.
   *
   * <p>Rejects, when ranking, a value that is not positive, naming the alternative and criterion.
   * Extra: {@code log-score}. Traits: {@code MONOTONE}, {@code SCALE_INVARIANT}, {@code ANONYMOUS},
   * {@code DETERMINISTIC}, {@code RANK_REVERSAL_FREE}.
   *
   * @return the method, named {@code wpm}
   */
  public static RankingMethod weightedProduct() {
    return weightedProduct(null);
  }

  /**
   * The weighted product model (Bridgman 1922; Miller and Starr 1969), after a normalisation or on
   * the raw values. With a normaliser, each criterion is normalised so that higher is better and the
   * score is {@code prod_j r_ij^(w_j)} over every criterion, as the WPM part of WASPAS (Zavadskas,
   * Turskis, Antucheviciene and Zakarevicius 2012, "Optimization of weighted aggregated sum product
   * assessment", Elektronika ir Elektrotechnika 122(6)) takes it after linear normalisation, {@code
   * Normalisers.byName("fraction-of-max")}: {@code x / max} for a benefit and {@code min / x} for a
   * cost. Without one ({@code normalisation = none}, the spec default), the raw values are used with
   * a cost criterion's exponent negated, {@code prod_j x_ij^(w_j)} over benefits times {@code
   * x_ij^(-w_j)} over costs (Triantaphyllou 2000, section 2.2.2). A normaliser that multiplies each
   * criterion by a constant (fraction-of-max, or sum: {@code x / sum x}, cost {@code (1/x) /
   * sum(1/x)}) scales every score by one constant, so the order is that of the raw product. Higher
   * is better. Computed as {@code exp(sum w ln r)}, which cannot overflow; the extra {@code
   * log-score} holds the exponent, and the result's {@code normalisation} parameter names the
   * normaliser ({@code none} without one).
   *
   * <p>Rejects, when ranking, what the normaliser rejects, naming the criterion, and a value, raw or
   * normalised, that is not positive, naming the alternative, the criterion and the value: powers
   * and products need positive inputs, so min-max, percentile rank and Borda (0 for the worst), max
   * (0 for a cost criterion's largest value) and z-scores (negative) are refused rather than giving
   * a score of 0 or NaN. Traits: on raw values, {@code MONOTONE}, {@code SCALE_INVARIANT}, {@code
   * ANONYMOUS}, {@code DETERMINISTIC}, {@code RANK_REVERSAL_FREE}; after a normaliser, as registered
   * by name, those of them the normaliser declares too.
   *
   * @param normaliser the normalisation, named as the result's {@code normalisation} parameter, or
   *     null for raw values ({@code normalisation = none})
   * @return the method, named {@code wpm}
   */
  public static RankingMethod weightedProduct(Described<Normaliser> normaliser) {
    return new WeightedProduct(normaliser);
  }

  /**
   * SPOTIS, the Stable Preference Ordering Towards Ideal Solution (Dezert, Tchamova, Han and Tacnet
   * 2020, "The SPOTIS rank reversal free method for multi-criteria decision-making support", IEEE
   * FUSION 2020): each criterion has fixed bounds {@code [min_j, max_j]} set by the decision maker
   * ({@link Criterion#bounds()}); the ideal point {@code s*} takes the upper bound of a benefit
   * criterion and the lower bound of a cost one; the normalised distance is {@code d_ij = |x_ij -
   * s*_j| / (max_j - min_j)} and the score {@code sum_j w_j d_ij}, in {@code [0, 1]}. The lowest
   * score is best. Because the reference is fixed rather than drawn from the alternatives, adding
   * or removing an alternative never reverses the order of the others.
   *
   * <p>Rejects, when ranking, a criterion without bounds and a value outside its bounds. Traits:
   * {@code MONOTONE}, {@code BOUNDED}, {@code ANONYMOUS}, {@code DETERMINISTIC}, {@code
   * ACCEPTS_NON_POSITIVE}, {@code RANK_REVERSAL_FREE}.
   *
   * @return the method, named {@code spotis}
   */
  public static RankingMethod spotis() {
    return new Spotis();
  }

  /**
   * A composite-indicator pipeline as a ranking method: normalise each criterion, set the weights
   * (the problem's own, scaled to sum 1, or those a weighting method computes on the normalised
   * matrix), aggregate. Higher is better. The weights used are noted in the result.
   *
   * <p>Rejects, when ranking, what each step rejects (the normaliser's errors name the criterion).
   * Traits: those declared by all of the normaliser, the aggregator and, when given, the weighting
   * method.
   *
   * @param normaliser the normalisation, not null (spec default {@code min-max}, to {@code [0, 1]})
   * @param weighting the weighting method, or null to use the problem's weights (spec default
   *     {@code problem})
   * @param aggregator the aggregation, not null (spec default {@code arithmetic-mean})
   * @return the method, named {@code pipeline}, with the traits all its parts promise; the result
   *     names each part
   */
  public static Described<RankingMethod> pipeline(Described<Normaliser> normaliser,
      Described<WeightingMethod> weighting, Described<Aggregator> aggregator) {
    return PipelineRanking.described(normaliser, weighting, aggregator);
  }

  /**
   * The descriptors of the built-in ranking methods.
   *
   * @return the descriptors
   */
  public static List<StrategyDescriptor> descriptors() {
    StrategyKind k = StrategyKind.RANKING;
    return List.of(
        StrategyDescriptor.of(k, "topsis", "closeness to the ideal; parameter normalisation = min-max | vector",
            EnumSet.of(MONOTONE, BOUNDED, COMPENSATORY, ANONYMOUS, DETERMINISTIC),
            p -> topsis(normaliser(p, "min-max"))),
        StrategyDescriptor.of(k, "vikor", "compromise ranking, lowest Q best; parameter v = 0.5",
            EnumSet.of(MONOTONE, BOUNDED, SCALE_INVARIANT, TRANSLATION_INVARIANT, ANONYMOUS, DETERMINISTIC,
                ACCEPTS_NON_POSITIVE),
            p -> vikor(p.number("v", 0.5))),
        StrategyDescriptor.of(k, "promethee-ii", "net outranking flow",
            EnumSet.of(MONOTONE, BOUNDED, TRANSLATION_INVARIANT, ANONYMOUS, DETERMINISTIC, ACCEPTS_NON_POSITIVE),
            p -> prometheeII()),
        StrategyDescriptor.of(k, "gra", "grey relational grade; parameter zeta = 0.5",
            EnumSet.of(MONOTONE, BOUNDED, SCALE_INVARIANT, TRANSLATION_INVARIANT, ANONYMOUS, DETERMINISTIC,
                ACCEPTS_NON_POSITIVE),
            p -> greyRelational(p.number("zeta", 0.5))),
        StrategyDescriptor.of(k, "wsm", "weighted sum; parameter normalisation = fraction-of-max | none | any",
            EnumSet.of(MONOTONE, COMPENSATORY, ANONYMOUS, DETERMINISTIC, ACCEPTS_NON_POSITIVE),
            p -> weightedSum(optionalNormaliser(p, "fraction-of-max"))),
        new StrategyDescriptor(k, "wpm", "weighted product; parameter normalisation = none | fraction-of-max | sum | any",
            p -> WeightedProduct.described(optionalNormaliser(p, "none"))),
        StrategyDescriptor.of(k, "spotis", "distance to the ideal within fixed bounds, lowest best",
            EnumSet.of(MONOTONE, BOUNDED, ANONYMOUS, DETERMINISTIC, ACCEPTS_NON_POSITIVE, RANK_REVERSAL_FREE),
            p -> spotis()),
        new StrategyDescriptor(k, "pipeline", "normalise, weigh, aggregate; parameters normalisation = min-max,"
            + " weighting = problem, aggregation = arithmetic-mean",
            p -> pipeline(normaliser(p, "min-max"), weighting(p),
                p.strategy("aggregation", "arithmetic-mean", StrategyKind.AGGREGATION, Aggregator.class))));
  }

  /** The normalisation a method's parameters name, found among every registered normaliser. */
  private static Described<Normaliser> normaliser(Parameters p, String fallback) {
    Described<Normaliser> named = p.strategy("normalisation", fallback, StrategyKind.NORMALISATION, Normaliser.class);
    // decision-matrix methods work on [0, 1], not the composite-index default of [0, 100]
    return named.name().equals("min-max") ? new Described<>("min-max", named.traits(), Normalisers.minMax(0, 1))
        : named;
  }

  private static Described<Normaliser> optionalNormaliser(Parameters p, String fallback) {
    return p.text("normalisation", fallback).equals("none") ? null : normaliser(p, fallback);
  }

  private static Described<WeightingMethod> weighting(Parameters p) {
    return p.text("weighting", "problem").equals("problem") ? null
        : p.strategy("weighting", "problem", StrategyKind.WEIGHTING, WeightingMethod.class);
  }
}
