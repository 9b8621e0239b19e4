package io.potentia.core.area;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.potentia.core.internal.Ids;

/** A level of the area hierarchy, from the commune up to the nation. A hierarchy may skip levels (a country that abolishes districts links communes to provinces), but a child is always at a lower level than its parent. */
public enum AreaLevel {
  /** A commune, ward or town: the grassroots level. */
  COMMUNE("commune"),
  /** A district: the level between commune and province, where it exists. */
  DISTRICT("district"),
  /** A province or centrally-run city: the unit that builds a defensive zone. */
  PROVINCE("province"),
  /** A military region grouping provinces. */
  MILITARY_REGION("military-region"),
  /** The nation: the root of the hierarchy. */
  NATION("nation");

  private final String id;

  AreaLevel(String id) {
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
   * The rank of the level: 1 for a commune up to 5 for the nation. A parent's rank is higher than
   * its children's.
   *
   * @return the rank, from 1 to 5
   */
  public int rank() {
    return ordinal() + 1;
  }

  /**
   * The constant with the given id.
   *
   * @param id the lower-case id
   * @return the constant
   * @throws io.potentia.core.InvalidInputException if no constant has this id; lists the known ids
   */
  @JsonCreator
  public static AreaLevel fromId(String id) {
    return Ids.byId(values(), AreaLevel::id, "area-level", id);
  }
}
