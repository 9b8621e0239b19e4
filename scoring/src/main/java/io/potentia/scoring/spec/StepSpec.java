package io.potentia.scoring.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One step of a strategy spec: the strategy's name and its parameters, for example {@code {"name":
 * "min-max", "parameters": {"lower": 0, "upper": 100}}}.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableStepSpec.class)
@JsonDeserialize(as = ImmutableStepSpec.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"name", "parameters"})
public abstract class StepSpec {
  // only the generated implementation extends this type
  StepSpec() {}


  /**
   * A step without parameters.
   *
   * @param name the strategy name
   * @return the step
   */
  public static StepSpec of(String name) {
    return ImmutableStepSpec.builder().name(name).build();
  }

  /**
   * A step with parameters.
   *
   * @param name the strategy name
   * @param parameters name to JSON value
   * @return the step
   */
  public static StepSpec of(String name, Map<String, ? extends JsonNode> parameters) {
    return ImmutableStepSpec.builder().name(name).putAllParameters(parameters).build();
  }

  /**
   * The strategy name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The parameters.
   *
   * @return name to JSON value
   */
  public abstract Map<String, JsonNode> parameters();
}
