package io.potentia.core.area;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.internal.Ids;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An area: a commune, district, province (defensive zone), military region or the nation, with its
 * parent in the hierarchy, its cross-cutting tags and its attributes.
 *
 * <p>Rejects: an id that is not {@code [A-Za-z0-9][A-Za-z0-9_.-]*}, a blank name, a negative
 * population, a land area that is not positive and finite, a parent equal to the area itself, and
 * a nation with a parent.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableArea.class)
@JsonDeserialize(as = ImmutableArea.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "name", "level", "parent", "tags", "strategicDirection", "population", "landAreaKm2"})
public abstract class Area {
  // only the generated implementation extends this type
  Area() {}

  private static final Pattern AREA_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  /**
   * A builder; {@code id}, {@code name} and {@code level} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Area}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableArea.Builder {
    Builder() {}
  }

  /**
   * The unique id, for example an ISO 3166-2 code such as {@code VN-HN}.
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
   * The level in the hierarchy.
   *
   * @return the level
   */
  public abstract AreaLevel level();

  /**
   * The id of the parent area; absent only for the root.
   *
   * @return the parent id
   */
  public abstract Optional<String> parent();

  /**
   * Cross-cutting groupings (border, coastal, key economic zone, ...).
   *
   * @return the tags, possibly empty
   */
  public abstract Set<AreaTag> tags();

  /**
   * The strategic direction the area lies on, where one is assigned, for example {@code
   * "north-west"}.
   *
   * @return the strategic direction
   */
  public abstract Optional<String> strategicDirection();

  /**
   * The resident population, used by population-weighted roll-ups.
   *
   * @return the population, {@code >= 0}
   */
  public abstract OptionalLong population();

  /**
   * The land area in square kilometres, used by area-weighted roll-ups.
   *
   * @return the land area, {@code > 0}
   */
  public abstract OptionalDouble landAreaKm2();

  @Value.Check
  void check() {
    String who = "area " + Ids.quote(id());
    Problems problems = new Problems();
    problems.require(AREA_ID.matcher(id()).matches(), "id",
        who + ": id must match " + AREA_ID.pattern());
    problems.require(!name().isBlank(), "name", who + ": name is blank");
    population().ifPresent(p -> problems.require(p >= 0, "population",
        who + ": population is " + p + "; it must be >= 0"));
    landAreaKm2().ifPresent(a -> problems.require(Double.isFinite(a) && a > 0, "landAreaKm2",
        who + ": landAreaKm2 is " + a + "; it must be finite and > 0"));
    parent().ifPresent(p -> problems.require(!p.equals(id()), "parent", who + ": is its own parent"));
    problems.require(level() != AreaLevel.NATION || parent().isEmpty(), "parent",
        who + ": a nation has no parent, but parent is " + Ids.quote(parent().orElse(null)));
    problems.throwIfAny();
  }
}
