package io.potentia.scoring.check;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.util.List;

/**
 * A combination of framework, strategies and data that cannot give meaningful scores, found by
 * the {@link MethodologyCheck} before anything is computed. Each problem says which node,
 * indicator or year, and why.
 */
public class MethodologyException extends InvalidInputException {
  /**
   * Creates the exception.
   *
   * @param problems every problem found; not empty
   */
  public MethodologyException(List<Problem> problems) {
    super(problems);
  }
}
