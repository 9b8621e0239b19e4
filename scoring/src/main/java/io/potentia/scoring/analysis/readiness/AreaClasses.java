package io.potentia.scoring.analysis.readiness;

import io.potentia.scoring.sort.Assignment;
import io.potentia.scoring.sort.SortingResult;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The classes of a year's areas under a {@link ClassScheme}.
 *
 * @param year the year of the scores
 * @param scheme the scheme applied
 * @param result one assignment per area that has a score on every node of the scheme, in the
 *     report's order of areas
 * @param unscored the areas left out, by area id, each with the scheme's nodes it has no score on
 *     in {@code year} (at least one), in the scheme's criteria order
 */
public record AreaClasses(int year, ClassScheme scheme, SortingResult result, Map<String, List<String>> unscored) {

  /**
   * Copies the areas left out, sorted by id.
   *
   * @param year the year
   * @param scheme the scheme
   * @param result the assignments
   * @param unscored the areas left out, with the nodes they have no score on
   * @throws IllegalArgumentException if an area left out names no node
   */
  public AreaClasses {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(result, "result");
    TreeMap<String, List<String>> copy = new TreeMap<>();
    unscored.forEach((area, nodes) -> {
      if (nodes.isEmpty()) {
        throw new IllegalArgumentException("unclassed area '" + area + "' names no node without a score");
      }
      copy.put(area, List.copyOf(nodes));
    });
    unscored = Collections.unmodifiableMap(copy);
  }

  /**
   * The areas left out, each with the reason in English, for example {@code "no score on [p2] in
   * 2024"}; {@link #unscored()} gives the same as facts.
   *
   * @return area id to the reason, sorted by id
   */
  public Map<String, String> unclassed() {
    Map<String, String> out = new TreeMap<>();
    unscored.forEach((area, nodes) -> out.put(area, "no score on " + nodes + " in " + year));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The assignment of an area.
   *
   * @param area the area's id
   * @return its assignment, or empty when it was not classed
   */
  public Optional<Assignment> of(String area) {
    return result.assignments().stream().filter(a -> a.alternative().equals(area)).findFirst();
  }
}
