package io.potentia.core.potential;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The five types of national defence potential. The political potential is the one that mobilises
 * and builds the others, which is why scoring offers methods that let it act as a multiplier.
 */
public enum PotentialType implements Dimension {
  /** Political-spiritual potential. */
  POLITICAL(
      "political",
      "Political-spiritual potential: public trust in the state, consensus on defence, the strength"
          + " of the grassroots political system, national unity and defence-security education;"
          + " it mobilises and builds the other potentials."),
  /** Economic potential. */
  ECONOMIC(
      "economic",
      "Economic potential: output and growth, self-reliance and reserves, the industrial, energy and"
          + " food base, and the integration of economic development with defence (economic-defence"
          + " zones, dual-use works)."),
  /** Science-technology potential. */
  SCIENCE_TECHNOLOGY(
      "science-technology",
      "Science-technology potential: research capacity and spending, adoption of new industrial"
          + " technology, defence-industry capability and cyber-security capability."),
  /** Military potential. */
  MILITARY(
      "military",
      "Military potential: standing, reserve and militia forces, combat readiness, training and"
          + " exercises, modern equipment, logistics, defensive works and mobilisation plans."),
  /** Diplomatic potential. */
  DIPLOMATIC(
      "diplomatic",
      "Diplomatic potential: partnerships, bilateral and multilateral defence cooperation, strategic"
          + " trust and the ability to draw external resources.");

  private final String id;
  private final String description;

  PotentialType(String id, String description) {
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
    return Family.POTENTIAL;
  }
}
