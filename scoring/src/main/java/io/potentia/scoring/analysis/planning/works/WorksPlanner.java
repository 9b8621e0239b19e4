package io.potentia.scoring.analysis.planning.works;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.planning.IndicatorChanges;
import io.potentia.scoring.analysis.planning.works.WorksSchedule.Payment;
import io.potentia.scoring.analysis.planning.works.WorksSchedule.TierOutcome;
import io.potentia.scoring.analysis.planning.works.WorksSchedule.Unfunded;
import io.potentia.scoring.analysis.planning.works.WorksSchedule.YearValue;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A roadmap for defensive works under yearly budgets, essential works first.
 *
 * <p>Model. Each year {@code y} of the plan adds its budget {@code B(y)} to the cash; a stage is
 * paid in full in the year it starts, so a schedule is feasible when, for every year, what is paid
 * up to it is at most {@code sum B} up to it (carry-over). A work's stages go in order, the next
 * starting no earlier than {@code s + years} of the one before ({@link Stage}); its first stage
 * starts no earlier than the year every work it depends on is accepted. A work is accepted in the
 * year its last stage ends, if that is within the plan, and its effects count from that year.
 *
 * <p>Objective, lexicographic: for tier 1, then 2 and so on, first the fewest works left
 * unaccepted, then the smallest sum of their acceptance years (as early as possible); then, for
 * what is left to decide (chiefly the untiered works), the largest sum over the plan's years of
 * the value {@code V(accepted by y)} (with {@link #plan(WorksProblem, Method, ScoringPipeline,
 * Dataset, int, String)}, the mean index over the areas: the area under the index path).
 *
 * <p>{@link Method#EXACT} searches every schedule (year by year, each ready stage started or not)
 * and returns an optimum. Because a schedule feasible under a budget stays feasible under a larger
 * one, the optimum's tier-1 outcome (unaccepted, then sum of years) is never worse with more
 * budget; single works may still move later when that lets more or other essential works finish
 * earlier.
 *
 * <p>{@link Method#LIST} is a serial list scheduler: works in priority order (tier, a work
 * inheriting the best tier of the works that depend on it; untiered works by value gain per cost)
 * are each scheduled as early as the budget left by those before them allows, stage by stage, or
 * not at all when they cannot be accepted within the plan. What it guarantees: the first work of
 * the list is accepted in the earliest year any schedule can accept it, so never later with more
 * budget; each work is accepted at the earliest year given the works before it. It does not
 * guarantee the optimum; {@link WorksSchedule#tiers()} gives, per tier, a lower bound no schedule
 * can beat (each work scheduled alone on the whole budget), so the gap is stated.
 */
public final class WorksPlanner {
  /** The most search nodes the exact planner visits before it gives up and asks for the list scheduler. */
  public static final long EXACT_NODE_LIMIT = 20_000_000L;
  private static final double EPS = 1e-9;
  private static final int NONE = Integer.MAX_VALUE;

  /** The planner. */
  public enum Method {
    /** An exhaustive search: optimal, for small plans. */
    EXACT,
    /** A serial list scheduler: fast, with a stated lower bound. */
    LIST
  }

  /** The value of a set of accepted works (the index, for example), which the planner maximises last. */
  @FunctionalInterface
  public interface Value {
    /**
     * The value with these works accepted.
     *
     * @param accepted the ids of the accepted works
     * @return the value, finite
     */
    double of(Set<String> accepted);
  }

  private final WorksProblem problem;
  private final List<Work> works;
  private final int n;
  private final int start;
  private final int end;
  private final double[] budget;
  private final int[][] deps;
  private final int[] tierOf;
  private final int[] tiers;
  /** Each work's place in {@link #tiers}, -1 for an untiered work: looked up at every leaf of the exact search. */
  private final int[] tierSlot;
  private final Value value;
  private final Map<BitSet, Double> cache = new HashMap<>();

  private WorksPlanner(WorksProblem problem, Value value) {
    this.problem = problem;
    this.works = problem.dependencyOrder();
    this.n = works.size();
    this.start = problem.startYear();
    this.end = problem.endYear();
    this.budget = new double[end - start + 1];
    problem.budget().forEach((y, b) -> budget[y - start] = b);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(works.get(i).id(), i);
    }
    deps = new int[n][];
    tierOf = new int[n];
    TreeSet<Integer> t = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      deps[i] = works.get(i).dependsOn().stream().mapToInt(index::get).toArray();
      Integer tier = works.get(i).tier();
      tierOf[i] = tier == null ? NONE : tier;
      if (tier != null) {
        t.add(tier);
      }
    }
    tiers = t.stream().mapToInt(Integer::intValue).toArray();
    tierSlot = new int[n];
    for (int i = 0; i < n; i++) {
      tierSlot[i] = tierOf[i] == NONE ? -1 : java.util.Arrays.binarySearch(tiers, tierOf[i]);
    }
    this.value = value;
  }

  /**
   * Plans the works against a value function.
   *
   * @param problem the works and budgets
   * @param method the planner
   * @param value the value of a set of accepted works
   * @return the schedule
   * @throws InvalidInputException when the exact search would visit more than
   *     {@value #EXACT_NODE_LIMIT} nodes (use {@link Method#LIST})
   */
  public static WorksSchedule plan(WorksProblem problem, Method method, Value value) {
    WorksPlanner p = new WorksPlanner(problem, value);
    return method == Method.EXACT ? p.exact() : p.list();
  }

  /**
   * Plans the works maximising, last, the mean score of a node over the areas with the accepted
   * works' effects added to one year's data ({@link IndicatorChanges}).
   *
   * @param problem the works and budgets
   * @param method the planner
   * @param pipeline the scoring pipeline
   * @param data the dataset
   * @param year the year whose data the effects change
   * @param node the node (the root for the index)
   * @return the schedule
   * @throws InvalidInputException naming {@code works.ID.area} when a work's area is not in the data,
   *     {@code works.ID.effects.INDICATOR} when an effect names an indicator without a value or
   *     leaves its valid range, and as {@link #plan(WorksProblem, Method, Value)}
   */
  public static WorksSchedule plan(WorksProblem problem, Method method, ScoringPipeline pipeline, Dataset data,
      int year, String node) {
    IndicatorChanges changes = IndicatorChanges.of(pipeline, data, year, node);
    Set<String> areas = new HashSet<>(data.areas());
    List<Problem> problems = new ArrayList<>();
    for (Work w : problem.works()) {
      if (!areas.contains(w.area())) {
        problems.add(Problem.at("works." + w.id() + ".area", "work '" + w.id() + "' is in area '" + w.area()
            + "', which the data does not hold"));
        continue;
      }
      try {
        changes.check("works." + w.id(), "work '" + w.id() + "'", new IndicatorChanges.AreaEffects(w.area(), w.effects()));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Map<String, Work> byId = new HashMap<>();
    problem.works().forEach(w -> byId.put(w.id(), w));
    return plan(problem, method, accepted -> changes.meanScore(accepted.stream()
        .map(id -> new IndicatorChanges.AreaEffects(byId.get(id).area(), byId.get(id).effects())).toList()));
  }

  // ---- value ----

  private double valueOf(BitSet set) {
    Double v = cache.get(set);
    if (v == null) {
      Set<String> ids = new HashSet<>();
      set.stream().forEach(i -> ids.add(works.get(i).id()));
      v = value.of(ids);
      cache.put((BitSet) set.clone(), v);
    }
    return v;
  }

  private double indexYears(int[] accept) {
    double sum = 0;
    for (int y = start; y <= end; y++) {
      sum += valueOf(acceptedBy(accept, y));
    }
    return sum;
  }

  private BitSet acceptedBy(int[] accept, int y) {
    BitSet set = new BitSet(n);
    for (int i = 0; i < n; i++) {
      if (accept[i] <= y) {
        set.set(i);
      }
    }
    return set;
  }

  /** Per tier, (unaccepted, sum of acceptance years), laid out pairwise; smaller is better, compared in order. */
  private long[] tierKey(int[] accept) {
    long[] key = new long[2 * tiers.length];
    for (int i = 0; i < n; i++) {
      if (tierSlot[i] < 0) {
        continue;
      }
      int k = 2 * tierSlot[i];
      if (accept[i] <= end) {
        key[k + 1] += accept[i];
      } else {
        key[k]++;
      }
    }
    return key;
  }

  // ---- exact ----

  private int[] next;
  private int[] ready;
  private int[] accept;
  private double cash;
  private final List<Payment> paid = new ArrayList<>();
  private long nodes;
  private long[] bestKey;
  private double bestIndex;
  private int[] bestAccept;
  private List<Payment> bestPaid;

  private WorksSchedule exact() {
    next = new int[n];
    ready = new int[n];
    accept = new int[n];
    java.util.Arrays.fill(ready, start);
    java.util.Arrays.fill(accept, NONE);
    cash = budget[0];
    dfs(start, 0);
    // Stages of works never accepted earn nothing; dropping them only frees cash, so the schedule
    // stays feasible and optimal, and the roadmap shows no money spent in vain.
    Set<String> done = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (bestAccept[i] <= end) {
        done.add(works.get(i).id());
      }
    }
    bestPaid.removeIf(p -> !done.contains(p.work()));
    return schedule(bestPaid, bestAccept, Method.EXACT);
  }

  private boolean canStart(int i, int y) {
    List<Stage> stages = works.get(i).stages();
    if (next[i] >= stages.size() || ready[i] > y || stages.get(next[i]).cost() > cash + EPS) {
      return false;
    }
    for (int d : deps[i]) {
      if (accept[d] > y) {
        return false;
      }
    }
    return true;
  }

  private void dfs(int y, int i) {
    if (++nodes > EXACT_NODE_LIMIT) {
      throw InvalidInputException.at("works", n + " works over " + (end - start + 1) + " years are more than the"
          + " exact planner searches (" + EXACT_NODE_LIMIT + " nodes); use the list planner");
    }
    if (y > end) {
      leaf();
      return;
    }
    if (i == n) {
      if (y + 1 <= end) {
        cash += budget[y + 1 - start];
      }
      dfs(y + 1, 0);
      if (y + 1 <= end) {
        cash -= budget[y + 1 - start];
      }
      return;
    }
    if (canStart(i, y)) {
      Stage s = works.get(i).stages().get(next[i]);
      int oldReady = ready[i];
      int oldAccept = accept[i];
      cash -= s.cost();
      next[i]++;
      ready[i] = y + s.years();
      if (next[i] == works.get(i).stages().size()) {
        accept[i] = s.end(y);
      }
      paid.add(new Payment(y, works.get(i).id(), s.kind(), s.cost(), s.end(y)));
      dfs(y, i); // the same work again: a stage of 0 years lets its next start this year
      paid.remove(paid.size() - 1);
      accept[i] = oldAccept;
      ready[i] = oldReady;
      next[i]--;
      cash += s.cost();
    }
    dfs(y, i + 1);
  }

  private void leaf() {
    long[] key = tierKey(accept);
    int c = bestKey == null ? -1 : java.util.Arrays.compare(key, bestKey);
    if (c > 0) {
      return;
    }
    double index = indexYears(accept);
    if (c < 0 || index > bestIndex + 1e-12) {
      bestKey = key;
      bestIndex = index;
      bestAccept = accept.clone();
      bestPaid = new ArrayList<>(paid);
    }
  }

  // ---- list ----

  private WorksSchedule list() {
    double[] committed = new double[budget.length];
    int[] acc = new int[n];
    java.util.Arrays.fill(acc, NONE);
    List<Payment> payments = new ArrayList<>();
    for (int i : priorityOrder()) {
      List<Payment> mine = scheduleAlone(i, committed, acc);
      if (mine != null) {
        for (Payment p : mine) {
          committed[p.year() - start] += p.cost();
        }
        acc[i] = mine.get(mine.size() - 1).endYear();
        payments.addAll(mine);
      }
    }
    payments.sort(Comparator.comparingInt(Payment::year));
    return schedule(payments, acc, Method.LIST);
  }

  /**
   * The earliest stage-by-stage schedule of one work on what the committed spending leaves, or
   * null when it cannot be accepted within the plan (a dependency unaccepted, or no budget). Each
   * stage at its earliest affordable year gives the earliest acceptance, as paying a stage earlier
   * never leaves less for a later stage (which is paid after it in any case).
   */
  private List<Payment> scheduleAlone(int i, double[] committed, int[] acc) {
    int t = start;
    for (int d : deps[i]) {
      if (acc[d] > end) {
        return null;
      }
      t = Math.max(t, acc[d]);
    }
    double[] extra = new double[budget.length];
    List<Payment> mine = new ArrayList<>();
    for (Stage s : works.get(i).stages()) {
      int chosen = -1;
      for (int y = t; y <= end; y++) {
        if (fits(committed, extra, y, s.cost())) {
          chosen = y;
          break;
        }
      }
      if (chosen < 0) {
        return null;
      }
      extra[chosen - start] += s.cost();
      mine.add(new Payment(chosen, works.get(i).id(), s.kind(), s.cost(), s.end(chosen)));
      t = chosen + s.years();
    }
    return mine.get(mine.size() - 1).endYear() <= end ? mine : null;
  }

  /** Whether paying {@code cost} in {@code y} keeps what is paid up to each later year within the budget up to it. */
  private boolean fits(double[] committed, double[] extra, int y, double cost) {
    double budgetSum = 0;
    double paidSum = 0;
    for (int k = 0; k < budget.length; k++) {
      budgetSum += budget[k];
      paidSum += committed[k] + extra[k];
      if (k >= y - start && paidSum + cost > budgetSum + EPS) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tiered works first (a work takes the best tier of the works that depend on it, so that what
   * an essential work needs comes early), in the given order within a tier; then untiered works by
   * value gain per unit of cost, largest first; always after the works they depend on.
   */
  private List<Integer> priorityOrder() {
    int[] eff = tierOf.clone();
    for (int i = n - 1; i >= 0; i--) { // dependents come after their dependencies in this order
      for (int d : deps[i]) {
        eff[d] = Math.min(eff[d], eff[i]);
      }
    }
    double base = valueOf(new BitSet(n));
    double[] gainPerCost = new double[n];
    for (int i = 0; i < n; i++) {
      if (eff[i] == NONE) {
        BitSet one = new BitSet(n);
        one.set(i);
        double cost = works.get(i).cost();
        double gain = valueOf(one) - base;
        gainPerCost[i] = cost > 0 ? gain / cost : gain * 1e12;
      }
    }
    Comparator<Integer> rank = Comparator.<Integer>comparingInt(i -> eff[i])
        .thenComparing(i -> eff[i] == NONE ? -gainPerCost[i] : 0.0)
        .thenComparingInt(i -> i);
    List<Integer> order = new ArrayList<>();
    boolean[] placed = new boolean[n];
    while (order.size() < n) {
      int pick = -1;
      for (int i = 0; i < n; i++) {
        if (!placed[i] && java.util.Arrays.stream(deps[i]).allMatch(d -> placed[d])
            && (pick < 0 || rank.compare(i, pick) < 0)) {
          pick = i;
        }
      }
      placed[pick] = true;
      order.add(pick);
    }
    return order;
  }

  // ---- result ----

  private WorksSchedule schedule(List<Payment> payments, int[] acc, Method method) {
    Map<String, Integer> accepted = new LinkedHashMap<>();
    List<Unfunded> unfunded = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Work w = works.get(i);
      if (acc[i] <= end) {
        accepted.put(w.id(), acc[i]);
        continue;
      }
      List<String> missing = new ArrayList<>();
      for (int d : deps[i]) {
        if (acc[d] > end) {
          missing.add(works.get(d).id());
        }
      }
      // a work's dependencies are a set without order: sorted, the missing ones read the same every run
      missing.sort(null);
      unfunded.add(missing.isEmpty()
          ? Unfunded.budget(w.id(), w.stages().size(), w.cost(), end)
          : Unfunded.dependency(w.id(), missing, w.stages().size(), w.cost(), end));
    }
    List<YearValue> path = new ArrayList<>();
    for (int y = start; y <= end; y++) {
      path.add(new YearValue(y, valueOf(acceptedBy(acc, y))));
    }
    long[] key = tierKey(acc);
    long[] bound = tierKey(aloneBounds());
    List<TierOutcome> outcomes = new ArrayList<>();
    for (int k = 0; k < tiers.length; k++) {
      outcomes.add(new TierOutcome(tiers[k], (int) key[2 * k], key[2 * k + 1], (int) bound[2 * k], bound[2 * k + 1]));
    }
    return new WorksSchedule(payments, accepted, unfunded, path, outcomes, method);
  }

  /**
   * Each work's earliest acceptance with the whole budget to itself and its dependencies accepted at
   * their own earliest: no schedule accepts it earlier (NONE when none can accept it).
   */
  private int[] aloneBounds() {
    int[] lb = new int[n];
    java.util.Arrays.fill(lb, NONE);
    double[] none = new double[budget.length];
    for (int i = 0; i < n; i++) { // dependencies first
      List<Payment> alone = scheduleAlone(i, none, lb);
      if (alone != null) {
        lb[i] = alone.get(alone.size() - 1).endYear();
      }
    }
    return lb;
  }

  @Override
  public String toString() {
    return "WorksPlanner[" + problem.works().size() + " works, " + start + "-" + end + "]";
  }
}
