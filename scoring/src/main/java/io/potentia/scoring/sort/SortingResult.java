package io.potentia.scoring.sort;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.potentia.core.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of sorting: one assignment per alternative, in the problem's order, with the
 * criteria that keep each from the next class up.
 *
 * @param method the method's name
 * @param parameters the parameters it ran with, as text ({@code lambda})
 * @param categories the classes, worst first
 * @param assignments one per alternative, in the problem's order
 * @param extras per-alternative, per-profile values of the method, by name: ELECTRE TRI-B's {@code
 *     credibility} {@code sigma(a, b_h)} and {@code profile-credibility} {@code sigma(b_h, a)},
 *     MR-Sort's {@code coalition-weight}; {@code extras.get(name).get(i).get(h)} is alternative i
 *     against profile h
 * @param notes notes, for example that weights were scaled
 */
public record SortingResult(String method, Map<String, String> parameters, List<String> categories,
    List<Assignment> assignments, Map<String, List<List<Double>>> extras, List<String> notes) {

  /**
   * Copies every collection.
   *
   * @param method the method's name
   * @param parameters the parameters
   * @param categories the classes
   * @param assignments the assignments
   * @param extras the method's values
   * @param notes the notes
   */
  public SortingResult {
    Objects.requireNonNull(method, "method");
    parameters = Map.copyOf(parameters);
    categories = List.copyOf(categories);
    assignments = List.copyOf(assignments);
    extras = Map.copyOf(extras);
    notes = List.copyOf(notes);
  }

  /**
   * The assignment of one alternative.
   *
   * @param alternative the alternative's id
   * @return its assignment
   * @throws InvalidInputException if the alternative was not sorted, naming it
   */
  public Assignment assignment(String alternative) {
    for (Assignment a : assignments) {
      if (a.alternative().equals(alternative)) {
        return a;
      }
    }
    throw InvalidInputException.at("alternative", "'" + alternative + "' was not sorted; sorted: "
        + assignments.stream().map(Assignment::alternative).toList());
  }

  /**
   * The alternatives of each class, worst class first, each in the problem's order.
   *
   * @return one list per class
   */
  @JsonIgnore
  public List<List<String>> byCategory() {
    return categories.stream().map(c -> assignments.stream().filter(a -> a.category().equals(c))
        .map(Assignment::alternative).toList()).toList();
  }
}
