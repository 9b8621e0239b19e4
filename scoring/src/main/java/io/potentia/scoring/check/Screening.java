package io.potentia.scoring.check;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.potentia.core.InvalidInputException;
import io.potentia.core.internal.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A data-sufficiency rule: an area needs at least a minimum share of the framework's indicators
 * overall, and of the indicators under each pillar (each child of the root), or it is excluded
 * from scoring or flagged (COINr's {@code Screen}, {@code dat_thresh}; OECD/JRC Handbook 2008,
 * step 3). Every area the rule catches is listed with its reasons; none is dropped silently.
 *
 * @param minShare the minimum share of all indicators, in [0, 1]
 * @param minPillarShare the minimum share under every pillar, in [0, 1]; 0 checks no pillar
 * @param action what happens to an area below either minimum
 */
public record Screening(double minShare, double minPillarShare, Action action) {
  /** What happens to an area that fails the rule. */
  public enum Action {
    /** Left out of scoring, with the reason recorded. */
    EXCLUDE,
    /** Scored, with the reason recorded beside its score. */
    FLAG;

    /**
     * The id used in JSON.
     *
     * @return {@code exclude} or {@code flag}
     */
    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The action with the given id.
     *
     * @param id {@code exclude} or {@code flag}
     * @return the action
     * @throws InvalidInputException naming the id and the known ones
     */
    @JsonCreator
    public static Action fromId(String id) {
      return Ids.byId(values(), Action::id, "screening action", id);
    }
  }

  /**
   * An area the rule caught.
   *
   * @param area the area
   * @param action what happens to it
   * @param reasons each minimum it fails, with the counts, in English, for example {@code "12 of 48
   *     indicators (25.0%), below the minimum 66.7%"}
   * @param shortfalls the same failures as facts (node, counts, minimum), one per reason in the same
   *     order, for a reader that puts them into words of its own; empty for a caught area built
   *     from reasons alone (a report written before shortfalls were recorded)
   */
  public record Screened(String area, Action action, List<String> reasons, List<Shortfall> shortfalls) {
    /**
     * Copies the lists; absent shortfalls (an older report's JSON) are read as none.
     *
     * @param area the area
     * @param action what happens to it
     * @param reasons why, in English
     * @param shortfalls why, as facts, or null for none
     * @throws IllegalArgumentException if shortfalls are given but not one per reason
     */
    @JsonCreator
    public Screened {
      reasons = List.copyOf(reasons);
      shortfalls = shortfalls == null ? List.of() : List.copyOf(shortfalls);
      if (!shortfalls.isEmpty() && shortfalls.size() != reasons.size()) {
        throw new IllegalArgumentException("screened area '" + area + "': " + shortfalls.size()
            + " shortfalls for " + reasons.size() + " reasons; give one per reason or none");
      }
    }

    /**
     * An area caught for reasons given only in words (no shortfalls).
     *
     * @param area the area
     * @param action what happens to it
     * @param reasons why, in English
     */
    public Screened(String area, Action action, List<String> reasons) {
      this(area, action, reasons, List.of());
    }

    /**
     * An area caught for the shortfalls given, each with its English reason.
     *
     * @param area the area
     * @param action what happens to it
     * @param shortfalls the minimums it fails
     * @return the caught area
     */
    public static Screened of(String area, Action action, List<Shortfall> shortfalls) {
      return new Screened(area, action, shortfalls.stream().map(Shortfall::reason).toList(), shortfalls);
    }
  }

  /**
   * One minimum an area fails: under a node it has {@code present} of the {@code total} indicators,
   * a share {@code present / total} below {@code minimum}.
   *
   * @param node the framework's root (the overall minimum) or a pillar
   * @param pillar true for a pillar's minimum, false for the overall one
   * @param present the indicators under the node the area has a value of
   * @param total the indicators under the node, at least 1
   * @param minimum the minimum share it fails, in [0, 1]
   */
  public record Shortfall(String node, boolean pillar, int present, int total, double minimum) {
    /**
     * The share the area has.
     *
     * @return {@code present / total}
     */
    public double share() {
      return (double) present / total;
    }

    /**
     * The shortfall in English, as {@link Screened#reasons()} gives it, for example {@code "1 of 3
     * indicators of 'p' (33.3%), below the minimum 50.0%"}.
     *
     * @return the sentence
     */
    public String reason() {
      return present + " of " + total + " indicators" + (pillar ? " of '" + node + "'" : "") + " ("
          + percent(share()) + "), below the minimum " + percent(minimum);
    }
  }

  /**
   * Checks the shares.
   *
   * @param minShare the minimum share of all indicators, in [0, 1]
   * @param minPillarShare the minimum share under every pillar, in [0, 1]
   * @param action what happens to an area below either minimum
   * @throws InvalidInputException naming a share outside [0, 1] or a missing action
   */
  public Screening {
    if (!(minShare >= 0 && minShare <= 1)) {
      throw InvalidInputException.at("minShare", "screening: the minimum share " + minShare + " is not in [0, 1]");
    }
    if (!(minPillarShare >= 0 && minPillarShare <= 1)) {
      throw InvalidInputException.at("minPillarShare", "screening: the minimum pillar share " + minPillarShare
          + " is not in [0, 1]");
    }
    if (action == null) {
      throw InvalidInputException.at("action", "screening: an action (EXCLUDE or FLAG) is needed");
    }
  }

  /**
   * The rule as a spec writes it; {@code minPillarShare} may be left out (0).
   *
   * @param minShare the minimum share of all indicators, required
   * @param minPillarShare the minimum share under every pillar, or null for 0
   * @param action {@code exclude} or {@code flag}, required
   * @return the rule
   * @throws InvalidInputException naming a missing or out-of-range field
   */
  @JsonCreator
  static Screening fromJson(@JsonProperty("minShare") Double minShare,
      @JsonProperty("minPillarShare") Double minPillarShare, @JsonProperty("action") Action action) {
    if (minShare == null) {
      throw InvalidInputException.at("minShare", "screening: the minimum share is required");
    }
    return new Screening(minShare, minPillarShare == null ? 0 : minPillarShare, action);
  }

  /**
   * The areas that fail the rule, in the availability's area order.
   *
   * @param availability what is present
   * @param pillars the inner nodes whose minimum applies (usually the root's children)
   * @return the areas caught, each with every reason
   * @throws InvalidInputException if a pillar is not an inner node of the availability
   */
  public List<Screened> apply(Availability availability, List<String> pillars) {
    String root = availability.nodes().get(availability.nodes().size() - 1);
    List<Screened> out = new ArrayList<>();
    for (String area : availability.areas()) {
      List<Shortfall> shortfalls = new ArrayList<>();
      check(availability, area, root, false, minShare, shortfalls);
      if (minPillarShare > 0) {
        for (String pillar : pillars) {
          check(availability, area, pillar, true, minPillarShare, shortfalls);
        }
      }
      if (!shortfalls.isEmpty()) {
        out.add(Screened.of(area, action, shortfalls));
      }
    }
    return out;
  }

  private static void check(Availability availability, String area, String node, boolean pillar, double minimum,
      List<Shortfall> shortfalls) {
    if (availability.share(area, node) < minimum) {
      shortfalls.add(new Shortfall(node, pillar, availability.present(area, node), availability.indicatorsUnder(node),
          minimum));
    }
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
