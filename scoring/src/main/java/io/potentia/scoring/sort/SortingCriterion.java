package io.potentia.scoring.sort;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.indicator.Direction;
import io.potentia.core.Problem;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One criterion (column) of a {@link SortingProblem}: the id, direction and weight of a decision
 * problem's criterion, and the discrimination thresholds of ELECTRE TRI-B, in the criterion's own
 * units: indifference {@code q}, preference {@code p} and veto {@code v}, with {@code 0 <= q <= p
 * <= v}.
 *
 * <p>A criterion is checked as part of its problem ({@link SortingProblem}), so that a file with
 * several faults reports them all at once: a blank id, a weight that is negative or not finite, a
 * threshold that is negative or not finite, {@code q > p} and {@code p > v}.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableSortingCriterion.class)
@JsonDeserialize(as = ImmutableSortingCriterion.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "direction", "weight", "q", "p", "v"})
public abstract class SortingCriterion {
  // only the generated implementation extends this type
  SortingCriterion() {}

  /**
   * A criterion without thresholds.
   *
   * @param id the id
   * @param direction benefit or cost
   * @param weight the weight, {@code >= 0}
   * @return the criterion
   */
  public static SortingCriterion of(String id, Direction direction, double weight) {
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

  /** Builds a {@link SortingCriterion}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSortingCriterion.Builder {
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
   * The weight: the criterion's vote in MR-Sort and its share of the concordance in ELECTRE TRI-B;
   * weights are scaled to sum 1 by the methods.
   *
   * @return the weight, default 1
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * The indifference threshold: a difference up to {@code q} against an alternative is no
   * argument against it.
   *
   * @return q, in the criterion's units
   */
  public abstract Optional<Double> q();

  /**
   * The preference threshold: a difference above {@code p} is a full argument against an
   * alternative; between {@code q} and {@code p} the argument grows linearly.
   *
   * @return p, in the criterion's units
   */
  public abstract Optional<Double> p();

  /**
   * The veto threshold: a difference of {@code v} or more against an alternative forbids it to
   * outrank, whatever the other criteria say; none means this criterion has no veto.
   *
   * @return v, in the criterion's units
   */
  public abstract Optional<Double> v();

  /**
   * Whether any of {@code q}, {@code p} or {@code v} is given.
   *
   * @return true when the criterion has a threshold
   */
  @JsonIgnore
  public boolean hasThresholds() {
    return q().isPresent() || p().isPresent() || v().isPresent();
  }

  /**
   * The indifference threshold in use: {@code q}, or 0.
   *
   * @return q, {@code >= 0}
   */
  @JsonIgnore
  public double indifference() {
    return q().orElse(0.0);
  }

  /**
   * The preference threshold in use: {@code p}, or {@code q} when only {@code q} is given, or 0.
   *
   * @return p, {@code >= q}
   */
  @JsonIgnore
  public double preference() {
    return p().orElse(indifference());
  }

  /**
   * The veto threshold in use: {@code v}, or positive infinity (no veto).
   *
   * @return v
   */
  @JsonIgnore
  public double veto() {
    return v().orElse(Double.POSITIVE_INFINITY);
  }

  /**
   * The faults of this criterion's thresholds, each at the path of its field ({@code q}, {@code p},
   * {@code v}): a threshold that is negative or not finite, {@code q > p}, {@code p > v} (or {@code q
   * > v} without {@code p}). A {@link SortingProblem} reports them under {@code criteria[j]}.
   *
   * @return the faults; empty when the thresholds are valid
   */
  public List<Problem> thresholdProblems() {
    Problems problems = new Problems();
    String name = "criterion '" + id() + "': ";
    for (var t : List.of(Map.entry("q", q()), Map.entry("p", p()), Map.entry("v", v()))) {
      t.getValue().ifPresent(x -> problems.require(Double.isFinite(x) && x >= 0, t.getKey(), name + t.getKey()
          + " is " + x + "; it must be finite and >= 0"));
    }
    if (q().isPresent() && p().isPresent()) {
      problems.require(q().get() <= p().get(), "q", name + "q " + q().get() + " is above p " + p().get()
          + "; the thresholds must keep q <= p <= v");
    }
    if (v().isPresent() && (p().isPresent() || q().isPresent())) {
      String below = p().isPresent() ? "p" : "q";
      double value = p().orElseGet(() -> q().get());
      problems.require(value <= v().get(), below, name + below + " " + value + " is above v " + v().get()
          + "; the thresholds must keep q <= p <= v");
    }
    return problems.list();
  }
}
