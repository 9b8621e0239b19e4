package io.potentia.core.potential;

import com.fasterxml.jackson.annotation.JsonValue;

/** The elements of the defence and security posture. */
public enum PostureElement implements Dimension {
  /** The all-people national defence posture. */
  ALL_PEOPLE_DEFENCE(
      "all-people-defence-posture",
      "All-people national defence posture: the disposition of forces and means over the territory"
          + " and the strategic directions, built in every defensive zone."),
  /** The people's security posture. */
  PEOPLES_SECURITY(
      "peoples-security-posture",
      "People's security posture: the mass movement for national security, crime prevention and"
          + " social order, linked with the defence posture."),
  /** The "people's hearts and minds" posture. */
  HEARTS_AND_MINDS(
      "hearts-and-minds-posture",
      "People's hearts and minds posture: the trust and support of the population on which the"
          + " other postures rest."),
  /** Defensive works. */
  DEFENSIVE_WORKS(
      "defensive-works",
      "Defensive works: headquarters, combat bases, rear bases and key defensive areas of the"
          + " defensive zones, built to plan.");

  private final String id;
  private final String description;

  PostureElement(String id, String description) {
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
    return Family.POSTURE;
  }
}
