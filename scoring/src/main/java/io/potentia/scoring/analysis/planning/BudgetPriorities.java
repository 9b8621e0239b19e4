package io.potentia.scoring.analysis.planning;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.core.indicator.Indicator;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a limited budget does most good: from candidate projects, the funded set and schedule
 * (a roadmap) that maximises the mean score of a chosen node (the index, or one potential) over
 * the areas, with what each project adds.
 *
 * <p>Model. A project has a cost, an area, effects (indicator to change of value), prerequisites
 * (projects that must be funded in the same year or before) and an earliest year. The budget is
 * given per year; what a year leaves unspent carries over. A funded set is feasible when it holds
 * its members' prerequisites, its total cost is within the total budget, and each member's
 * earliest year is within the plan; the roadmap funds its projects in priority order, each in the
 * first year from its earliest year (and its prerequisites' years) whose cumulative budget, less
 * what is already committed, covers its cost. The value of a set is the mean score of the node over
 * the areas in the scored year with every member's effects added to that year's data; effects that
 * would take a value outside its indicator's valid range are rejected.
 *
 * <p>Search. {@link Method#EXACT} scores every feasible set (for up to {@value #EXACT_LIMIT}
 * projects). {@link Method#GREEDY} builds two sets, adding at each step the feasible project of the
 * largest gain per unit of cost, and of the largest gain, and keeps the better: when the value is
 * monotone and submodular in the funded set (as for an arithmetic index over fixed goalposts) and
 * there are no prerequisites, that is within a factor {@code (1 - 1/e) / 2} of the optimum
 * (Leskovec, Krause, Guestrin, Faloutsos, VanBriesen and Glance, "Cost-effective outbreak detection
 * in networks", KDD 2007); otherwise it is a heuristic, and {@link Roadmap#boundHolds()} says so.
 */
public final class BudgetPriorities {
  /** The largest number of projects the exact search takes. */
  public static final int EXACT_LIMIT = 16;
  /** The most years after the data's year that a budget may plan. */
  public static final int HORIZON = 100;

  /** How the funded set is chosen. */
  public enum Method {
    /** Every feasible set is scored. */
    EXACT,
    /** The better of the gain-per-cost and the gain greedy sets. */
    GREEDY
  }

  /**
   * A candidate project.
   *
   * @param id the project id
   * @param area the area it improves
   * @param cost its cost, finite and positive
   * @param effects indicator id to the change of that area's value
   * @param prerequisites the ids of projects it needs
   * @param earliestYear the first year it can be funded
   */
  public record Project(String id, String area, double cost, Map<String, Double> effects, Set<String> prerequisites,
      int earliestYear) {
    /**
     * Validates and copies.
     *
     * @param id the project id
     * @param area the area it improves
     * @param cost its cost
     * @param effects indicator id to change
     * @param prerequisites the projects it needs
     * @param earliestYear the first year it can be funded
     */
    public Project {
      if (!(cost > 0) || !Double.isFinite(cost)) {
        throw InvalidInputException.at("projects." + id + ".cost", "project '" + id + "' costs " + cost
            + "; a cost must be finite and positive");
      }
      effects.forEach((indicator, change) -> {
        if (!Double.isFinite(change)) {
          throw InvalidInputException.at("projects." + id + ".effects." + indicator, "project '" + id + "' changes '"
              + indicator + "' by " + change + "; a change must be finite");
        }
      });
      effects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(effects));
      prerequisites = Set.copyOf(prerequisites);
    }
  }

  /**
   * A funded project in the roadmap.
   *
   * @param project the project id
   * @param year the year it is funded
   * @param gain what it adds to the objective, given the projects funded before it in the list
   */
  public record Funded(String project, int year, double gain) {}

  /**
   * The roadmap.
   *
   * @param funded the funded projects in priority order, with their year and gain
   * @param baseline the objective without any project
   * @param value the objective with every funded project
   * @param spent the total cost
   * @param method the search used
   * @param boundHolds whether the greedy bound applies (always true for the exact search)
   */
  public record Roadmap(List<Funded> funded, double baseline, double value, double spent, Method method,
      boolean boundHolds) {
    /**
     * Copies the list.
     *
     * @param funded the funded projects
     * @param baseline the objective without any project
     * @param value the objective with them
     * @param spent the total cost
     * @param method the search used
     * @param boundHolds whether the greedy bound applies
     */
    public Roadmap {
      funded = List.copyOf(funded);
    }
  }

  private final ScoringPipeline pipeline;
  private final Dataset data;
  private final int year;
  private final String node;
  private final List<Project> projects;
  private final NavigableMap<Integer, Double> budget;
  /** Year to the budget of that year and every year before it. */
  private final NavigableMap<Integer, Double> cumulative = new TreeMap<>();
  private double total;
  private final Map<String, Integer> index = new HashMap<>();
  private final IndicatorChanges changes;

  private BudgetPriorities(ScoringPipeline pipeline, Dataset data, int year, String node, List<Project> projects,
      Map<Integer, Double> budget) {
    this.pipeline = pipeline;
    this.data = data;
    this.year = year;
    this.node = node;
    this.projects = List.copyOf(projects);
    this.budget = new TreeMap<>(budget);
    this.changes = IndicatorChanges.of(pipeline, data, year, node);
    this.budget.forEach((y, b) -> {
      total += b;
      cumulative.put(y, total);
    });
  }

  /**
   * Plans the roadmap.
   *
   * @param pipeline the scoring pipeline
   * @param data the dataset
   * @param year the year whose data the effects change and which is scored
   * @param node the node whose mean score over the areas is maximised (the root for the index)
   * @param projects the candidates, with distinct ids
   * @param budget year to the budget of that year, each finite and at least 0, each year from the
   *     data's {@code year} to {@value #HORIZON} years after it
   * @param method the search
   * @return the roadmap
   * @throws InvalidInputException naming the project, field and value when ids repeat, a
   *     prerequisite is unknown or circular, an effect leaves its indicator's valid range or names
   *     an indicator or area the data lacks; when a budget is negative or not finite, or its year
   *     before the data's or more than {@value #HORIZON} years after it; or when the
   *     exact search is asked of more than {@value #EXACT_LIMIT} projects
   */
  public static Roadmap plan(ScoringPipeline pipeline, Dataset data, int year, String node, List<Project> projects,
      Map<Integer, Double> budget, Method method) {
    BudgetPriorities p = new BudgetPriorities(pipeline, data, year, node, projects, budget);
    p.validate();
    if (method == Method.EXACT) {
      if (projects.size() > EXACT_LIMIT) {
        throw InvalidInputException.at("projects", projects.size() + " projects; the exact search takes at most "
            + EXACT_LIMIT + " (use the greedy search)");
      }
      return p.exact();
    }
    return p.greedy();
  }

  private void validate() {
    if (budget.isEmpty()) {
      throw InvalidInputException.at("budget", "no budget years given");
    }
    budget.forEach((y, b) -> {
      if (!(b >= 0) || !Double.isFinite(b)) {
        throw InvalidInputException.at("budget." + y, "the budget of " + y + " is " + b + "; it must be finite and at least 0");
      }
      if (y < year || y > year + HORIZON) { // before the data's year, or past any plan's horizon: a typing slip
        throw InvalidInputException.at("budget." + y, "budget year " + y + " is outside the roadmap's years " + year
            + " (the data's year) to " + (year + HORIZON));
      }
    });
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      if (index.put(p.id(), i) != null) {
        throw InvalidInputException.at("projects[" + i + "].id", "project id '" + p.id() + "' is used twice");
      }
    }
    for (Project p : projects) {
      for (String q : p.prerequisites()) {
        if (!index.containsKey(q)) {
          throw InvalidInputException.at("projects." + p.id() + ".prerequisites", "project '" + p.id()
              + "' needs project '" + q + "', which is not a candidate");
        }
      }
      changes.check("projects." + p.id(), "project '" + p.id() + "'", new IndicatorChanges.AreaEffects(p.area(), p.effects()));
    }
    Set<String> done = new HashSet<>();
    for (Project p : projects) {
      checkAcyclic(p.id(), new HashSet<>(), done);
    }
  }

  private void checkAcyclic(String id, Set<String> path, Set<String> done) {
    if (done.contains(id)) {
      return;
    }
    if (!path.add(id)) {
      throw InvalidInputException.at("projects." + id + ".prerequisites", "the prerequisites of project '" + id
          + "' lead back to it: " + path);
    }
    for (String q : projects.get(index.get(id)).prerequisites()) {
      checkAcyclic(q, path, done);
    }
    path.remove(id);
    done.add(id);
  }

  private double value(List<Integer> set) {
    List<IndicatorChanges.AreaEffects> list = new ArrayList<>();
    for (int i : set) {
      list.add(new IndicatorChanges.AreaEffects(projects.get(i).area(), projects.get(i).effects()));
    }
    return changes.meanScore(list);
  }

  /** The feasible projects that could join the set: prerequisites in it, cost within what is left, year within the plan. */
  private boolean canJoin(int i, Set<Integer> set, double spent) {
    Project p = projects.get(i);
    return !set.contains(i) && p.earliestYear() <= budget.lastKey() && spent + p.cost() <= total + 1e-9
        && p.prerequisites().stream().allMatch(q -> set.contains(index.get(q)));
  }

  private Roadmap exact() {
    int n = projects.size();
    double best = Double.NEGATIVE_INFINITY;
    List<Integer> bestOrder = List.of();
    for (int mask = 0; mask < (1 << n); mask++) {
      List<Integer> order = closedOrder(mask);
      if (order == null) {
        continue;
      }
      double v = value(order);
      if (v > best + 1e-12) {
        best = v;
        bestOrder = order;
      }
    }
    return roadmap(bestOrder, Method.EXACT, true);
  }

  /** The members of a set in an order that puts prerequisites first, or null when the set is infeasible. */
  private List<Integer> closedOrder(int mask) {
    List<Integer> order = new ArrayList<>();
    Set<Integer> placed = new HashSet<>();
    double spent = 0;
    boolean progress = true;
    while (progress) {
      progress = false;
      for (int i = 0; i < projects.size(); i++) {
        if ((mask & (1 << i)) != 0 && canJoin(i, placed, spent)) {
          placed.add(i);
          order.add(i);
          spent += projects.get(i).cost();
          progress = true;
        }
      }
    }
    return placed.size() == Integer.bitCount(mask) ? order : null;
  }

  private Roadmap greedy() {
    List<Integer> byRatio = greedyBy(true);
    List<Integer> byGain = greedyBy(false);
    boolean bound = projects.stream().allMatch(p -> p.prerequisites().isEmpty());
    return value(byRatio) >= value(byGain) ? roadmap(byRatio, Method.GREEDY, bound) : roadmap(byGain, Method.GREEDY, bound);
  }

  private List<Integer> greedyBy(boolean perCost) {
    List<Integer> order = new ArrayList<>();
    Set<Integer> set = new HashSet<>();
    double spent = 0;
    double current = value(order);
    while (true) {
      int pick = -1;
      double pickScore = Double.NEGATIVE_INFINITY;
      double pickValue = current;
      for (int i = 0; i < projects.size(); i++) {
        if (!canJoin(i, set, spent)) {
          continue;
        }
        order.add(i);
        double v = value(order);
        order.remove(order.size() - 1);
        double score = perCost ? (v - current) / projects.get(i).cost() : v - current;
        if (score > pickScore) {
          pick = i;
          pickScore = score;
          pickValue = v;
        }
      }
      if (pick < 0 || !(pickValue > current)) {
        return order; // nothing affordable adds anything
      }
      order.add(pick);
      set.add(pick);
      spent += projects.get(pick).cost();
      current = pickValue;
    }
  }

  /** Schedules the set in its order and records each project's gain. */
  private Roadmap roadmap(List<Integer> order, Method method, boolean bound) {
    List<Funded> funded = new ArrayList<>();
    NavigableMap<Integer, Double> committed = new TreeMap<>();
    Map<String, Integer> yearOf = new HashMap<>();
    double baseline = value(List.of());
    double before = baseline;
    double spent = 0;
    for (int k = 0; k < order.size(); k++) {
      Project p = projects.get(order.get(k));
      int from = Math.max(p.earliestYear(), budget.firstKey());
      for (String q : p.prerequisites()) {
        from = Math.max(from, yearOf.get(q));
      }
      int chosen = budget.lastKey();
      for (int y : budget.navigableKeySet().tailSet(from, true)) {
        if (fits(committed, y, p.cost())) {
          chosen = y;
          break;
        }
      }
      committed.merge(chosen, p.cost(), Double::sum);
      yearOf.put(p.id(), chosen);
      double after = value(order.subList(0, k + 1));
      funded.add(new Funded(p.id(), chosen, after - before));
      before = after;
      spent += p.cost();
    }
    return new Roadmap(funded, baseline, before, spent, method, bound);
  }

  /**
   * Whether a cost can be committed in a year: the spending committed up to each year from then on,
   * with the cost, stays within the budget up to that year.
   */
  private boolean fits(NavigableMap<Integer, Double> committed, int year, double cost) {
    double used = committed.headMap(year, false).values().stream().mapToDouble(Double::doubleValue).sum();
    for (Map.Entry<Integer, Double> y : cumulative.tailMap(year, true).entrySet()) {
      used += committed.getOrDefault(y.getKey(), 0.0);
      if (used + cost > y.getValue() + 1e-9) {
        return false;
      }
    }
    return true;
  }
}
