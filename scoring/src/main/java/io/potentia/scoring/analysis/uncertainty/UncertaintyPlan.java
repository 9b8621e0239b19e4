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
 * What a {@link PipelineMonteCarlo} run varies, as JSON so that a run can be reproduced from its
 * file. Every element is optional; left out, it stays as the pipeline has it:
 *
 * <pre>{@code
 * {"replications": 1000, "seed": 7,
 *  "weights": {"low": 0.5, "high": 1.5},
 *  "normalisations": [{"name": "min-max"}, {"name": "z-score"}],
 *  "aggregations": [{"name": "arithmetic-mean"}, {"name": "geometric-mean"}],
 *  "imputations": [{"name": "mean"}, {"name": "median"}],
 *  "leaveOut": 1,
 *  "values": {"eco.gdp-per-capita": {"distribution": "normal", "spread": 0.05}},
 *  "percentiles": [5, 50, 95], "topK": 5}
 * }</pre>
 *
 * <p>Per replication: every non-root node's weight is multiplied by a factor drawn from
 * Uniform(low, high); one normaliser, aggregator and imputer is drawn, with equal probability,
 * from each list; {@code leaveOut} indicators, drawn without replacement, are left out (with any
 * pillar they leave empty); and each observed value of an indicator in {@code values} is drawn
 * from its distribution around the observed value.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableUncertaintyPlan.class)
@JsonDeserialize(as = ImmutableUncertaintyPlan.class)
@JsonPropertyOrder({"replications", "seed", "weights", "normalisations", "aggregations", "imputations", "leaveOut", "values",
    "percentiles", "topK"})
public abstract class UncertaintyPlan {
  // only the generated implementation extends this type
  UncertaintyPlan() {}

  /**
   * Reads a plan.
   *
   * @param file the JSON file
   * @return the plan
   * @throws InvalidInputException naming the file, position, field and problem
   */
  public static UncertaintyPlan read(Path file) {
    return PotentiaJson.read(file, UncertaintyPlan.class);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableUncertaintyPlan.Builder builder() {
    return ImmutableUncertaintyPlan.builder();
  }

  /**
   * The number of replications.
   *
   * @return at least 1
   */
  public abstract int replications();

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
  public UncertaintySpec.WeightRange weights() {
    return ImmutableWeightRange.builder().low(1).high(1).build();
  }

  /**
   * Alternative default normalisers (per-node overrides of the spec stay).
   *
   * @return the alternatives; empty keeps the spec's
   */
  public abstract List<StepSpec> normalisations();

  /**
   * Alternative default aggregators (nodes that name their own aggregator keep it).
   *
   * @return the alternatives; empty keeps the spec's
   */
  public abstract List<StepSpec> aggregations();

  /**
   * Alternative imputers.
   *
   * @return the alternatives; empty keeps the spec's
   */
  public abstract List<StepSpec> imputations();

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

  @Value.Check
  void check() {
    if (replications() < 1) {
      throw InvalidInputException.at("replications", "replications is " + replications() + "; it must be at least 1");
    }
    double low = weights().low();
    double high = weights().high();
    MonteCarloRanks.checkRange("weight factors", low, high);
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
