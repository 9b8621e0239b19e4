package io.potentia.core.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The closed interval of values an indicator may take: {@code min <= value <= max}, each bound
 * optional. In JSON: {@code {"min": 0, "max": 100}}; a missing bound is unbounded.
 *
 * <p>Rejects bounds that are not finite and a minimum above the maximum.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableValidRange.class)
@JsonDeserialize(as = ImmutableValidRange.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ValidRange {
  // only the generated implementation extends this type
  ValidRange() {}


  /**
   * The smallest valid value, when bounded below.
   *
   * @return the inclusive lower bound
   */
  public abstract OptionalDouble min();

  /**
   * The largest valid value, when bounded above.
   *
   * @return the inclusive upper bound
   */
  public abstract OptionalDouble max();

  /**
   * A range with both bounds.
   *
   * @param min inclusive lower bound
   * @param max inclusive upper bound
   * @return the range
   * @throws io.potentia.core.InvalidInputException if a bound is not finite or {@code min > max}
   */
  public static ValidRange of(double min, double max) {
    return ImmutableValidRange.builder().min(min).max(max).build();
  }

  /**
   * A range bounded below only, as for counts and money ({@code atLeast(0)}).
   *
   * @param min inclusive lower bound
   * @return the range
   */
  public static ValidRange atLeast(double min) {
    return ImmutableValidRange.builder().min(min).build();
  }

  /**
   * The range of all finite values.
   *
   * @return the unbounded range
   */
  public static ValidRange unbounded() {
    return ImmutableValidRange.builder().build();
  }

  /**
   * Whether a value lies in the range. NaN and infinities never do.
   *
   * @param value the value
   * @return true if {@code value} is finite and within the bounds
   */
  public boolean contains(double value) {
    return Double.isFinite(value)
        && (min().isEmpty() || value >= min().getAsDouble())
        && (max().isEmpty() || value <= max().getAsDouble());
  }

  /**
   * The rule as text for error messages, for example {@code "in [0.0, 100.0]"} or {@code ">= 0.0"}.
   *
   * @return the rule
   */
  public String describe() {
    if (min().isPresent() && max().isPresent()) {
      return "in [" + min().getAsDouble() + ", " + max().getAsDouble() + "]";
    }
    if (min().isPresent()) {
      return ">= " + min().getAsDouble();
    }
    if (max().isPresent()) {
      return "<= " + max().getAsDouble();
    }
    return "finite";
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    min().ifPresent(v -> problems.require(Double.isFinite(v), "min", "min is " + v + "; it must be finite"));
    max().ifPresent(v -> problems.require(Double.isFinite(v), "max", "max is " + v + "; it must be finite"));
    if (min().isPresent() && max().isPresent()) {
      problems.require(
          min().getAsDouble() <= max().getAsDouble(),
          "min",
          "min " + min().getAsDouble() + " is above max " + max().getAsDouble());
    }
    problems.throwIfAny();
  }
}
