package io.potentia.core.area;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.InvalidInputException;
import io.potentia.core.internal.ParentTree;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import io.potentia.core.json.PotentiaJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The hierarchy of areas, from communes up to the nation, as data: a country that merges provinces
 * or abolishes a level changes the file, not the code.
 *
 * <p>Validated on construction, reporting every problem with its path ({@code areas[i].parent}):
 * unique ids; exactly one root; every parent present (no orphans); no cycles; and levels ordered,
 * each area at a strictly lower {@link AreaLevel#rank() rank} than its parent (levels may be
 * skipped).
 *
 * <p>JSON: {@code {"label": "...", "areas": [{"id": "VN", "name": "Viet Nam", "level": "nation"},
 * ...]}}.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableAreaHierarchy.class)
@JsonDeserialize(as = ImmutableAreaHierarchy.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"label", "areas"})
public abstract class AreaHierarchy {
  // only the generated implementation extends this type
  AreaHierarchy() {}


  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AreaHierarchy}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableAreaHierarchy.Builder {
    Builder() {}
  }

  /**
   * A hierarchy of the given areas.
   *
   * @param areas the areas, parents before or after their children
   * @return the validated hierarchy
   * @throws InvalidInputException listing every problem
   */
  public static AreaHierarchy of(List<Area> areas) {
    return builder().areas(areas).build();
  }

  /**
   * Reads a hierarchy from a JSON file.
   *
   * @param file the file
   * @return the validated hierarchy
   * @throws InvalidInputException naming the file, position, path and problem
   */
  public static AreaHierarchy read(Path file) {
    return PotentiaJson.read(file, AreaHierarchy.class);
  }

  /**
   * A free-text label, for example the source of the hierarchy or "synthetic".
   *
   * @return the label
   */
  public abstract Optional<String> label();

  /**
   * Every area, in the order given.
   *
   * @return the areas
   */
  public abstract List<Area> areas();

  @Value.Lazy
  @JsonIgnore
  Index index() {
    Problems problems = new Problems();
    Index index = Index.build(areas(), problems);
    problems.throwIfAny();
    return index;
  }

  @Value.Check
  void check() {
    index();
  }

  /**
   * The root area, usually the nation.
   *
   * @return the root
   */
  @JsonIgnore
  public Area root() {
    return area(index().tree.root());
  }

  /**
   * The area with the given id.
   *
   * @param id the id
   * @return the area
   * @throws InvalidInputException if there is no such area
   */
  public Area area(String id) {
    Area area = index().byId.get(id);
    if (area == null) {
      throw InvalidInputException.at("area", "unknown area '" + id + "'");
    }
    return area;
  }

  /**
   * Whether an area with this id exists.
   *
   * @param id the id
   * @return true if present
   */
  public boolean contains(String id) {
    return index().byId.containsKey(id);
  }

  /**
   * The parent of an area.
   *
   * @param id the area id
   * @return the parent, absent for the root
   */
  public Optional<Area> parent(String id) {
    area(id);
    return Optional.ofNullable(index().tree.parent(id)).map(this::area);
  }

  /**
   * The direct children of an area, in the order given.
   *
   * @param id the area id
   * @return the children
   */
  public List<Area> children(String id) {
    area(id);
    return areas(index().tree.children(id));
  }

  /**
   * The ancestors of an area, nearest first, ending with the root.
   *
   * @param id the area id
   * @return the ancestors
   */
  public List<Area> ancestors(String id) {
    area(id);
    return areas(index().tree.ancestors(id));
  }

  /**
   * The ancestor of an area at a level, for example the military region of a province.
   *
   * @param id the area id
   * @param level the level sought
   * @return the ancestor at that level, absent when the path skips that level
   */
  public Optional<Area> ancestorAt(String id, AreaLevel level) {
    return ancestors(id).stream().filter(a -> a.level() == level).findFirst();
  }

  /**
   * All descendants of an area, depth first.
   *
   * @param id the area id
   * @return the descendants, not including the area
   */
  public List<Area> descendants(String id) {
    area(id);
    return areas(index().tree.descendants(id));
  }

  /**
   * The descendants of an area at a level, for example the communes of a province.
   *
   * @param id the area id
   * @param level the level sought
   * @return the descendants at that level
   */
  public List<Area> descendantsAt(String id, AreaLevel level) {
    return descendants(id).stream().filter(a -> a.level() == level).toList();
  }

  /**
   * Every area at a level, in the order given.
   *
   * @param level the level
   * @return the areas at that level
   */
  public List<Area> at(AreaLevel level) {
    return areas().stream().filter(a -> a.level() == level).toList();
  }

  /**
   * Every area with a tag.
   *
   * @param tag the tag
   * @return the tagged areas
   */
  public List<Area> withTag(AreaTag tag) {
    return areas().stream().filter(a -> a.tags().contains(tag)).toList();
  }

  /**
   * The groups for a roll-up from one level to a higher one: each area at {@code parentLevel} with
   * its descendants at {@code childLevel}. Parents without such descendants map to an empty list.
   *
   * @param parentLevel the level rolled up to, for example {@link AreaLevel#MILITARY_REGION}
   * @param childLevel the level rolled up from, for example {@link AreaLevel#PROVINCE}
   * @return parent id to child areas, in the order given
   * @throws IllegalArgumentException if {@code childLevel} is not below {@code parentLevel}
   */
  public Map<String, List<Area>> rollUpGroups(AreaLevel parentLevel, AreaLevel childLevel) {
    if (childLevel.rank() >= parentLevel.rank()) {
      throw new IllegalArgumentException(
          "roll-up from " + childLevel.id() + " to " + parentLevel.id() + ": the child level must be below the parent level");
    }
    Map<String, List<Area>> groups = new LinkedHashMap<>();
    for (Area parent : at(parentLevel)) {
      groups.put(parent.id(), descendantsAt(parent.id(), childLevel));
    }
    return groups;
  }

  private List<Area> areas(List<String> ids) {
    List<Area> out = new ArrayList<>(ids.size());
    for (String id : ids) {
      out.add(index().byId.get(id));
    }
    return out;
  }

  /** Lookups built once; validation is building them. */
  static final class Index {
    final ParentTree tree;
    final Map<String, Area> byId;

    private Index(ParentTree tree, Map<String, Area> byId) {
      this.tree = tree;
      this.byId = byId;
    }

    static Index build(List<Area> areas, Problems problems) {
      List<String> ids = new ArrayList<>();
      List<String> parents = new ArrayList<>();
      Map<String, Area> byId = new LinkedHashMap<>();
      for (Area area : areas) {
        ids.add(area.id());
        parents.add(area.parent().orElse(null));
        byId.putIfAbsent(area.id(), area);
      }
      ParentTree tree = ParentTree.build("area", "areas", ids, parents, problems);
      for (int i = 0; i < areas.size(); i++) {
        Area child = areas.get(i);
        Area parent = child.parent().map(byId::get).orElse(null);
        if (parent != null && parent.level().rank() <= child.level().rank()) {
          problems.require(false, "areas[" + i + "].level",
              "area '" + child.id() + "' is a " + child.level().id() + " under '" + parent.id() + "', a "
                  + parent.level().id() + "; a parent must be at a higher level than its child");
        }
      }
      return tree == null ? null : new Index(tree, byId);
    }
  }
}
