package io.potentia.core.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.Ids;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A named weight profile over a framework's nodes, for example peacetime, wartime (mobilisation)
 * or disaster response. Nodes not named keep their own weight.
 *
 * <p>Rejects: an id that is not lower-case dotted, a blank name, and a weight that is negative or
 * not finite. The framework checks that every node named exists and that no group of siblings ends
 * up with weights summing to zero.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableScenario.class)
@JsonDeserialize(as = ImmutableScenario.class)
@JsonPropertyOrder({"id", "name", "description", "weights"})
public abstract class Scenario {
  // only the generated implementation extends this type
  Scenario() {}


  /**
   * A builder; {@code id}, {@code name} and {@code description} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Scenario}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableScenario.Builder {
    Builder() {}
  }

  /**
   * The scenario id, for example {@code wartime}.
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
   * What situation the profile is for and why its weights differ.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Weight overrides, node id to weight.
   *
   * @return the overrides, in the order given
   */
  public abstract Map<String, Double> weights();

  @Value.Check
  void check() {
    String who = "scenario " + Ids.quote(id());
    Problems problems = new Problems();
    problems.require(Ids.DOTTED_ID.matcher(id()).matches(), "id",
        who + ": id must match " + Ids.DOTTED_ID.pattern());
    problems.require(!name().isBlank(), "name", who + ": name is blank");
    weights().forEach((node, w) -> problems.require(Double.isFinite(w) && w >= 0, "weights." + node,
        who + ": weight of node '" + node + "' is " + w + "; it must be finite and >= 0"));
    problems.throwIfAny();
  }
}
