package io.potentia.core.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.internal.Ids;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import io.potentia.core.potential.Dimension;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A measurable indicator: what it measures, in which unit, whether more is better, on which scale,
 * which values are valid, which potential, force or posture it belongs to, at which area levels it
 * applies and how child areas roll up into their parent.
 *
 * <p>Validated on construction; every rule broken is reported, each with the indicator id, the
 * field and the bad value:
 *
 * <ul>
 *   <li>{@code id} matches {@code [a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*}, for example {@code
 *       economic.gdp_per_capita};
 *   <li>{@code name} and {@code unit} are not blank;
 *   <li>a {@link Scale#COUNT count} has a valid range with {@code min >= 0};
 *   <li>{@link RollUp#SUM sum} is allowed only on {@link Scale#RATIO ratio} and {@link Scale#COUNT
 *       count} scales: summing percentages, ratings or interval values has no meaning;
 *   <li>{@code levels} is not empty.
 * </ul>
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "name", "nameVi", "unit", "direction", "scale", "validRange", "dimension",
    "rollUp", "levels", "source", "description"})
public abstract class Indicator {
  // only the generated implementation extends this type
  Indicator() {}


  /**
   * A builder; {@code id}, {@code name}, {@code unit}, {@code direction}, {@code scale}, {@code
   * rollUp} and {@code description} are required, {@code dimension} optional (set for every
   * built-in indicator of the default framework; the budget and leadership-mechanism indicators
   * have none, so that the default framework leaves them out).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }

  /**
   * The unique id, for example {@code economic.gdp_per_capita}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The English name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The Vietnamese name, where the catalogue gives one.
   *
   * @return the name in Vietnamese
   */
  public abstract Optional<String> nameVi();

  /**
   * The unit of the raw values, for example {@code "% of GDP"} or {@code "per 1,000 people"}.
   *
   * @return the unit
   */
  public abstract String unit();

  /**
   * Whether more is better.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * The measurement scale.
   *
   * @return the scale
   */
  public abstract Scale scale();

  /**
   * The valid values; a value outside is rejected when data is read. Unbounded by default.
   *
   * @return the range
   */
  @Value.Default
  public ValidRange validRange() {
    return ValidRange.unbounded();
  }

  /**
   * The potential, force component or posture element the indicator belongs to; absent for an
   * indicator of another index brought in from elsewhere (for example from COINr tables), and for
   * built-in indicators the default framework leaves out (the local defence budget, judged against
   * economic potential; the leadership mechanism, scored by the doctrine framework).
   *
   * @return the dimension
   */
  public abstract Optional<Dimension> dimension();

  /**
   * How child areas combine into their parent.
   *
   * @return the roll-up rule
   */
  public abstract RollUp rollUp();

  /**
   * The area levels at which the indicator applies (a province has no embassies). All levels by
   * default.
   *
   * @return a non-empty set of levels
   */
  @Value.Default
  public Set<AreaLevel> levels() {
    return EnumSet.allOf(AreaLevel.class);
  }

  /**
   * Where values usually come from, for example {@code "World Bank WDI NY.GDP.PCAP.CD"}.
   *
   * @return the usual source
   */
  public abstract Optional<String> source();

  /**
   * What the indicator measures and why it matters to defence potential.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * Whether the indicator applies at a level.
   *
   * @param level the area level
   * @return true if values at this level are meaningful
   */
  public boolean appliesAt(AreaLevel level) {
    return levels().contains(level);
  }

  @Value.Check
  void check() {
    String who = "indicator " + Ids.quote(id());
    Problems problems = new Problems();
    problems.require(
        Ids.DOTTED_ID.matcher(id()).matches(),
        "id",
        who + ": id must match " + Ids.DOTTED_ID.pattern() + " (lower case, dot-separated)");
    problems.require(!name().isBlank(), "name", who + ": name is blank");
    problems.require(!unit().isBlank(), "unit", who + ": unit is blank");
    problems.require(!description().isBlank(), "description", who + ": description is blank");
    problems.require(!levels().isEmpty(), "levels", who + ": levels is empty; name at least one area level");
    if (scale() == Scale.COUNT) {
      problems.require(
          validRange().min().isPresent() && validRange().min().getAsDouble() >= 0,
          "validRange.min",
          who + ": a count needs validRange.min >= 0, but the range is " + validRange().describe());
    }
    if (rollUp() == RollUp.SUM) {
      problems.require(
          scale() == Scale.RATIO || scale() == Scale.COUNT,
          "rollUp",
          who + ": roll-up 'sum' needs a ratio or count scale, but the scale is '" + scale().id()
              + "'; use a weighted mean, min or max");
    }
    problems.throwIfAny();
  }
}
