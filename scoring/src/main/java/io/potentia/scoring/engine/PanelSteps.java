package io.potentia.scoring.engine;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.impute.ImputationResult;
import io.potentia.scoring.impute.Imputer;
import io.potentia.scoring.impute.Panel;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.spec.Transform;
import io.potentia.scoring.spi.Described;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first steps of a run, over all years at once so that each sees the whole series: the
 * denomination of the leaves that name a denominator (on the raw data, before imputation, as COINr's
 * {@code Denominate}), the imputation (with areas grouped by their ancestor at the plan's group
 * level for group means), and the changes over years of the leaves that name a transform (of the
 * denominated and imputed values). Every value these steps leave missing is reported as a gap with
 * the step's reason.
 */
final class PanelSteps {
  private PanelSteps() {}

  /**
   * The panel after the steps, or none when the plan has no step here (the year run then reads the
   * dataset's own columns), with the stage tables and the log.
   *
   * @param values per year, per leaf, the column after every step; null when there is no step
   * @param denominated per year, per leaf, the column after denomination; null without any, and a
   *     null column for a leaf without a denominator
   * @param imputed per year, per leaf, the column after imputation; null without an imputer
   * @param transformed per year, per leaf, the column after its change over years; null without
   *     any, and a null column for a leaf without a transform
   * @param noBase per year, per leaf: the leaf has a transform and no area has a value in the year
   *     before to compare with (the dataset's first year, say); null without transforms
   * @param log what was imputed
   * @param gaps what stayed missing, with the reason
   */
  record Prepared(double[][][] values, double[][][] denominated, double[][][] imputed, double[][][] transformed,
      boolean[][] noBase, List<ImputationResult.Imputed> log, List<ImputationResult.Gap> gaps) {
    boolean none() {
      return values == null;
    }

    /** Whether leaf {@code k} is missing in year {@code y} for want of a year before to compare with. */
    boolean noBase(int y, int k) {
      return noBase != null && noBase[y][k];
    }
  }

  static Prepared prepare(Plan plan, Dataset data) {
    checkIndicators(plan, data);
    Optional<Described<Imputer>> imputer = plan.imputer();
    boolean denominate = plan.denominates();
    boolean transform = plan.transforms();
    if (imputer.isEmpty() && !denominate && !transform) {
      return new Prepared(null, null, null, null, null, List.of(), List.of());
    }
    int[] years = data.years();
    List<String> leaves = plan.leafIndicators;
    int m = data.areaCount();
    double[][][] v = new double[years.length][leaves.size()][];
    for (int y = 0; y < years.length; y++) {
      for (int k = 0; k < leaves.size(); k++) {
        v[y][k] = data.column(data.indicatorIndex(leaves.get(k)), y);
      }
    }
    // why a cell is missing, per year, per leaf, per area; a column is allocated on its first reason
    String[][][] why = new String[years.length][leaves.size()][];
    double[][][] denominated = denominate ? denominate(plan, data, v, why) : null;
    double[][][] filled = null;
    List<ImputationResult.Imputed> log = List.of();
    List<ImputationResult.Gap> remaining = List.of();
    if (imputer.isPresent()) {
      ImputationResult r = imputer.get().strategy().impute(new Panel(data.areas(), leaves, years, v, groups(plan, data)));
      v = r.panel().values();
      // the stage keeps the imputed columns; a transform below replaces v's, not these
      filled = new double[years.length][][];
      for (int y = 0; y < years.length; y++) {
        filled[y] = v[y].clone();
      }
      log = r.imputed();
      remaining = r.remaining();
      if (!denominate && !transform) {
        return new Prepared(v, null, filled, null, null, log, remaining);
      }
      forgetFilled(v, why);
    }
    double[][][] transformed = null;
    boolean[][] noBase = null;
    if (transform) {
      transformed = new double[years.length][leaves.size()][];
      noBase = new boolean[years.length][leaves.size()];
      transform(plan, data, v, why, transformed, noBase);
    }
    return new Prepared(v, denominated, filled, transformed, noBase, log, gaps(data, leaves, v, why, imputer.isPresent(),
        remaining, m));
  }

  /** Every indicator the framework scores, and every indicator a leaf is divided by, must be in the dataset. */
  private static void checkIndicators(Plan plan, Dataset data) {
    List<Problem> missing = new ArrayList<>();
    for (String indicator : plan.leafIndicators) {
      if (!data.hasIndicator(indicator)) {
        missing.add(Problem.at("indicator", "the framework scores indicator '" + indicator + "', which the dataset lacks"));
      }
    }
    for (int k = 0; k < plan.leafNodes.length; k++) {
      String d = plan.denominators[plan.leafNodes[k]];
      if (d != null && !isAreaDenominator(d) && !data.hasIndicator(d)) {
        missing.add(Problem.at("denominator", "node '" + plan.order.get(plan.leafNodes[k]).id() + "' divides indicator '"
            + plan.leafIndicators.get(k) + "' by indicator '" + d + "', which the dataset lacks"));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
  }

  private static boolean isAreaDenominator(String d) {
    return d.equals(StrategySpec.NodeOverride.POPULATION) || d.equals(StrategySpec.NodeOverride.LAND_AREA);
  }

  /**
   * Divides each denominated leaf, {@code x * scale / d}, in place of its column in {@code v}, and
   * returns those columns (per year, per leaf; null for a leaf without a denominator). Every
   * refusal of the panel comes in one error.
   */
  private static double[][][] denominate(Plan plan, Dataset data, double[][][] v, String[][][] why) {
    int[] years = data.years();
    int m = data.areaCount();
    double[][][] out = new double[years.length][plan.leafNodes.length][];
    List<Problem> problems = new ArrayList<>();
    Map<String, double[]> byArea = new HashMap<>();
    for (int k = 0; k < plan.leafNodes.length; k++) {
      int i = plan.leafNodes[k];
      String d = plan.denominators[i];
      if (d == null) {
        continue;
      }
      String node = plan.order.get(i).id();
      String indicator = plan.leafIndicators.get(k);
      double scale = plan.scales[i];
      double[] fixed = null;
      if (isAreaDenominator(d)) {
        fixed = byArea.get(d);
        if (fixed == null) {
          fixed = areaValues(plan, data, d, node, indicator, problems);
          byArea.put(d, fixed);
        }
      }
      String what = isAreaDenominator(d) ? d : "indicator '" + d + "'";
      for (int y = 0; y < years.length; y++) {
        double[] x = v[y][k];
        double[] den = fixed != null ? fixed : data.column(data.indicatorIndex(d), y);
        double[] q = new double[m];
        for (int a = 0; a < m; a++) {
          q[a] = Double.NaN;
          if (Double.isNaN(x[a])) {
            continue;
          }
          if (Double.isNaN(den[a])) {
            // an area without population or land area is refused above, once; a missing indicator is a gap
            if (fixed == null) {
              reason(why, y, k, a, m, "its denominator, indicator '" + d + "', is missing");
            }
            continue;
          }
          if (den[a] <= 0) {
            problems.add(Problem.at("denominator", "area '" + data.areas().get(a) + "' in " + years[y] + ": node '" + node
                + "' divides indicator '" + indicator + "' by " + what + ", which is " + den[a] + "; it must be > 0"));
            continue;
          }
          double r = x[a] / den[a] * scale;
          if (!Double.isFinite(r)) {
            problems.add(Problem.at("denominator", "area '" + data.areas().get(a) + "' in " + years[y] + ": indicator '"
                + indicator + "' (" + x[a] + ") divided by " + what + " (" + den[a] + ")" + (scale == 1 ? "" : " times " + scale)
                + " overflows a double"));
            continue;
          }
          q[a] = r;
        }
        v[y][k] = q;
        out[y][k] = q;
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return out;
  }

  /** Each area's population or land area from the hierarchy, NaN where refused (the problem is added). */
  private static double[] areaValues(Plan plan, Dataset data, String d, String node, String indicator,
      List<Problem> problems) {
    // the plan refuses these denominators without a hierarchy
    AreaHierarchy h = plan.choices().hierarchy().orElseThrow();
    boolean population = d.equals(StrategySpec.NodeOverride.POPULATION);
    double[] out = new double[data.areaCount()];
    for (int a = 0; a < out.length; a++) {
      String id = data.areas().get(a);
      out[a] = Double.NaN;
      if (!h.contains(id)) {
        problems.add(Problem.at("denominator", "area '" + id + "' is not in the area hierarchy, which gives the " + d
            + " that node '" + node + "' divides indicator '" + indicator + "' by"));
        continue;
      }
      Area area = h.area(id);
      if (population && area.population().isPresent()) {
        out[a] = area.population().getAsLong();
      } else if (!population && area.landAreaKm2().isPresent()) {
        out[a] = area.landAreaKm2().getAsDouble();
      } else {
        problems.add(Problem.at("denominator", "area '" + id + "' has no " + (population ? "population" : "landAreaKm2")
            + " in the area hierarchy; node '" + node + "' divides indicator '" + indicator + "' by " + d));
      }
    }
    return out;
  }

  /** A value the imputer filled is no longer missing: forget why it was. */
  private static void forgetFilled(double[][][] v, String[][][] why) {
    for (int y = 0; y < why.length; y++) {
      for (int k = 0; k < why[y].length; k++) {
        String[] w = why[y][k];
        if (w == null) {
          continue;
        }
        for (int a = 0; a < w.length; a++) {
          if (!Double.isNaN(v[y][k][a])) {
            w[a] = null;
          }
        }
      }
    }
  }

  /**
   * Replaces each transformed leaf's column by its change against the calendar year before (see
   * {@link Transform}), keeping the new columns in {@code transformed} and marking the years that
   * have nothing to compare with in {@code noBase}.
   */
  private static void transform(Plan plan, Dataset data, double[][][] v, String[][][] why, double[][][] transformed,
      boolean[][] noBase) {
    int[] years = data.years();
    int m = data.areaCount();
    for (int k = 0; k < plan.leafNodes.length; k++) {
      Transform t = plan.transforms[plan.leafNodes[k]];
      if (t == null) {
        continue;
      }
      String name = t.id();
      double[][] levels = new double[years.length][];
      for (int y = 0; y < years.length; y++) {
        levels[y] = v[y][k];
      }
      for (int y = 0; y < years.length; y++) {
        int before = Arrays.binarySearch(years, years[y] - 1);
        double[] x = levels[y];
        double[] out = new double[m];
        boolean anyBase = false;
        for (int a = 0; a < m; a++) {
          out[a] = Double.NaN;
          if (before < 0) {
            reason(why, y, k, a, m, name + " needs a value of " + (years[y] - 1) + ", a year the dataset does not have");
            continue;
          }
          double base = levels[before][a];
          if (!Double.isNaN(base)) {
            anyBase = true;
          }
          if (Double.isNaN(x[a])) {
            continue; // the level is missing: its own gap says why
          }
          if (Double.isNaN(base)) {
            reason(why, y, k, a, m, name + " needs the value of " + (years[y] - 1) + ", which is missing");
            continue;
          }
          if (t == Transform.GROWTH && base == 0) {
            reason(why, y, k, a, m, "growth from 0 in " + (years[y] - 1) + " is undefined");
            continue;
          }
          double r = t == Transform.GROWTH ? (x[a] - base) / Math.abs(base) : x[a] - base;
          if (!Double.isFinite(r)) {
            reason(why, y, k, a, m, name + " from " + base + " in " + (years[y] - 1) + " to " + x[a] + " overflows a double");
            continue;
          }
          out[a] = r;
        }
        noBase[y][k] = !anyBase;
        v[y][k] = out;
        transformed[y][k] = out;
      }
    }
  }

  private static void reason(String[][][] why, int y, int k, int a, int m, String reason) {
    if (why[y][k] == null) {
      why[y][k] = new String[m];
    }
    if (why[y][k][a] == null) {
      why[y][k][a] = reason;
    }
  }

  /**
   * Every cell still missing, in year, leaf and area order, with the first reason a step gave, or
   * else the imputer's (or that no imputation was asked for).
   */
  private static List<ImputationResult.Gap> gaps(Dataset data, List<String> leaves, double[][][] v, String[][][] why,
      boolean imputed, List<ImputationResult.Gap> remaining, int m) {
    Map<String, String> imputerReason = new HashMap<>();
    for (ImputationResult.Gap g : remaining) {
      imputerReason.putIfAbsent(g.area() + "\u0000" + g.indicator() + "\u0000" + g.year(), g.reason());
    }
    int[] years = data.years();
    List<ImputationResult.Gap> gaps = new ArrayList<>();
    for (int y = 0; y < years.length; y++) {
      for (int k = 0; k < leaves.size(); k++) {
        for (int a = 0; a < m; a++) {
          if (!Double.isNaN(v[y][k][a])) {
            continue;
          }
          String area = data.areas().get(a);
          String reason = why[y][k] != null ? why[y][k][a] : null;
          if (reason == null) {
            reason = imputed ? imputerReason.getOrDefault(area + "\u0000" + leaves.get(k) + "\u0000" + years[y],
                "the imputer left it missing") : "no imputation was asked for";
          }
          gaps.add(new ImputationResult.Gap(area, leaves.get(k), years[y], reason));
        }
      }
    }
    return gaps;
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
            ? h.ancestorAt(area, plan.choices().groupLevel()).map(p -> g.computeIfAbsent(p.id(), x -> g.size())).orElse(-1)
            : -1;
      }
    }
    return groups;
  }
}
