package io.potentia.core.potential;

import com.fasterxml.jackson.annotation.JsonValue;

/** The components of the armed forces and the public security force they coordinate with. */
public enum ForceComponent implements Dimension {
  /** Standing forces, main and local. */
  STANDING(
      "standing-force",
      "Standing forces: the main and local forces of the people's army, in peacetime strength."),
  /** The reserve force. */
  RESERVE(
      "reserve-force",
      "Reserve force: registered and organised reservists and the means to mobilise them."),
  /** The militia and self-defence force. */
  MILITIA_SELF_DEFENCE(
      "militia-self-defence",
      "Militia and self-defence force: organised in communes, agencies and enterprises; its"
          + " coverage of the population and its quality."),
  /** The public security force. */
  PUBLIC_SECURITY(
      "public-security",
      "Public security force: the people's police, coordinating with the armed forces on security"
          + " and social order.");

  private final String id;
  private final String description;

  ForceComponent(String id, String description) {
    this.id = id;
    this.description = description;
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Family family() {
    return Family.FORCE;
  }
}
