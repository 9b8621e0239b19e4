package io.potentia.scoring.normalise;

import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.StrategyDescriptor;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The built-in normalisers. Each respects the indicator's direction (after normalisation, higher
 * is better), leaves missing values (NaN) missing, and documents what it rejects.
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
 */
public final class Normalisers {
  private Normalisers() {}

  /**
   * Min-max to {@code [lower, upper]}.
   *
   * @param lower the worst area's score
   * @param upper the best area's score
   * @return the normaliser
   */
  public static Normaliser minMax(double lower, double upper) {
    return new MinMax(lower, upper);
  }

  /**
   * Standardisation to mean {@code mean} and standard deviation {@code sd}.
   *
   * @param mean the target mean
   * @param sd the target standard deviation, {@code > 0}
   * @return the normaliser
   */
  public static Normaliser zScore(double mean, double sd) {
    return new ZScore(mean, sd);
  }

  /**
   * Ranks, 1 for the worst, ties averaged.
   *
   * @return the normaliser
   */
  public static Normaliser rank() {
    return new RankNormaliser();
  }

  /**
   * Percentile ranks in {@code [0, 1]}.
   *
   * @return the normaliser
   */
  public static Normaliser percentileRank() {
    return new PercentileRank();
  }

  /**
   * Borda scores: the number of values strictly worse.
   *
   * @return the normaliser
   */
  public static Normaliser borda() {
    return new Borda();
  }

  /**
   * Goalposts.
   *
   * @param lower the lower goalpost
   * @param upper the upper goalpost
   * @param scale the score at the upper goalpost
   * @param cap whether values beyond the goalposts are capped
   * @param log whether logarithms of values and goalposts are used
   * @return the normaliser
   */
  public static Normaliser goalposts(double lower, double upper, double scale, boolean cap, boolean log) {
    return new Goalposts(lower, upper, scale, cap, log);
  }

  /**
   * Distance to a target.
   *
   * @param target the target value
   * @param cap whether values beyond the target score 1
   * @return the normaliser
   */
  public static Normaliser distanceToTarget(double target, boolean cap) {
    return new DistanceToTarget(target, cap);
  }

  /**
   * Relative distance to the best performer.
   *
   * @return the normaliser
   */
  public static Normaliser distanceToBest() {
    return new DistanceToBest();
  }

  /**
   * Fraction of the maximum.
   *
   * @return the normaliser
   */
  public static Normaliser fractionOfMax() {
    return new FractionOfMax();
  }

  /**
   * Maximum normalisation as pymcdm defines it: {@code x / max}, and {@code 1 - x / max} for a cost
   * criterion.
   *
   * @return the normaliser
   */
  public static Normaliser max() {
    return new MaxNormaliser();
  }

  /**
   * Share of the column's total.
   *
   * @return the normaliser
   */
  public static Normaliser shareOfTotal() {
    return new ShareOfTotal("share-of-total", OptionalDouble.empty());
  }

  /**
   * Share of a given system total, as the CINC does.
   *
   * @param total the system total, at least the column's sum
   * @return the normaliser
   */
  public static Normaliser shareOfTotal(double total) {
    return new ShareOfTotal("share-of-total", OptionalDouble.of(total));
  }

  /**
   * Sum normalisation, {@code x / sum x}.
   *
   * @return the normaliser
   */
  public static Normaliser sum() {
    return new ShareOfTotal("sum", OptionalDouble.empty());
  }

  /**
   * Vector normalisation.
   *
   * @return the normaliser
   */
  public static Normaliser vector() {
    return new Vector();
  }

  /**
   * Logarithmic normalisation.
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
    StrategyKind k = StrategyKind.NORMALISATION;
    return List.of(
        new StrategyDescriptor(k, "min-max", "l + (u - l)(x - min)/(max - min); parameters lower = 0, upper = 100",
            p -> minMax(p.number("lower", 0), p.number("upper", 100))),
        new StrategyDescriptor(k, "z-score", "m + s (x - mean)/sd; parameters mean = 0, sd = 1",
            p -> zScore(p.number("mean", 0), p.number("sd", 1))),
        new StrategyDescriptor(k, "rank", "rank among the areas, 1 = worst, ties averaged", p -> rank()),
        new StrategyDescriptor(k, "percentile-rank", "(min rank - 1)/(n - 1), in [0, 1]", p -> percentileRank()),
        new StrategyDescriptor(k, "borda", "number of areas strictly worse", p -> borda()),
        new StrategyDescriptor(k, "goalposts", "s (x - lower)/(upper - lower); parameters lower, upper, scale = 1,"
            + " cap = true, log = false",
            p -> goalposts(p.number("lower"), p.number("upper"), p.number("scale", 1), p.flag("cap", true),
                p.flag("log", false))),
        new StrategyDescriptor(k, "distance-to-target", "(x - min)/(target - min); parameters target, cap = true",
            p -> distanceToTarget(p.number("target"), p.flag("cap", true))),
        new StrategyDescriptor(k, "distance-to-best", "(x - best)/|best|: 0 for the leader, negative below",
            p -> distanceToBest()),
        new StrategyDescriptor(k, "fraction-of-max", "x / max (cost: min / x)", p -> fractionOfMax()),
        new StrategyDescriptor(k, "max", "x / max (cost: 1 - x / max)", p -> max()),
        new StrategyDescriptor(k, "share-of-total", "x / total; parameter total (default: the column's sum)",
            p -> p.optionalNumber("total").map(Normalisers::shareOfTotal).orElseGet(Normalisers::shareOfTotal)),
        new StrategyDescriptor(k, "sum", "x / sum x (cost: (1/x) / sum 1/x)", p -> sum()),
        new StrategyDescriptor(k, "vector", "x / sqrt(sum x^2) (cost: 1 - that)", p -> vector()),
        new StrategyDescriptor(k, "logarithmic", "ln x / ln(prod x)", p -> logarithmic()));
  }

  /**
   * A built-in normaliser by name, with its default parameters, for methods that take one as a
   * parameter (as TOPSIS takes its normalisation).
   *
   * @param name the name
   * @return the normaliser
   * @throws io.potentia.core.InvalidInputException if no built-in has this name; lists the known ones
   */
  public static Normaliser byName(String name) {
    for (StrategyDescriptor d : descriptors()) {
      if (d.name().equals(name)) {
        io.potentia.scoring.spi.Parameters none = io.potentia.scoring.spi.Parameters.none(name);
        Normaliser s = (Normaliser) d.factory().apply(none);
        none.rejectUnread();
        return s;
      }
    }
    throw io.potentia.core.InvalidInputException.at("", "unknown normaliser '" + name + "'; known: "
        + descriptors().stream().map(StrategyDescriptor::name).toList());
  }
}
