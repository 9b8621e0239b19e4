package io.potentia.scoring.analysis.planning.works;

/** What a defensive work is; {@link #OTHER} works carry a name the user gives. */
public enum WorkKind {
  /** A headquarters or command post. */
  HEADQUARTERS,
  /** A combat base. */
  COMBAT_BASE,
  /** A key defensive area. */
  KEY_DEFENSIVE_AREA,
  /** A rear base. */
  REAR_BASE,
  /** A logistics-technical base. */
  LOGISTICS_TECHNICAL_BASE,
  /** Shelters and civil-defence works. */
  SHELTER,
  /** A kind the user names. */
  OTHER
}
