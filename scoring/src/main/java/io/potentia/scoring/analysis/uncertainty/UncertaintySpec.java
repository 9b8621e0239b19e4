package io.potentia.scoring.analysis.uncertainty;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.scoring.spec.StepSpec;
import java.nio.file.Path;
import java.util.List;
import org.immutables.value.Value;

/**
 * The set-up of an uncertainty analysis as JSON, so that a run can be reproduced from its file:
 *
 * <pre>{@code
 * {"normalisation": {"name": "min-max", "parameters": {"lower": 1, "upper": 100}},
 *  "weights": {"low": 0.5, "high": 1.5},
 *  "aggregations": [{"name": "arithmetic-mean", "probability": 0.5},
 *                   {"name": "geometric-mean", "probability": 0.5}],
 *  "percentiles": [5, 50, 95],
 *  "topK": 10}
 * }</pre>
 *
 * Aggregations are {@code arithmetic-mean} or {@code geometric-mean}; weights are drawn from
 * Uniform(low, high) and scaled to sum 1.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableUncertaintySpec.class)
@JsonDeserialize(as = ImmutableUncertaintySpec.class)
@JsonPropertyOrder({"normalisation", "weights", "aggregations", "percentiles", "topK"})
public abstract class UncertaintySpec {
  // only the generated implementation extends this type
  UncertaintySpec() {}


  /**
   * Reads a spec, with the same strictness as {@link io.potentia.core.json.PotentiaJson} (unknown
   * or duplicate keys, wrong types and missing fields are rejected) but through the streaming
   * parser, so that a command that reads only this file starts quickly.
   *
   * @param file the JSON file
   * @return the spec
   * @throws io.potentia.core.InvalidInputException naming the file, position and problem
   */
  public static UncertaintySpec read(Path file) {
    return UncertaintySpecReader.read(file);
  }

  /**
   * The normalisation of the indicators.
   *
   * @return the step
   */
  public abstract StepSpec normalisation();

  /**
   * The weights' distribution.
   *
   * @return the bounds of the uniform draws
   */
  public abstract WeightRange weights();

  /**
   * The aggregators and their probabilities.
   *
   * @return the choices
   */
  public abstract List<AggregationChoice> aggregations();

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
   * @return k
   */
  @Value.Default
  public int topK() {
    return 10;
  }

  /**
   * The configuration of a run of {@link MonteCarloRanks}.
   *
   * @param replications the number of replications
   * @param seed the seed
   * @return the configuration
   */
  public MonteCarloRanks.Config config(int replications, long seed) {
    List<MonteCarloRanks.Aggregation> kinds = aggregations().stream().map(a -> switch (a.name()) {
      case "arithmetic-mean" -> MonteCarloRanks.Aggregation.ARITHMETIC;
      case "geometric-mean" -> MonteCarloRanks.Aggregation.GEOMETRIC;
      default -> throw io.potentia.core.InvalidInputException.at("aggregations", "aggregation '" + a.name()
          + "' is not supported by the uncertainty analysis; known: arithmetic-mean, geometric-mean");
    }).toList();
    return new MonteCarloRanks.Config(replications, seed, weights().low(), weights().high(), kinds,
        aggregations().stream().mapToDouble(AggregationChoice::probability).toArray(),
        percentiles().stream().mapToDouble(Double::doubleValue).toArray(), topK());
  }

  /** Bounds of the weights' uniform draws. */
  @Value.Immutable
  @PotentiaStyle
  @JsonSerialize(as = ImmutableWeightRange.class)
  @JsonDeserialize(as = ImmutableWeightRange.class)
  public abstract static class WeightRange {
    // only the generated implementation extends this type
    WeightRange() {}

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
  }

  /** One aggregator and its probability. */
  @Value.Immutable
  @PotentiaStyle
  @JsonSerialize(as = ImmutableAggregationChoice.class)
  @JsonDeserialize(as = ImmutableAggregationChoice.class)
  public abstract static class AggregationChoice {
    // only the generated implementation extends this type
    AggregationChoice() {}

    /**
     * The aggregator's name.
     *
     * @return arithmetic-mean or geometric-mean
     */
    public abstract String name();

    /**
     * The probability that a replication uses it.
     *
     * @return the probability
     */
    public abstract double probability();
  }
}
