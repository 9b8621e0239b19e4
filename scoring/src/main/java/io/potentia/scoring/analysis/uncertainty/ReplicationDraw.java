package io.potentia.scoring.analysis.uncertainty;

import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spi.Seeds;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Draws what each replication uses, in one fixed order (weight factors of the non-root nodes in
 * framework order, then the normaliser, the aggregator and the imputer, then the leaves left out),
 * from a generator seeded by the run's seed and the replication's index: the same replication
 * whichever path scores it.
 */
final class ReplicationDraw {
  private final UncertaintyPlan plan;
  private final List<String> weighted;
  private final List<String> leaves;
  private final double[] normalisations;
  private final double[] aggregations;
  private final double[] imputations;

  ReplicationDraw(Framework framework, UncertaintyPlan plan) {
    this(framework.nodes().stream().filter(n -> n.parent().isPresent()).map(FrameworkNode::id).toList(),
        framework.leaves().stream().map(FrameworkNode::id).toList(), plan);
  }

  /** The draws over the non-root nodes (whose weights vary) and the leaves (that can be left out), in framework order. */
  ReplicationDraw(List<String> nonRoot, List<String> leaves, UncertaintyPlan plan) {
    this.plan = plan;
    boolean vary = plan.weights().low() != 1 || plan.weights().high() != 1;
    this.weighted = vary ? List.copyOf(nonRoot) : List.of();
    this.leaves = List.copyOf(leaves);
    this.normalisations = UncertaintyPlan.Choice.cumulative(plan.normalisations());
    this.aggregations = UncertaintyPlan.Choice.cumulative(plan.aggregations());
    this.imputations = UncertaintyPlan.Choice.cumulative(plan.imputations());
  }

  /** The nodes whose weights are multiplied, in the order their factors are drawn. */
  List<String> weighted() {
    return weighted;
  }

  /**
   * The first draws of a replication, into primitive arrays: each weight factor (in {@link
   * #weighted()} order) into {@code factors}, then the index of the normaliser, aggregator and
   * imputer drawn into {@code choices[0..2]} (0 where the list is empty).
   */
  void drawChoices(SplittableRandom random, double[] factors, int[] choices) {
    double low = plan.weights().low();
    double high = plan.weights().high();
    for (int f = 0; f < weighted.size(); f++) {
      factors[f] = low + (high - low) * random.nextDouble();
    }
    choices[0] = choose(normalisations, random);
    choices[1] = choose(aggregations, random);
    choices[2] = choose(imputations, random);
  }

  /** Replication {@code r}, leaving the generator where its draws end (for the values it perturbs). */
  Replication draw(int r, SplittableRandom random) {
    double[] f = new double[weighted.size()];
    int[] choices = new int[3];
    drawChoices(random, f, choices);
    Map<String, Double> factors = new LinkedHashMap<>();
    for (int k = 0; k < f.length; k++) {
      factors.put(weighted.get(k), f[k]);
    }
    // a partial Fisher-Yates shuffle: the first leaveOut places hold a uniform sample without replacement
    String[] pool = leaves.toArray(String[]::new);
    for (int k = 0; k < plan.leaveOut(); k++) {
      int j = k + random.nextInt(pool.length - k);
      String t = pool[k];
      pool[k] = pool[j];
      pool[j] = t;
    }
    return new Replication(r, step(plan.normalisations(), choices[0]), step(plan.aggregations(), choices[1]),
        step(plan.imputations(), choices[2]), List.of(Arrays.copyOf(pool, plan.leaveOut())), factors);
  }

  /** Replication {@code r} as drawn by a run with this plan: the same whenever it is asked for. */
  Replication replication(int r) {
    return draw(r, random(r));
  }

  /** The generator of replication {@code r}: the run's seed mixed with {@code r}. */
  SplittableRandom random(int r) {
    return new SplittableRandom(Seeds.derive(plan.seed(), r));
  }

  /** The index drawn from cumulative probabilities, one draw whenever the list has a choice to make. */
  static int choose(double[] cumulative, SplittableRandom random) {
    if (cumulative.length < 2) {
      return 0;
    }
    return pick(cumulative, random.nextDouble());
  }

  /** The index that a unit draw {@code u} picks from cumulative probabilities. */
  static int pick(double[] cumulative, double u) {
    for (int k = 0; k < cumulative.length; k++) {
      if (u < cumulative[k]) {
        return k;
      }
    }
    return cumulative.length - 1;
  }

  /** The choice at {@code k} as a step, or empty when the list is empty. */
  static Optional<StepSpec> step(List<UncertaintyPlan.Choice> choices, int k) {
    return choices.isEmpty() ? Optional.empty() : Optional.of(choices.get(k).step());
  }
}
