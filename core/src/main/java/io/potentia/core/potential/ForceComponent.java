package io.potentia.core.potential;

/** The components of the armed forces and the public security force they coordinate with. */
public enum ForceComponent implements Dimension {
  /** Standing forces, main and local. */
  STANDING,
  /** The reserve force. */
  RESERVE,
  /** The militia and self-defence force. */
  MILITIA_SELF_DEFENCE,
  /** The public security force. */
  PUBLIC_SECURITY;

  @Override
  public Family family() {
    return Family.FORCE;
  }
}
