package io.potentia.scoring.sort;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;

/**
 * The class of one alternative, and what keeps it from the class above; ELECTRE TRI-B adds the
 * optimistic assignment.
 *
 * @param alternative the alternative's id
 * @param category its class: for ELECTRE TRI-B the pessimistic assignment
 * @param index the class's position, 0 = the worst
 * @param heldBackBy what keeps it from the next class up; empty in the best class
 * @param optimistic the optimistic assignment of ELECTRE TRI-B, never below {@code category};
 *     empty for the other methods
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Assignment(String alternative, String category, int index, Optional<HeldBack> heldBackBy,
    Optional<Placement> optimistic) {

  /**
   * Checks that nothing is null.
   *
   * @param alternative the alternative's id
   * @param category its class
   * @param index the class's position
   * @param heldBackBy what keeps it from the next class up
   * @param optimistic the optimistic assignment, or empty
   */
  public Assignment {
    Objects.requireNonNull(alternative, "alternative");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(heldBackBy, "heldBackBy");
    Objects.requireNonNull(optimistic, "optimistic");
  }

  /**
   * An assignment from its placement.
   *
   * @param alternative the alternative's id
   * @param placement its class (for ELECTRE TRI-B the pessimistic one)
   * @param optimistic the optimistic assignment, or empty
   * @return the assignment
   */
  public static Assignment of(String alternative, Placement placement, Optional<Placement> optimistic) {
    return new Assignment(alternative, placement.category(), placement.index(), placement.heldBackBy(), optimistic);
  }

  /**
   * The class with what keeps it from the next (for ELECTRE TRI-B the pessimistic assignment).
   *
   * @return the placement
   */
  @JsonIgnore
  public Placement placement() {
    return new Placement(category, index, heldBackBy);
  }

  /**
   * The highest class the method allows: the optimistic one for ELECTRE TRI-B, otherwise the class.
   *
   * @return 0 = the worst class
   */
  @JsonIgnore
  public int upperIndex() {
    return optimistic.map(Placement::index).orElse(index);
  }
}
