package io.potentia.scoring.analysis.uncertainty;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.InvalidInputException;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.spec.StepSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What an uncertainty analysis ({@link MonteCarlo}) varies, as JSON so that a run can be
 * reproduced from its file. Every element is optional; left out, it stays as the pipeline has it:
 *
 * <pre>{@code
 * {"replications": 1000, "seed": 7,
 *  "weights": {"low": 0.5, "high": 1.5},
 *  "normalisations": [{"name": "min-max", "parameters": {"lower": 1, "upper": 100}}, {"name": "z-score"}],
 *  "aggregations": [{"name": "arithmetic-mean", "probability": 0.5},
 *                   {"name": "geometric-mean", "probability": 0.5}],
 *  "imputations": [{"name": "mean"}, {"name": "median"}],
 *  "leaveOut": 1,
 *  "values": {"economic.gdp_per_capita": {"distribution": "normal", "spread": 0.05}},
 *  "nodes": ["index"],
 *  "percentiles": [5, 50, 95], "topK": 5}
 * }</pre>
 *
 * <p>Per replication: every non-root node's weight is multiplied by a factor drawn from
 * Uniform(low, high) (the aggregators scale weights to sum 1, so for equal nominal weights the
 * weights are {@code u_j / sum(u)}); one normaliser, aggregator and imputer is drawn from each list
 * with the stated probabilities (equal when none is stated) and replaces the spec's default (nodes
 * with their own strategy keep it); {@code leaveOut} indicators, drawn without replacement, are
 * left out (with any pillar they leave empty); and each observed value of an indicator in {@code
 * values} is drawn from its distribution around the observed value. The ranks of the {@code nodes}
 * listed (every node when none is) are reported.
 *
 * <p>Rejected, naming the field and the value: fewer than 1 replication; weight factors outside
 * {@code 0 < low <= high}, finite; some but not all choices of a list with a probability, a
 * probability outside [0, 1], or probabilities that do not sum to 1; a negative {@code leaveOut};
 * a percentile outside [0, 100]; {@code topK} below 1. Nodes and indicators are checked against
 * the framework when the analysis runs.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableUncertaintyPlan.class)
@JsonDeserialize(as = ImmutableUncertaintyPlan.class)
@JsonPropertyOrder({"replications", "seed", "weights", "normalisations", "aggregations", "imputations", "leaveOut", "values",
    "nodes", "percentiles", "topK"})
public abstract class UncertaintyPlan {
  // only the generated implementation extends this type
  UncertaintyPlan() {}

  /**
   * Reads a plan as strictly as the project's JSON mapper reads one ({@code PotentiaJson.read(file,
   * UncertaintyPlan.class)} gives the same plan), with the streaming parser alone, so that a command
   * that reads only this file starts without building the mapper.
   *
   * @param file the JSON file
   * @return the plan
   * @throws InvalidInputException naming the file, position, field and problem
   */
  public static UncertaintyPlan read(Path file) {
    return PlanReader.read(file);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UncertaintyPlan}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableUncertaintyPlan.Builder {
    Builder() {}
  }

  /**
   * The number of replications.
   *
   * @return at least 1; 1,000 by default
   */
  @Value.Default
  public int replications() {
    return 1000;
  }

  /**
   * The seed; replication {@code r} draws from a generator seeded by the seed and {@code r}.
   *
   * @return the seed
   */
  @Value.Default
  public long seed() {
    return 1;
  }

  /**
   * The range of the factors that multiply the weights.
   *
   * @return Uniform(low, high); (1, 1) keeps the weights
   */
  @Value.Default
  public WeightRange weights() {
    return WeightRange.of(1, 1);
  }

  /**
   * Alternative default normalisers (per-node overrides of the spec stay).
   *
   * @return the alternatives; empty keeps the spec's
   */
  public abstract List<Choice> normalisations();

  /**
   * Alternative default aggregators (nodes that name their own aggregator keep it).
   *
   * @return the alternatives; empty keeps the spec's
   */
  public abstract List<Choice> aggregations();

  /**
   * Alternative imputers.
   *
   * @return the alternatives; empty keeps the spec's
   */
  public abstract List<Choice> imputations();

  /**
   * How many indicators each replication leaves out.
   *
   * @return at least 0, fewer than the framework's indicators
   */
  @Value.Default
  public int leaveOut() {
    return 0;
  }

  /**
   * Per indicator id, the distribution of its values around the observed ones.
   *
   * @return the distributions
   */
  public abstract Map<String, ValueSpread> values();

  /**
   * The nodes whose ranks are reported.
   *
   * @return node ids; empty (the default) for every node of the framework
   */
  public abstract List<String> nodes();

  /**
   * The percentile ranks reported.
   *
   * @return percentiles in [0, 100]
   */
  @Value.Default
  public List<Double> percentiles() {
    return List.of(5.0, 50.0, 95.0);
  }

  /**
   * The k of the probability of being in the top k.
   *
   * @return at least 1
   */
  @Value.Default
  public int topK() {
    return 10;
  }

  /**
   * The spec whose defaults are each list's first choice: the nominal methodology of an analysis
   * that has no spec of its own, such as one over a matrix (workload U1's nominal index is the
   * first normaliser and the first aggregator, with equal weights).
   *
   * @param base the spec to start from
   * @return the spec with the first normaliser, aggregator and imputer of the plan as its defaults
   */
  public io.potentia.scoring.spec.StrategySpec nominal(io.potentia.scoring.spec.StrategySpec base) {
    io.potentia.scoring.spec.StrategySpec.Builder b = io.potentia.scoring.spec.StrategySpec.builder().from(base);
    if (!normalisations().isEmpty()) {
      b.normalisation(normalisations().get(0).step());
    }
    if (!aggregations().isEmpty()) {
      b.aggregation(aggregations().get(0).step());
    }
    if (!imputations().isEmpty()) {
      b.imputation(java.util.Optional.of(imputations().get(0).step()));
    }
    return b.build();
  }

  @Value.Check
  void check() {
    if (replications() < 1) {
      throw InvalidInputException.at("replications", "replications is " + replications() + "; it must be at least 1");
    }
    Choice.checkProbabilities("normalisations", normalisations());
    Choice.checkProbabilities("aggregations", aggregations());
    Choice.checkProbabilities("imputations", imputations());
    if (leaveOut() < 0) {
      throw InvalidInputException.at("leaveOut", "leaveOut is " + leaveOut() + "; it must be at least 0");
    }
    for (double p : percentiles()) {
      if (!(p >= 0 && p <= 100)) {
        throw InvalidInputException.at("percentiles", "percentile " + p + " must be in [0, 100]");
      }
    }
    if (topK() < 1) {
      throw InvalidInputException.at("topK", "topK is " + topK() + "; it must be at least 1");
    }
  }

  /** Bounds of the uniform draws of the weight factors. */
  @Value.Immutable
  @PotentiaStyle
  @JsonSerialize(as = ImmutableWeightRange.class)
  @JsonDeserialize(as = ImmutableWeightRange.class)
  public abstract static class WeightRange {
    // only the generated implementation extends this type
    WeightRange() {}

    /** The largest weight factor a range may reach: beyond it, factor times weight can overflow. */
    public static final double MAX_FACTOR = 1e100;

    /**
     * A range.
     *
     * @param low the smallest factor, &gt; 0
     * @param high the largest factor, &ge; low, at most {@link #MAX_FACTOR}
     * @return the range
     * @throws InvalidInputException unless {@code 0 < low <= high <= MAX_FACTOR}
     */
    public static WeightRange of(double low, double high) {
      return ImmutableWeightRange.builder().low(low).high(high).build();
    }

    /**
     * The lower bound.
     *
     * @return low
     */
    public abstract double low();

    /**
     * The upper bound.
     *
     * @return high
     */
    public abstract double high();

    @Value.Check
    void check() {
      if (!(low() > 0) || !(high() >= low()) || !Double.isFinite(high())) {
        throw InvalidInputException.at("", "weight factors are drawn from Uniform(" + low() + ", " + high()
            + "); it needs 0 < low <= high, finite");
      }
      // a factor multiplies a weight; near Double.MAX_VALUE the products overflow and every area ties
      if (high() > MAX_FACTOR) {
        throw InvalidInputException.at("high", "weight factors are drawn from Uniform(" + low() + ", " + high()
            + "); factors above " + MAX_FACTOR + " overflow when they multiply the weights; a factor is relative,"
            + " so divide both bounds by the same number");
      }
    }
  }

  /**
   * One strategy a replication can draw, by name and parameters as in a strategy spec, with the
   * probability of drawing it. Either every choice of a list states its probability, and they sum
   * to 1, or none does, and each is drawn with equal probability.
   */
  @Value.Immutable
  @PotentiaStyle
  @JsonSerialize(as = ImmutableChoice.class)
  @JsonDeserialize(as = ImmutableChoice.class)
  @JsonPropertyOrder({"name", "parameters", "probability"})
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
  public abstract static class Choice {
    // only the generated implementation extends this type
    Choice() {}

    /**
     * A choice drawn with the probability its list gives equal shares.
     *
     * @param name the strategy's name
     * @return the choice
     */
    public static Choice of(String name) {
      return ImmutableChoice.builder().name(name).build();
    }

    /**
     * A choice with a stated probability.
     *
     * @param step the strategy's name and parameters
     * @param probability the probability of drawing it, in [0, 1]
     * @return the choice
     */
    public static Choice of(StepSpec step, double probability) {
      return ImmutableChoice.builder().name(step.name()).parameters(step.parameters()).probability(probability).build();
    }

    /**
     * The strategy's name.
     *
     * @return the name, as in a strategy spec
     */
    public abstract String name();

    /**
     * The strategy's parameters.
     *
     * @return name to value
     */
    public abstract Map<String, com.fasterxml.jackson.databind.JsonNode> parameters();

    /**
     * The probability of drawing this choice.
     *
     * @return the probability, or empty when the list draws with equal probability
     */
    public abstract java.util.Optional<Double> probability();

    /**
     * The strategy as a step of a spec.
     *
     * @return the step
     */
    public StepSpec step() {
      return StepSpec.of(name(), parameters());
    }

    /**
     * The cumulative probabilities of a list: entry {@code k} is the probability of drawing one of
     * the first {@code k + 1} choices; the last is 1.
     *
     * @param choices the list, checked by the plan
     * @return the cumulative probabilities
     */
    static double[] cumulative(List<Choice> choices) {
      double[] c = new double[choices.size()];
      double sum = 0;
      for (int k = 0; k < c.length; k++) {
        sum += choices.get(k).probability().orElse(1.0 / c.length);
        c[k] = sum;
      }
      if (c.length > 0) {
        c[c.length - 1] = 1;
      }
      return c;
    }

    static void checkProbabilities(String list, List<Choice> choices) {
      long stated = choices.stream().filter(c -> c.probability().isPresent()).count();
      if (stated == 0) {
        return;
      }
      if (stated != choices.size()) {
        throw InvalidInputException.at(list, stated + " of the " + choices.size() + " " + list
            + " state a probability; state one for every choice, or for none (equal probabilities)");
      }
      double sum = 0;
      for (int k = 0; k < choices.size(); k++) {
        double p = choices.get(k).probability().orElseThrow();
        if (!(p >= 0 && p <= 1)) {
          throw InvalidInputException.at(list + "[" + k + "].probability", "the probability of '" + choices.get(k).name()
              + "' is " + p + "; it must be in [0, 1]");
        }
        sum += p;
      }
      if (Math.abs(sum - 1) > 1e-9) {
        throw InvalidInputException.at(list, "the probabilities of the " + list + " sum to " + sum + "; they must sum to 1");
      }
    }
  }

  /**
   * The distribution of an indicator's values around the observed value {@code v}: {@code
   * uniform}, the interval {@code [v - h, v + h]}, or {@code normal}, with standard deviation
   * {@code h}; {@code h} is {@code spread}, times {@code |v|} when {@code relative} (the default).
   * Draws outside the indicator's valid range are drawn again: the distribution is truncated to
   * the range, never clamped.
   */
  @Value.Immutable
  @PotentiaStyle
  @JsonSerialize(as = ImmutableValueSpread.class)
  @JsonDeserialize(as = ImmutableValueSpread.class)
  public abstract static class ValueSpread {
    // only the generated implementation extends this type
    ValueSpread() {}

    /** The two shapes of distribution. */
    public enum Distribution {
      /** Uniform over the interval {@code [v - h, v + h]}. */
      @com.fasterxml.jackson.annotation.JsonProperty("uniform")
      UNIFORM,
      /** Normal with mean {@code v} and standard deviation {@code h}. */
      @com.fasterxml.jackson.annotation.JsonProperty("normal")
      NORMAL
    }

    /**
     * A spread.
     *
     * @param distribution the shape
     * @param spread the half-width or standard deviation
     * @param relative whether the spread is a fraction of the value
     * @return the spread
     */
    public static ValueSpread of(Distribution distribution, double spread, boolean relative) {
      return ImmutableValueSpread.builder().distribution(distribution).spread(spread).relative(relative).build();
    }

    /**
     * The shape.
     *
     * @return uniform or normal
     */
    public abstract Distribution distribution();

    /**
     * The half-width (uniform) or standard deviation (normal).
     *
     * @return a finite number &gt; 0
     */
    public abstract double spread();

    /**
     * Whether the spread is a fraction of the observed value's magnitude.
     *
     * @return true by default
     */
    @Value.Default
    public boolean relative() {
      return true;
    }

    @Value.Check
    void check() {
      if (!(spread() > 0) || !Double.isFinite(spread())) {
        throw InvalidInputException.at("spread", "spread is " + spread() + "; it must be finite and > 0");
      }
    }
  }
}
