package io.potentia.scoring.spi;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A named, parameterised strategy offered by a {@link StrategyProvider}: its name, what it
 * computes, and how to build it, with the traits it promises, from its parameters.
 *
 * <p>Most strategies promise the same traits whatever their parameters: register them with {@link
 * #of}. A strategy whose promises depend on a parameter (a power mean accepts zeros only for
 * {@code p = 1}) builds its own {@link Described} in the factory.
 *
 * @param kind the pipeline step
 * @param name the name used in specs, for example {@code "min-max"}
 * @param description one line: what it computes
 * @param factory builds the described strategy from its parameters, reading each through {@link
 *     Parameters}; the description's name must be {@code name}
 */
public record StrategyDescriptor(StrategyKind kind, String name, String description,
    Function<Parameters, ? extends Described<?>> factory) {

  /**
   * Validates the components: none null, the name lower-case with hyphens.
   *
   * @param kind the pipeline step
   * @param name the name used in specs, for example {@code "min-max"}
   * @param description one line: what it computes
   * @param factory builds the described strategy from its parameters
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

  /**
   * A strategy that promises the same traits whatever its parameters.
   *
   * <pre>{@code
   * StrategyDescriptor.of(StrategyKind.NORMALISATION, "median-ratio", "x / median",
   *     EnumSet.of(Trait.MONOTONE, Trait.SCALE_INVARIANT), p -> (column, direction) -> ...)
   * }</pre>
   *
   * @param kind the pipeline step
   * @param name the name used in specs
   * @param description one line: what it computes
   * @param traits the traits it promises for every valid input
   * @param factory builds the strategy (an instance of the kind's interface) from its parameters
   * @return the descriptor
   */
  public static StrategyDescriptor of(StrategyKind kind, String name, String description, Set<Trait> traits,
      Function<Parameters, ?> factory) {
    Objects.requireNonNull(traits, "traits");
    Objects.requireNonNull(factory, "factory");
    return new StrategyDescriptor(kind, name, description, p -> new Described<>(name, traits, factory.apply(p)));
  }

  /**
   * Builds the strategy from its parameters and refuses a parameter it did not read.
   *
   * @param parameters the parameters
   * @return the described strategy
   * @throws io.potentia.core.InvalidInputException if a parameter is bad or unknown
   * @throws io.potentia.core.PotentiaException if the factory names its strategy otherwise
   */
  public Described<?> create(Parameters parameters) {
    Described<?> described = factory.apply(parameters);
    parameters.rejectUnread();
    if (!described.name().equals(name)) {
      throw new io.potentia.core.PotentiaException("the " + kind.id() + " strategy '" + name
          + "' builds a strategy named '" + described.name() + "'");
    }
    return described;
  }

  /**
   * Builds the strategy and checks that it is of the kind's interface.
   *
   * @param type the kind's interface, for example {@code Normaliser.class}
   * @param parameters the parameters
   * @param <T> the interface
   * @return the described strategy
   * @throws io.potentia.core.PotentiaException if the strategy is not a {@code type}
   */
  @SuppressWarnings("unchecked")
  public <T> Described<T> create(Class<T> type, Parameters parameters) {
    Described<?> described = create(parameters);
    if (!type.isInstance(described.strategy())) {
      throw new io.potentia.core.PotentiaException("the " + kind.id() + " strategy '" + name + "' is a "
          + described.strategy().getClass().getName() + ", not a " + type.getSimpleName());
    }
    return (Described<T>) described;
  }

  /**
   * Builds, with its default parameters, the strategy of a given name among some descriptors, for
   * a method that takes another strategy as a parameter (as TOPSIS takes its normalisation).
   *
   * @param descriptors the descriptors to look in, all of one kind
   * @param name the name
   * @param type the kind's interface
   * @param <T> the interface
   * @return the described strategy
   * @throws io.potentia.core.InvalidInputException if no descriptor has this name; lists the known ones
   */
  public static <T> Described<T> find(java.util.List<StrategyDescriptor> descriptors, String name, Class<T> type) {
    for (StrategyDescriptor d : descriptors) {
      if (d.name().equals(name)) {
        return d.create(type, Parameters.none(name));
      }
    }
    String kind = descriptors.isEmpty() ? "" : descriptors.get(0).kind().id() + " ";
    throw io.potentia.core.InvalidInputException.at("", "unknown " + kind + "strategy '" + name + "'; known: "
        + descriptors.stream().map(StrategyDescriptor::name).toList());
  }
}
