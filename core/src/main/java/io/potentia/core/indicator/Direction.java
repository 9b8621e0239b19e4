package io.potentia.core.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.potentia.core.internal.Ids;

/** Whether more of an indicator is better (benefit) or worse (cost). */
public enum Direction {
  /** More is better: a higher value raises the score. */
  BENEFIT("benefit"),
  /** Less is better: a higher value lowers the score; normalisers turn it around. */
  COST("cost");

  private final String id;

  Direction(String id) {
    this.id = id;
  }

  /**
   * The id used in JSON and CSV.
   *
   * @return the lower-case id
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * The constant with the given id.
   *
   * @param id the lower-case id
   * @return the constant
   * @throws io.potentia.core.InvalidInputException if no constant has this id; lists the known ids
   */
  @JsonCreator
  public static Direction fromId(String id) {
    return Ids.byId(values(), Direction::id, "direction", id);
  }
}
