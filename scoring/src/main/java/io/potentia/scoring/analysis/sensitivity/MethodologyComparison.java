package io.potentia.scoring.analysis.sensitivity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.potentia.core.InvalidInputException;
import io.potentia.scoring.rank.RankCorrelation;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How much a ranking owes to its methodology: the index of the same areas scored two ways (two
 * strategy specs, scenarios or framework versions) compared area by area, with the agreement of
 * the two rankings.
 *
 * <p>Per area: both scores and ranks, the score change {@code b - a} and the rank change {@code
 * rank_a - rank_b} (positive = the area moves up under b). Over the areas scored both ways:
 * Spearman's rho and Kendall's tau-b of the two rankings ({@link RankCorrelation}), and the mean
 * and largest absolute rank shift. An area without an index score in either report (missing data
 * left unimputed) is not compared; it is listed in {@link Comparison#notComparable()}, not dropped.
 */
public final class MethodologyComparison {
  /**
   * One area under both methodologies.
   *
   * @param area the area id
   * @param scoreA the index score under a
   * @param scoreB the index score under b
   * @param rankA the rank under a (1 = best)
   * @param rankB the rank under b
   */
  public record AreaChange(String area, double scoreA, double scoreB, double rankA, double rankB) {
    /**
     * The score change.
     *
     * @return {@code scoreB - scoreA}
     */
    @JsonProperty
    public double scoreChange() {
      return scoreB - scoreA;
    }

    /**
     * The rank change, positive when the area moves up under b.
     *
     * @return {@code rankA - rankB}
     */
    @JsonProperty
    public double rankChange() {
      return rankA - rankB;
    }
  }

  /**
   * The comparison.
   *
   * @param changes per area scored both ways, in the order of report a's areas
   * @param notComparable the areas without an index score in a or b
   * @param spearman Spearman's rho of the two rankings
   * @param kendall Kendall's tau-b of the two rankings
   * @param meanAbsoluteRankShift the mean of {@code |rank_a - rank_b|}
   * @param maxAbsoluteRankShift the largest {@code |rank_a - rank_b|}
   */
  public record Comparison(List<AreaChange> changes, List<String> notComparable, double spearman, double kendall,
      double meanAbsoluteRankShift, double maxAbsoluteRankShift) {
    /**
     * Copies the lists.
     *
     * @param changes per area scored both ways
     * @param notComparable the areas without an index score in a or b
     * @param spearman Spearman's rho
     * @param kendall Kendall's tau-b
     * @param meanAbsoluteRankShift the mean absolute rank shift
     * @param maxAbsoluteRankShift the largest absolute rank shift
     */
    public Comparison {
      changes = List.copyOf(changes);
      notComparable = List.copyOf(notComparable);
    }
  }

  private MethodologyComparison() {}

  /**
   * Compares the indices (root nodes) of two reports.
   *
   * @param a the report under the first methodology
   * @param b the report under the second, of the same areas
   * @return per area the changes, and the rankings' agreement
   * @throws InvalidInputException when the reports score different areas (naming one), fewer
   *     than two areas are scored both ways, or every area ties in one ranking
   */
  public static Comparison compare(ScoreReport a, ScoreReport b) {
    if (!Set.copyOf(a.areas()).equals(Set.copyOf(b.areas()))) {
      String odd = a.areas().stream().filter(x -> !b.areas().contains(x)).findFirst()
          .orElseGet(() -> b.areas().stream().filter(x -> !a.areas().contains(x)).findFirst().orElseThrow());
      throw InvalidInputException.at("area", "area '" + odd + "' is scored in only one of the two reports; "
          + "compare reports of the same areas");
    }
    List<AreaChange> changes = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String area : a.areas()) {
      double sa = a.score(a.root(), area);
      double sb = b.score(b.root(), area);
      if (Double.isNaN(sa) || Double.isNaN(sb)) {
        missing.add(area);
      } else {
        changes.add(new AreaChange(area, sa, sb, a.rank(a.root(), area), b.rank(b.root(), area)));
      }
    }
    if (changes.size() < 2) {
      throw InvalidInputException.at("area", changes.size() + " area(s) have an index score in both reports; "
          + "comparing rankings needs at least 2");
    }
    double[] ra = changes.stream().mapToDouble(AreaChange::rankA).toArray();
    double[] rb = changes.stream().mapToDouble(AreaChange::rankB).toArray();
    double sum = 0;
    double max = 0;
    for (AreaChange c : changes) {
      sum += Math.abs(c.rankChange());
      max = Math.max(max, Math.abs(c.rankChange()));
    }
    return new Comparison(changes, missing, RankCorrelation.spearman(ra, rb), RankCorrelation.kendall(ra, rb),
        sum / changes.size(), max);
  }
}
