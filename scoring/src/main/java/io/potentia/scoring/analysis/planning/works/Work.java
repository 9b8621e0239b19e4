package io.potentia.scoring.analysis.planning.works;

import io.potentia.core.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A defensive work: what it is, where, how urgent, the stages it goes through and what it changes
 * once accepted.
 *
 * @param id the work's id
 * @param name a display name; required for {@link WorkKind#OTHER}, optional otherwise
 * @param kind what it is
 * @param area the area it is built in (and whose indicators its effects change)
 * @param tier the priority tier, 1 for essential works, 2 for the next and so on; null for works
 *     judged only by their index gain
 * @param stages its stages in order, at least one, each of a cost finite and at least 0 and a
 *     duration at least 0; the last is its acceptance
 * @param dependsOn the works that must be accepted before its first stage starts (it may start in
 *     the year they are accepted)
 * @param effects indicator id to the change of the area's value once the work is accepted
 */
public record Work(String id, String name, WorkKind kind, String area, Integer tier, List<Stage> stages,
    Set<String> dependsOn, Map<String, Double> effects) {
  /**
   * Validates and copies; every problem of the work is reported in one error.
   *
   * @param id the id
   * @param name the name
   * @param kind the kind
   * @param area the area
   * @param tier the tier or null
   * @param stages the stages
   * @param dependsOn the works it needs
   * @param effects the effects once accepted
   * @throws io.potentia.core.InvalidInputException naming {@code works.ID.FIELD} and the bad value
   */
  public Work {
    String at = "works." + id;
    List<Problem> problems = new ArrayList<>();
    if (id == null || id.isBlank()) {
      problems.add(Problem.at("works.id", "a work needs an id"));
    }
    if (kind == null) {
      problems.add(Problem.at(at + ".kind", "work '" + id + "' needs a kind, one of " + List.of(WorkKind.values())));
    } else if (kind == WorkKind.OTHER && (name == null || name.isBlank())) {
      problems.add(Problem.at(at + ".name", "work '" + id + "' is of kind OTHER, so it needs a name saying what it is"));
    }
    if (area == null || area.isBlank()) {
      problems.add(Problem.at(at + ".area", "work '" + id + "' needs an area"));
    }
    if (tier != null && tier < 1) {
      problems.add(Problem.at(at + ".tier", "work '" + id + "' has tier " + tier + "; a tier is 1 (essential) or more"));
    }
    if (stages == null || stages.isEmpty()) {
      problems.add(Problem.at(at + ".stages", "work '" + id + "' needs at least one stage"));
    } else {
      for (int k = 0; k < stages.size(); k++) {
        Stage s = stages.get(k);
        if (!(s.cost() >= 0) || !Double.isFinite(s.cost())) {
          problems.add(Problem.at(at + ".stages[" + k + "].cost", "stage " + s.kind() + " of work '" + id + "' costs "
              + s.cost() + "; a cost must be finite and at least 0"));
        }
        if (s.years() < 0) {
          problems.add(Problem.at(at + ".stages[" + k + "].years", "stage " + s.kind() + " of work '" + id + "' lasts "
              + s.years() + " years; a duration must be at least 0"));
        }
        if (k > 0 && s.kind().compareTo(stages.get(k - 1).kind()) <= 0) {
          problems.add(Problem.at(at + ".stages[" + k + "].kind", "stage " + s.kind() + " of work '" + id
              + "' follows " + stages.get(k - 1).kind() + "; stages go in the order " + List.of(StageKind.values())
              + ", each at most once"));
        }
      }
    }
    Map<String, Double> copied = new LinkedHashMap<>(effects == null ? Map.of() : effects);
    copied.forEach((indicator, change) -> {
      if (change == null || !Double.isFinite(change)) {
        problems.add(Problem.at(at + ".effects." + indicator, "work '" + id + "' changes '" + indicator + "' by "
            + change + "; a change must be finite"));
      }
    });
    if (!problems.isEmpty()) {
      throw new io.potentia.core.InvalidInputException(problems);
    }
    stages = List.copyOf(stages);
    dependsOn = dependsOn == null ? Set.of() : Set.copyOf(dependsOn);
    effects = Collections.unmodifiableMap(copied);
  }

  /**
   * The total cost of the work's stages.
   *
   * @return the sum of the stage costs
   */
  public double cost() {
    return stages.stream().mapToDouble(Stage::cost).sum();
  }

  /**
   * The name to show: the given name, else the id.
   *
   * @return the display name
   */
  public String label() {
    return name == null || name.isBlank() ? id : name;
  }
}
