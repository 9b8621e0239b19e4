package io.potentia.core.indicator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.InvalidInputException;
import io.potentia.core.PotentiaException;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import io.potentia.core.json.PotentiaJson;
import io.potentia.core.potential.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A catalogue of indicators: the vocabulary that frameworks and datasets refer to.
 *
 * <p>{@link #builtIn()} is Potentia's own catalogue (resource {@code
 * /io/potentia/core/catalogue.json}): indicators for the five potentials, the force components and
 * the posture elements, each with its unit, direction, scale, valid range, roll-up rule, area levels
 * and usual public source. Users load their own with {@link #read(Path)} or build one.
 *
 * <p>Rejects a blank id and duplicate indicator ids (each reported with its path and the path of
 * the first: {@code indicators[5].id: duplicate indicator id 'economic.gdp' (first at
 * indicators[0])}), all in one error.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableIndicatorCatalogue.class)
@JsonDeserialize(as = ImmutableIndicatorCatalogue.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "version", "description", "indicators"})
public abstract class IndicatorCatalogue {
  // only the generated implementation extends this type
  IndicatorCatalogue() {}

  private static final String BUILT_IN = "/io/potentia/core/catalogue.json";

  /**
   * A builder; {@code id} is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorCatalogue}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableIndicatorCatalogue.Builder {
    Builder() {}
  }

  /**
   * The built-in catalogue, read once from the library's resources.
   *
   * @return the catalogue
   */
  public static IndicatorCatalogue builtIn() {
    return BuiltIn.CATALOGUE;
  }

  /**
   * Reads a catalogue from a JSON file (see the schema {@code
   * /io/potentia/core/schema/catalogue.schema.json}).
   *
   * @param file the file
   * @return the validated catalogue
   * @throws InvalidInputException naming the file, position, path and problem
   */
  public static IndicatorCatalogue read(Path file) {
    return PotentiaJson.read(file, IndicatorCatalogue.class);
  }

  /**
   * The catalogue id, for example {@code potentia.builtin}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The catalogue version.
   *
   * @return the version
   */
  public abstract Optional<String> version();

  /**
   * What the catalogue covers.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * The indicators, in the order given.
   *
   * @return the indicators
   */
  public abstract List<Indicator> indicators();

  @Value.Lazy
  @JsonIgnore
  Map<String, Indicator> byId() {
    Map<String, Indicator> byId = new LinkedHashMap<>();
    Map<String, Integer> firstAt = new HashMap<>();
    Problems problems = new Problems();
    problems.require(!id().isBlank(), "id", "catalogue id is blank");
    for (int i = 0; i < indicators().size(); i++) {
      Indicator indicator = indicators().get(i);
      byId.putIfAbsent(indicator.id(), indicator);
      Integer first = firstAt.putIfAbsent(indicator.id(), i);
      problems.require(first == null, "indicators[" + i + "].id",
          "duplicate indicator id '" + indicator.id() + "' (first at indicators[" + first + "])");
    }
    problems.throwIfAny();
    return byId;
  }

  @Value.Check
  void check() {
    byId();
  }

  /**
   * Whether the catalogue has an indicator.
   *
   * @param indicatorId the id
   * @return true if present
   */
  public boolean contains(String indicatorId) {
    return byId().containsKey(indicatorId);
  }

  /**
   * The indicator with the given id.
   *
   * @param indicatorId the id
   * @return the indicator
   * @throws InvalidInputException if absent
   */
  public Indicator get(String indicatorId) {
    Indicator indicator = byId().get(indicatorId);
    if (indicator == null) {
      throw InvalidInputException.at("indicator",
          "unknown indicator '" + indicatorId + "'; it is not in catalogue '" + id() + "'");
    }
    return indicator;
  }

  /**
   * The indicators of one potential, force component or posture element, in catalogue order.
   *
   * @param dimension the dimension
   * @return its indicators
   */
  public List<Indicator> of(Dimension dimension) {
    return indicators().stream().filter(i -> i.dimension().orElse(null) == dimension).toList();
  }

  /**
   * The catalogue extended with more indicators, for example a user's own beside the built-in ones.
   *
   * @param more further indicators; their ids must be new
   * @return a new catalogue
   * @throws InvalidInputException if an id repeats
   */
  public IndicatorCatalogue plus(List<Indicator> more) {
    return builder().from(this).addAllIndicators(more).build();
  }

  private static final class BuiltIn {
    static final IndicatorCatalogue CATALOGUE = load();

    private static IndicatorCatalogue load() {
      try (InputStream in = IndicatorCatalogue.class.getResourceAsStream(BUILT_IN)) {
        if (in == null) {
          throw new PotentiaException("the built-in catalogue " + BUILT_IN + " is missing from the class path");
        }
        return PotentiaJson.read(BUILT_IN, in, IndicatorCatalogue.class);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
