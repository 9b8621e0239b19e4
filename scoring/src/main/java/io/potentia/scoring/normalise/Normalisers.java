package io.potentia.scoring.normalise;

import static io.potentia.scoring.spi.Trait.RANK_REVERSAL_FREE;
import static io.potentia.scoring.spi.Trait.ACCEPTS_MISSING;
import static io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE;
import static io.potentia.scoring.spi.Trait.ANONYMOUS;
import static io.potentia.scoring.spi.Trait.ATTAINS_BOUNDS;
import static io.potentia.scoring.spi.Trait.BOUNDED;
import static io.potentia.scoring.spi.Trait.DETERMINISTIC;
import static io.potentia.scoring.spi.Trait.MONOTONE;
import static io.potentia.scoring.spi.Trait.SCALE_INVARIANT;
import static io.potentia.scoring.spi.Trait.TRANSLATION_INVARIANT;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.StrategyDescriptor;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The built-in normalisers. Each respects the indicator's direction (after normalisation, higher is
 * better), leaves missing values (NaN) missing, and documents what it rejects.
 *
 * <table>
 *   <caption>Built-in normalisers, by spec name</caption>
 *   <tr><th>name</th><th>benefit formula</th><th>parameters</th></tr>
 *   <tr><td>min-max</td><td>l + (u - l)(x - min)/(max - min)</td><td>lower = 0, upper = 100</td></tr>
 *   <tr><td>z-score</td><td>m + s (x - mean)/sd</td><td>mean = 0, sd = 1</td></tr>
 *   <tr><td>rank</td><td>rank, 1 = worst, ties averaged</td><td></td></tr>
 *   <tr><td>percentile-rank</td><td>(min rank - 1)/(n - 1)</td><td></td></tr>
 *   <tr><td>borda</td><td>number of values strictly worse</td><td></td></tr>
 *   <tr><td>goalposts</td><td>s (x - lo)/(hi - lo), capped</td><td>lower, upper, scale = 1, cap = true, log = false</td></tr>
 *   <tr><td>distance-to-target</td><td>(x - min)/(target - min)</td><td>target, cap = true</td></tr>
 *   <tr><td>distance-to-best</td><td>(x - max)/|max|</td><td></td></tr>
 *   <tr><td>fraction-of-max</td><td>x / max (cost: min / x)</td><td></td></tr>
 *   <tr><td>max</td><td>x / max (cost: 1 - x / max)</td><td></td></tr>
 *   <tr><td>share-of-total</td><td>x / total</td><td>total (default: the sum)</td></tr>
 *   <tr><td>sum</td><td>x / sum x</td><td></td></tr>
 *   <tr><td>vector</td><td>x / sqrt(sum x^2)</td><td></td></tr>
 *   <tr><td>logarithmic</td><td>ln x / ln(prod x)</td><td></td></tr>
 * </table>
 *
 * <p>Over a panel: the normalisers that declare {@link io.potentia.scoring.spi.Trait#RANGE_FITTED}
 * (min-max, goalposts, distance-to-target, distance-to-best, fraction-of-max and max) depend on the
 * data only through its minimum and maximum, or not at all, so a pipeline whose spec sets {@code
 * "normalisationScope": "panel"} normalises all years of an indicator as one column with them: min-max
 * then takes its bounds from every year, and the same value scores the same in every year. The
 * others (z-score, the ranks, the shares and norms, logarithmic) are refused for panel scope.
 */
public final class Normalisers {
  private Normalisers() {}

  /**
   * Min-max: {@code l + (u - l)(x - min)/(max - min)} for a benefit indicator and {@code l + (u -
   * l)(max - x)/(max - min)} for a cost one, with {@code min} and {@code max} over the present
   * values, so the best area scores {@code u = upper} and the worst {@code l = lower} (OECD/JRC
   * Handbook 2008, section 5; COINr {@code n_minmax}). A range {@code max - min} that overflows is
   * computed on halved values.
   *
   * <p>Missing values (NaN) stay missing. Rejects a constant column (its range is zero), a column
   * with no present value, and infinite values. Traits: {@code MONOTONE}, {@code BOUNDED} to {@code
   * [lower, upper]}, {@code ATTAINS_BOUNDS}, {@code SCALE_INVARIANT}, {@code
   * TRANSLATION_INVARIANT}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}, {@code
   * ANONYMOUS}, {@code DETERMINISTIC}, {@code RANGE_FITTED}.
   *
   * @param lower the worst area's score, finite
   * @param upper the best area's score, finite and {@code > lower}
   * @return the normaliser
   * @throws io.potentia.core.InvalidInputException if a bound is not finite or {@code lower >=
   *     upper}
   */
  public static Normaliser minMax(double lower, double upper) {
    return new MinMax(lower, upper);
  }

  /**
   * Standardisation: {@code m + s (x - mean_x)/sd_x} for a benefit indicator and {@code m - s (x -
   * mean_x)/sd_x} for a cost one, where {@code mean_x} and {@code sd_x} are the mean and the sample
   * standard deviation (divisor {@code n - 1}) of the n present values, {@code m = mean} and {@code
   * s = sd} (COINr {@code n_zscore}; OECD/JRC Handbook 2008, section 5). Unbounded. A column whose
   * spread overflows a double is rescaled by a power of two first, which leaves the z-scores as
   * they are.
   *
   * <p>Missing values stay missing. Rejects fewer than two present values, a constant column (its
   * standard deviation is 0) and infinite values. Traits: {@code MONOTONE}, {@code
   * SCALE_INVARIANT}, {@code TRANSLATION_INVARIANT}, {@code ACCEPTS_MISSING}, {@code
   * ACCEPTS_NON_POSITIVE}, {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * @param mean the target mean, finite
   * @param sd the target standard deviation, finite and {@code > 0}
   * @return the normaliser
   * @throws io.potentia.core.InvalidInputException if {@code mean} is not finite, or {@code sd} is
   *     not finite and {@code > 0}
   */
  public static Normaliser zScore(double mean, double sd) {
    return new ZScore(mean, sd);
  }

  /**
   * Ranks: each present value's rank among the n present values, 1 for the worst up to n for the
   * best (the smallest value is the worst of a benefit indicator, the largest of a cost one), tied
   * values given the mean of the ranks they share ({@link
   * io.potentia.scoring.spi.TiePolicy#AVERAGE}; COINr {@code n_rank} with average ties). Keeps the
   * order and discards distances, so it is robust to outliers; a constant column gives every area
   * {@code (n + 1)/2}. Not bounded: the top rank grows with n.
   *
   * <p>Missing values stay missing and are not ranked. Rejects a column with no present value and
   * infinite values. Traits: {@code MONOTONE}, {@code SCALE_INVARIANT}, {@code
   * TRANSLATION_INVARIANT}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}, {@code
   * ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * @return the normaliser
   */
  public static Normaliser rank() {
    return new RankNormaliser();
  }

  /**
   * Percentile ranks: {@code (r - 1)/(n - 1)}, where {@code r} is the minimum rank of the value
   * among the n present values, worst first ({@link io.potentia.scoring.spi.TiePolicy#MIN}), so the
   * worst area scores 0 and an untied best scores 1 (COINr {@code n_prank}, which is {@code
   * dplyr::percent_rank}). Tied values share the lowest of their ranks: a tied best scores below 1,
   * and a constant column scores 0 everywhere.
   *
   * <p>Missing values stay missing. Rejects fewer than two present values and infinite values.
   * Traits: {@code MONOTONE}, {@code BOUNDED} to {@code [0, 1]}, {@code ATTAINS_BOUNDS}, {@code
   * SCALE_INVARIANT}, {@code TRANSLATION_INVARIANT}, {@code ACCEPTS_MISSING}, {@code
   * ACCEPTS_NON_POSITIVE}, {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * @return the normaliser
   */
  public static Normaliser percentileRank() {
    return new UnitInterval(new PercentileRank());
  }

  /**
   * Borda scores: the number of present values strictly worse than this one, {@code r - 1} with
   * {@code r} the minimum rank worst first, so the worst area scores 0 and the best up to {@code n
   * - 1} (the Borda count; COINr {@code n_borda}, {@code rank(x, ties = "min") - 1}). Tied values
   * score alike; a constant column scores 0 everywhere. Not bounded: the top score grows with n.
   *
   * <p>Missing values stay missing and count for nothing. Rejects a column with no present value
   * and infinite values. Traits: {@code MONOTONE}, {@code SCALE_INVARIANT}, {@code
   * TRANSLATION_INVARIANT}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}, {@code
   * ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * @return the normaliser
   */
  public static Normaliser borda() {
    return new Borda();
  }

  /**
   * Goalposts: {@code s (x - lo)/(hi - lo)} for a benefit indicator and {@code s (hi - x)/(hi -
   * lo)} for a cost one, against fixed goalposts {@code lo = lower}, {@code hi = upper} rather than
   * the data's own range, so scores compare over years and do not move when areas are added (UNDP
   * Human Development Report 2023/2024, Technical note 1; COINr {@code n_goalposts}). With {@code
   * log}, the natural logarithms of the value and of both goalposts are used, as the HDI does for
   * income. With {@code cap}, values beyond the goalposts score {@code 0} or {@code s} (the HDI
   * caps); without it they score below 0 or above {@code s}. Goalposts near {@code
   * Double.MAX_VALUE} are handled on halved values.
   *
   * <p>Missing values stay missing; a column with no present value gives all NaN (it is not
   * rejected). Rejects infinite values, with {@code log} values {@code <= 0}, and without {@code
   * cap} a value so far beyond the goalposts that its score overflows. Traits: {@code MONOTONE},
   * {@code ACCEPTS_MISSING}, {@code ANONYMOUS}, {@code DETERMINISTIC}, {@code RANK_REVERSAL_FREE},
   * {@code RANGE_FITTED}; with {@code cap} also {@code BOUNDED} to {@code [0, scale]}; without {@code log} also {@code
   * ACCEPTS_NON_POSITIVE}.
   *
   * @param lower the lower goalpost, finite; {@code > 0} with {@code log}
   * @param upper the upper goalpost, finite and {@code > lower}
   * @param scale the score {@code s} at the best goalpost, finite and {@code > 0} (1 in specs)
   * @param cap whether values beyond the goalposts are capped (true in specs)
   * @param log whether logarithms of values and goalposts are used (false in specs)
   * @return the normaliser
   * @throws io.potentia.core.InvalidInputException if a goalpost is not finite, {@code lower >=
   *     upper}, {@code scale} is not finite and {@code > 0}, or {@code log} is set and {@code lower
   *     <= 0}
   */
  public static Normaliser goalposts(double lower, double upper, double scale, boolean cap, boolean log) {
    return new Goalposts(lower, upper, scale, cap, log);
  }

  /**
   * Distance to a target: {@code (x - min)/(target - min)} for a benefit indicator and {@code (max
   * - x)/(max - target)} for a cost one, with {@code min} and {@code max} over the present values,
   * so the worst area scores 0 and an area at the target 1 (COINr {@code n_dist2targ}; OECD/JRC
   * Handbook 2008, section 5, "distance to a reference"). With {@code cap}, areas beyond the target
   * score 1, as a target once met is met; without it they score above 1.
   *
   * <p>Missing values stay missing. Rejects, when normalising, a target the worst value already
   * reaches (a benefit target not above the minimum, a cost target not below the maximum), which
   * would divide by zero or turn the scale around; a column with no present value; and infinite
   * values. A constant column short of the target scores 0 everywhere. Traits: {@code MONOTONE},
   * {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}, {@code ANONYMOUS}, {@code
   * DETERMINISTIC}, {@code RANGE_FITTED}; with {@code cap} also {@code BOUNDED} to {@code [0, 1]}.
   *
   * @param target the target value, finite
   * @param cap whether values beyond the target score 1 (true in specs)
   * @return the normaliser
   * @throws io.potentia.core.InvalidInputException if {@code target} is not finite
   */
  public static Normaliser distanceToTarget(double target, boolean cap) {
    return new DistanceToTarget(target, cap);
  }

  /**
   * Relative distance to the best performer: {@code (x - best)/|best|} for a benefit indicator,
   * with {@code best} the largest present value, and {@code (best - x)/|best|} for a cost one, with
   * {@code best} the smallest, so the leader scores 0 and the others the negative share by which
   * they fall short (OECD/JRC Handbook 2008, section 5, "distance to a reference", with the leader
   * as the reference). Bounded above by 0, unbounded below; a constant column scores 0 everywhere.
   *
   * <p>Missing values stay missing. Rejects a column whose best value is 0 (the relative distance
   * is undefined), one whose best value is so close to 0 against the others that a distance
   * overflows (no infinity comes out), a column with no present value, and infinite values. Traits:
   * {@code MONOTONE}, {@code SCALE_INVARIANT}, {@code ACCEPTS_MISSING}, {@code
   * ACCEPTS_NON_POSITIVE}, {@code ANONYMOUS}, {@code DETERMINISTIC}, {@code RANGE_FITTED}.
   *
   * @return the normaliser
   */
  public static Normaliser distanceToBest() {
    return new DistanceToBest();
  }

  /**
   * Fraction of the maximum (linear normalisation): {@code x / max} for a benefit indicator and
   * {@code min / x} for a cost one, with {@code min} and {@code max} over the present values, so
   * the best area scores 1 (COINr {@code n_fracmax}; pymcdm {@code linear_normalization}). A
   * ratio-scale method: it keeps proportions.
   *
   * <p>Missing values stay missing. Rejects negative values, a benefit column whose values are all
   * 0, a zero in a cost column, a column with no present value, and infinite values. Traits: {@code
   * MONOTONE}, {@code BOUNDED} to {@code [0, 1]}, {@code SCALE_INVARIANT}, {@code ACCEPTS_MISSING},
   * {@code ANONYMOUS}, {@code DETERMINISTIC}, {@code RANGE_FITTED}.
   *
   * @return the normaliser
   */
  public static Normaliser fractionOfMax() {
    return new UnitInterval(new FractionOfMax());
  }

  /**
   * Maximum normalisation as pymcdm defines it ({@code max_normalization}; Kizielewicz et al.
   * 2023): {@code x / max} for a benefit criterion and {@code 1 - x / max} for a cost one, with
   * {@code max} over the present values. Unlike {@link #fractionOfMax()}, the best cost value
   * scores 1 only when it is 0.
   *
   * <p>Missing values stay missing. Rejects negative values, a column whose values are all 0, a
   * column with no present value, and infinite values. Traits: {@code MONOTONE}, {@code BOUNDED} to
   * {@code [0, 1]}, {@code SCALE_INVARIANT}, {@code ACCEPTS_MISSING}, {@code ANONYMOUS}, {@code
   * DETERMINISTIC}, {@code RANGE_FITTED}.
   *
   * @return the normaliser
   */
  public static Normaliser max() {
    return new UnitInterval(new RatioToNorm(RatioToNorm.Norm.MAX));
  }

  /**
   * Share of the column's total: {@code x / sum x} for a benefit indicator and {@code (1/x) /
   * sum(1/x)} for a cost one, the sums over the present values, so the shares of the present values
   * sum to 1. The sum is taken on values scaled by the largest, so it cannot overflow. Spec name
   * {@code share-of-total}; the same as {@link #sum()} under another name.
   *
   * <p>Missing values stay missing. Rejects negative values, a zero in a cost column, a column
   * whose values are all 0, a column with no present value, and infinite values. Traits: {@code
   * MONOTONE}, {@code BOUNDED} to {@code [0, 1]}, {@code SCALE_INVARIANT}, {@code ACCEPTS_MISSING},
   * {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * @return the normaliser
   */
  public static Normaliser shareOfTotal() {
    return new UnitInterval(new ShareOfTotal("share-of-total", OptionalDouble.empty()));
  }

  /**
   * Share of a given system total: {@code x / T}, as the Correlates of War project's Composite
   * Index of National Capability turns each capability into a country's share of the world (Singer,
   * Bremer and Stuckey 1972). The shares of the areas given sum to at most 1.
   *
   * <p>Missing values stay missing. Rejects, when normalising, a cost indicator (a system total of
   * reciprocals is not defined), a total smaller than the column's own sum (beyond a relative
   * rounding slack of 1e-12), negative values, a column whose values are all 0, a column with no
   * present value, and infinite values. Traits: {@code MONOTONE}, {@code BOUNDED} to {@code [0,
   * 1]}, {@code SCALE_INVARIANT}, {@code ACCEPTS_MISSING}, {@code ANONYMOUS}, {@code
   * DETERMINISTIC}.
   *
   * @param total the system total {@code T}, finite, {@code > 0} and at least the column's sum
   * @return the normaliser
   * @throws io.potentia.core.InvalidInputException if {@code total} is not finite and {@code > 0}
   */
  public static Normaliser shareOfTotal(double total) {
    return new UnitInterval(new ShareOfTotal("share-of-total", OptionalDouble.of(total)));
  }

  /**
   * Sum normalisation as pymcdm defines it ({@code sum_normalization}): {@code x / sum x} for a
   * benefit indicator and {@code (1/x) / sum(1/x)} for a cost one, the sums over the present
   * values. The same computation as {@link #shareOfTotal()}, under the spec name {@code sum}.
   *
   * <p>Missing values stay missing. Rejects negative values, a zero in a cost column, a column
   * whose values are all 0, a column with no present value, and infinite values. Traits: {@code
   * MONOTONE}, {@code BOUNDED} to {@code [0, 1]}, {@code SCALE_INVARIANT}, {@code ACCEPTS_MISSING},
   * {@code ANONYMOUS}, {@code DETERMINISTIC}.
   *
   * @return the normaliser
   */
  public static Normaliser sum() {
    return new UnitInterval(new ShareOfTotal("sum", OptionalDouble.empty()));
  }

  /**
   * Vector (Euclidean) normalisation: {@code x / sqrt(sum x^2)} for a benefit indicator and {@code
   * 1 - x / sqrt(sum x^2)} for a cost one, the sum over the present values; the normalisation of
   * the original TOPSIS (Hwang and Yoon 1981; pymcdm {@code vector_normalization}). The norm is
   * taken on values scaled by the largest, so the squares cannot overflow.
   *
   * <p>Missing values stay missing. Rejects negative values, a column whose values are all 0, a
   * column with no present value, and infinite values. Traits: {@code MONOTONE}, {@code BOUNDED} to
   * {@code [0, 1]}, {@code SCALE_INVARIANT}, {@code ACCEPTS_MISSING}, {@code ANONYMOUS}, {@code
   * DETERMINISTIC}.
   *
   * @return the normaliser
   */
  public static Normaliser vector() {
    return new UnitInterval(new RatioToNorm(RatioToNorm.Norm.EUCLIDEAN));
  }

  /**
   * Logarithmic normalisation: {@code ln x / ln(prod x)} for a benefit indicator and {@code (1 - ln
   * x / ln(prod x)) / (n - 1)} for a cost one, where the product runs over the n present values
   * (Zavadskas and Turskis 2008; pymcdm {@code logarithmic_normalization}). The product is taken as
   * a sum of logarithms, so it cannot overflow. When every value exceeds 1 the benefit scores lie
   * in {@code (0, 1)} and sum to 1; when the product is below 1, {@code ln(prod x) < 0} and the
   * order turns around, which is why the method declares no monotonicity.
   *
   * <p>Missing values stay missing. Rejects values {@code <= 0}, a column whose product is 1
   * ({@code ln(prod x) = 0}), a cost column with fewer than two present values, a column with no
   * present value, and infinite values. Traits: {@code ACCEPTS_MISSING}, {@code ANONYMOUS}, {@code
   * DETERMINISTIC}.
   *
   * @return the normaliser
   */
  public static Normaliser logarithmic() {
    return new Logarithmic();
  }

  /**
   * The descriptors of the built-in normalisers, as registered for discovery by name.
   *
   * @return the descriptors
   */
  public static List<StrategyDescriptor> descriptors() {
    return Registered.DESCRIPTORS;
  }

  /**
   * A built-in normaliser by name, with its default parameters, for methods that take one as a
   * parameter (as TOPSIS takes its normalisation).
   *
   * @param name the name
   * @return the normaliser
   * @throws io.potentia.core.InvalidInputException if no built-in has this name; lists the known
   *     ones
   */
  public static Described<Normaliser> byName(String name) {
    return StrategyDescriptor.find(descriptors(), name, Normaliser.class);
  }

  /**
   * Normalises a column as {@code normaliser.normalise(x, direction)} does, to the same bits, reusing
   * the column's extent where the normaliser needs one (min-max), so that a caller that has computed
   * it already does not pay for a second pass.
   *
   * @param normaliser the normaliser
   * @param x the column; {@code extent} must be {@link ColumnExtent#of(double[]) its extent}
   * @param direction the indicator's direction
   * @param extent the extent of {@code x}
   * @return the normalised column
   * @throws io.potentia.core.InvalidInputException as {@link Normaliser#normalise} does
   */
  public static double[] normalise(Normaliser normaliser, double[] x, Direction direction, ColumnExtent extent) {
    return normaliser instanceof MinMax minMax ? minMax.normalise(x, direction, extent)
        : normaliser.normalise(x, direction);
  }
}
