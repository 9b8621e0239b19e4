package io.potentia.core.internal;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a validation, so that one run reports them all. */
public final class Problems {
  private final List<Problem> found = new ArrayList<>();

  /** Records a problem at a model path when {@code ok} is false. */
  public Problems require(boolean ok, String path, String message) {
    if (!ok) {
      found.add(Problem.at(path, message));
    }
    return this;
  }

  /** Records a problem. */
  public Problems add(Problem problem) {
    found.add(problem);
    return this;
  }

  /** Records every problem of a nested validation, under a path prefix. */
  public Problems addAll(List<Problem> problems, String prefix) {
    for (Problem p : problems) {
      found.add(p.under(prefix));
    }
    return this;
  }

  /** Whether nothing was found. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** What was found so far. */
  public List<Problem> list() {
    return List.copyOf(found);
  }

  /** Throws every problem found as one exception; does nothing when there is none. */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
  }

  /** Whether a double is finite (neither NaN nor infinite). */
  public static boolean finite(double v) {
    return Double.isFinite(v);
  }
}
