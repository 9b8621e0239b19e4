package io.potentia.scoring.analysis.planning.mobilisation;

import io.potentia.core.InvalidInputException;
import io.potentia.core.internal.Problems;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mobilisation plan for the first year of a war: the phases, each area's demands per phase and
 * category, how capacities follow from the dataset's indicators, and the links along which areas
 * of one group (a military region, or a group the user names) may support each other.
 *
 * <p>Capacity. Category {@code c} of area {@code a} in phase {@code p} has the capacity
 * {@code C(a, c, p) = sum over sources s of c with delay(s) <= start(p) of rate(s) * value(a,
 * indicator(s), year)}: a source is a declared conversion rate from one indicator (for example
 * reservists per 1,000 people to reservists) and becomes available once its mobilisation delay in
 * months has passed. Demands and capacities are levels held during a phase, so each phase is met on
 * its own.
 *
 * <p>Rejected, every problem at once, by JSON path: no phase; phases not consecutive from month 0
 * (each starts where the previous ends, and ends after it starts); a duplicate phase or a demand of
 * an unknown phase; a negative, missing or non-finite amount; a duplicate demand; a rate that is not
 * finite and {@code > 0}; a negative delay; a link from an area to itself, with a negative or
 * non-finite cost or a negative capacity; a link given twice; a capacity source or link limit of a
 * category no area demands; both {@code groupLevel} and {@code groups}. Areas and
 * indicators are checked against the data by {@link Mobilisation#assess}.
 *
 * @param phases the phases, in order, consecutive from month 0
 * @param demands what each area needs, per phase and category
 * @param capacities the sources of capacity, per category
 * @param links the links of mutual support (none: each area stands alone)
 * @param groupLevel the hierarchy level whose areas group the plan's areas for support, for example
 *     {@code military-region}; or null
 * @param groups explicit groups, group name to areas; or null
 */
public record MobilisationPlan(List<Phase> phases, List<Demand> demands, List<Capacity> capacities, List<Link> links,
    String groupLevel, Map<String, List<String>> groups) {

  /**
   * A phase of the first year, in months from the start of the war.
   *
   * @param id the phase's name, for example {@code 0-3}
   * @param startMonth its first month, {@code >= 0}
   * @param endMonth the month it ends, {@code > startMonth}
   */
  public record Phase(String id, Integer startMonth, Integer endMonth) {}

  /**
   * What one area needs of one category in one phase.
   *
   * @param area the area
   * @param category the category, for example {@code personnel.reserve}, {@code transport},
   *     {@code supplies-days}, {@code medical-beds}, {@code industry}
   * @param phase the phase's id
   * @param amount the amount, finite and {@code >= 0}
   */
  public record Demand(String area, String category, String phase, Double amount) {}

  /**
   * A source of capacity: {@code rate} units of the category per unit of the indicator, available
   * from {@code delayMonths} after the start.
   *
   * @param category the category it meets
   * @param indicator the dataset's indicator
   * @param rate the conversion rate, finite and {@code > 0}
   * @param delayMonths the mobilisation delay in months, {@code >= 0} (0 when absent)
   */
  public record Capacity(String category, String indicator, Double rate, Integer delayMonths) {}

  /**
   * A link along which one area may send to another.
   *
   * @param from the sending area
   * @param to the receiving area
   * @param cost the cost or time per unit moved, finite and {@code >= 0}
   * @param capacity category to the most moved in one phase, {@code >= 0}; a category not named has no limit
   */
  public record Link(String from, String to, Double cost, Map<String, Double> capacity) {}

  /**
   * Validates and copies; see the class comment for what is rejected.
   *
   * @param phases the phases
   * @param demands the demands
   * @param capacities the capacity sources
   * @param links the links, or null for none
   * @param groupLevel the grouping level, or null
   * @param groups the explicit groups, or null
   * @throws InvalidInputException naming every problem by its JSON path
   */
  public MobilisationPlan {
    phases = phases == null ? List.of() : List.copyOf(phases);
    demands = demands == null ? List.of() : List.copyOf(demands);
    capacities = capacities == null ? List.of() : List.copyOf(capacities);
    links = links == null ? List.of() : List.copyOf(links);
    groups = groups == null ? null : Map.copyOf(groups);
    Problems p = new Problems();
    checkPhases(phases, p);
    checkDemands(phases, demands, p);
    checkCapacities(capacities, p);
    checkLinks(links, p);
    checkCategories(demands, capacities, links, p);
    p.require(groupLevel == null || groups == null, "groups", "give groupLevel or groups, not both");
    p.throwIfAny();
  }

  /**
   * The categories demanded, in order of first appearance.
   *
   * @return the categories
   */
  public List<String> categories() {
    Set<String> out = new LinkedHashSet<>();
    demands.forEach(d -> out.add(d.category()));
    return List.copyOf(out);
  }

  /**
   * The areas demanding, in order of first appearance.
   *
   * @return the areas
   */
  public List<String> areas() {
    Set<String> out = new LinkedHashSet<>();
    demands.forEach(d -> out.add(d.area()));
    return List.copyOf(out);
  }

  private static void checkPhases(List<Phase> phases, Problems p) {
    p.require(!phases.isEmpty(), "phases", "the plan has no phase");
    Set<String> seen = new HashSet<>();
    int expectedStart = 0;
    for (int i = 0; i < phases.size(); i++) {
      Phase ph = phases.get(i);
      String at = "phases[" + i + "]";
      if (ph == null || ph.id() == null || ph.id().isBlank()) {
        p.require(false, at + ".id", "a phase needs an id");
        continue;
      }
      p.require(seen.add(ph.id()), at + ".id", "phase '" + ph.id() + "' is given twice");
      if (ph.startMonth() == null || ph.endMonth() == null) {
        p.require(false, at, "phase '" + ph.id() + "' needs startMonth and endMonth");
        continue;
      }
      p.require(ph.startMonth() == expectedStart, at + ".startMonth", "phase '" + ph.id() + "' starts at month "
          + ph.startMonth() + "; phases run in order without gap or overlap, so it must start at month " + expectedStart);
      p.require(ph.endMonth() > ph.startMonth(), at + ".endMonth", "phase '" + ph.id() + "' ends at month "
          + ph.endMonth() + ", not after its start " + ph.startMonth());
      expectedStart = ph.endMonth();
    }
  }

  private static void checkDemands(List<Phase> phases, List<Demand> demands, Problems p) {
    Set<String> phaseIds = new HashSet<>();
    phases.forEach(ph -> {
      if (ph != null) {
        phaseIds.add(ph.id());
      }
    });
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < demands.size(); i++) {
      Demand d = demands.get(i);
      String at = "demands[" + i + "]";
      if (d == null || d.area() == null || d.category() == null || d.phase() == null) {
        p.require(false, at, "a demand needs area, category, phase and amount");
        continue;
      }
      p.require(phaseIds.contains(d.phase()), at + ".phase", "demand of area '" + d.area() + "' for '" + d.category()
          + "' names phase '" + d.phase() + "', which is not a phase of the plan");
      p.require(d.amount() != null && Double.isFinite(d.amount()) && d.amount() >= 0, at + ".amount", "demand of area '"
          + d.area() + "' for '" + d.category() + "' in phase '" + d.phase() + "' is " + d.amount()
          + "; it must be finite and >= 0");
      p.require(seen.add(d.area() + "\u0000" + d.category() + "\u0000" + d.phase()), at, "area '" + d.area()
          + "' demands '" + d.category() + "' in phase '" + d.phase() + "' twice");
    }
  }

  private static void checkCapacities(List<Capacity> capacities, Problems p) {
    for (int i = 0; i < capacities.size(); i++) {
      Capacity c = capacities.get(i);
      String at = "capacities[" + i + "]";
      if (c == null || c.category() == null || c.indicator() == null) {
        p.require(false, at, "a capacity needs category, indicator and rate");
        continue;
      }
      p.require(c.rate() != null && Double.isFinite(c.rate()) && c.rate() > 0, at + ".rate", "the rate from indicator '"
          + c.indicator() + "' to '" + c.category() + "' is " + c.rate() + "; it must be finite and > 0");
      p.require(c.delayMonths() == null || c.delayMonths() >= 0, at + ".delayMonths", "the delay of indicator '"
          + c.indicator() + "' for '" + c.category() + "' is " + c.delayMonths() + " months; it must be >= 0");
    }
  }

  private static void checkLinks(List<Link> links, Problems p) {
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      String at = "links[" + i + "]";
      if (l == null || l.from() == null || l.to() == null) {
        p.require(false, at, "a link needs from, to and cost");
        continue;
      }
      p.require(!l.from().equals(l.to()), at + ".to", "the link from '" + l.from() + "' leads to itself");
      p.require(l.cost() != null && Double.isFinite(l.cost()) && l.cost() >= 0, at + ".cost", "the link from '"
          + l.from() + "' to '" + l.to() + "' costs " + l.cost() + "; it must be finite and >= 0");
      if (l.capacity() != null) {
        l.capacity().forEach((category, k) -> p.require(k != null && !Double.isNaN(k) && k >= 0,
            at + ".capacity." + category, "the link from '" + l.from() + "' to '" + l.to() + "' carries " + k
                + " of '" + category + "'; it must be >= 0"));
      }
    }
  }

  /** A source or a link limit of a category no area demands would be silently unused: it is named instead. */
  private static void checkCategories(List<Demand> demands, List<Capacity> capacities, List<Link> links, Problems p) {
    Set<String> demanded = new HashSet<>();
    demands.forEach(d -> {
      if (d != null && d.category() != null) {
        demanded.add(d.category());
      }
    });
    for (int i = 0; i < capacities.size(); i++) {
      Capacity c = capacities.get(i);
      if (c != null && c.category() != null) {
        p.require(demanded.contains(c.category()), "capacities[" + i + "].category", "category '" + c.category()
            + "' is demanded by no area of the plan");
      }
    }
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < links.size(); i++) {
      Link l = links.get(i);
      if (l == null || l.from() == null || l.to() == null) {
        continue;
      }
      p.require(pairs.add(l.from() + "\u0000" + l.to()), "links[" + i + "]", "the link from '" + l.from() + "' to '"
          + l.to() + "' is given twice");
      if (l.capacity() != null) {
        for (String category : l.capacity().keySet()) {
          p.require(demanded.contains(category), "links[" + i + "].capacity." + category, "category '" + category
              + "' is demanded by no area of the plan");
        }
      }
    }
  }

  /** Delay of a source, 0 when absent. */
  static int delay(Capacity c) {
    return c.delayMonths() == null ? 0 : c.delayMonths();
  }
}
