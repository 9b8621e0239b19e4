package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.StrategyDescriptor;
import java.util.List;

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
 *   <tr><td>catalyst</td><td>H (P / s)^g</td><td>catalyst = 0, scale = 100, strength = 1</td></tr>
 * </table>
 */
public final class Aggregators {
  private Aggregators() {}

  /**
   * The weighted arithmetic mean.
   *
   * @return the aggregator
   */
  public static PointwiseAggregator arithmeticMean() {
    return new PowerMean("arithmetic-mean", 1);
  }

  /**
   * The weighted geometric mean.
   *
   * @return the aggregator
   */
  public static PointwiseAggregator geometricMean() {
    return new PowerMean("geometric-mean", 0);
  }

  /**
   * The weighted harmonic mean.
   *
   * @return the aggregator
   */
  public static PointwiseAggregator harmonicMean() {
    return new PowerMean("harmonic-mean", -1);
  }

  /**
   * The weighted power mean of order p.
   *
   * @param p the order; 1 arithmetic, 0 geometric, -1 harmonic
   * @return the aggregator
   */
  public static PointwiseAggregator powerMean(double p) {
    return new PowerMean("power-mean", p);
  }

  /**
   * The weighted median.
   *
   * @return the aggregator
   */
  public static PointwiseAggregator median() {
    return new WeightedMedian();
  }

  /**
   * The minimum (weakest link).
   *
   * @return the aggregator
   */
  public static PointwiseAggregator minimum() {
    return new Minimum();
  }

  /**
   * Ordered weighted averaging.
   *
   * @param orderWeights weights of the positions, largest score first
   * @return the aggregator
   */
  public static Aggregator owa(double... orderWeights) {
    return new Owa(orderWeights);
  }

  /**
   * Copeland's outranking rule.
   *
   * @return the aggregator
   */
  public static Aggregator copeland() {
    return new Copeland();
  }

  /**
   * The Mazziotta-Pareto index.
   *
   * @param negativePenalty true for {@code M - S cv} (higher is better), false for {@code M + S cv}
   * @return the aggregator
   */
  public static PointwiseAggregator mazziottaPareto(boolean negativePenalty) {
    return new MazziottaPareto(negativePenalty);
  }

  /**
   * The coupling coordination degree.
   *
   * @return the aggregator
   */
  public static PointwiseAggregator couplingCoordination() {
    return new CouplingCoordination();
  }

  /**
   * The political-catalyst multiplicative model.
   *
   * @param catalyst the position of the catalyst child
   * @param scale the top of the score scale
   * @param strength the exponent of the catalyst
   * @return the aggregator
   */
  public static Aggregator catalyst(int catalyst, double scale, double strength) {
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
        new StrategyDescriptor(k, "arithmetic-mean", "sum w x", p -> arithmeticMean()),
        new StrategyDescriptor(k, "geometric-mean", "prod x^w", p -> geometricMean()),
        new StrategyDescriptor(k, "harmonic-mean", "1 / sum(w / x)", p -> harmonicMean()),
        new StrategyDescriptor(k, "power-mean", "(sum w x^p)^(1/p); parameter p", p -> powerMean(p.number("p"))),
        new StrategyDescriptor(k, "median", "weighted median", p -> median()),
        new StrategyDescriptor(k, "minimum", "the weakest child", p -> minimum()),
        new StrategyDescriptor(k, "owa", "ordered weighted average; parameter order",
            p -> owa(p.numbers("order").orElseThrow(() -> InvalidInputException.at("parameters.order",
                "'owa' needs parameter 'order'")))),
        new StrategyDescriptor(k, "copeland", "pairwise wins minus losses", p -> copeland()),
        new StrategyDescriptor(k, "mazziotta-pareto", "M - S cv; parameter penalty = negative | positive",
            p -> mazziottaPareto(penalty(p.text("penalty", "negative")))),
        new StrategyDescriptor(k, "coupling-coordination", "sqrt(C T) of pillar scores in [0, 1]",
            p -> couplingCoordination()),
        new StrategyDescriptor(k, "catalyst", "H (P / s)^g; parameters catalyst = 0, scale = 100, strength = 1",
            p -> catalyst((int) p.number("catalyst", 0), p.number("scale", 100), p.number("strength", 1))));
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
   * @throws io.potentia.core.InvalidInputException if no built-in has this name; lists the known ones
   */
  public static Aggregator byName(String name) {
    for (StrategyDescriptor d : descriptors()) {
      if (d.name().equals(name)) {
        io.potentia.scoring.spi.Parameters none = io.potentia.scoring.spi.Parameters.none(name);
        Aggregator s = (Aggregator) d.factory().apply(none);
        none.rejectUnread();
        return s;
      }
    }
    throw io.potentia.core.InvalidInputException.at("", "unknown aggregator '" + name + "'; known: "
        + descriptors().stream().map(StrategyDescriptor::name).toList());
  }
}
