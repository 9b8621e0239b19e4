package io.potentia.scoring.impute;

import java.util.List;

/**
 * What an imputer did: the completed panel, each value it filled (with how), and the gaps it left.
 *
 * @param panel the panel after imputation
 * @param imputed each filled value
 * @param remaining each gap left, with the reason
 */
public record ImputationResult(Panel panel, List<Imputed> imputed, List<Gap> remaining) {

  /**
   * Copies the lists.
   *
   * @param panel the panel after imputation
   * @param imputed each filled value
   * @param remaining each gap left, with the reason
   */
  public ImputationResult {
    imputed = List.copyOf(imputed);
    remaining = List.copyOf(remaining);
  }

  /**
   * One imputed value.
   *
   * @param area area id
   * @param indicator indicator id
   * @param year the year
   * @param value the value filled in
   * @param method how it was found, for example "mean of 14 areas in 2023"
   */
  public record Imputed(String area, String indicator, int year, double value, String method) {}

  /**
   * One gap left.
   *
   * @param area area id
   * @param indicator indicator id
   * @param year the year
   * @param reason why it was not filled
   */
  public record Gap(String area, String indicator, int year, String reason) {}
}
