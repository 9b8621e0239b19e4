package io.potentia.scoring.analysis.groups;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.area.AreaTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How areas are put into groups: by their ancestor at a level of the hierarchy (the military
 * region of a province), by their strategic direction, or by a cross-cutting tag (border, coastal,
 * economic-defence zone, ...). An area may have no group under a grouping (no ancestor at the
 * level, no direction, not tagged); the analyses list such areas rather than drop them.
 */
public final class Grouping {
  /** The name of the grouping by strategic direction. */
  public static final String DIRECTION = "direction";

  private final AreaLevel level;
  private final AreaTag tag;

  private Grouping(AreaLevel level, AreaTag tag) {
    this.level = level;
    this.tag = tag;
  }

  /**
   * Groups areas by their ancestor at a level: {@code byAncestor(MILITARY_REGION)} puts each
   * province in its military region's group, named by the region's id.
   *
   * @param level the ancestor level
   * @return the grouping
   * @throws InvalidInputException if the level is null or the commune level, which is no area's ancestor
   */
  public static Grouping byAncestor(AreaLevel level) {
    if (level == null || level == AreaLevel.COMMUNE) {
      throw InvalidInputException.at("within", "grouping by ancestor level " + (level == null ? "null" : "'" + level.id() + "'")
          + " groups nothing; known: " + String.join(", ", known()));
    }
    return new Grouping(level, null);
  }

  /**
   * Groups areas by their strategic direction ({@link Area#strategicDirection()}), one group per
   * direction named by it; areas without a direction have no group.
   *
   * @return the grouping
   */
  public static Grouping byDirection() {
    return new Grouping(null, null);
  }

  /**
   * Groups areas by a tag: the tagged areas form one group named by the tag's id; the others have
   * no group.
   *
   * @param tag the tag
   * @return the grouping
   * @throws InvalidInputException if the tag is null
   */
  public static Grouping byTag(AreaTag tag) {
    if (tag == null) {
      throw InvalidInputException.at("within", "the tag is null; known: " + String.join(", ", known()));
    }
    return new Grouping(null, tag);
  }

  /**
   * The grouping a name gives: {@value #DIRECTION}, a level id above the commune ({@code
   * district}, {@code province}, {@code military-region}, {@code nation}) or a tag id ({@code
   * border}, {@code coastal}, ...).
   *
   * @param name the name
   * @return the grouping
   * @throws InvalidInputException if the name is none of these; the message names it and lists the known names
   */
  public static Grouping parse(String name) {
    if (DIRECTION.equals(name)) {
      return byDirection();
    }
    for (AreaLevel level : AreaLevel.values()) {
      if (level != AreaLevel.COMMUNE && level.id().equals(name)) {
        return byAncestor(level);
      }
    }
    for (AreaTag tag : AreaTag.values()) {
      if (tag.id().equals(name)) {
        return byTag(tag);
      }
    }
    throw InvalidInputException.at("within", "unknown grouping '" + name + "'; known: " + String.join(", ", known()));
  }

  /**
   * The names {@link #parse(String)} accepts.
   *
   * @return the direction, the levels above the commune, then the tags
   */
  public static List<String> known() {
    List<String> out = new ArrayList<>();
    out.add(DIRECTION);
    for (AreaLevel level : AreaLevel.values()) {
      if (level != AreaLevel.COMMUNE) {
        out.add(level.id());
      }
    }
    for (AreaTag tag : AreaTag.values()) {
      out.add(tag.id());
    }
    return out;
  }

  /**
   * The grouping's name, as {@link #parse(String)} reads it.
   *
   * @return the name
   */
  public String name() {
    return level != null ? level.id() : tag != null ? tag.id() : DIRECTION;
  }

  /**
   * The group of an area.
   *
   * @param area the area id
   * @param hierarchy the hierarchy that holds it
   * @return the group's name, empty when the area has none under this grouping
   * @throws InvalidInputException if the hierarchy has no such area
   */
  public Optional<String> groupOf(String area, AreaHierarchy hierarchy) {
    Area a = hierarchy.area(area);
    if (level != null) {
      return hierarchy.ancestorAt(area, level).map(Area::id);
    }
    if (tag != null) {
      return a.tags().contains(tag) ? Optional.of(tag.id()) : Optional.empty();
    }
    return a.strategicDirection();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Grouping g && level == g.level && tag == g.tag;
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, tag);
  }

  @Override
  public String toString() {
    return name();
  }
}
