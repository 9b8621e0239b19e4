package io.potentia.core.potential;

/** The elements of the defence and security posture. */
public enum PostureElement implements Dimension {
  /** The all-people national defence posture. */
  ALL_PEOPLE_DEFENCE,
  /** The people's security posture. */
  PEOPLES_SECURITY,
  /** The "people's hearts and minds" posture. */
  HEARTS_AND_MINDS,
  /** Defensive works. */
  DEFENSIVE_WORKS;

  @Override
  public Family family() {
    return Family.POSTURE;
  }
}
