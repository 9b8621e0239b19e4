package io.potentia.cli;

import io.potentia.scoring.analysis.readiness.AreaClasses;
import io.potentia.scoring.sort.Assignment;
import io.potentia.scoring.sort.Gap;
import java.util.Locale;
import java.util.stream.Collectors;

/** An area's class as one line of text: the class, the optimistic class if any, and what keeps it from the next. */
final class ClassLines {
  private ClassLines() {}

  static String of(AreaClasses classes, String area) {
    return classes.of(area).map(ClassLines::line)
        .orElseGet(() -> String.format(Locale.ROOT, "%-24s %s", "(unclassed)", classes.unclassed().get(area)));
  }

  private static String line(Assignment a) {
    String category = a.category() + a.optimistic().filter(o -> o.index() != a.index())
        .map(o -> " to " + o.category()).orElse("");
    String reasons = a.heldBackBy().map(h -> h.criteria().stream()
        .map(ClassLines::gap).collect(Collectors.joining(", ")) + String.format(Locale.ROOT, " (for %s: support %.3f of %s"
        + " needed)", h.category(), h.support(), h.needed())).orElse("");
    return String.format(Locale.ROOT, "%-24s %s", category, reasons).stripTrailing();
  }

  private static String gap(Gap g) {
    return String.format(Locale.ROOT, "%s %.2f < %.2f", g.criterion(), g.value(), g.profile());
  }
}
