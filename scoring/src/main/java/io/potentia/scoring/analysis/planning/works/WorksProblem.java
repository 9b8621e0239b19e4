package io.potentia.scoring.analysis.planning.works;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the works planner is asked: the first year of the plan, the budget of each year, and the
 * works. The plan runs from {@code startYear} to the last budget year; a year without a budget
 * has 0; what a year leaves unspent carries over to the next.
 *
 * @param startYear the first year of the plan
 * @param budget year to that year's budget, each finite and at least 0, no year before
 *     {@code startYear} and at most {@value #HORIZON} years after it
 * @param works the works, with distinct ids, dependencies on works of the plan, and no cycle
 */
public record WorksProblem(int startYear, NavigableMap<Integer, Double> budget, List<Work> works) {
  /** The most years a plan may run after its first. */
  public static final int HORIZON = 100;

  /**
   * Validates and copies; every problem of the budget and the works' ids and dependencies is
   * reported in one error.
   *
   * @param startYear the first year
   * @param budget the budgets
   * @param works the works
   * @throws InvalidInputException naming {@code budget.YEAR} or {@code works.ID.dependsOn} and the bad
   *     value: a budget year before the start or past the horizon, a budget negative or not finite,
   *     no budget, an id used twice, an unknown dependency, or a cycle of dependencies
   */
  public WorksProblem {
    List<Problem> problems = new ArrayList<>();
    if (budget == null || budget.isEmpty()) {
      problems.add(Problem.at("budget", "a works plan needs \"budget\": the budget of each year, for example {\""
          + startYear + "\": 100}"));
      budget = new TreeMap<>();
    }
    for (Map.Entry<Integer, Double> e : budget.entrySet()) {
      int y = e.getKey();
      Double b = e.getValue();
      if (b == null || !(b >= 0) || !Double.isFinite(b)) {
        problems.add(Problem.at("budget." + y, "the budget of " + y + " is " + b + "; it must be finite and at least 0"));
      }
      if (y < startYear || y > startYear + HORIZON) {
        problems.add(Problem.at("budget." + y, "budget year " + y + " is outside the plan's years " + startYear
            + " (its start) to " + (startYear + HORIZON)));
      }
    }
    works = works == null ? List.of() : List.copyOf(works);
    Map<String, Work> byId = new HashMap<>();
    for (int i = 0; i < works.size(); i++) {
      if (byId.put(works.get(i).id(), works.get(i)) != null) {
        problems.add(Problem.at("works[" + i + "].id", "work id '" + works.get(i).id() + "' is used twice"));
      }
    }
    for (Work w : works) {
      for (String d : w.dependsOn()) {
        if (!byId.containsKey(d)) {
          problems.add(Problem.at("works." + w.id() + ".dependsOn", "work '" + w.id() + "' depends on work '" + d
              + "', which is not in the plan"));
        }
      }
    }
    if (problems.isEmpty()) {
      Set<String> done = new HashSet<>();
      for (Work w : works) {
        cycle(w.id(), byId, new LinkedHashSet<>(), done, problems);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    budget = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(budget));
  }

  private static void cycle(String id, Map<String, Work> byId, LinkedHashSet<String> path, Set<String> done,
      List<Problem> problems) {
    if (done.contains(id)) {
      return;
    }
    if (!path.add(id)) {
      List<String> loop = new ArrayList<>(path);
      loop = loop.subList(loop.indexOf(id), loop.size());
      problems.add(Problem.at("works." + id + ".dependsOn", "the dependencies of work '" + id + "' lead back to it: "
          + String.join(" -> ", loop) + " -> " + id));
      done.add(id);
      return;
    }
    for (String d : byId.get(id).dependsOn()) {
      cycle(d, byId, path, done, problems);
    }
    path.remove(id);
    done.add(id);
  }

  /**
   * The last year of the plan.
   *
   * @return the last budget year
   */
  public int endYear() {
    return budget.lastKey();
  }

  /**
   * The works in an order that puts every work after the works it depends on, otherwise in the
   * given order.
   *
   * @return the ordered works
   */
  public List<Work> dependencyOrder() {
    List<Work> order = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (order.size() < works.size()) {
      for (Work w : works) {
        if (!placed.contains(w.id()) && placed.containsAll(w.dependsOn())) {
          order.add(w);
          placed.add(w.id());
          break;
        }
      }
    }
    return order;
  }
}
