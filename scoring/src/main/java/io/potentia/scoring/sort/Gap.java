package io.potentia.scoring.sort;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.Optional;

/**
 * One criterion that keeps an alternative from the class above its own: its value falls short of
 * the profile at the class's upper boundary. ELECTRE TRI-B also gives the partial concordance
 * {@code c_j(a, b)} (below 1 when the criterion argues against "a outranks b") and the discordance
 * {@code d_j(a, b)} (above 0 when it weakens or vetoes the outranking).
 *
 * @param criterion the criterion's id
 * @param value the alternative's value, in the criterion's units
 * @param profile the profile's value on the criterion, in the same units
 * @param concordance {@code c_j(a, b)} in {@code [0, 1]}, ELECTRE TRI-B only
 * @param discordance {@code d_j(a, b)} in {@code [0, 1]}, ELECTRE TRI-B only
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record Gap(String criterion, double value, double profile, Optional<Double> concordance,
    Optional<Double> discordance) {

  /**
   * Checks that nothing is null.
   *
   * @param criterion the criterion's id
   * @param value the alternative's value
   * @param profile the profile's value
   * @param concordance the partial concordance, or empty
   * @param discordance the discordance, or empty
   */
  public Gap {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(concordance, "concordance");
    Objects.requireNonNull(discordance, "discordance");
  }

  /**
   * A shortfall of a rule without thresholds (conjunctive, MR-Sort).
   *
   * @param criterion the criterion's id
   * @param value the alternative's value
   * @param profile the profile's value
   * @return the gap
   */
  public static Gap of(String criterion, double value, double profile) {
    return new Gap(criterion, value, profile, Optional.empty(), Optional.empty());
  }
}
