package io.potentia.scoring.analysis.planning.works;

/**
 * One stage of a work. Its whole cost is paid in the year it starts; it lasts {@code years} years:
 * a stage started in year {@code s} ends in {@code s + max(years, 1) - 1} and the next stage may
 * start in {@code s + years} (so a stage of 0 years lets the next start the same year).
 *
 * @param kind the stage
 * @param cost its cost, finite and at least 0
 * @param years its duration in whole years, at least 0
 */
public record Stage(StageKind kind, double cost, int years) {
  /**
   * Checks the stage (the work validates the values, to name itself in the message).
   *
   * @param kind the stage
   * @param cost its cost
   * @param years its duration
   */
  public Stage {
    java.util.Objects.requireNonNull(kind, "kind");
  }

  /**
   * The year this stage ends when it starts in {@code start}.
   *
   * @param start the year it starts
   * @return {@code start + max(years, 1) - 1}
   */
  public int end(int start) {
    return start + Math.max(years, 1) - 1;
  }
}
