package io.potentia.scoring.analysis.readiness;

import io.potentia.scoring.sort.Assignment;
import io.potentia.scoring.sort.SortingResult;
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
 * @param unclassed the areas left out, each with the reason (a missing score), by area id
 */
public record AreaClasses(int year, ClassScheme scheme, SortingResult result, Map<String, String> unclassed) {

  /**
   * Copies the unclassed areas, sorted by id.
   *
   * @param year the year
   * @param scheme the scheme
   * @param result the assignments
   * @param unclassed the areas left out, with reasons
   */
  public AreaClasses {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(result, "result");
    unclassed = java.util.Collections.unmodifiableMap(new TreeMap<>(unclassed));
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
