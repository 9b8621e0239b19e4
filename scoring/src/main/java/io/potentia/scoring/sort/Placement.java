package io.potentia.scoring.sort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;

/**
 * The class an alternative is placed in, and what keeps it from the class above.
 *
 * @param category the class
 * @param index the class's position, 0 = the worst
 * @param heldBackBy what keeps it from the next class up; empty in the best class
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Placement(String category, int index, Optional<HeldBack> heldBackBy) {

  /**
   * Checks that nothing is null.
   *
   * @param category the class
   * @param index the class's position
   * @param heldBackBy what keeps it from the next class up
   */
  public Placement {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(heldBackBy, "heldBackBy");
  }
}
