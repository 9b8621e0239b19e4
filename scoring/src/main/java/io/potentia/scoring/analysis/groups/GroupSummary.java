package io.potentia.scoring.analysis.groups;

import io.potentia.scoring.internal.Stats;
import java.util.List;

/**
 * One group's scores on a node: its members, their mean, spread and extremes.
 *
 * <p>The statistics run over the scored members {@code x_1..x_n}: mean {@code m = (1/n) sum x_i};
 * standard deviation the population one, {@code sqrt((1/n) sum (x_i - m)^2)}, since the group is
 * the whole population described, not a sample (0 for a group of one); range {@code max - min}.
 * The computed mean is kept within {@code [min, max]}, which rounding of the sum could otherwise
 * leave by an ulp.
 * Members without a score are listed in {@link #unscored()}; when no member has a score the
 * statistics are NaN and the weakest and strongest are null.
 *
 * @param group the group's name
 * @param members every member, in the report's area order
 * @param unscored the members without a score on the node
 * @param mean the mean score of the scored members
 * @param standardDeviation the population standard deviation of their scores
 * @param min the lowest score
 * @param max the highest score
 * @param weakest the member with the lowest score (the first in area order among equals)
 * @param strongest the member with the highest score (the first in area order among equals)
 */
public record GroupSummary(String group, List<String> members, List<String> unscored, double mean,
    double standardDeviation, double min, double max, String weakest, String strongest) {

  /**
   * Copies the lists.
   *
   * @param group the group's name
   * @param members every member, in the report's area order
   * @param unscored the members without a score on the node
   * @param mean the mean score of the scored members
   * @param standardDeviation the population standard deviation of their scores
   * @param min the lowest score
   * @param max the highest score
   * @param weakest the member with the lowest score
   * @param strongest the member with the highest score
   */
  public GroupSummary {
    members = List.copyOf(members);
    unscored = List.copyOf(unscored);
  }

  /**
   * The range of the scores, {@code max - min}.
   *
   * @return the range, NaN when no member has a score
   */
  public double range() {
    return max - min;
  }

  /**
   * How many members have a score.
   *
   * @return {@code members().size() - unscored().size()}
   */
  public int scored() {
    return members.size() - unscored.size();
  }

  /** The summary of the scored members' scores, in the order given; the ids name them. */
  static GroupSummary of(String group, List<String> members, List<String> unscored, List<String> scoredIds, double[] scores) {
    int n = scores.length;
    if (n == 0) {
      return new GroupSummary(group, members, unscored, Double.NaN, Double.NaN, Double.NaN, Double.NaN, null, null);
    }
    int lo = 0;
    int hi = 0;
    for (int i = 0; i < n; i++) {
      if (scores[i] < scores[lo]) {
        lo = i;
      }
      if (scores[i] > scores[hi]) {
        hi = i;
      }
    }
    // the mean of finite scores can leave [min, max] by rounding; it is the group's centre, so keep it inside
    double mean = Math.min(Math.max(Stats.mean(scores), scores[lo]), scores[hi]);
    return new GroupSummary(group, members, unscored, mean, Stats.sd(scores, 0), scores[lo], scores[hi],
        scoredIds.get(lo), scoredIds.get(hi));
  }
}
