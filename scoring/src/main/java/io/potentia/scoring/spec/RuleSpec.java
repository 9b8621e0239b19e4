package io.potentia.scoring.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A declared rule on a node's score, as a strategy spec writes it: {@code {"kind": "cap-when-below",
 * "child": "military", "threshold": 20, "value": 40}} caps the node at 40 wherever its child
 * {@code military} scores below 20. Kinds: {@code floor}, {@code cap} (value only), {@code
 * cap-when-below} and {@code veto-when-below} (child, threshold and value). Every application is
 * explained in the report.
 *
 * <p>Rejects an unknown kind, a missing child or threshold where the kind needs one, and numbers
 * that are not finite.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableRuleSpec.class)
@JsonDeserialize(as = ImmutableRuleSpec.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"kind", "child", "threshold", "value"})
public abstract class RuleSpec {
  // only the generated implementation extends this type
  RuleSpec() {}

  /**
   * A builder; {@code kind} and {@code value} are required, and {@code child} and {@code
   * threshold} where the kind needs them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleSpec}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableRuleSpec.Builder {
    Builder() {}
  }

  static final List<String> KINDS = List.of("floor", "cap", "cap-when-below", "veto-when-below");

  /**
   * The kind of rule.
   *
   * @return floor, cap, cap-when-below or veto-when-below
   */
  public abstract String kind();

  /**
   * The child node whose score triggers the rule.
   *
   * @return the child's id
   */
  public abstract Optional<String> child();

  /**
   * The trigger threshold.
   *
   * @return the threshold
   */
  public abstract Optional<Double> threshold();

  /**
   * The floor, the cap, or the vetoed score.
   *
   * @return the value
   */
  public abstract double value();

  @Value.Check
  void check() {
    boolean needsChild = kind().endsWith("-when-below");
    new Problems()
        .require(KINDS.contains(kind()), "kind", "rule kind '" + kind() + "' is unknown; known: " + String.join(", ", KINDS))
        .require(!needsChild || child().isPresent(), "child", "rule '" + kind() + "' needs the child that triggers it")
        .require(!needsChild || threshold().isPresent(), "threshold", "rule '" + kind() + "' needs a threshold")
        .require(Double.isFinite(value()), "value", "rule '" + kind() + "': value " + value() + " must be finite")
        .require(threshold().map(Double::isFinite).orElse(true), "threshold", "rule '" + kind() + "': threshold must be finite")
        .throwIfAny();
  }
}
