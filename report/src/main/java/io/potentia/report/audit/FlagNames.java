package io.potentia.report.audit;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Flags as the file forms write them: lower case, hyphenated, in their declared order. */
final class FlagNames {
  private FlagNames() {}

  static List<String> of(Set<? extends Enum<?>> flags) {
    return flags.stream().sorted(Comparator.comparingInt(Enum::ordinal))
        .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
  }
}
