package io.potentia.core.framework;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.Ids;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One node of a {@link Framework}: the root index, a pillar or sub-pillar (a potential, force or
 * posture, or a part of one), or a leaf that points at an indicator.
 *
 * <p>A node may name its own aggregation method (how its children combine) and weighting method
 * (how its children's weights are set); these are strategy names resolved by the scoring module,
 * per node rather than per level. Without them the scoring pipeline's defaults apply.
 *
 * <p>Rejects: an id that is not lower-case dotted, a blank name, a weight that is negative or not
 * finite, and a blank strategy name.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableFrameworkNode.class)
@JsonDeserialize(as = ImmutableFrameworkNode.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "name", "parent", "weight", "indicator", "aggregation", "weighting"})
public abstract class FrameworkNode {
  // only the generated implementation extends this type
  FrameworkNode() {}


  /**
   * A builder; {@code id} and {@code name} are required, {@code weight} defaults to 1.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FrameworkNode}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableFrameworkNode.Builder {
    Builder() {}
  }

  /**
   * The unique node id, for example {@code economic} or {@code economic.gdp_per_capita}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The display name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The parent node id; absent only for the root.
   *
   * @return the parent id
   */
  public abstract Optional<String> parent();

  /**
   * The weight of this node among its siblings, {@code >= 0}; weights of siblings are normalised
   * to sum to 1 when scores are aggregated. Default 1.
   *
   * @return the weight
   */
  @Value.Default
  public double weight() {
    return 1.0;
  }

  /**
   * For a leaf: the id of the indicator it scores.
   *
   * @return the indicator id, absent for an inner node
   */
  public abstract Optional<String> indicator();

  /**
   * The aggregation strategy of this node's children, by name (for example {@code
   * "arithmetic-mean"}).
   *
   * @return the strategy name, absent to use the pipeline default
   */
  public abstract Optional<String> aggregation();

  /**
   * The weighting strategy of this node's children, by name (for example {@code "entropy"}).
   *
   * @return the strategy name, absent to use the explicit weights
   */
  public abstract Optional<String> weighting();

  /**
   * Whether the node is a leaf that scores an indicator.
   *
   * @return true if {@link #indicator()} is present
   */
  @JsonIgnore
  public boolean isLeaf() {
    return indicator().isPresent();
  }

  @Value.Check
  void check() {
    String who = "node " + Ids.quote(id());
    Problems problems = new Problems();
    problems.require(Ids.DOTTED_ID.matcher(id()).matches(), "id",
        who + ": id must match " + Ids.DOTTED_ID.pattern());
    problems.require(!name().isBlank(), "name", who + ": name is blank");
    problems.require(Double.isFinite(weight()) && weight() >= 0, "weight",
        who + ": weight is " + weight() + "; it must be finite and >= 0");
    aggregation().ifPresent(a -> problems.require(!a.isBlank(), "aggregation", who + ": aggregation is blank"));
    weighting().ifPresent(w -> problems.require(!w.isBlank(), "weighting", who + ": weighting is blank"));
    indicator().ifPresent(i -> problems.require(!i.isBlank(), "indicator", who + ": indicator is blank"));
    problems.throwIfAny();
  }
}
