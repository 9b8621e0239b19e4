package io.potentia.cli;

import io.potentia.scoring.analysis.groups.GroupRanking;
import io.potentia.scoring.analysis.groups.GroupSummary;
import java.io.PrintWriter;
import java.util.Locale;

/** An area's group and rank within it as text, and the group summaries as a table. */
final class GroupLines {
  private GroupLines() {}

  static String of(GroupRanking groups, String area) {
    return groups.groupOf(area)
        .map(g -> String.format(Locale.ROOT, "%-24s %8s", g, Double.isNaN(groups.rank(area)) ? "-"
            : String.format(Locale.ROOT, "%.0f", groups.rank(area))))
        .orElseGet(() -> String.format(Locale.ROOT, "%-24s %8s", "(none)", "-"));
  }

  static void summaries(GroupRanking groups, PrintWriter out) {
    out.printf("groups by %s (%d):%n", groups.grouping().name(), groups.summaries().size());
    out.printf("      %-24s %7s %10s %10s %10s  %-24s %s%n", "group", "members", "mean", "sd", "range", "weakest", "strongest");
    for (GroupSummary s : groups.summaries().values()) {
      out.printf(Locale.ROOT, "      %-24s %7d %10.4f %10.4f %10.4f  %-24s %s%s%n", s.group(), s.members().size(), s.mean(),
          s.standardDeviation(), s.range(), s.weakest(), s.strongest(),
          s.unscored().isEmpty() ? "" : "  (no score: " + String.join(", ", s.unscored()) + ")");
    }
    if (!groups.ungrouped().isEmpty()) {
      out.printf("      no %s group (%d): %s%n", groups.grouping().name(), groups.ungrouped().size(),
          String.join(", ", groups.ungrouped()));
    }
  }
}
