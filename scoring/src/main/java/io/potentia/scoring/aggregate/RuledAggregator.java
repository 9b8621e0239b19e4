package io.potentia.scoring.aggregate;

import io.potentia.scoring.spi.Described;
import io.potentia.scoring.spi.OutputRange;
import io.potentia.scoring.spi.Trait;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An aggregator followed by declared {@link AggregationRule rules}, applied in order to each area's
 * score; {@link #explain} says what each rule did to which area. Traits are those of the base
 * aggregator except {@code COMPENSATORY}, which a veto or cap can break, and {@code BOUNDED}: no
 * output range is given, as a floor or veto value can lie outside the input range.
 */
public final class RuledAggregator implements Aggregator {
  private final Aggregator base;
  private final List<AggregationRule> rules;
  private final List<String> childNames;

  /**
   * Wraps an aggregator with rules; explanations call children by position.
   *
   * @param base the aggregator
   * @param rules the rules, applied in order
   */
  public RuledAggregator(Aggregator base, List<AggregationRule> rules) {
    this(base, rules, List.of());
  }

  /**
   * Wraps an aggregator with rules; explanations call children by name.
   *
   * @param base the aggregator
   * @param rules the rules, applied in order
   * @param childNames the children's names, in order
   */
  public RuledAggregator(Aggregator base, List<AggregationRule> rules, List<String> childNames) {
    this.base = base;
    this.rules = List.copyOf(rules);
    this.childNames = List.copyOf(childNames);
  }

  /**
   * A described aggregator with rules: named {@code <base>+rules}, promising what the base promises
   * except {@code COMPENSATORY} and {@code BOUNDED}, which a floor, cap or veto can break.
   *
   * @param base the described aggregator the rules correct
   * @param rules the rules, applied in order
   * @param childNames the children's ids, for the explanations
   * @return the described aggregator with rules
   */
  public static Described<Aggregator> described(Described<Aggregator> base, List<AggregationRule> rules,
      List<String> childNames) {
    Set<Trait> t = EnumSet.noneOf(Trait.class);
    t.addAll(base.traits());
    t.remove(Trait.COMPENSATORY);
    t.remove(Trait.BOUNDED);
    return new Described<>(base.name() + "+rules", t, new RuledAggregator(base.strategy(), rules, childNames));
  }

  @Override
  public Optional<OutputRange> range(OutputRange input) {
    return Optional.empty();
  }

  /**
   * The aggregator the rules correct.
   *
   * @return the base aggregator
   */
  public Aggregator base() {
    return base;
  }

  /**
   * The rules, in the order applied.
   *
   * @return the rules
   */
  public List<AggregationRule> rules() {
    return rules;
  }

  @Override
  public double[] aggregate(double[][] children, double[] weights) {
    return explain(children, weights).scores();
  }

  /**
   * Aggregates and explains each rule applied.
   *
   * @param children one array per child
   * @param weights one weight per child
   * @return the scores and, per area, what the rules did
   */
  public Explained explain(double[][] children, double[] weights) {
    double[] scores = base.aggregate(children, weights);
    List<List<String>> notes = new ArrayList<>();
    double[] row = new double[children.length];
    for (int a = 0; a < scores.length; a++) {
      for (int j = 0; j < children.length; j++) {
        row[j] = children[j][a];
      }
      List<String> areaNotes = new ArrayList<>();
      for (AggregationRule rule : rules) {
        Optional<AggregationRule.Applied> applied = rule.apply(scores[a], row, childNames);
        if (applied.isPresent()) {
          scores[a] = applied.get().score();
          areaNotes.add(applied.get().explanation());
        }
      }
      notes.add(List.copyOf(areaNotes));
    }
    return new Explained(scores, List.copyOf(notes));
  }

  /**
   * Scores with the rules' explanations.
   *
   * @param scores one per area
   * @param notes per area, what each rule that applied did
   */
  public record Explained(double[] scores, List<List<String>> notes) {}
}
