package io.potentia.core.potential;

/**
 * The five types of national defence potential. The political potential is the one that mobilises
 * and builds the others, which is why scoring offers methods that let it act as a multiplier.
 */
public enum PotentialType implements Dimension {
  /** Political-spiritual potential. */
  POLITICAL,
  /** Economic potential. */
  ECONOMIC,
  /** Science-technology potential. */
  SCIENCE_TECHNOLOGY,
  /** Military potential. */
  MILITARY,
  /** Diplomatic potential. */
  DIPLOMATIC;

  @Override
  public Family family() {
    return Family.POTENTIAL;
  }
}
