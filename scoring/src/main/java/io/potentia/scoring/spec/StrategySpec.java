package io.potentia.scoring.spec;

import io.potentia.scoring.check.Screening;
import io.potentia.scoring.result.ScoreReport;
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
 *  "normalisationScope": "panel",
 *  "weighting": {"name": "equal"},
 *  "aggregation": {"name": "arithmetic-mean"},
 *  "overrides": {"index": {"aggregation": {"name": "geometric-mean"}},
 *                "gdp": {"denominator": "population", "scale": 1000},
 *                "gdp_growth": {"transform": "growth"}},
 *  "scenario": "wartime",
 *  "seed": 2026}
 * }</pre>
 *
 * <p>Defaults: no imputation, no outlier treatment, min-max to [0, 100] within each year, the
 * framework's own weights, arithmetic means, no overrides (so no denominators and no changes over
 * years), no scenario, seed 0. {@link #check(Strategies)} builds every named strategy once, so that
 * an unknown name or a bad parameter is reported before a run; what needs the framework and the
 * catalogue (a node, a denominator's name, panel scope against each leaf's normaliser) is checked
 * when a pipeline is built.
 *
 * <p>The steps run in this order over every year: denomination of the leaves that name a
 * denominator (on the raw data, as COINr's {@code Denominate} does), imputation, changes over years
 * ({@code transform}), then per year outlier treatment, normalisation (per year, or over the panel
 * with {@code "normalisationScope": "panel"}), weighting and aggregation.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableStrategySpec.class)
@JsonDeserialize(as = ImmutableStrategySpec.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"imputation", "outliers", "normalisation", "normalisationScope", "weighting", "aggregation", "overrides",
    "scenario", "seed"})
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
   * Over which values the normalisers take their data-dependent parameters: each year on its own
   * (the default) or every year of the dataset at once ({@link NormalisationScope#PANEL}), so that
   * scores of different years compare. Panel scope needs every leaf's normaliser to declare {@link
   * io.potentia.scoring.spi.Trait#RANGE_FITTED} (min-max, goalposts, distance-to-target,
   * distance-to-best, fraction-of-max, max); a pipeline refuses any other, naming it and its leaves.
   * {@code ScoringPipeline.score(dataset, year)} then normalises over every year of the dataset given,
   * so it agrees with {@code scoreAllYears}.
   *
   * @return {@link NormalisationScope#PANEL}, or empty for per-year normalisation; {@link
   *     NormalisationScope#YEAR}, the default, is read as empty, so that a spec has one form for it
   */
  public abstract Optional<NormalisationScope> normalisationScope();

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
   * The data-sufficiency rule applied before each year is scored: an area with less than the
   * rule's share of the framework's indicators (overall, or under a pillar) in that year is left
   * out of the year's scoring, or scored and flagged; the report lists each with its reasons
   * ({@link ScoreReport#screened()}). JSON: {@code {"minShare": 0.7, "minPillarShare": 0.5,
   * "action": "exclude"}}.
   *
   * @return the rule, or empty to score every area
   */
  public abstract Optional<Screening> screening();

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
   * form for "no imputation" and "no outlier treatment": the empty step; and the normalisation
   * scope {@code year}, the default, as none given.
   *
   * @return this spec, or the same spec without those steps
   */
  @Value.Check
  protected StrategySpec withoutNoneSteps() {
    boolean yearScope = normalisationScope().equals(Optional.of(NormalisationScope.YEAR));
    if (!isNone(imputation()) && !isNone(outliers()) && !yearScope) {
      return this;
    }
    return builder().from(this)
        .imputation(isNone(imputation()) ? Optional.empty() : imputation())
        .outliers(isNone(outliers()) ? Optional.empty() : outliers())
        .normalisationScope(yearScope ? Optional.empty() : normalisationScope())
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

  /**
   * The steps that differ at one node of the framework. On a leaf: its indicator's denominator
   * (with a scale) and change over years, and its normalisation; on an inner node: the
   * normalisation of the leaves below it, and its weighting, aggregation and rules. A setting that
   * cannot take effect where it is given is refused when a pipeline is built, naming the node.
   */
  @Value.Immutable
  @PotentiaStyle
  @JsonSerialize(as = ImmutableNodeOverride.class)
  @JsonDeserialize(as = ImmutableNodeOverride.class)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"denominator", "scale", "transform", "normalisation", "weighting", "aggregation", "rules"})
  public abstract static class NodeOverride {
    /** The denominator that divides by each area's resident population ({@code Area.population()}). */
    public static final String POPULATION = "population";
    /** The denominator that divides by each area's land area in km2 ({@code Area.landAreaKm2()}). */
    public static final String LAND_AREA = "land-area";

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
     * What this leaf's indicator is divided by, before imputation and normalisation (COINr's {@code
     * Denominate}): {@value #POPULATION} (per person), {@value #LAND_AREA} (per km2), both from the
     * area hierarchy given to the pipeline and the same in every year, or the id of an indicator of
     * the catalogue (per unit of GDP, say), read from the dataset raw, area by area and year by year.
     * The value becomes {@code x * scale / d}.
     *
     * <p>Refused when the pipeline is built: on an inner node; a name that is neither of the two
     * above nor an indicator of the catalogue (the error names the node and the value, and lists the
     * names); the leaf's own indicator; {@value #POPULATION} or {@value #LAND_AREA} with no area
     * hierarchy given. Refused when scoring, naming the area (and the year): an area without the
     * population or land area, or not in the hierarchy; a denominator {@code <= 0}; a quotient that
     * overflows. A denominator missing for an area in a year leaves the value missing, reported as a
     * gap (or imputed, when an imputer is set). Never NaN or infinity from present values.
     *
     * @return the denominator
     */
    public abstract Optional<String> denominator();

    /**
     * What a denominated value is multiplied by: {@code 1000} gives a value per 1,000 people with
     * {@code "denominator": "population"}. Finite and {@code > 0}; refused without a denominator.
     *
     * @return the scale; empty for 1
     */
    public abstract Optional<Double> scale();

    /**
     * The change over years that replaces this leaf's values after denomination and imputation:
     * {@link Transform#GROWTH} or {@link Transform#CHANGE} against the calendar year before, the
     * first year (and any year without the one before) missing and reported as a gap; see {@link
     * Transform}. Refused on an inner node.
     *
     * @return the transform; empty for the values as they are
     */
    public abstract Optional<Transform> transform();

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

    @Value.Check
    void check() {
      new io.potentia.core.internal.Problems()
          .require(denominator().map(d -> !d.isBlank()).orElse(true), "denominator", "the denominator is blank;"
              + " name " + POPULATION + ", " + LAND_AREA + " or an indicator id")
          .require(scale().map(x -> Double.isFinite(x) && x > 0).orElse(true), "scale", "scale "
              + scale().orElse(1.0) + " must be finite and > 0")
          .throwIfAny();
    }
  }
}
