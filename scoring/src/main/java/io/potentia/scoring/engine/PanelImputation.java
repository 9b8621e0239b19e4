package io.potentia.scoring.engine;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.impute.ImputationResult;
import io.potentia.scoring.impute.Imputer;
import io.potentia.scoring.impute.Panel;
import io.potentia.scoring.spi.Described;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first step of a run: the framework's indicators over all years, imputed once so that
 * time-based methods see the whole series, with areas grouped by their ancestor at the plan's
 * group level for group-mean imputation.
 */
final class PanelImputation {
  private PanelImputation() {}

  /**
   * The imputed panel, or none when the plan imputes nothing (the year run then reads the
   * dataset's own columns), and the imputation log.
   *
   * @param values per year, per leaf indicator, the imputed column; null when nothing was imputed
   * @param log what was imputed
   * @param gaps what stayed missing
   */
  record Imputed(double[][][] values, List<ImputationResult.Imputed> log, List<ImputationResult.Gap> gaps) {
    boolean none() {
      return values == null;
    }
  }

  static Imputed impute(Plan plan, Dataset data) {
    List<Problem> missing = new ArrayList<>();
    for (String indicator : plan.leafIndicators) {
      if (!data.hasIndicator(indicator)) {
        missing.add(Problem.at("indicator", "the framework scores indicator '" + indicator + "', which the dataset lacks"));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    Optional<Described<Imputer>> imputer = plan.imputer();
    if (imputer.isEmpty()) {
      return new Imputed(null, List.of(), List.of());
    }
    int[] years = data.years();
    List<String> leaves = plan.leafIndicators;
    double[][][] v = new double[years.length][leaves.size()][];
    for (int y = 0; y < years.length; y++) {
      for (int i = 0; i < leaves.size(); i++) {
        v[y][i] = data.column(data.indicatorIndex(leaves.get(i)), y);
      }
    }
    ImputationResult r = imputer.get().strategy().impute(new Panel(data.areas(), leaves, years, v, groups(plan, data)));
    return new Imputed(r.panel().values(), r.imputed(), r.remaining());
  }

  /** Per area, the index of its group (its ancestor at the group level), or -1 without one. */
  private static int[] groups(Plan plan, Dataset data) {
    int[] groups = new int[data.areaCount()];
    Arrays.fill(groups, -1);
    Optional<AreaHierarchy> hierarchy = plan.choices().hierarchy();
    if (hierarchy.isPresent()) {
      AreaHierarchy h = hierarchy.get();
      Map<String, Integer> g = new HashMap<>();
      for (int a = 0; a < groups.length; a++) {
        String area = data.areas().get(a);
        groups[a] = h.contains(area)
            ? h.ancestorAt(area, plan.choices().groupLevel()).map(p -> g.computeIfAbsent(p.id(), k -> g.size())).orElse(-1)
            : -1;
      }
    }
    return groups;
  }
}
