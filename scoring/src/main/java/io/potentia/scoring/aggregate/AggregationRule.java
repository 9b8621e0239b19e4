package io.potentia.scoring.aggregate;

import io.potentia.core.InvalidInputException;
import java.util.Optional;

/**
 * A declared rule applied to a node's score after aggregation: a floor, a cap, or a cap or veto
 * triggered by one child falling below a threshold (for example, "the index is capped at 40 when
 * the military potential is below 20"). Each application is explained, so that no score is
 * changed silently.
 *
 * @param kind what the rule does
 * @param child the child whose score triggers it (for {@code CAP_WHEN_BELOW} and {@code
 *     VETO_WHEN_BELOW}), -1 otherwise
 * @param threshold the trigger threshold
 * @param value the floor, the cap, or the vetoed score
 */
public record AggregationRule(Kind kind, int child, double threshold, double value) {

  /** What a rule does. */
  public enum Kind {
    /** The score is at least {@code value}. */
    FLOOR,
    /** The score is at most {@code value}. */
    CAP,
    /** When the child's score is below {@code threshold}, the score is at most {@code value}. */
    CAP_WHEN_BELOW,
    /** When the child's score is below {@code threshold}, the score is {@code value}. */
    VETO_WHEN_BELOW
  }

  /**
   * Validates: finite numbers, and a child position for the child-triggered kinds.
   *
   * @param kind what the rule does
   * @param child the child whose score triggers it (for {@code CAP_WHEN_BELOW} and {@code
   *     VETO_WHEN_BELOW}), -1 otherwise
   * @param threshold the trigger threshold
   * @param value the floor, the cap, or the vetoed score
   */
  public AggregationRule {
    if (!Double.isFinite(value) || !Double.isFinite(threshold)) {
      throw InvalidInputException.at("rules", "rule " + kind + ": threshold " + threshold + " and value " + value
          + " must be finite");
    }
    boolean needsChild = kind == Kind.CAP_WHEN_BELOW || kind == Kind.VETO_WHEN_BELOW;
    if (needsChild && child < 0) {
      throw InvalidInputException.at("rules", "rule " + kind + " needs the position of the child that triggers it");
    }
  }

  /**
   * A floor: a score below {@code value} is raised to it. A missing score (NaN) is left missing.
   *
   * @param value the lowest score, finite
   * @return the rule
   * @throws InvalidInputException if {@code value} is not finite
   */
  public static AggregationRule floor(double value) {
    return new AggregationRule(Kind.FLOOR, -1, 0, value);
  }

  /**
   * A cap: a score above {@code value} is lowered to it. A missing score (NaN) is left missing.
   *
   * @param value the highest score, finite
   * @return the rule
   * @throws InvalidInputException if {@code value} is not finite
   */
  public static AggregationRule cap(double value) {
    return new AggregationRule(Kind.CAP, -1, 0, value);
  }

  /**
   * A cap triggered by a weak child: when the child's score is below {@code threshold}, a score
   * above {@code cap} is lowered to it. A missing score is left missing; a missing child score, or
   * a position beyond the children, never triggers the rule.
   *
   * @param child the child's position, {@code >= 0}
   * @param threshold below this the cap applies, finite
   * @param cap the highest score then, finite
   * @return the rule
   * @throws InvalidInputException if {@code child < 0} or a number is not finite
   */
  public static AggregationRule capWhenBelow(int child, double threshold, double cap) {
    return new AggregationRule(Kind.CAP_WHEN_BELOW, child, threshold, cap);
  }

  /**
   * A veto triggered by a weak child: when the child's score is below {@code threshold}, the score
   * becomes {@code score}, whether that is lower or higher. A missing score is left missing; a
   * missing child score, or a position beyond the children, never triggers the rule.
   *
   * @param child the child's position, {@code >= 0}
   * @param threshold below this the veto applies, finite
   * @param score the score then, finite
   * @return the rule
   * @throws InvalidInputException if {@code child < 0} or a number is not finite
   */
  public static AggregationRule vetoWhenBelow(int child, double threshold, double score) {
    return new AggregationRule(Kind.VETO_WHEN_BELOW, child, threshold, score);
  }

  /**
   * Applies the rule to one area.
   *
   * @param score the aggregated score
   * @param children the area's child scores
   * @param childNames the children's names for the explanation, in order
   * @return the new score and why, or empty when the rule does not change the score
   */
  public Optional<Applied> apply(double score, double[] children, java.util.List<String> childNames) {
    String who = child >= 0 && child < childNames.size() ? "'" + childNames.get(child) + "'" : "child " + child;
    if (Double.isNaN(score)) {
      return Optional.empty();
    }
    double trigger = child >= 0 && child < children.length ? children[child] : Double.NaN;
    return switch (kind) {
      case FLOOR -> score < value ? Optional.of(new Applied(value, "raised from " + score + " to the floor " + value))
          : Optional.empty();
      case CAP -> score > value ? Optional.of(new Applied(value, "lowered from " + score + " to the cap " + value))
          : Optional.empty();
      case CAP_WHEN_BELOW -> trigger < threshold && score > value
          ? Optional.of(new Applied(value, "capped at " + value + " (from " + score + ") because " + who
              + " scores " + trigger + ", below " + threshold))
          : Optional.empty();
      case VETO_WHEN_BELOW -> trigger < threshold && score != value
          ? Optional.of(new Applied(value, "vetoed to " + value + " (from " + score + ") because " + who
              + " scores " + trigger + ", below " + threshold))
          : Optional.empty();
    };
  }

  /**
   * The outcome of applying a rule.
   *
   * @param score the new score
   * @param explanation what happened and why
   */
  public record Applied(double score, String explanation) {}
}
