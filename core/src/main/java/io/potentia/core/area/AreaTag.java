package io.potentia.core.area;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.potentia.core.internal.Ids;

/** A cross-cutting grouping of areas, beside the hierarchy. */
public enum AreaTag {
  /** A land-border area. */
  BORDER("border"),
  /** A coastal area. */
  COASTAL("coastal"),
  /** A sea or island area. */
  SEA_ISLAND("sea-island"),
  /** Part of a key economic zone. */
  KEY_ECONOMIC_ZONE("key-economic-zone"),
  /** Part of an economic-defence zone, where economic development and defence are planned together. */
  ECONOMIC_DEFENCE_ZONE("economic-defence-zone"),
  /** On an important strategic direction or a key defensive area. */
  STRATEGIC_AREA("strategic-area");

  private final String id;

  AreaTag(String id) {
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
  public static AreaTag fromId(String id) {
    return Ids.byId(values(), AreaTag::id, "area-tag", id);
  }
}
