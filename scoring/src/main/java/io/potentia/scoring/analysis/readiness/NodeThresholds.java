package io.potentia.scoring.analysis.readiness;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One criterion of a {@link ClassScheme}: a framework node whose score areas are classed on (a
 * pillar, or the index), the node's thresholds between the classes (worst first, in the node's
 * score units; higher scores are better), its weight, and ELECTRE TRI-B's {@code q}, {@code p} and
 * {@code v} on the score scale. Checked as part of its scheme.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableNodeThresholds.class)
@JsonDeserialize(as = ImmutableNodeThresholds.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"node", "thresholds", "weight", "q", "p", "v"})
public abstract class NodeThresholds {
  // only the generated implementation extends this type
  NodeThresholds() {}

  /**
   * A node with thresholds and no weight or discrimination thresholds of its own.
   *
   * @param node the node's id
   * @param thresholds one per boundary between two classes, worst first
   * @return the criterion
   */
  public static NodeThresholds of(String node, List<Double> thresholds) {
    return builder().node(node).thresholds(thresholds).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodeThresholds}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableNodeThresholds.Builder {
    Builder() {}
  }

  /**
   * The node's id, for example {@code political} or {@code index}.
   *
   * @return the id
   */
  public abstract String node();

  /**
   * The lowest score of each class but the worst, worst first: {@code thresholds[h]} is the lower
   * boundary of class {@code h + 1}.
   *
   * @return one per boundary
   */
  public abstract List<Double> thresholds();

  /**
   * The weight (MR-Sort and ELECTRE TRI-B).
   *
   * @return the weight, default 1
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * The indifference threshold (ELECTRE TRI-B), in score units.
   *
   * @return q
   */
  public abstract Optional<Double> q();

  /**
   * The preference threshold (ELECTRE TRI-B), in score units.
   *
   * @return p
   */
  public abstract Optional<Double> p();

  /**
   * The veto threshold (ELECTRE TRI-B), in score units; none: no veto.
   *
   * @return v
   */
  public abstract Optional<Double> v();
}
