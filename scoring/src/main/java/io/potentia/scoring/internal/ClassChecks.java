package io.potentia.scoring.internal;

import io.potentia.core.internal.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of ordered classes that a sorting problem and a class scheme share, so that both file
 * forms refuse the same faults in the same words.
 */
public final class ClassChecks {
  private ClassChecks() {}

  /** At least two classes, worst first, each named and named once. */
  public static void categories(List<String> categories, Problems problems) {
    problems.require(categories.size() >= 2, "categories", "there are " + categories.size()
        + " classes; sorting needs at least two, worst first");
    Map<String, Integer> firstAt = new HashMap<>();
    for (int k = 0; k < categories.size(); k++) {
      String c = categories.get(k);
      problems.require(!c.isBlank(), "categories[" + k + "]", "class " + k + " has a blank name");
      Integer first = firstAt.putIfAbsent(c, k);
      problems.require(first == null, "categories[" + k + "]", "duplicate class '" + c + "' (first at categories["
          + first + "])");
    }
  }

  /** The cut level, when given, a majority: in [0.5, 1]. */
  public static void lambda(Optional<Double> lambda, Problems problems) {
    lambda.ifPresent(l -> problems.require(l >= 0.5 && l <= 1, "lambda", "lambda is " + l
        + "; the cut level must be in [0.5, 1] (a majority at least)"));
  }
}
