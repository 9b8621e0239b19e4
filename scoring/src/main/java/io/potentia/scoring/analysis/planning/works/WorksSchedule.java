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
   * A work not accepted within the plan, with why in English ({@code detail}) and as facts for a
   * reader that puts them into words of its own.
   *
   * @param work the work id
   * @param reason why
   * @param detail what is missing, in English
   * @param missing for {@link Reason#DEPENDENCY}, the ids of the works it depends on that are not
   *     accepted within the plan (the planner lists them sorted by id); empty for {@link
   *     Reason#BUDGET}
   * @param stages the work's count of stages
   * @param cost the work's total cost (all its stages)
   * @param planEnd the plan's last year, by which the work is not accepted
   */
  public record Unfunded(String work, Reason reason, String detail, List<String> missing, int stages, double cost,
      int planEnd) {
    /**
     * Copies the missing works and checks they match the reason.
     *
     * @param work the work id
     * @param reason why
     * @param detail in English
     * @param missing the unaccepted dependencies
     * @param stages the count of stages
     * @param cost the total cost
     * @param planEnd the plan's last year
     * @throws IllegalArgumentException if a dependency reason names no missing work or a budget
     *     reason names some
     */
    public Unfunded {
      missing = List.copyOf(missing);
      if ((reason == Reason.DEPENDENCY) == missing.isEmpty()) {
        throw new IllegalArgumentException("unfunded work '" + work + "': reason " + reason + " with missing works "
            + missing + "; a dependency reason needs them, a budget reason none");
      }
    }

    /**
     * A work whose dependencies are not all accepted within the plan.
     *
     * @param work the work id
     * @param missing its dependencies not accepted within the plan, at least one, in the order
     *     the detail names them
     * @param stages its count of stages
     * @param cost its total cost
     * @param planEnd the plan's last year
     * @return the unfunded work, with detail such as {@code "needs work 'b', which is not accepted
     *     by 2030"}
     */
    public static Unfunded dependency(String work, List<String> missing, int stages, double cost, int planEnd) {
      String names = String.join(", ", missing.stream().map(m -> "'" + m + "'").toList());
      String detail = missing.size() == 1
          ? "needs work " + names + ", which is not accepted by " + planEnd
          : "needs works " + names + ", which are not accepted by " + planEnd;
      return new Unfunded(work, Reason.DEPENDENCY, detail, missing, stages, cost, planEnd);
    }

    /**
     * A work whose stages the budget left by the works before it cannot pay and end within the plan.
     *
     * @param work the work id
     * @param stages its count of stages
     * @param cost its total cost
     * @param planEnd the plan's last year
     * @return the unfunded work, with detail such as {@code "its 2 stages (cost 30.0) cannot all be
     *     paid and ended by 2030 after the works before it"}
     */
    public static Unfunded budget(String work, int stages, double cost, int planEnd) {
      String detail = "its " + stages + " stages (cost " + cost + ") cannot all be paid and ended by " + planEnd
          + " after the works before it";
      return new Unfunded(work, Reason.BUDGET, detail, List.of(), stages, cost, planEnd);
    }
  }

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
