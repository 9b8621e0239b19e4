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
 *   <tr><td>edas</td><td>highest appraisal score</td><td>(none)</td></tr>
 *   <tr><td>mabac</td><td>highest distance from the border approximation area</td><td>(none)</td></tr>
 *   <tr><td>marcos</td><td>highest utility function</td><td>(none)</td></tr>
 *   <tr><td>cocoso</td><td>highest combined appraisal k</td><td>lambda = 0.5</td></tr>
 *   <tr><td>codas</td><td>highest assessment score</td><td>tau = 0.02</td></tr>
 *   <tr><td>aras</td><td>highest utility degree</td><td>(none)</td></tr>
 *   <tr><td>copras</td><td>highest relative significance</td><td>(none)</td></tr>
 *   <tr><td>waspas</td><td>highest joint criterion Q</td><td>lambda = 0.5</td></tr>
 *   <tr><td>moora</td><td>highest ratio-system score</td><td></td></tr>
 *   <tr><td>multimoora</td><td>highest dominance score</td><td></td></tr>
 *   <tr><td>mairca</td><td>lowest total gap</td><td></td></tr>
 *   <tr><td>ocra</td><td>highest overall rating</td><td></td></tr>
 *   <tr><td>promethee-i</td><td>highest net preference count (partial order: preference structure)</td><td>(preference functions per criterion)</td></tr>
 *   <tr><td>electre-i</td><td>kernel members (score 1; preference structure)</td><td>concordance = 0.65, discordance = 0.35</td></tr>
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
   * WASPAS, the weighted aggregated sum product assessment (Zavadskas, Turskis, Antucheviciene and
   * Zakarevicius 2012, "Optimization of weighted aggregated sum product assessment", Elektronika ir
   * Elektrotechnika 122(6)): each criterion is normalised linearly, {@code r_ij = x_ij / max_i x_ij}
   * for a benefit and {@code min_i x_ij / x_ij} for a cost; the weighted sum {@code Q1_i = sum_j w_j
   * r_ij} and the weighted product {@code Q2_i = prod_j r_ij^(w_j)} are joined as {@code Q_i =
   * lambda Q1_i + (1 - lambda) Q2_i}. Higher is better; Q lies in {@code (0, 1]}, and the best
   * alternative on every criterion scores 1. {@code lambda = 1} is the weighted sum, {@code 0} the
   * weighted product. The weights are the problem's, scaled to sum 1 (a note says so), so with
   * weights that sum to {@code s != 1} the parts are {@code Q1 / s} and {@code Q2^(1/s)} of the
   * unscaled ones.
   *
   * <p>Rejects, when ranking, a value that is not {@code > 0}, naming the alternative, the
   * criterion and the value (the cost normalisation divides by it and the product raises it to its
   * weight). A constant criterion normalises to 1 for every alternative, adding the same to every
   * score; a single alternative scores 1. Extras: {@code wsm} (Q1), {@code wpm} (Q2). Traits:
   * {@code MONOTONE}, {@code BOUNDED}, {@code COMPENSATORY}, {@code SCALE_INVARIANT}, {@code
   * ANONYMOUS}, {@code DETERMINISTIC}; the maximum and minimum move with the alternatives, so ranks
   * can reverse.
   *
   * <p>Checked against Chakraborty, Zavadskas and Antucheviciene (2015), Economic Computation and
   * Economic Cybernetics Studies and Research 49(1), 5-22, and JMcDM's example; see {@code
   * WaspasTest}.
   *
   * @param lambda the share of the weighted sum, in {@code [0, 1]} (0.5 in specs)
   * @return the method, named {@code waspas}
   * @throws io.potentia.core.InvalidInputException if {@code lambda} is not in {@code [0, 1]}
   */
  public static RankingMethod waspas(double lambda) {
    return new Waspas(lambda);
  }

  /**
   * The MOORA ratio system (Brauers and Zavadskas 2006, "The MOORA method and its application to
   * privatization in a transition economy", Control and Cybernetics 35(2)): each value as a ratio to
   * its criterion's Euclidean length, {@code x*_ij = x_ij / sqrt(sum_i x_ij^2)}, in {@code [0, 1]};
   * the score is {@code y_i = sum_benefit w_j x*_ij - sum_cost w_j x*_ij}, with the problem's weights
   * scaled to sum 1 as the coefficients of significance that Brauers and Zavadskas allow.
   * Higher is better; y lies in {@code [-1, 1]}.
   *
   * <p>Rejects, when ranking, a negative value (naming the alternative, criterion and value) and a
   * criterion whose values are all 0 (its length is 0). Zeros are accepted. A constant criterion adds
   * the same amount to every score; a single alternative scores {@code sum_benefit w_j - sum_cost
   * w_j}. Traits: {@code MONOTONE}, {@code BOUNDED}, {@code COMPENSATORY},
   * {@code SCALE_INVARIANT}, {@code ANONYMOUS}, {@code DETERMINISTIC}; the lengths move with the
   * alternatives, so ranks can reverse.
   *
   * <p>Checked against Kundakcı (2016), Alphanumeric Journal 4(1), 17-26 (weighted), and Kracka,
   * Brauers and Zavadskas (2010), Inzinerine Ekonomika-Engineering Economics 21(4) (unweighted); see
   * {@code MooraTest}.
   *
   * @return the method, named {@code moora}
   */
  public static RankingMethod moora() {
    return new Moora();
  }

  /**
   * MULTIMOORA (Brauers and Zavadskas 2010, "Project management by MULTIMOORA as an instrument for
   * transition economies", Technological and Economic Development of Economy 16(1)): three orders of
   * the alternatives on the ratios {@code x*_ij = x_ij / sqrt(sum_i x_ij^2)} and the problem's
   * weights scaled to sum 1: the ratio system {@code y_i} of {@link #moora()} (higher is better);
   * the reference point {@code d_i = max_j |r_j - w_j x*_ij|}, {@code r_j} the largest weighted
   * ratio of a benefit and the smallest of a cost (lower is better); and the full multiplicative form
   * {@code U_i = prod_benefit x*_ij^(w_j) / prod_cost x*_ij^(w_j)} (higher is better), with the
   * weights as exponents, so that with equal weights {@code 1/n} it is the n-th root of Brauers and
   * Zavadskas's unweighted {@code U_i}, in the same order.
   *
   * <p>The three orders are joined by the theory of dominance (Brauers and Zavadskas 2011,
   * "MULTIMOORA optimization used to decide on a bank loan to buy property", Technological and
   * Economic Development of Economy 17(1)), read pairwise as its "general dominance": an
   * alternative dominates another when it is strictly ahead of it in at least two of the three
   * orders; ties within an order are ahead of neither. The score is {@code (number of alternatives
   * it dominates - number dominating it) / (m - 1)} (a Copeland count of the dominance relation), in
   * {@code [-1, 1]}; higher is better. An alternative ahead in all three orders ("overall dominance")
   * gains as much as one ahead in two; alternatives that dominate one another in a circle (Brauers
   * and Zavadskas's "circular reasoning") balance out and can tie; ties share a rank.
   *
   * <p>Rejects, when ranking, a value that is not {@code > 0}, naming the alternative, criterion and
   * value (the multiplicative form divides by and takes powers of it), and more than 20,000
   * alternatives (every pair is compared). A constant criterion puts no alternative ahead of another
   * in any part; a single alternative scores 0. The multiplicative form
   * is computed as its logarithm from the raw values, so no ratio underflows. Extras: {@code
   * ratio-system}, {@code reference-point}, {@code multiplicative-log} ({@code ln U_i}), their ranks
   * {@code ratio-system-rank}, {@code reference-point-rank}, {@code multiplicative-rank} (ties share
   * the best), {@code dominates}, {@code dominated-by}. Traits: {@code MONOTONE}, {@code BOUNDED},
   * {@code SCALE_INVARIANT}, {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * <p>Checked against Kracka, Brauers and Zavadskas (2010), Inzinerine Ekonomika-Engineering
   * Economics 21(4): the three parts, their orders and the final order; see {@code MultiMooraTest}.
   *
   * @return the method, named {@code multimoora}
   */
  public static RankingMethod multimoora() {
    return new MultiMoora();
  }

  /**
   * MAIRCA, multi-attributive ideal-real comparative analysis (Pamučar, Vasin and Lukovac 2014,
   * "Selection of railway level crossings for investing in security equipment using hybrid
   * DEMATEL-MARICA model", XVI International Scientific-expert Conference on Railways, Niš): with no
   * preference among the m alternatives ({@code P_A = 1/m}), the theoretical rating of criterion j is
   * {@code t_pj = w_j / m}; the real rating is {@code t_rij = t_pj (x_ij - min_j)/(max_j - min_j)}
   * for a benefit and {@code t_pj (max_j - x_ij)/(max_j - min_j)} for a cost; the gap {@code g_ij =
   * t_pj - t_rij}, and the score is the total gap {@code Q_i = sum_j g_ij}. The lowest gap is best;
   * Q lies in {@code [0, 1/m]}, 0 for an alternative best on every criterion.
   *
   * <p>Rejects, when ranking, a criterion on which every alternative has the same value (its real
   * ratings are undefined), naming it and the value; so also a single alternative. Traits: {@code
   * MONOTONE}, {@code BOUNDED}, {@code COMPENSATORY}, {@code SCALE_INVARIANT}, {@code
   * TRANSLATION_INVARIANT}, {@code ANONYMOUS}, {@code DETERMINISTIC}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * <p>Checked against Aksoy (2021), Gümüşhane Üniversitesi Sosyal Bilimler Enstitüsü Elektronik
   * Dergisi 12(1), 1-11, and JMcDM's example with a cost criterion; see {@code MaircaTest}.
   *
   * @return the method, named {@code mairca}
   */
  public static RankingMethod mairca() {
    return new Mairca();
  }

  /**
   * OCRA, operational competitiveness rating (Parkan 1994, "Calculation of operational
   * performance ratings", International Journal of Production Economics 24(1-2); as stated by Işık
   * and Adalı 2016, International Journal of Advanced Operations Management 8(2)): cost criteria are
   * inputs and benefit criteria outputs; the input rating {@code I_i = sum_cost w_j (max_j - x_ij) /
   * min_j} and the output rating {@code O_i = sum_benefit w_j (x_ij - min_j) / min_j}, each less its
   * smallest value over the alternatives ({@code input-rating}, {@code output-rating}); the overall
   * rating {@code P_i = I_i + O_i - min_k (I_k + O_k)}. Higher is better; the least competitive
   * alternative scores 0. Ratings are not bounded above.
   *
   * <p>Rejects, when ranking, a value that is not {@code > 0}, naming the alternative, criterion and
   * value (differences are divided by the criterion's smallest value), and a criterion whose largest
   * value over its smallest does not fit a double. A constant criterion adds nothing; a single
   * alternative scores 0. Extras: {@code input-rating}, {@code output-rating}. Traits: {@code
   * MONOTONE}, {@code COMPENSATORY}, {@code SCALE_INVARIANT}, {@code ANONYMOUS}, {@code
   * DETERMINISTIC}.
   *
   * <p>Checked against Işık and Adalı (2016), International Journal of Advanced Operations Management
   * 8(2), 140-151 (hotels: input, output and overall ratings), and JMcDM's example; see {@code
   * OcraTest}.
   *
   * @return the method, named {@code ocra}
   */
  public static RankingMethod ocra() {
    return new Ocra();
  }

  /**
   * PROMETHEE I (Brans and Vincke 1985, "A preference ranking organisation method", Management
   * Science 31(6)): the partial preorder of the positive and negative flows of {@link #prometheeII()}
   * (the same flows, computed by it): {@code a} is preferred to {@code b} ({@code a P b}) when
   * {@code phi+(a) >= phi+(b)} and {@code phi-(a) <= phi-(b)} with one of them strict; indifferent
   * ({@code a I b}) when both flows are equal; incomparable ({@code a R b}) when one flow favours
   * {@code a} and the other {@code b}. Flows within 1e-12 of each other count as equal (they are
   * sums of m - 1 terms). The result's {@link RankingResult#preferenceStructure() preference
   * structure} lists every pair as preferred, indifferent or incomparable.
   *
   * <p>A complete ranking cannot show a partial order, so the score is declared: {@code (number of
   * alternatives a is preferred to - number preferred to a) / (m - 1)}, in {@code [-1, 1]}. Since
   * P is transitive, {@code a P b} always gives a a higher score than b, and indifferent alternatives
   * score the same; incomparable ones are ordered by the score alone, and a note counts them. Higher
   * is better. A constant criterion prefers no alternative to another; a single alternative scores 0.
   *
   * <p>Rejects what PROMETHEE II rejects, and more than 1,000 alternatives (the preference structure
   * lists every pair; {@code promethee-ii} ranks any number). Extras: {@code positive-flow}, {@code
   * negative-flow}. Traits: {@code MONOTONE}, {@code BOUNDED}, {@code TRANSLATION_INVARIANT}, {@code
   * ANONYMOUS}, {@code DETERMINISTIC}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * <p>Checked against the flows of Zhao, Peng and Li (2013), Procedia Computer Science 17, 181-188,
   * and a pair made incomparable by hand; see {@code PrometheeITest}.
   *
   * @return the method, named {@code promethee-i}
   */
  public static RankingMethod prometheeI() {
    return new PrometheeI();
  }

  /**
   * ELECTRE I (Roy 1968, "Classement et choix en présence de points de vue multiples (la méthode
   * ELECTRE)", RIRO 2(8); as in Barba-Romero and Pomerol 1997, <i>Decisiones multicriterio</i>,
   * and García Cebrián and Muñoz Porcar 2009, Revista de Métodos Cuantitativos para la Economía y la
   * Empresa 7): the values of each criterion as shares of its sum, {@code r_ij = x_ij / sum_i x_ij},
   * so that all criteria share one scale; with {@code g_ij = r_ij} for a benefit and {@code -r_ij}
   * for a cost, the concordance {@code c(a, b) = sum_{j: g_aj >= g_bj} w_j} (weights scaled to sum
   * 1) and the discordance {@code d(a, b) = max_j max(0, g_bj - g_aj) / delta}, with {@code delta}
   * the largest range {@code max_i r_ij - min_i r_ij} of any criterion. {@code a} outranks {@code b}
   * ({@code a S b}) when {@code c(a, b) >= concordance} and {@code d(a, b) <= discordance}, each to
   * within 1e-9 (weights given in decimals do not sum exactly in binary): the discordance threshold
   * is the veto of a strong opposition on any one criterion. From S: {@code a P b} when {@code a S
   * b} only, {@code a I b} when both, {@code a R b} when neither, in the result's {@link
   * RankingResult#preferenceStructure() preference structure}.
   *
   * <p>ELECTRE I chooses, it does not rank: its answer is the kernel of S, the alternatives none of
   * which outranks another such that every other alternative is outranked by one of them.
   * Alternatives that outrank one another in a circuit are merged first, as Roy does, so the kernel
   * exists and is unique (a note names each circuit). The score is 1 for the kernel's members and 0
   * for the others, which are not ranked among themselves; higher is better.
   *
   * <p>Rejects, when ranking, a negative value (naming the alternative, criterion and value), a
   * criterion whose values are all 0 (no shares), and more than 1,000 alternatives (every pair is
   * listed). A single alternative is its own kernel; when every criterion is constant, delta is 0,
   * no discordance arises and every alternative outranks every other. Extras: {@code outranks} and
   * {@code outranked-by} (how many alternatives each outranks, and is outranked by). Traits: {@code
   * MONOTONE}, {@code BOUNDED}, {@code SCALE_INVARIANT}, {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * <p>Checked against García Cebrián and Muñoz Porcar (2009): the concordance and discordance
   * matrices and the kernel at thresholds 0.65 and 0.35; see {@code ElectreITest}.
   *
   * @param concordance the concordance threshold, in {@code [0, 1]} (0.65 in specs)
   * @param discordance the discordance threshold, in {@code [0, 1]} (0.35 in specs)
   * @return the method, named {@code electre-i}
   * @throws io.potentia.core.InvalidInputException if a threshold is not in {@code [0, 1]}
   */
  public static RankingMethod electreI(double concordance, double discordance) {
    return new ElectreI(concordance, discordance);
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
                p.strategy("aggregation", "arithmetic-mean", StrategyKind.AGGREGATION, Aggregator.class))),
        StrategyDescriptor.of(k, "edas", "evaluation based on distance from the average solution",
            EnumSet.of(MONOTONE, BOUNDED, COMPENSATORY, SCALE_INVARIANT, ANONYMOUS, DETERMINISTIC),
            p -> edas()),
        StrategyDescriptor.of(k, "mabac", "distance from the border approximation area",
            EnumSet.of(MONOTONE, BOUNDED, COMPENSATORY, SCALE_INVARIANT, TRANSLATION_INVARIANT, ANONYMOUS, DETERMINISTIC,
                ACCEPTS_NON_POSITIVE),
            p -> mabac()),
        StrategyDescriptor.of(k, "marcos", "utility relative to the ideal and anti-ideal solutions",
            EnumSet.of(MONOTONE, BOUNDED, COMPENSATORY, SCALE_INVARIANT, ANONYMOUS, DETERMINISTIC),
            p -> marcos()),
        StrategyDescriptor.of(k, "cocoso", "combined compromise solution; parameter lambda = 0.5",
            EnumSet.of(MONOTONE, COMPENSATORY, SCALE_INVARIANT, TRANSLATION_INVARIANT, ANONYMOUS, DETERMINISTIC,
                ACCEPTS_NON_POSITIVE),
            p -> coCoSo(p.number("lambda", 0.5))),
        StrategyDescriptor.of(k, "codas", "Euclidean and taxicab distances from the negative ideal; parameter tau = 0.02",
            EnumSet.of(COMPENSATORY, SCALE_INVARIANT, ANONYMOUS, DETERMINISTIC),
            p -> codas(p.number("tau", 0.02))),
        StrategyDescriptor.of(k, "aras", "additive ratio assessment: utility degree against the optimal alternative",
            EnumSet.of(MONOTONE, BOUNDED, COMPENSATORY, SCALE_INVARIANT, ANONYMOUS, DETERMINISTIC),
            p -> aras()),
        StrategyDescriptor.of(k, "copras", "complex proportional assessment: relative significance",
            EnumSet.of(MONOTONE, BOUNDED, COMPENSATORY, SCALE_INVARIANT, ANONYMOUS, DETERMINISTIC),
            p -> copras()),
        StrategyDescriptor.of(k, "waspas", "weighted sum and product after linear normalisation; parameter lambda = 0.5",
            EnumSet.of(MONOTONE, BOUNDED, COMPENSATORY, SCALE_INVARIANT, ANONYMOUS, DETERMINISTIC),
            p -> waspas(p.number("lambda", 0.5))),
        StrategyDescriptor.of(k, "moora", "MOORA ratio system on vector ratios",
            EnumSet.of(MONOTONE, BOUNDED, COMPENSATORY, SCALE_INVARIANT, ANONYMOUS, DETERMINISTIC),
            p -> moora()),
        StrategyDescriptor.of(k, "multimoora", "ratio system, reference point and multiplicative form joined by dominance",
            EnumSet.of(MONOTONE, BOUNDED, SCALE_INVARIANT, ANONYMOUS, DETERMINISTIC),
            p -> multimoora()),
        StrategyDescriptor.of(k, "mairca", "total gap between theoretical and real ratings, lowest best",
            EnumSet.of(MONOTONE, BOUNDED, COMPENSATORY, SCALE_INVARIANT, TRANSLATION_INVARIANT, ANONYMOUS, DETERMINISTIC,
                ACCEPTS_NON_POSITIVE),
            p -> mairca()),
        StrategyDescriptor.of(k, "ocra", "operational competitiveness rating",
            EnumSet.of(MONOTONE, COMPENSATORY, SCALE_INVARIANT, ANONYMOUS, DETERMINISTIC),
            p -> ocra()),
        StrategyDescriptor.of(k, "promethee-i", "partial order of the positive and negative flows",
            EnumSet.of(MONOTONE, BOUNDED, TRANSLATION_INVARIANT, ANONYMOUS, DETERMINISTIC, ACCEPTS_NON_POSITIVE),
            p -> prometheeI()),
        StrategyDescriptor.of(k, "electre-i", "kernel of the outranking relation; parameters concordance = 0.65,"
            + " discordance = 0.35",
            EnumSet.of(MONOTONE, BOUNDED, SCALE_INVARIANT, ANONYMOUS, DETERMINISTIC),
            p -> electreI(p.number("concordance", 0.65), p.number("discordance", 0.35))));
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

  /**
   * EDAS, evaluation based on distance from average solution (Keshavarz Ghorabaee, Zavadskas, Olfat
   * and Turskis 2015, "Multi-criteria inventory classification using a new method of evaluation
   * based on distance from average solution (EDAS)", Informatica 26(3), 435-451): with {@code AV_j}
   * the average of criterion j, the positive and negative distances from it are {@code PDA_ij =
   * max(0, x_ij - AV_j) / AV_j} and {@code NDA_ij = max(0, AV_j - x_ij) / AV_j} for a benefit
   * criterion (the other way round for a cost); {@code SP_i = sum_j w_j PDA_ij}, {@code SN_i = sum_j
   * w_j NDA_ij}, normalised as {@code NSP_i = SP_i / max SP} and {@code NSN_i = 1 - SN_i / max SN};
   * the appraisal score {@code AS_i = (NSP_i + NSN_i) / 2}, in {@code [0, 1]}. Higher is better.
   *
   * <p>Where every weighted criterion is constant (so also for a single alternative) no alternative
   * is off the average, {@code max SP = max SN = 0}, and every score is 0.5 ({@code NSP = 0}, {@code
   * NSN = 1}). Rejects, when ranking, a criterion whose average is 0 or negative, naming it and the
   * average (the distances are divided by it; negative values are accepted where the average stays
   * positive), and a distance that overflows, naming the alternative. The average moves with every
   * alternative, so rank reversal is possible. Extras: {@code SP}, {@code SN}, {@code NSP}, {@code
   * NSN}. Traits: {@code MONOTONE}, {@code BOUNDED}, {@code COMPENSATORY}, {@code SCALE_INVARIANT},
   * {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * <p>Checked against Yazdani, Torkayesh, Santibanez-Gonzalez and Otaghsara (2020), Sustainable
   * Operations and Computers 1, 35-42 (renewable energy resources), and Ersoy (2021), LogForum 17(3)
   * (notebooks); see {@code EdasTest}.
   *
   * @return the method, named {@code edas}
   */
  public static RankingMethod edas() {
    return new Edas();
  }

  /**
   * MABAC, multi-attributive border approximation area comparison (Pamučar and Ćirović 2015, "The
   * selection of transport and handling resources in logistics centers using Multi-Attributive
   * Border Approximation area Comparison (MABAC)", Expert Systems with Applications 42(6),
   * 3016-3028): each criterion is min-max normalised so that higher is better, {@code t_ij = (x_ij -
   * min_j) / (max_j - min_j)} for a benefit and {@code (max_j - x_ij) / (max_j - min_j)} for a cost;
   * weighted as {@code v_ij = w_j (t_ij + 1)}; the border approximation area of each criterion is
   * the geometric mean {@code g_j = (prod_i v_ij)^(1/m)}; the score is the sum of the distances from
   * it, {@code S_i = sum_j (v_ij - g_j)}, in {@code [-1, 1]}. Higher is better: an alternative above
   * the border on a criterion is nearer the ideal there.
   *
   * <p>The {@code g_j} are noted in the result, per criterion. Rejects, when ranking, a constant
   * criterion (min-max is undefined), so also a single alternative, naming the criterion. Rank
   * reversal is possible (the bounds and the border move with the alternatives). Traits: {@code
   * MONOTONE}, {@code BOUNDED}, {@code COMPENSATORY}, {@code SCALE_INVARIANT}, {@code
   * TRANSLATION_INVARIANT}, {@code ANONYMOUS}, {@code DETERMINISTIC}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * <p>Checked against the paper's own forklift example (scores and border approximation areas); see
   * {@code MabacTest}.
   *
   * @return the method, named {@code mabac}
   */
  public static RankingMethod mabac() {
    return new Mabac();
  }

  /**
   * MARCOS, measurement of alternatives and ranking according to compromise solution (Stević,
   * Pamučar, Puška and Chatterjee 2020, "Sustainable supplier selection in healthcare industries
   * using a new MCDM method: Measurement of alternatives and ranking according to COmpromise
   * solution (MARCOS)", Computers and Industrial Engineering 140, 106231): the ideal solution AI
   * takes the best value of each criterion (largest benefit, smallest cost) and the anti-ideal AAI
   * the worst; values are normalised against the ideal, {@code n_ij = x_ij / x_AI,j} for a benefit
   * and {@code x_AI,j / x_ij} for a cost, and summed with the weights, {@code S_i = sum_j w_j n_ij}
   * (likewise {@code S_AI = 1} and {@code S_AAI}); the utility degrees are {@code K-_i = S_i /
   * S_AAI} and {@code K+_i = S_i / S_AI}, the utility functions {@code f(K-_i) = K+_i / (K+_i +
   * K-_i)} and {@code f(K+_i) = K-_i / (K+_i + K-_i)}, and the score {@code f(K_i) = (K+_i + K-_i) /
   * (1 + (1 - f(K+_i)) / f(K+_i) + (1 - f(K-_i)) / f(K-_i))}, in {@code (0, 1)}. Higher is better.
   * Since {@code f(K+_i)} and {@code f(K-_i)} are the same for every alternative, the score is
   * proportional to {@code S_i}: the order is that of the weighted sum after the normalisation.
   *
   * <p>A single alternative is its own ideal and anti-ideal and scores 2/3; a constant criterion
   * normalises to 1. Rejects, when ranking, a negative benefit value and a cost value that is 0 or
   * negative, naming the alternative, criterion and value (the normalisation takes ratios), a
   * benefit criterion whose values are all 0, and an anti-ideal that scores 0 ({@code K-} divides by
   * it). Rank reversal is possible (the ideal moves with the alternatives). Extras: {@code S}, {@code
   * K-}, {@code K+}. Traits: {@code MONOTONE}, {@code BOUNDED}, {@code COMPENSATORY}, {@code
   * SCALE_INVARIANT}, {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * <p>Checked against Ulutaş, Karabasevic, Popovic, Stanujkic, Nguyen and Karaköy (2020), Mathematics
   * 8(10), 1672 (stackers); see {@code MarcosTest}.
   *
   * @return the method, named {@code marcos}
   */
  public static RankingMethod marcos() {
    return new Marcos();
  }

  /**
   * CoCoSo, the combined compromise solution (Yazdani, Zarate, Zavadskas and Turskis 2019, "A
   * combined compromise solution (CoCoSo) method for multi-criteria decision-making problems",
   * Management Decision 57(9), 2501-2519): each criterion is min-max normalised so that higher is
   * better, {@code r_ij = (x_ij - min_j) / (max_j - min_j)} for a benefit and {@code (max_j - x_ij) /
   * (max_j - min_j)} for a cost; the weighted sum {@code S_i = sum_j w_j r_ij} and the power sum
   * {@code P_i = sum_j r_ij^(w_j)}; three appraisal scores, {@code k_ia = (P_i + S_i) / sum_i (P_i +
   * S_i)}, {@code k_ib = S_i / min S + P_i / min P} and {@code k_ic = (lambda S_i + (1 - lambda) P_i)
   * / (lambda max S + (1 - lambda) max P)}; and the score {@code k_i = (k_ia k_ib k_ic)^(1/3) + (k_ia
   * + k_ib + k_ic) / 3}. Higher is better; {@code k_i > 0}, unbounded above ({@code k_ib} grows as
   * the smallest S or P nears 0).
   *
   * <p>Rejects, when ranking, a constant criterion (min-max is undefined), so also a single
   * alternative, naming the criterion; an alternative with the worst value of every weighted
   * criterion, naming it (its S and P are 0, and {@code k_ib} divides by them: with one criterion,
   * or two alternatives one of which dominates the other, there always is one); and a score that
   * overflows because the smallest S or P is too close to 0. Rank reversal is possible. Extras:
   * {@code S}, {@code P}, {@code ka}, {@code kb}, {@code kc}. Traits: {@code MONOTONE}, {@code
   * COMPENSATORY}, {@code SCALE_INVARIANT}, {@code TRANSLATION_INVARIANT}, {@code ANONYMOUS}, {@code
   * DETERMINISTIC}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * <p>Checked against the paper's own industrial robot example (k_a, k_b, k_c and k); see {@code
   * CoCoSoTest}.
   *
   * @param lambda the weight of the weighted sum against the power sum in {@code k_ic}, in {@code
   *     [0, 1]} (0.5 in specs, as the authors suggest)
   * @return the method, named {@code cocoso}
   * @throws io.potentia.core.InvalidInputException if {@code lambda} is not in {@code [0, 1]}
   */
  public static RankingMethod coCoSo(double lambda) {
    return new CoCoSo(lambda);
  }

  /**
   * CODAS, combinative distance-based assessment (Keshavarz Ghorabaee, Zavadskas, Turskis and
   * Antucheviciene 2016, "A new combinative distance-based assessment (CODAS) method for
   * multi-criteria decision-making", Economic Computation and Economic Cybernetics Studies and
   * Research 50(3), 25-44): linear normalisation {@code n_ij = x_ij / max_j} for a benefit and
   * {@code min_j / x_ij} for a cost, weighted {@code r_ij = w_j n_ij}; the negative-ideal solution
   * {@code ns_j = min_i r_ij}; the Euclidean and taxicab distances from it, {@code E_i = sqrt(sum_j
   * (r_ij - ns_j)^2)} and {@code T_i = sum_j |r_ij - ns_j|}; the relative assessment {@code h_ik =
   * (E_i - E_k) + psi(E_i - E_k)(T_i - T_k)} with {@code psi(e) = 1} for {@code |e| >= tau} and 0
   * below, as the paper's equation reads and its examples compute; and the score {@code H_i = sum_k
   * h_ik}. Higher is better; the scores sum to 0.
   *
   * <p>A single alternative scores 0; a constant criterion adds no distance. Rejects, when ranking, a
   * negative benefit value and a cost value that is 0 or negative, naming the alternative, criterion
   * and value (the normalisation takes ratios), and a benefit criterion whose values are all 0. Not
   * {@code MONOTONE}: where {@code psi} switches, an alternative that dominates another can score
   * below it (benefits (4, 3) against (4, 2) beside (1, 9) and (2, 8), equal weights, tau = 0.02).
   * Rank reversal is possible. Extras: {@code euclidean-distance}, {@code taxicab-distance}. Traits:
   * {@code COMPENSATORY}, {@code SCALE_INVARIANT}, {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * <p>Checked against Badi, Shetwan and Abdulshahed (2017), ICMNEE, 395-407 (the suppliers of the
   * Libyan Iron and Steel Company); see {@code CodasTest}.
   *
   * @param tau the threshold of {@code psi}, in {@code [0, 1]} (0.02 in specs; the authors suggest
   *     0.01 to 0.05); at 0 the taxicab difference always counts, and no Euclidean distance differs by
   *     1 or more, so at 1 it never does
   * @return the method, named {@code codas}
   * @throws io.potentia.core.InvalidInputException if {@code tau} is not in {@code [0, 1]}
   */
  public static RankingMethod codas(double tau) {
    return new Codas(tau);
  }

  /**
   * ARAS, additive ratio assessment (Zavadskas and Turskis 2010, "A new additive ratio assessment
   * (ARAS) method in multicriteria decision-making", Technological and Economic Development of
   * Economy 16(2), 159-172): an optimal alternative 0 joins the matrix with the best value of each
   * criterion (largest benefit, smallest cost; the paper's choice when the decision maker sets no
   * optimum); each criterion is normalised as shares of its sum over alternatives 0..m, {@code
   * x_ij / sum_i x_ij} for a benefit and {@code (1 / x_ij) / sum_i (1 / x_ij)} for a cost; the
   * optimality function is {@code S_i = sum_j w_j xbar_ij} and the score the utility degree {@code
   * K_i = S_i / S_0}, in {@code (0, 1]}. Higher is better.
   *
   * <p>A single alternative is optimal and scores 1. Rejects, when ranking, a negative benefit value
   * and a cost value that is 0 or negative, naming the alternative, criterion and value (the shares
   * need them), and a benefit criterion whose values are all 0. {@code S_0} is noted in the result.
   * Rank reversal is possible (the sums and the optimum move with the alternatives). Extra: {@code
   * S}. Traits: {@code MONOTONE}, {@code BOUNDED}, {@code COMPENSATORY}, {@code SCALE_INVARIANT},
   * {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * <p>Checked against Balezentiene and Kusta (2012), The Scientific World Journal 2012, 908384
   * (grassland fertilisation), and Stanujkic, Djordjevic and Karabasevic (2015), Quaestus 7
   * (candidates); see {@code ArasTest}.
   *
   * @return the method, named {@code aras}
   */
  public static RankingMethod aras() {
    return new Aras();
  }

  /**
   * COPRAS, complex proportional assessment (Zavadskas, Kaklauskas and Šarka 1994, "The new method
   * of multicriteria complex proportional assessment of projects", Technological and Economic
   * Development of Economy 1(3)): the weighted shares {@code d_ij = w_j x_ij / sum_i x_ij} of every criterion;
   * {@code S+_i} sums them over the benefit criteria and {@code S-_i} over the cost criteria; the
   * relative significance {@code Q_i = S+_i + (S-_min sum_k S-_k) / (S-_i sum_k (S-_min / S-_k))},
   * the score; and the utility degree {@code N_i = 100 Q_i / max Q} (percent). Higher is better;
   * {@code Q_i} lies in {@code [0, 1]}.
   *
   * <p>Without a weighted cost criterion the second term has no costs to compare and {@code Q_i =
   * S+_i}, as a note says. A single alternative has {@code N = 100}. Rejects, when ranking, a
   * negative benefit value and a cost value that is 0 or negative, naming the alternative, criterion
   * and value (the second term divides by the cost shares), and a benefit criterion whose values are
   * all 0. Rank reversal is possible (the sums move with the alternatives). Extras: {@code S+},
   * {@code S-}, {@code utility-degree}. Traits: {@code MONOTONE}, {@code BOUNDED}, {@code
   * COMPENSATORY}, {@code SCALE_INVARIANT}, {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * <p>Checked against Uysal and İnan (2022), International Journal of Social Science and Economic
   * Research (research assistants); see {@code CoprasTest}.
   *
   * @return the method, named {@code copras}
   */
  public static RankingMethod copras() {
    return new Copras();
  }
}
