package io.potentia.scoring.spec;

import io.potentia.scoring.spi.StrategyKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.json.PotentiaJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every choice of a scoring run, serialisable, so that any report can be reproduced from its spec
 * and an uncertainty analysis can vary any of them:
 *
 * <pre>{@code
 * {"imputation": {"name": "group-mean"},
 *  "outliers": {"name": "skew-kurtosis"},
 *  "normalisation": {"name": "min-max", "parameters": {"lower": 0, "upper": 100}},
 *  "weighting": {"name": "equal"},
 *  "aggregation": {"name": "arithmetic-mean"},
 *  "overrides": {"index": {"aggregation": {"name": "geometric-mean"}}},
 *  "scenario": "wartime",
 *  "seed": 2026}
 * }</pre>
 *
 * <p>Defaults: no imputation, no outlier treatment, min-max to [0, 100], the framework's own
 * weights, arithmetic means, no overrides, no scenario, seed 0. {@link #check(Strategies)} builds
 * every named strategy once, so that an unknown name or a bad parameter is reported before a run.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableStrategySpec.class)
@JsonDeserialize(as = ImmutableStrategySpec.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"imputation", "outliers", "normalisation", "weighting", "aggregation", "overrides", "scenario", "seed"})
public abstract class StrategySpec {
  // only the generated implementation extends this type
  StrategySpec() {}


  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StrategySpec}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableStrategySpec.Builder {
    Builder() {}
  }

  /**
   * The spec with every default.
   *
   * @return the default spec
   */
  public static StrategySpec defaults() {
    return builder().build();
  }

  /**
   * Reads a spec from a JSON file.
   *
   * @param file the file
   * @return the spec
   * @throws InvalidInputException naming the file, position, path and problem
   */
  public static StrategySpec read(Path file) {
    return PotentiaJson.read(file, StrategySpec.class);
  }

  /**
   * The imputation step.
   *
   * @return the step; empty (the default) for none, which JSON may also write as {@code {"name":
   *     "none"}}
   */
  public abstract Optional<StepSpec> imputation();

  /**
   * The outlier step.
   *
   * @return the step; empty (the default) for none, which JSON may also write as {@code {"name":
   *     "none"}}
   */
  public abstract Optional<StepSpec> outliers();

  /**
   * The normalisation step.
   *
   * @return the step, default {@code min-max}
   */
  @Value.Default
  public StepSpec normalisation() {
    return StepSpec.of("min-max");
  }

  /**
   * The weighting step; absent to use the framework's weights.
   *
   * @return the step
   */
  public abstract Optional<StepSpec> weighting();

  /**
   * The aggregation step.
   *
   * @return the step, default {@code arithmetic-mean}
   */
  @Value.Default
  public StepSpec aggregation() {
    return StepSpec.of("arithmetic-mean");
  }

  /**
   * Per-node overrides, node id to the steps that differ there.
   *
   * @return the overrides
   */
  public abstract Map<String, NodeOverride> overrides();

  /**
   * The scenario whose weights apply.
   *
   * @return the scenario id
   */
  public abstract Optional<String> scenario();

  /**
   * The random seed of every random choice of the run.
   *
   * @return the seed, default 0
   */
  @Value.Default
  public long seed() {
    return 0;
  }

  /**
   * Reads the step named {@code none} (without parameters) as no step, so that a spec has one
   * form for "no imputation" and "no outlier treatment": the empty step.
   *
   * @return this spec, or the same spec without those steps
   */
  @Value.Check
  protected StrategySpec withoutNoneSteps() {
    if (!isNone(imputation()) && !isNone(outliers())) {
      return this;
    }
    return builder().from(this)
        .imputation(isNone(imputation()) ? Optional.empty() : imputation())
        .outliers(isNone(outliers()) ? Optional.empty() : outliers())
        .build();
  }

  private static boolean isNone(Optional<StepSpec> step) {
    return step.isPresent() && step.get().name().equals("none") && step.get().parameters().isEmpty();
  }

  /**
   * Builds every named strategy once, reporting every unknown name and bad parameter.
   *
   * @param strategies the registry
   * @return this spec
   * @throws InvalidInputException listing every problem with its path in the spec
   */
  public StrategySpec check(Strategies strategies) {
    List<Problem> problems = new ArrayList<>();
    imputation().ifPresent(s -> tryCreate(strategies, StrategyKind.IMPUTATION, s, "imputation", problems));
    outliers().ifPresent(s -> tryCreate(strategies, StrategyKind.OUTLIERS, s, "outliers", problems));
    tryCreate(strategies, StrategyKind.NORMALISATION, normalisation(), "normalisation", problems);
    weighting().ifPresent(w -> tryCreate(strategies, StrategyKind.WEIGHTING, w, "weighting", problems));
    tryCreate(strategies, StrategyKind.AGGREGATION, aggregation(), "aggregation", problems);
    overrides().forEach((node, o) -> {
      o.normalisation().ifPresent(s -> tryCreate(strategies, StrategyKind.NORMALISATION, s,
          "overrides." + node + ".normalisation", problems));
      o.weighting().ifPresent(s -> tryCreate(strategies, StrategyKind.WEIGHTING, s,
          "overrides." + node + ".weighting", problems));
      o.aggregation().ifPresent(s -> tryCreate(strategies, StrategyKind.AGGREGATION, s,
          "overrides." + node + ".aggregation", problems));
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return this;
  }

  private static void tryCreate(Strategies strategies, StrategyKind kind, StepSpec step, String path,
      List<Problem> problems) {
    try {
      strategies.create(kind, step);
    } catch (InvalidInputException e) {
      e.problems().forEach(p -> problems.add(p.under(path)));
    }
  }

  /** The steps that differ at one node of the framework. */
  @Value.Immutable
  @PotentiaStyle
  @JsonSerialize(as = ImmutableNodeOverride.class)
  @JsonDeserialize(as = ImmutableNodeOverride.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract static class NodeOverride {
    // only the generated implementation extends this type
    NodeOverride() {}

    /**
     * A builder; every step is optional, and there are no rules unless added.
     *
     * @return a new builder
     */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds a {@link NodeOverride}; get one from {@link #builder()}. */
    public static final class Builder extends ImmutableNodeOverride.Builder {
      Builder() {}
    }

    /**
     * The normalisation of this leaf's indicator or, on an inner node, of every leaf below it that
     * sets none of its own (a subtree default: a pillar aggregated by a geometric mean can take one
     * positive normalisation for all its indicators). The nearest setting wins.
     *
     * @return the step
     */
    public abstract Optional<StepSpec> normalisation();

    /**
     * The weighting of this node's children; refused on a leaf, which has none.
     *
     * @return the step
     */
    public abstract Optional<StepSpec> weighting();

    /**
     * The aggregation of this node's children; refused on a leaf, which is normalised, not
     * aggregated.
     *
     * @return the step
     */
    public abstract Optional<StepSpec> aggregation();

    /**
     * Floors, caps and vetoes on this node's score, applied in order after aggregation; refused on
     * a leaf.
     *
     * @return the rules
     */
    public abstract List<RuleSpec> rules();
  }
}
