package io.potentia.scoring.analysis.planning.works;

import java.util.List;
import java.util.Map;

/**
 * A works roadmap: which stage of which work is paid in which year, when each work is accepted,
 * which works are left unfunded and why, and the index year by year.
 *
 * @param payments the stages paid, by year then in the order they were paid
 * @param accepted work id to the year it is accepted, for the works accepted within the plan
 * @param unfunded the works not accepted within the plan, with the reason
 * @param indexPath the planner's value (the index) in each year of the plan, with the works
 *     accepted by then
 * @param tiers per priority tier, the works left unaccepted and the sum of the acceptance years of
 *     the others: the planner's lexicographic objective, and the lower bound no plan can beat
 * @param method the planner used
 */
public record WorksSchedule(List<Payment> payments, Map<String, Integer> accepted, List<Unfunded> unfunded,
    List<YearValue> indexPath, List<TierOutcome> tiers, WorksPlanner.Method method) {
  /**
   * Copies the lists.
   *
   * @param payments the stages paid
   * @param accepted the acceptance years
   * @param unfunded the unfunded works
   * @param indexPath the index by year
   * @param tiers the outcome per tier
   * @param method the planner used
   */
  public WorksSchedule {
    payments = List.copyOf(payments);
    accepted = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(accepted));
    unfunded = List.copyOf(unfunded);
    indexPath = List.copyOf(indexPath);
    tiers = List.copyOf(tiers);
  }

  /**
   * A stage paid.
   *
   * @param year the year it starts and is paid
   * @param work the work id
   * @param stage the stage
   * @param cost what is paid
   * @param endYear the year it ends
   */
  public record Payment(int year, String work, StageKind stage, double cost, int endYear) {}

  /** Why a work is not accepted within the plan. */
  public enum Reason {
    /** The budget of the plan's years does not pay its stages (given the works before it). */
    BUDGET,
    /** A work it depends on is not accepted within the plan. */
    DEPENDENCY
  }

  /**
   * A work not accepted within the plan.
   *
   * @param work the work id
   * @param reason why
   * @param detail what is missing, in words
   */
  public record Unfunded(String work, Reason reason, String detail) {}

  /**
   * The value in a year.
   *
   * @param year the year
   * @param value the value
   */
  public record YearValue(int year, double value) {}

  /**
   * How one priority tier fares.
   *
   * @param tier the tier
   * @param unaccepted its works not accepted within the plan
   * @param acceptanceYears the sum of the acceptance years of its other works
   * @param boundUnaccepted the fewest of its works any plan leaves unaccepted when each work had the
   *     whole budget to itself (a lower bound)
   * @param boundAcceptanceYears the sum of those works' earliest acceptance years, alone (a lower
   *     bound when {@code unaccepted == boundUnaccepted})
   */
  public record TierOutcome(int tier, int unaccepted, long acceptanceYears, int boundUnaccepted,
      long boundAcceptanceYears) {}
}
