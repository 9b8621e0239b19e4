package io.potentia.scoring.rank;

import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.aggregate.Aggregators;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.normalise.Normalisers;
import io.potentia.scoring.spi.StrategyDescriptor;
import io.potentia.scoring.weight.WeightingMethod;
import io.potentia.scoring.weight.Weightings;
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
 *   <tr><td>grey-relational</td><td>highest grade</td><td>zeta = 0.5</td></tr>
 *   <tr><td>wsm</td><td>highest weighted sum</td><td>normalisation = fraction-of-max | none | any</td></tr>
 *   <tr><td>wpm</td><td>highest weighted product</td><td></td></tr>
 *   <tr><td>spotis</td><td>lowest distance</td><td>(bounds per criterion)</td></tr>
 *   <tr><td>pipeline</td><td>highest aggregate</td><td>normalisation = min-max, weighting = problem, aggregation = arithmetic-mean</td></tr>
 * </table>
 */
public final class RankingMethods {
  private RankingMethods() {}

  /**
   * TOPSIS with a normaliser ({@code Normalisers.minMax(0, 1)} or {@code Normalisers.vector()}).
   *
   * @param normaliser the normalisation
   * @return the method
   */
  public static RankingMethod topsis(Normaliser normaliser) {
    return new Topsis(normaliser);
  }

  /**
   * VIKOR.
   *
   * @param v the weight of the strategy of the majority of criteria, in [0, 1]
   * @return the method
   */
  public static RankingMethod vikor(double v) {
    return new Vikor(v);
  }

  /**
   * PROMETHEE II with each criterion's preference function.
   *
   * @return the method
   */
  public static RankingMethod prometheeII() {
    return new PrometheeII();
  }

  /**
   * Grey relational analysis.
   *
   * @param zeta the distinguishing coefficient, in (0, 1]
   * @return the method
   */
  public static RankingMethod greyRelational(double zeta) {
    return new GreyRelational(zeta);
  }

  /**
   * The weighted sum model.
   *
   * @param normaliser the normalisation, or null for raw values (benefit criteria only)
   * @return the method
   */
  public static RankingMethod weightedSum(Normaliser normaliser) {
    return new WeightedSum(normaliser);
  }

  /**
   * The weighted product model.
   *
   * @return the method
   */
  public static RankingMethod weightedProduct() {
    return new WeightedProduct();
  }

  /**
   * SPOTIS with each criterion's bounds.
   *
   * @return the method
   */
  public static RankingMethod spotis() {
    return new Spotis();
  }

  /**
   * A normalisation + weighting + aggregation pipeline.
   *
   * @param normaliser the normalisation
   * @param weighting the weighting method, or null to use the problem's weights
   * @param aggregator the aggregation
   * @return the method
   */
  public static RankingMethod pipeline(Normaliser normaliser, WeightingMethod weighting, Aggregator aggregator) {
    return new PipelineRanking(normaliser, weighting, aggregator);
  }

  /**
   * The descriptors of the built-in ranking methods.
   *
   * @return the descriptors
   */
  public static List<StrategyDescriptor> descriptors() {
    StrategyKind k = StrategyKind.RANKING;
    return List.of(
        new StrategyDescriptor(k, "topsis", "closeness to the ideal; parameter normalisation = min-max | vector",
            p -> topsis(normaliser(p.text("normalisation", "min-max")))),
        new StrategyDescriptor(k, "vikor", "compromise ranking, lowest Q best; parameter v = 0.5",
            p -> vikor(p.number("v", 0.5))),
        new StrategyDescriptor(k, "promethee-ii", "net outranking flow", p -> prometheeII()),
        new StrategyDescriptor(k, "gra", "grey relational grade; parameter zeta = 0.5",
            p -> greyRelational(p.number("zeta", 0.5))),
        new StrategyDescriptor(k, "wsm", "weighted sum; parameter normalisation = fraction-of-max | none | any",
            p -> weightedSum(optionalNormaliser(p.text("normalisation", "fraction-of-max")))),
        new StrategyDescriptor(k, "wpm", "weighted product", p -> weightedProduct()),
        new StrategyDescriptor(k, "spotis", "distance to the ideal within fixed bounds, lowest best", p -> spotis()),
        new StrategyDescriptor(k, "pipeline", "normalise, weigh, aggregate; parameters normalisation = min-max,"
            + " weighting = problem, aggregation = arithmetic-mean",
            p -> pipeline(normaliser(p.text("normalisation", "min-max")),
                weighting(p.text("weighting", "problem")),
                Aggregators.byName(p.text("aggregation", "arithmetic-mean")))));
  }

  private static Normaliser normaliser(String name) {
    // decision-matrix methods work on [0, 1], not the composite-index default of [0, 100]
    return name.equals("min-max") ? Normalisers.minMax(0, 1) : Normalisers.byName(name);
  }

  private static Normaliser optionalNormaliser(String name) {
    return name.equals("none") ? null : normaliser(name);
  }

  private static WeightingMethod weighting(String name) {
    return name.equals("problem") ? null : Weightings.byName(name);
  }
}
