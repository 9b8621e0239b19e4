package io.potentia.scoring.analysis.panel;

import io.potentia.core.InvalidInputException;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Does political potential lead the others? The doctrine holds that political potential "acts as
 * an incentive for mobilising and building the other types of potential"; this tests it on a panel
 * of yearly scores.
 *
 * <p>For each follower node F (economic, military, ...), the change of an area's F score from one
 * year to the next is regressed on its driver (political) score of the earlier year, with area
 * fixed effects:
 * {@code F_i,t - F_i,t-1 = a_i + b P_i,t-1 + e_i,t}, fitted by {@link WithinEstimator}. A positive
 * {@code b}, large against its standard error clustered by area, says that areas whose political
 * score is above their own usual level go on to gain more in F. Only consecutive years are paired
 * (a gap in the years pairs nothing across it). The scores are those the reports hold: with a
 * normalisation recomputed every year (min-max) a change is relative to the other areas.
 *
 * <p>An area-year without a score at the driver in the earlier year or at F in either year is
 * not used and is listed in {@link Row#notScored()}, never dropped silently.
 */
public final class PoliticalLead {
  /**
   * The test for one follower.
   *
   * @param follower the follower node
   * @param estimate the within estimate of b
   * @param notScored the {@code area year} pairs (the later year) left out for a missing score
   */
  public record Row(String follower, WithinEstimator.Estimate estimate, List<String> notScored) {
    /**
     * Copies the list.
     *
     * @param follower the node
     * @param estimate the estimate
     * @param notScored the pairs left out
     */
    public Row {
      notScored = List.copyOf(notScored);
    }
  }

  /**
   * The tests for every follower.
   *
   * @param driver the driver node, such as {@code political}
   * @param years the years of the reports, ascending
   * @param rows one per follower, in the order given
   */
  public record Lead(String driver, List<Integer> years, List<Row> rows) {
    /**
     * Copies the lists.
     *
     * @param driver the driver
     * @param years the years
     * @param rows the rows
     */
    public Lead {
      years = List.copyOf(years);
      rows = List.copyOf(rows);
    }
  }

  private PoliticalLead() {}

  /**
   * Regresses each follower's yearly change on the driver's score of the year before, with area
   * fixed effects.
   *
   * @param reports one report per year, in any order, each scoring the driver and followers
   * @param driver the driver node, such as {@code political}
   * @param followers the follower nodes, at least one, not the driver
   * @return one row per follower
   * @throws InvalidInputException if two reports share a year, no two years are consecutive, no
   *     follower is given or the driver is among them, a node is not in a report, or the
   *     {@link WithinEstimator} refuses the follower's panel (naming the follower)
   */
  public static Lead test(List<ScoreReport> reports, String driver, List<String> followers) {
    if (followers.isEmpty() || followers.contains(driver)) {
      throw InvalidInputException.at("followers", "followers " + followers + " must be at least one node and not the driver '"
          + driver + "'");
    }
    List<ScoreReport> sorted = new ArrayList<>(reports);
    sorted.sort(Comparator.comparingInt(ScoreReport::year));
    List<Integer> years = sorted.stream().map(ScoreReport::year).toList();
    boolean consecutive = false;
    for (int k = 1; k < sorted.size(); k++) {
      if (years.get(k).equals(years.get(k - 1))) {
        throw InvalidInputException.at("reports", "two reports score the year " + years.get(k));
      }
      consecutive |= years.get(k) == years.get(k - 1) + 1;
    }
    if (!consecutive) {
      throw InvalidInputException.at("reports", "years " + years + " hold no two consecutive years; the lead needs a change from one year to the next");
    }
    // what does not depend on the follower, once per pair of years: each area's place the year before, the driver
    int[][] beforeOf = new int[sorted.size()][];
    double[][] drivers = new double[sorted.size()][];
    for (int k = 1; k < sorted.size(); k++) {
      List<String> previous = sorted.get(k - 1).areas();
      Map<String, Integer> at = new HashMap<>();
      for (int b = 0; b < previous.size(); b++) {
        at.put(previous.get(b), b);
      }
      beforeOf[k] = sorted.get(k).areas().stream().mapToInt(area -> at.getOrDefault(area, -1)).toArray();
      drivers[k] = sorted.get(k - 1).scores(driver);
    }
    List<Row> rows = new ArrayList<>();
    for (String follower : followers) {
      List<String> areas = new ArrayList<>();
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      List<String> notScored = new ArrayList<>();
      for (int k = 1; k < sorted.size(); k++) {
        if (years.get(k) != years.get(k - 1) + 1) {
          continue;
        }
        ScoreReport before = sorted.get(k - 1);
        ScoreReport after = sorted.get(k);
        double[] p = drivers[k];
        double[] f0 = before.scores(follower);
        double[] f1 = after.scores(follower);
        for (int a = 0; a < after.areas().size(); a++) {
          String area = after.areas().get(a);
          int b = beforeOf[k][a];
          if (b < 0 || Double.isNaN(p[b]) || Double.isNaN(f0[b]) || Double.isNaN(f1[a])) {
            notScored.add(area + " " + years.get(k));
            continue;
          }
          areas.add(area);
          xs.add(p[b]);
          ys.add(f1[a] - f0[b]);
        }
      }
      WithinEstimator.Estimate estimate;
      try {
        estimate = WithinEstimator.fit(areas, xs.stream().mapToDouble(Double::doubleValue).toArray(),
            ys.stream().mapToDouble(Double::doubleValue).toArray());
      } catch (InvalidInputException e) {
        throw InvalidInputException.at(follower, "the lead of '" + driver + "' on '" + follower + "': " + e.getMessage());
      }
      rows.add(new Row(follower, estimate, notScored));
    }
    return new Lead(driver, years, rows);
  }
}
