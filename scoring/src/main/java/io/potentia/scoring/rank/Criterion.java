package io.potentia.scoring.rank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.indicator.Direction;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One criterion (column) of a {@link DecisionProblem}: its id, direction, weight, and the
 * parameters some methods need: a PROMETHEE preference function, SPOTIS bounds.
 *
 * <p>Rejects a blank id, a weight that is negative or not finite, and bounds that are not two
 * finite numbers with {@code lower < upper}.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableCriterion.class)
@JsonDeserialize(as = ImmutableCriterion.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "direction", "weight", "preference", "bounds"})
public abstract class Criterion {
  // only the generated implementation extends this type
  Criterion() {}


  /**
   * A criterion with a direction and weight.
   *
   * @param id the id
   * @param direction benefit or cost
   * @param weight the weight, {@code >= 0}
   * @return the criterion
   */
  public static Criterion of(String id, Direction direction, double weight) {
    return builder().id(id).direction(direction).weight(weight).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Criterion}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }

  /**
   * The id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Whether more is better.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * The weight; weights are scaled to sum 1 by the methods.
   *
   * @return the weight, default 1
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * The PROMETHEE preference function; {@code usual} when absent.
   *
   * @return the preference function
   */
  public abstract Optional<PreferenceFunction> preference();

  /**
   * The bounds {@code [lower, upper]} of the criterion's possible values, for SPOTIS.
   *
   * @return the bounds
   */
  public abstract Optional<List<Double>> bounds();

  @Value.Check
  void check() {
    Problems problems = new Problems()
        .require(!id().isBlank(), "id", "criterion id is blank")
        .require(Double.isFinite(weight()) && weight() >= 0, "weight", "criterion '" + id() + "': weight is " + weight()
            + "; it must be finite and >= 0");
    bounds().ifPresent(b -> problems.require(b.size() == 2 && Double.isFinite(b.get(0)) && Double.isFinite(b.get(1))
        && b.get(0) < b.get(1), "bounds", "criterion '" + id() + "': bounds " + b
        + " must be two finite numbers, lower < upper"));
    problems.throwIfAny();
  }
}
