package io.potentia.scoring.spi;

import java.util.Objects;
import java.util.function.Function;

/**
 * A named, parameterised strategy offered by a {@link StrategyProvider}.
 *
 * @param kind the pipeline step
 * @param name the name used in specs, for example {@code "min-max"}
 * @param description one line: what it computes
 * @param factory builds the strategy from its parameters, reading each through {@link Parameters}
 */
public record StrategyDescriptor(StrategyKind kind, String name, String description,
    Function<Parameters, ? extends Strategy> factory) {

  /**
   * Validates the components: none null, the name lower-case with hyphens.
   *
   * @param kind the pipeline step
   * @param name the name used in specs, for example {@code "min-max"}
   * @param description one line: what it computes
   * @param factory builds the strategy from its parameters, reading each through {@link Parameters}
   */
  public StrategyDescriptor {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(factory, "factory");
    if (!name.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("strategy name '" + name + "' must be lower case with hyphens");
    }
  }
}
