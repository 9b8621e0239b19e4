package io.potentia.scoring.analysis.planning.mobilisation;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.internal.Problems;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan.Capacity;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan.Demand;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan.Link;
import io.potentia.scoring.analysis.planning.mobilisation.MobilisationPlan.Phase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Assesses a mobilisation plan against a dataset: capacities from indicators, coverage, and mutual
 * support within groups.
 *
 * <p>For each area {@code a}, category {@code c} and phase {@code p}: the capacity {@code C(a, c, p)}
 * as {@link MobilisationPlan} defines it; the surplus {@code max(0, C - D)} and the need {@code
 * max(0, D - C)}, where {@code D} is the demand (0 when the plan gives none). For each category and
 * phase, the surpluses meet the needs along the plan's links by a {@link TransportationProblem}:
 * least unmet need first, then least cost, each link carrying at most its capacity for the category.
 * Links may join only areas of one group: the ancestors at {@code groupLevel} in the hierarchy, or
 * the plan's {@code groups}; without either, the plan's links are taken as given.
 */
public final class Mobilisation {
  private Mobilisation() {}

  /**
   * Assesses a plan.
   *
   * @param plan the plan
   * @param data the dataset the capacities come from
   * @param hierarchy the area hierarchy, needed only when the plan groups by {@code groupLevel}; may be null
   * @param year the data's year
   * @return the coverage, flows and first phases met
   * @throws InvalidInputException every problem at once: an area of a demand or link not in the data;
   *     an indicator not in the data, or with no value for an area of the plan in the year; a link
   *     between areas of different groups, or touching an area in no group; a group's area with no
   *     demand in the plan; a grouping level with no
   *     hierarchy, or an area not in it; a year not in the data
   */
  public static MobilisationResult assess(MobilisationPlan plan, Dataset data, AreaHierarchy hierarchy, int year) {
    Problems p = new Problems();
    boolean yearKnown = data.yearIndex(year) >= 0;
    p.require(yearKnown, "year", "the data hold no year " + year);
    List<String> areas = plan.areas();
    Map<String, Integer> at = new HashMap<>();
    for (int a = 0; a < areas.size(); a++) {
      at.put(areas.get(a), a);
    }
    for (int i = 0; i < plan.demands().size(); i++) {
      String area = plan.demands().get(i).area();
      p.require(data.hasArea(area), "demands[" + i + "].area", "area '" + area + "' is not an area of the data");
    }
    for (int i = 0; i < plan.links().size(); i++) {
      Link l = plan.links().get(i);
      p.require(at.containsKey(l.from()), "links[" + i + "].from", "area '" + l.from() + "' has no demand in the plan");
      p.require(at.containsKey(l.to()), "links[" + i + "].to", "area '" + l.to() + "' has no demand in the plan");
    }
    double[][] values = new double[plan.capacities().size()][areas.size()];
    for (int s = 0; s < plan.capacities().size(); s++) {
      Capacity c = plan.capacities().get(s);
      if (!data.hasIndicator(c.indicator())) {
        p.require(false, "capacities[" + s + "].indicator", "indicator '" + c.indicator() + "' is not in the data");
        continue;
      }
      for (int a = 0; a < areas.size() && yearKnown; a++) {
        if (!data.hasArea(areas.get(a))) {
          continue;
        }
        OptionalDouble v = data.value(areas.get(a), c.indicator(), year);
        p.require(v.isPresent(), "capacities[" + s + "].indicator", "indicator '" + c.indicator() + "' of area '"
            + areas.get(a) + "' has no value in " + year + "; capacity of '" + c.category() + "' cannot be derived");
        values[s][a] = v.orElse(0);
      }
    }
    checkGroups(plan, hierarchy, p);
    p.throwIfAny();
    return solve(plan, areas, values, year);
  }

  private static void checkGroups(MobilisationPlan plan, AreaHierarchy hierarchy, Problems p) {
    Map<String, String> group = new HashMap<>();
    if (plan.groupLevel() != null) {
      if (hierarchy == null) {
        p.require(false, "groupLevel", "grouping by level '" + plan.groupLevel() + "' needs the area hierarchy");
        return;
      }
      AreaLevel level;
      try {
        level = AreaLevel.fromId(plan.groupLevel());
      } catch (RuntimeException e) {
        p.require(false, "groupLevel", "'" + plan.groupLevel() + "' is not an area level: " + e.getMessage());
        return;
      }
      for (String area : plan.areas()) {
        if (!hierarchy.contains(area)) {
          p.require(false, "demands", "area '" + area + "' is not in the hierarchy");
          continue;
        }
        hierarchy.ancestorAt(area, level).map(Area::id).ifPresent(g -> group.put(area, g));
      }
    } else if (plan.groups() != null) {
      Set<String> inPlan = new HashSet<>(plan.areas());
      plan.groups().forEach((name, members) -> members.forEach(m -> {
        p.require(inPlan.contains(m), "groups." + name, "area '" + m + "' of group '" + name
            + "' has no demand in the plan");
        String before = group.put(m, name);
        p.require(before == null || before.equals(name), "groups." + name, "area '" + m + "' is in groups '" + before
            + "' and '" + name + "'");
      }));
    } else {
      return;
    }
    for (int i = 0; i < plan.links().size(); i++) {
      Link l = plan.links().get(i);
      String gf = group.get(l.from());
      String gt = group.get(l.to());
      p.require(gf != null && gf.equals(gt), "links[" + i + "]", "the link from '" + l.from() + "' (group " + gf
          + ") to '" + l.to() + "' (group " + gt + ") leaves its group; support moves only within a group");
    }
  }

  private static MobilisationResult solve(MobilisationPlan plan, List<String> areas, double[][] values, int year) {
    Map<String, Integer> at = new HashMap<>(); // each area's column, for the links' ends
    for (int a = 0; a < areas.size(); a++) {
      at.put(areas.get(a), a);
    }
    List<String> categories = plan.categories();
    List<Phase> phases = plan.phases();
    Map<String, Double> demand = new HashMap<>();
    for (Demand d : plan.demands()) {
      demand.put(key(d.area(), d.category(), d.phase()), d.amount());
    }
    int n = areas.size();
    List<MobilisationResult.Coverage> rows = new ArrayList<>();
    List<MobilisationResult.Flow> flows = new ArrayList<>();
    Map<String, MobilisationResult.Coverage> byKey = new HashMap<>();
    for (String category : categories) {
      for (Phase phase : phases) {
        double[] capacity = new double[n];
        for (int s = 0; s < plan.capacities().size(); s++) {
          Capacity c = plan.capacities().get(s);
          if (c.category().equals(category) && MobilisationPlan.delay(c) <= phase.startMonth()) {
            for (int a = 0; a < n; a++) {
              capacity[a] += c.rate() * values[s][a];
            }
          }
        }
        double[] d = new double[n];
        double[] surplus = new double[n];
        double[] need = new double[n];
        for (int a = 0; a < n; a++) {
          d[a] = demand.getOrDefault(key(areas.get(a), category, phase.id()), 0.0);
          surplus[a] = Math.max(0, capacity[a] - d[a]);
          need[a] = Math.max(0, d[a] - capacity[a]);
        }
        List<TransportationProblem.Arc> arcs = new ArrayList<>();
        for (Link l : plan.links()) {
          Double k = l.capacity() == null ? null : l.capacity().get(category);
          arcs.add(new TransportationProblem.Arc(at.get(l.from()), at.get(l.to()), l.cost(),
              k == null ? Double.POSITIVE_INFINITY : k));
        }
        TransportationProblem.Solution sol = TransportationProblem.of(surplus, need, arcs).solve();
        double[] received = new double[n];
        double[] sent = new double[n];
        for (int a = 0; a < arcs.size(); a++) {
          double x = sol.flows()[a];
          if (x > 0) {
            Link l = plan.links().get(a);
            flows.add(new MobilisationResult.Flow(category, phase.id(), l.from(), l.to(), x, x * l.cost()));
            sent[arcs.get(a).source()] += x;
            received[arcs.get(a).sink()] += x;
          }
        }
        for (int a = 0; a < n; a++) {
          double shortfall = sol.unmet()[a];
          MobilisationResult.Coverage row = new MobilisationResult.Coverage(areas.get(a), category, phase.id(), d[a],
              capacity[a], received[a], sent[a], shortfall, share(d[a], shortfall), share(d[a], need[a]));
          byKey.put(key(areas.get(a), category, phase.id()), row);
        }
      }
    }
    for (String area : areas) {
      for (String category : categories) {
        for (Phase phase : phases) {
          rows.add(byKey.get(key(area, category, phase.id())));
        }
      }
    }
    Map<String, Optional<String>> met = new LinkedHashMap<>();
    Map<String, Optional<String>> alone = new LinkedHashMap<>();
    for (String area : areas) {
      met.put(area, firstMet(area, categories, phases, byKey, false));
      alone.put(area, firstMet(area, categories, phases, byKey, true));
    }
    return new MobilisationResult(year, phases.stream().map(Phase::id).toList(), List.copyOf(rows), List.copyOf(flows),
        Collections.unmodifiableMap(met), Collections.unmodifiableMap(alone));
  }

  private static Optional<String> firstMet(String area, List<String> categories, List<Phase> phases,
      Map<String, MobilisationResult.Coverage> rows, boolean alone) {
    for (Phase phase : phases) {
      boolean all = true;
      for (String category : categories) {
        MobilisationResult.Coverage c = rows.get(key(area, category, phase.id()));
        all &= (alone ? c.coverageAlone() : c.coverage()) >= 1;
      }
      if (all) {
        return Optional.of(phase.id());
      }
    }
    return Optional.empty();
  }

  /** The share of a demand met when {@code unmet} of it is not; 1 when nothing is demanded. */
  private static double share(double demand, double unmet) {
    return demand == 0 ? 1 : (demand - unmet) / demand;
  }

  private static String key(String area, String category, String phase) {
    return area + "\u0000" + category + "\u0000" + phase;
  }
}
