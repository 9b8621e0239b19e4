package io.potentia.scoring.impute;


/**
 * Fills missing values of a {@link Panel}, recording every value it fills and every gap it leaves.
 * Built-ins come from {@link Imputers}.
 */
@FunctionalInterface
public interface Imputer {

  /**
   * Imputes.
   *
   * @param panel the values, NaN where missing
   * @return the completed panel with a record of each imputed value and each remaining gap
   * @throws io.potentia.core.InvalidInputException if the method cannot complete (for example EM
   *     that does not converge); a value it cannot fill is a reported gap, not an error
   */
  ImputationResult impute(Panel panel);
}
