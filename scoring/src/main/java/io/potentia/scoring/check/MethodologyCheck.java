package io.potentia.scoring.check;

import io.potentia.core.Problem;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.spi.Described;
import io.potentia.scoring.aggregate.AggregationRule;
import io.potentia.scoring.aggregate.RuledAggregator;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.spi.Trait;
import io.potentia.scoring.aggregate.Aggregator;
import io.potentia.scoring.normalise.ColumnExtent;
import io.potentia.scoring.normalise.Normaliser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks, before computing, that a framework, its strategies and the data can work together, and
 * rejects with a reason the combinations that cannot:
 *
 * <ul>
 *   <li>an aggregator that needs positive inputs (geometric, harmonic, power means with p &le; 0) over
 *       children whose scores can be zero or negative, judged from the normalisers' and
 *       aggregators' declared output ranges (min-max to [0, 100] gives the worst area 0; z-scores
 *       can be negative);
 *   <li>an aggregator that states its own domain child by child ({@link Aggregator#domainProblems}, the
 *       catalyst: its catalyst in [0, scale], the others any finite score) over children whose
 *       declared ranges can leave it;
 *   <li>goalposts that lie wholly outside the indicator's valid range, or a lower goalpost at or
 *       above the upper one;
 *   <li>an indicator that is missing for every area, or constant across the areas, in a year (it
 *       cannot discriminate between areas);
 *   <li>an indicator the catalogue does not know, whose direction is therefore unknown.
 * </ul>
 *
 * <p>Weights summing to zero, negative weights and broken trees are rejected earlier, when the
 * framework is built. Cost indicators are turned around only by the normaliser, which receives each
 * indicator's direction; no step inverts data before normalisation, so a pipeline cannot normalise a
 * cost indicator that was already turned around.
 */
public final class MethodologyCheck {
  private MethodologyCheck() {}

  /**
   * Checks the plan: strategies against the framework and catalogue.
   *
   * @param framework the framework (with its scenario applied)
   * @param catalogue the indicators
   * @param normaliserOf the normaliser of each leaf node
   * @param aggregatorOf the aggregator of each inner node
   * @return every problem found
   */
  public static List<Problem> plan(Framework framework, IndicatorCatalogue catalogue,
      Function<FrameworkNode, Described<Normaliser>> normaliserOf, Function<FrameworkNode, Described<Aggregator>> aggregatorOf) {
    return plan(framework, catalogue, normaliserOf, aggregatorOf, leaf -> true);
  }

  /**
   * Checks the plan: strategies against the framework and catalogue, where some leaves' values are
   * no longer in their indicator's unit (divided by a denominator, or turned into a change over
   * years), so that the indicator's valid range says nothing of them and their goalposts are not
   * checked against it.
   *
   * @param framework the framework (with its scenario applied)
   * @param catalogue the indicators
   * @param normaliserOf the normaliser of each leaf node
   * @param aggregatorOf the aggregator of each inner node
   * @param onRawScale whether a leaf's values are its indicator's own, in its unit
   * @return every problem found
   */
  public static List<Problem> plan(Framework framework, IndicatorCatalogue catalogue,
      Function<FrameworkNode, Described<Normaliser>> normaliserOf, Function<FrameworkNode, Described<Aggregator>> aggregatorOf,
      java.util.function.Predicate<FrameworkNode> onRawScale) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Optional<OutputRange>> range = new HashMap<>();
    // whether a node's score can be zero, and whether it can be negative, for some area
    Map<String, boolean[]> sign = new HashMap<>();
    for (FrameworkNode node : framework.postOrder()) {
      if (node.isLeaf()) {
        String id = node.indicator().orElseThrow();
        if (!catalogue.contains(id)) {
          problems.add(Problem.at("nodes." + node.id(), "node '" + node.id() + "' scores indicator '" + id
              + "', which catalogue '" + catalogue.id() + "' does not define: its direction is unknown"));
          range.put(node.id(), Optional.empty());
          sign.put(node.id(), new boolean[] {true, true});
          continue;
        }
        Indicator indicator = catalogue.get(id);
        Described<Normaliser> n = normaliserOf.apply(node);
        Optional<OutputRange> r = n.strategy().range();
        range.put(node.id(), r);
        boolean negative = r.map(x -> x.lower() < 0).orElse(true);
        boolean zero = r.map(x -> x.lower() < 0 || (x.lower() == 0 && n.has(Trait.ATTAINS_BOUNDS))).orElse(true);
        sign.put(node.id(), new boolean[] {zero, negative});
        n.strategy().goalposts().filter(g -> onRawScale.test(node)).ifPresent(g -> {
          double lo = indicator.validRange().min().orElse(Double.NEGATIVE_INFINITY);
          double hi = indicator.validRange().max().orElse(Double.POSITIVE_INFINITY);
          if (g.upper() < lo || g.lower() > hi) {
            problems.add(Problem.at("nodes." + node.id(), "the goalposts [" + g.lower() + ", " + g.upper() + "] of indicator '" + id
                + "' lie outside its valid range " + indicator.validRange().describe()
                + ": every area would score at a goalpost"));
          }
        });
        continue;
      }
      Described<Aggregator> a = aggregatorOf.apply(node);
      List<FrameworkNode> kids = framework.children(node.id());
      List<Optional<OutputRange>> children = kids.stream().map(c -> range.get(c.id())).toList();
      Optional<OutputRange> union = union(children);
      boolean anyZero = kids.stream().anyMatch(c -> sign.get(c.id())[0]);
      boolean allZero = kids.stream().allMatch(c -> sign.get(c.id())[0]);
      boolean anyNegative = kids.stream().anyMatch(c -> sign.get(c.id())[1]);
      Optional<List<String>> domain = a.strategy().domainProblems(kids.stream().map(FrameworkNode::id).toList(),
          children);
      domain.ifPresent(reasons -> reasons.forEach(r -> problems.add(Problem.at("nodes." + node.id(), "node '"
          + node.id() + "' aggregates with '" + a.name() + "': " + r))));
      if (domain.isEmpty() && !a.has(Trait.ACCEPTS_NON_POSITIVE) && (anyZero || anyNegative)) {
        List<String> culprits = kids.stream().filter(c -> sign.get(c.id())[0] || sign.get(c.id())[1])
            .map(FrameworkNode::id).toList();
        problems.add(Problem.at("nodes." + node.id(), "node '" + node.id() + "' aggregates with '" + a.name()
            + "', which needs positive inputs, but the scores of " + culprits + " can be "
            + (anyNegative ? "negative" : "zero (the worst area scores the lower bound)")
            + "; normalise to a positive range (for example min-max with lower = 1) or aggregate with an arithmetic mean"));
      }
      if (a.strategy() instanceof RuledAggregator ruled) {
        union.flatMap(ruled.base()::range).ifPresent(r -> problems.addAll(rulesOutside(node, ruled.rules(), r)));
      }
      range.put(node.id(), union.flatMap(a.strategy()::range));
      // a compensatory mean is zero only where every child is; other aggregators pass a zero on
      sign.put(node.id(), new boolean[] {a.has(Trait.COMPENSATORY) ? allZero : anyZero, anyNegative});
    }
    return problems;
  }

  /**
   * A floor or cap (or the cap or score a child's low score imposes) outside the range the node's
   * aggregation can give either moves every area to it or never acts: either way the setting does
   * not do what it says, so it is refused with the range.
   */
  private static List<Problem> rulesOutside(FrameworkNode node, List<AggregationRule> rules, OutputRange r) {
    List<Problem> problems = new ArrayList<>();
    for (int k = 0; k < rules.size(); k++) {
      AggregationRule rule = rules.get(k);
      double v = rule.value();
      if (v >= r.lower() && v <= r.upper()) {
        continue;
      }
      String what = rule.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      boolean everyArea = (rule.kind() == AggregationRule.Kind.FLOOR && v > r.upper())
          || (rule.kind() != AggregationRule.Kind.FLOOR && v < r.lower());
      problems.add(Problem.at("nodes." + node.id() + ".rules[" + k + "]", "rule '" + what + "' of node '" + node.id()
          + "' sets " + v + ", outside the range [" + r.lower() + ", " + r.upper() + "] its aggregation can give: "
          + (everyArea ? "every area it applies to would score " + v : "it could never take effect")));
    }
    return problems;
  }

  /**
   * Checks one year's indicator column: present for some area and not constant.
   *
   * @param indicator the indicator id
   * @param column the values over the areas (after imputation)
   * @param year the year
   * @return the problem, if any
   */
  public static Optional<Problem> column(String indicator, double[] column, int year) {
    return column(indicator, ColumnExtent.of(column), year);
  }

  /**
   * Checks one year's indicator column, given its extent: present for some area and not constant.
   *
   * @param indicator the indicator id
   * @param extent the extent of the values over the areas (after imputation)
   * @param year the year
   * @return the problem, if any
   */
  public static Optional<Problem> column(String indicator, ColumnExtent extent, int year) {
    if (extent.present() == 0) {
      return Optional.of(Problem.at("indicator", "indicator '" + indicator + "' is missing for every area in " + year
          + ": impute it, drop it from the framework, or score another year"));
    }
    if (extent.present() > 1 && extent.min() == extent.max()) {
      return Optional.of(Problem.at("indicator", "indicator '" + indicator + "' is constant in " + year
          + " (every area has " + extent.min() + "): it cannot discriminate between areas"));
    }
    return Optional.empty();
  }

  private static Optional<OutputRange> union(List<Optional<OutputRange>> ranges) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Optional<OutputRange> r : ranges) {
      if (r.isEmpty()) {
        return Optional.empty();
      }
      lo = Math.min(lo, r.get().lower());
      hi = Math.max(hi, r.get().upper());
    }
    return ranges.isEmpty() ? Optional.empty() : Optional.of(new OutputRange(lo, hi));
  }
}
