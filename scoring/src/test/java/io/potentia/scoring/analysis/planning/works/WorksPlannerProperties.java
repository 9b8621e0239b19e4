package io.potentia.scoring.analysis.planning.works;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.scoring.analysis.planning.works.WorksPlanner.Method;
import io.potentia.scoring.analysis.planning.works.WorksSchedule.Payment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of the works planner. The brute force below is written apart from the planner:
 * it gives every stage of every work a start year (or none), keeps the assignments that respect
 * stage order, durations, dependencies and the cumulative budget, and takes the best by the
 * planner's stated objective (per tier: unaccepted, then sum of acceptance years; then the sum over
 * the years of the value of the works accepted by then).
 */
class WorksPlannerProperties {
  private static final int CASES = 150;

  /** A random small plan: 2-3 works of 1-2 stages, 2-3 years, tiers 1, 2 or none, maybe a dependency. */
  private static WorksProblem instance(SplittableRandom r) {
    int years = 2 + r.nextInt(2);
    TreeMap<Integer, Double> budget = new TreeMap<>();
    for (int y = 0; y < years; y++) {
      budget.put(2030 + y, (double) r.nextInt(8));
    }
    int n = 2 + r.nextInt(2);
    List<Work> works = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int m = 1 + r.nextInt(2);
      List<Stage> stages = new ArrayList<>();
      for (int k = 0; k < m; k++) {
        stages.add(new Stage(StageKind.values()[k * 4], r.nextInt(7), r.nextInt(2)));
      }
      Set<String> deps = i > 0 && r.nextInt(3) == 0 ? Set.of("w" + r.nextInt(i)) : Set.of();
      Integer tier = r.nextInt(3) == 0 ? null : 1 + r.nextInt(2);
      works.add(new Work("w" + i, null, WorkKind.KEY_DEFENSIVE_AREA, "A", tier, stages, deps, Map.of()));
    }
    return new WorksProblem(2030, budget, works);
  }

  /** An additive value with seeded weights, some negative. */
  private static WorksPlanner.Value value(long seed, int n) {
    double[] w = new SplittableRandom(seed).doubles(n, -0.5, 1).toArray();
    return accepted -> accepted.stream().mapToDouble(id -> w[Integer.parseInt(id.substring(1))]).sum();
  }

  private record Objective(long[] tiers, double index) {}

  private static Objective objective(WorksProblem p, Map<String, Integer> accepted, WorksPlanner.Value v) {
    int[] tierIds = p.works().stream().filter(w -> w.tier() != null).mapToInt(Work::tier).distinct().sorted().toArray();
    long[] key = new long[2 * tierIds.length];
    for (Work w : p.works()) {
      if (w.tier() != null) {
        int k = 2 * Arrays.binarySearch(tierIds, w.tier());
        Integer y = accepted.get(w.id());
        if (y == null) {
          key[k]++;
        } else {
          key[k + 1] += y;
        }
      }
    }
    double index = 0;
    for (int y = p.startYear(); y <= p.endYear(); y++) {
      Set<String> by = new HashSet<>();
      for (Map.Entry<String, Integer> e : accepted.entrySet()) {
        if (e.getValue() <= y) {
          by.add(e.getKey());
        }
      }
      index += v.of(by);
    }
    return new Objective(key, index);
  }

  private static int compare(Objective a, Objective b) {
    int c = Arrays.compare(a.tiers(), b.tiers());
    if (c != 0) {
      return c;
    }
    return Math.abs(a.index() - b.index()) <= 1e-9 ? 0 : -Double.compare(a.index(), b.index());
  }

  /** The best objective over every assignment of start years. */
  private static Objective bruteForce(WorksProblem p, WorksPlanner.Value v) {
    List<Work> works = p.works();
    int stages = works.stream().mapToInt(w -> w.stages().size()).sum();
    int[] starts = new int[stages];
    Objective[] best = new Objective[1];
    enumerate(p, v, starts, 0, best);
    return best[0];
  }

  private static void enumerate(WorksProblem p, WorksPlanner.Value v, int[] starts, int k, Objective[] best) {
    if (k == starts.length) {
      Map<String, Integer> accepted = acceptedIfFeasible(p, starts);
      if (accepted != null) {
        Objective o = objective(p, accepted, v);
        if (best[0] == null || compare(o, best[0]) < 0) {
          best[0] = o;
        }
      }
      return;
    }
    for (int y = p.startYear() - 1; y <= p.endYear(); y++) { // startYear - 1 stands for "never started"
      starts[k] = y;
      enumerate(p, v, starts, k + 1, best);
    }
  }

  private static Map<String, Integer> acceptedIfFeasible(WorksProblem p, int[] starts) {
    int never = p.startYear() - 1;
    Map<String, int[]> byWork = new HashMap<>();
    int k = 0;
    double[] spent = new double[p.endYear() - p.startYear() + 1];
    for (Work w : p.works()) {
      int[] s = Arrays.copyOfRange(starts, k, k + w.stages().size());
      k += w.stages().size();
      byWork.put(w.id(), s);
      for (int j = 0; j < s.length; j++) {
        if (s[j] == never) {
          for (int later = j + 1; later < s.length; later++) {
            if (s[later] != never) {
              return null;
            }
          }
          break;
        }
        if (j > 0 && s[j] < s[j - 1] + w.stages().get(j - 1).years()) {
          return null;
        }
        spent[s[j] - p.startYear()] += w.stages().get(j).cost();
      }
    }
    double cumBudget = 0;
    double cumSpent = 0;
    for (int y = p.startYear(); y <= p.endYear(); y++) {
      cumBudget += p.budget().getOrDefault(y, 0.0);
      cumSpent += spent[y - p.startYear()];
      if (cumSpent > cumBudget + 1e-9) {
        return null;
      }
    }
    Map<String, Integer> acceptYear = new HashMap<>();
    for (Work w : p.works()) {
      int[] s = byWork.get(w.id());
      if (s[s.length - 1] != never) {
        acceptYear.put(w.id(), w.stages().get(s.length - 1).end(s[s.length - 1]));
      }
    }
    for (Work w : p.works()) {
      int[] s = byWork.get(w.id());
      if (s[0] == never) {
        continue;
      }
      for (String d : w.dependsOn()) {
        Integer dy = acceptYear.get(d);
        if (dy == null || dy > s[0]) {
          return null;
        }
      }
    }
    Map<String, Integer> accepted = new HashMap<>();
    acceptYear.forEach((id, y) -> {
      if (y <= p.endYear()) {
        accepted.put(id, y);
      }
    });
    return accepted;
  }

  /** Checks a schedule against the model: order, durations, dependencies, cumulative budget. */
  private static void assertFeasible(WorksProblem p, WorksSchedule s, long seed) {
    Map<String, Work> byId = new HashMap<>();
    p.works().forEach(w -> byId.put(w.id(), w));
    double[] spent = new double[p.endYear() - p.startYear() + 1];
    Map<String, Integer> nextStage = new HashMap<>();
    Map<String, Integer> readyYear = new HashMap<>();
    for (Payment pay : s.payments()) {
      Work w = byId.get(pay.work());
      int j = nextStage.getOrDefault(w.id(), 0);
      assertEquals(w.stages().get(j).kind(), pay.stage(), "seed " + seed);
      assertTrue(pay.year() >= readyYear.getOrDefault(w.id(), p.startYear()), "seed " + seed);
      if (j == 0) {
        for (String d : w.dependsOn()) {
          assertTrue(s.accepted().containsKey(d) && s.accepted().get(d) <= pay.year(), "seed " + seed);
        }
      }
      nextStage.put(w.id(), j + 1);
      readyYear.put(w.id(), pay.year() + w.stages().get(j).years());
      spent[pay.year() - p.startYear()] += pay.cost();
    }
    double cb = 0;
    double cs = 0;
    for (int y = p.startYear(); y <= p.endYear(); y++) {
      cb += p.budget().getOrDefault(y, 0.0);
      cs += spent[y - p.startYear()];
      assertTrue(cs <= cb + 1e-9, "seed " + seed + ": spent " + cs + " by " + y + " of " + cb);
    }
  }

  @Test
  void exactPlannerMatchesBruteForceAndTheListSchedulerNeverBeatsIt() {
    for (long seed = 1; seed <= CASES; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      WorksProblem p = instance(r);
      WorksPlanner.Value v = value(seed, p.works().size());
      Objective best = bruteForce(p, v);
      WorksSchedule exact = WorksPlanner.plan(p, Method.EXACT, v);
      WorksSchedule list = WorksPlanner.plan(p, Method.LIST, v);
      assertFeasible(p, exact, seed);
      assertFeasible(p, list, seed);
      assertEquals(0, compare(objective(p, exact.accepted(), v), best), "seed " + seed + ": " + p + " -> " + exact);
      assertTrue(compare(objective(p, list.accepted(), v), best) >= 0, "seed " + seed);
    }
  }

  @Test
  void theBoundsOfEachTierAreNeverBeatenByTheOptimum() {
    for (long seed = 1; seed <= CASES; seed++) {
      WorksProblem p = instance(new SplittableRandom(seed));
      WorksSchedule exact = WorksPlanner.plan(p, Method.EXACT, value(seed, p.works().size()));
      for (WorksSchedule.TierOutcome t : exact.tiers()) {
        assertTrue(t.unaccepted() >= t.boundUnaccepted(), "seed " + seed);
        assertTrue(t.unaccepted() > t.boundUnaccepted() || t.acceptanceYears() >= t.boundAcceptanceYears(), "seed " + seed);
      }
    }
  }

  /**
   * More budget in any year never worsens the exact planner's outcome for the essential works
   * (fewest unaccepted, then sum of acceptance years): the old optimum stays feasible.
   */
  @Test
  void moreBudgetNeverFinishesTheEssentialWorksLaterUnderTheExactPlanner() {
    for (long seed = 1; seed <= CASES; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      WorksProblem p = instance(r);
      TreeMap<Integer, Double> more = new TreeMap<>(p.budget());
      more.replaceAll((y, b) -> b + r.nextInt(4));
      WorksProblem richer = new WorksProblem(p.startYear(), more, p.works());
      WorksPlanner.Value v = value(seed, p.works().size());
      WorksSchedule before = WorksPlanner.plan(p, Method.EXACT, v);
      WorksSchedule after = WorksPlanner.plan(richer, Method.EXACT, v);
      if (!before.tiers().isEmpty() && before.tiers().get(0).tier() == 1) {
        WorksSchedule.TierOutcome b = before.tiers().get(0);
        WorksSchedule.TierOutcome a = after.tiers().get(0);
        assertTrue(a.unaccepted() < b.unaccepted()
            || a.unaccepted() == b.unaccepted() && a.acceptanceYears() <= b.acceptanceYears(), "seed " + seed);
      }
    }
  }

  /** Under the list scheduler, the first work of the list (here the only essential one) is never accepted later with more budget. */
  @Test
  void moreBudgetNeverFinishesTheFirstWorkOfTheListLater() {
    for (long seed = 1; seed <= CASES; seed++) {
      SplittableRandom r = new SplittableRandom(seed);
      WorksProblem p = instance(r);
      List<Work> works = new ArrayList<>();
      for (int i = 0; i < p.works().size(); i++) {
        Work w = p.works().get(i);
        works.add(new Work(w.id(), null, w.kind(), w.area(), i == 0 ? Integer.valueOf(1) : Integer.valueOf(2),
            w.stages(), i == 0 ? Set.of() : w.dependsOn(), Map.of()));
      }
      WorksProblem one = new WorksProblem(p.startYear(), p.budget(), works);
      TreeMap<Integer, Double> more = new TreeMap<>(p.budget());
      more.replaceAll((y, b) -> b + r.nextInt(4));
      WorksSchedule before = WorksPlanner.plan(one, Method.LIST, a -> 0);
      WorksSchedule after = WorksPlanner.plan(new WorksProblem(p.startYear(), more, works), Method.LIST, a -> 0);
      Integer b = before.accepted().get("w0");
      Integer a = after.accepted().get("w0");
      assertTrue(b == null || a != null && a <= b, "seed " + seed + ": " + b + " -> " + a);
    }
  }
}
