package io.potentia.core.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.potentia.core.internal.Ids;

/** How the raw values of child areas combine into the value of their parent area. */
public enum RollUp {
  /** The parent is the sum of its children (counts and money). */
  SUM("sum"),
  /** The mean of the children weighted by population (rates and shares of people). */
  POPULATION_WEIGHTED_MEAN("population-weighted-mean"),
  /** The mean of the children weighted by land area (densities and shares of territory). */
  AREA_WEIGHTED_MEAN("area-weighted-mean"),
  /**
   * The unweighted mean of the children (ratings), level by level: a military region gets the
   * mean of its provinces' values, each of which is the mean of its communes', so each child
   * counts once whatever its size. A region whose provinces hold 10, 20 and 30 and another whose
   * one province holds 60 give a nation 40, not the 30 of pooling all four provinces.
   */
  MEAN("mean"),
  /** The weakest child (readiness, where the weakest link decides). */
  MIN("min"),
  /** The strongest child. */
  MAX("max"),
  /** The value exists only at its own level and is never derived from children. */
  NOT_AGGREGABLE("none");

  private final String id;

  RollUp(String id) {
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
  public static RollUp fromId(String id) {
    return Ids.byId(values(), RollUp::id, "roll-up", id);
  }
}
