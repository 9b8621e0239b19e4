package io.potentia.scoring.analysis.groups;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.scoring.internal.Ranks;
import io.potentia.scoring.result.NodeRun;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One year's scores on a node seen within groups of areas (military regions, strategic
 * directions, border or coastal areas, ...): each area's rank among the members of its group, a
 * {@link GroupSummary} per group, and an area set beside its group's mean per pillar.
 *
 * <p>Within-group rank: the areas of a group ranked by their score on the node, 1 = highest, ties
 * by the report's own {@link ScoreReport#tiePolicy()} so that a group's ranks read like the
 * report's; an area without a score has a NaN rank. Areas of the report with no group under the
 * grouping (no ancestor at the level, no direction, not tagged) are listed by {@link #ungrouped()}
 * and have no rank, never dropped silently.
 *
 * <p>Peer comparison ({@link #peerGaps(String)}): for the node and each of its children (the
 * pillars, when the node is the root), the area's score minus the mean score of its group's
 * members on that node, the area itself included; positive means above its peers.
 *
 * <p>Instances are immutable.
 */
public final class GroupRanking {
  private final ScoreReport report;
  private final Grouping grouping;
  private final String node;
  private final Map<String, String> groupOf;
  private final Map<String, Double> ranks;
  private final Map<String, GroupSummary> summaries;
  private final List<String> ungrouped;

  private GroupRanking(ScoreReport report, Grouping grouping, String node, Map<String, String> groupOf,
      Map<String, Double> ranks, Map<String, GroupSummary> summaries, List<String> ungrouped) {
    this.report = report;
    this.grouping = grouping;
    this.node = node;
    this.groupOf = groupOf;
    this.ranks = ranks;
    this.summaries = summaries;
    this.ungrouped = ungrouped;
  }

  /**
   * Ranks the report's areas within their groups on the root (the overall index).
   *
   * @param report the scores of one year
   * @param hierarchy the hierarchy that holds every area of the report
   * @param grouping how areas are grouped
   * @return the within-group ranking
   * @throws InvalidInputException if an area of the report is not in the hierarchy (named)
   */
  public static GroupRanking of(ScoreReport report, AreaHierarchy hierarchy, Grouping grouping) {
    return of(report, hierarchy, grouping, report.root());
  }

  /**
   * Ranks the report's areas within their groups on a node.
   *
   * @param report the scores of one year
   * @param hierarchy the hierarchy that holds every area of the report
   * @param grouping how areas are grouped
   * @param node the node whose scores rank the areas
   * @return the within-group ranking
   * @throws InvalidInputException if the report has no such node, or an area of the report is not in the hierarchy (named)
   */
  public static GroupRanking of(ScoreReport report, AreaHierarchy hierarchy, Grouping grouping, String node) {
    double[] scores = report.scores(node);
    List<String> areas = report.areas();
    Map<String, List<Integer>> byGroup = new TreeMap<>();
    Map<String, String> groupOf = new LinkedHashMap<>();
    List<String> ungrouped = new ArrayList<>();
    for (int a = 0; a < areas.size(); a++) {
      String area = areas.get(a);
      if (!hierarchy.contains(area)) {
        throw InvalidInputException.at("area", "area '" + area + "' of the report is not in the hierarchy; group"
            + " areas with the hierarchy they were scored with");
      }
      Optional<String> group = grouping.groupOf(area, hierarchy);
      if (group.isPresent()) {
        groupOf.put(area, group.get());
        byGroup.computeIfAbsent(group.get(), g -> new ArrayList<>()).add(a);
      } else {
        ungrouped.add(area);
      }
    }
    Map<String, Double> ranks = new HashMap<>();
    Map<String, GroupSummary> summaries = new LinkedHashMap<>();
    byGroup.forEach((group, rows) -> {
      double[] x = new double[rows.size()];
      List<String> members = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        x[i] = scores[rows.get(i)];
        members.add(areas.get(rows.get(i)));
      }
      double[] r = Ranks.rank(x, true, report.tiePolicy());
      for (int i = 0; i < x.length; i++) {
        ranks.put(members.get(i), r[i]);
      }
      summaries.put(group, summary(group, members, x));
    });
    return new GroupRanking(report, grouping, node, Collections.unmodifiableMap(groupOf), Map.copyOf(ranks),
        Collections.unmodifiableMap(summaries), List.copyOf(ungrouped));
  }

  private static GroupSummary summary(String group, List<String> members, double[] x) {
    List<String> unscored = new ArrayList<>();
    List<String> scoredIds = new ArrayList<>();
    double[] scored = new double[x.length];
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (Double.isNaN(x[i])) {
        unscored.add(members.get(i));
      } else {
        scoredIds.add(members.get(i));
        scored[n++] = x[i];
      }
    }
    return GroupSummary.of(group, members, unscored, scoredIds, java.util.Arrays.copyOf(scored, n));
  }

  /**
   * The grouping used.
   *
   * @return the grouping
   */
  public Grouping grouping() {
    return grouping;
  }

  /**
   * The node whose scores were ranked.
   *
   * @return the node id
   */
  public String node() {
    return node;
  }

  /**
   * The year of the report.
   *
   * @return the year
   */
  public int year() {
    return report.year();
  }

  /**
   * The group of an area.
   *
   * @param area an area of the report
   * @return the group's name, empty when the area is ungrouped
   * @throws InvalidInputException if the report has no such area
   */
  public Optional<String> groupOf(String area) {
    requireArea(area);
    return Optional.ofNullable(groupOf.get(area));
  }

  /**
   * An area's rank within its group (1 = best).
   *
   * @param area an area of the report
   * @return the rank, NaN when the area is ungrouped or has no score on the node
   * @throws InvalidInputException if the report has no such area
   */
  public double rank(String area) {
    requireArea(area);
    return ranks.getOrDefault(area, Double.NaN);
  }

  /**
   * The summaries of every group, by group name in alphabetical order.
   *
   * @return group name to summary
   */
  public Map<String, GroupSummary> summaries() {
    return summaries;
  }

  /**
   * One group's summary.
   *
   * @param group the group's name
   * @return the summary
   * @throws InvalidInputException if no area is in that group; the message lists the groups
   */
  public GroupSummary summary(String group) {
    GroupSummary s = summaries.get(group);
    if (s == null) {
      throw InvalidInputException.at("group", "no area is in group '" + group + "' of " + grouping.name()
          + "; the groups: " + summaries.keySet());
    }
    return s;
  }

  /**
   * The areas of the report with no group under the grouping, in the report's area order.
   *
   * @return the ungrouped areas
   */
  public List<String> ungrouped() {
    return ungrouped;
  }

  /**
   * An area's score minus its group's mean, for the node and each of its children in framework
   * order (for the root: the index, then the pillars). The mean is taken over the group's members
   * that have a score on that node, the area included.
   *
   * @param area a grouped area of the report
   * @return node id to the gap; NaN where the area has no score on that node
   * @throws InvalidInputException if the report has no such area, or the area is ungrouped
   */
  public Map<String, Double> peerGaps(String area) {
    requireArea(area);
    String group = groupOf.get(area);
    if (group == null) {
      throw InvalidInputException.at("area", "area '" + area + "' has no " + grouping.name()
          + " group, so it has no peers to compare with");
    }
    List<String> members = summaries.get(group).members();
    List<String> nodes = new ArrayList<>();
    nodes.add(node);
    NodeRun run = report.runs().get(node);
    if (run != null) {
      nodes.addAll(run.children());
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (String n : nodes) {
      double sum = 0;
      int count = 0;
      for (String m : members) {
        double s = report.score(n, m);
        if (!Double.isNaN(s)) {
          sum += s;
          count++;
        }
      }
      out.put(n, report.score(n, area) - sum / count);
    }
    return Collections.unmodifiableMap(out);
  }

  private void requireArea(String area) {
    if (!report.areas().contains(area)) {
      throw InvalidInputException.at("area", "the report has no area '" + area + "'");
    }
  }
}
