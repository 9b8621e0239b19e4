package io.potentia.core.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One observation: the value of an indicator for an area in a year, or its absence, with optional
 * provenance. The generic form between typed models, files and the columnar {@link Dataset}.
 *
 * <p>Rejects a blank area or indicator, a year outside 1000..9999, and a value that is NaN or
 * infinite (a missing value is an empty {@link #value()}, never NaN).
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableObservation.class)
@JsonDeserialize(as = ImmutableObservation.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"area", "indicator", "year", "value", "source", "note"})
public abstract class Observation {
  // only the generated implementation extends this type
  Observation() {}

  /**
   * A builder; {@code area}, {@code indicator} and {@code year} are required, and {@code value},
   * {@code source} and {@code note} optional.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Observation}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  /**
   * An observed value.
   *
   * @param area the area id
   * @param indicator the indicator id
   * @param year the year
   * @param value the finite value
   * @return the observation
   */
  public static Observation of(String area, String indicator, int year, double value) {
    return builder().area(area).indicator(indicator).year(year).value(value).build();
  }

  /**
   * A value known to be missing.
   *
   * @param area the area id
   * @param indicator the indicator id
   * @param year the year
   * @return the observation without a value
   */
  public static Observation missing(String area, String indicator, int year) {
    return builder().area(area).indicator(indicator).year(year).build();
  }

  /**
   * The area id.
   *
   * @return the area
   */
  public abstract String area();

  /**
   * The indicator id.
   *
   * @return the indicator
   */
  public abstract String indicator();

  /**
   * The year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The value; empty when missing.
   *
   * @return the value
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public abstract OptionalDouble value();

  /**
   * Where the value came from.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * A free note on the value.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * The provenance, when a source or note is given.
   *
   * @return the provenance
   */
  public Optional<Provenance> provenance() {
    return source().isPresent() || note().isPresent()
        ? Optional.of(Provenance.of(source().orElse(null), note().orElse(null)))
        : Optional.empty();
  }

  @Value.Check
  void check() {
    boolean yearOk = year() >= 1000 && year() <= 9999;
    boolean valueOk = value().isEmpty() || Double.isFinite(value().getAsDouble());
    if (yearOk && valueOk && !area().isBlank() && !indicator().isBlank()) {
      return; // the common case, without building messages: a Monte Carlo run makes an observation per drawn value
    }
    String who = "indicator '" + indicator() + "' of area '" + area() + "' in " + year();
    new Problems()
        .require(!area().isBlank(), "area", "area is blank")
        .require(!indicator().isBlank(), "indicator", "indicator is blank")
        .require(yearOk, "year", who + ": year must be in 1000..9999")
        .require(valueOk, "value",
            who + " is " + (value().isPresent() ? value().getAsDouble() : "") + "; it must be finite (leave it out when missing)")
        .throwIfAny();
  }
}
