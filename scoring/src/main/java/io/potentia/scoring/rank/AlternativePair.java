package io.potentia.scoring.rank;

import java.util.Objects;

/**
 * Two alternatives of a {@link PreferenceStructure}, by id: for a preference, the first is preferred
 * to the second; for an indifference or an incomparability, the order is the problem's.
 *
 * @param first the first alternative's id
 * @param second the second alternative's id
 */
public record AlternativePair(String first, String second) {
  /**
   * A pair of two alternatives.
   *
   * @param first the first alternative's id, not null
   * @param second the second alternative's id, not null
   */
  public AlternativePair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }
}
