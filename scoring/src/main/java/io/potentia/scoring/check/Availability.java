package io.potentia.scoring.check;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.framework.FrameworkNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of the data is there, for one year: per area, the share of the framework's indicators
 * that have a value, overall and under each inner node (pillar, sub-pillar); per indicator, the
 * share of areas that have a value (COINr's {@code get_data_avail}; OECD/JRC Handbook 2008,
 * step 3).
 *
 * <p>An indicator of the framework that the dataset lacks altogether counts as missing for every
 * area, and an area that the dataset lacks as missing everywhere: nothing is dropped because it is
 * absent. Shares are in [0, 1].
 */
public final class Availability {
  private final int year;
  private final List<String> areas;
  private final List<String> indicators;
  private final List<String> nodes;
  private final Map<String, Integer> areaIndex = new HashMap<>();
  private final Map<String, Integer> nodeIndex = new HashMap<>();
  private final Map<String, Integer> indicatorIndex = new HashMap<>();
  private final int[][] presentUnder; // [node][area]
  private final int[] leavesUnder; // [node]
  private final int[] areasWith; // [indicator]

  private Availability(int year, List<String> areas, List<String> indicators, List<String> nodes, int[][] presentUnder,
      int[] leavesUnder, int[] areasWith) {
    this.year = year;
    this.areas = List.copyOf(areas);
    this.indicators = List.copyOf(indicators);
    this.nodes = List.copyOf(nodes);
    this.presentUnder = presentUnder;
    this.leavesUnder = leavesUnder;
    this.areasWith = areasWith;
    for (int i = 0; i < areas.size(); i++) {
      areaIndex.put(areas.get(i), i);
    }
    for (int i = 0; i < nodes.size(); i++) {
      nodeIndex.put(nodes.get(i), i);
    }
    for (int i = 0; i < indicators.size(); i++) {
      indicatorIndex.put(indicators.get(i), i);
    }
  }

  /**
   * Counts what is present.
   *
   * @param data the dataset
   * @param framework the framework whose indicators are counted
   * @param areas the areas audited (for example those of one level of the hierarchy); an area the
   *     dataset lacks has nothing present
   * @param year the year
   * @return the availability
   * @throws InvalidInputException if no area is given or an area is repeated
   */
  public static Availability of(Dataset data, Framework framework, List<String> areas, int year) {
    if (areas.isEmpty()) {
      throw InvalidInputException.at("areas", "availability: no areas to audit");
    }
    if (areas.stream().distinct().count() != areas.size()) {
      throw InvalidInputException.at("areas", "availability: an area is listed twice in " + areas);
    }
    List<String> indicators = framework.indicatorIds();
    int yearIndex = contains(data.years(), year) ? data.yearIndex(year) : -1;
    int[] areaIndex = new int[areas.size()];
    for (int a = 0; a < areaIndex.length; a++) {
      areaIndex[a] = data.hasArea(areas.get(a)) ? data.areaIndex(areas.get(a)) : -1;
    }
    boolean[][] present = new boolean[indicators.size()][areas.size()];
    int[] areasWith = new int[indicators.size()];
    for (int j = 0; j < indicators.size(); j++) {
      if (yearIndex < 0 || !data.hasIndicator(indicators.get(j))) {
        continue;
      }
      double[] column = data.column(data.indicatorIndex(indicators.get(j)), yearIndex);
      for (int a = 0; a < areas.size(); a++) {
        if (areaIndex[a] >= 0 && !Double.isNaN(column[areaIndex[a]])) {
          present[j][a] = true;
          areasWith[j]++;
        }
      }
    }
    Map<String, Integer> leafIndex = new HashMap<>();
    List<FrameworkNode> leaves = framework.leaves();
    for (int j = 0; j < leaves.size(); j++) {
      leafIndex.put(leaves.get(j).id(), j);
    }
    List<String> inner = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    Map<String, Integer> below = new HashMap<>(); // node id to its leaf count, filled in post-order
    Map<String, int[]> presentBelow = new HashMap<>();
    for (FrameworkNode node : framework.postOrder()) {
      int[] p = new int[areas.size()];
      int size;
      if (node.isLeaf()) {
        boolean[] row = present[leafIndex.get(node.id())];
        for (int a = 0; a < p.length; a++) {
          p[a] = row[a] ? 1 : 0;
        }
        size = 1;
      } else {
        size = 0;
        for (FrameworkNode child : framework.children(node.id())) {
          size += below.get(child.id());
          int[] c = presentBelow.get(child.id());
          for (int a = 0; a < p.length; a++) {
            p[a] += c[a];
          }
        }
        inner.add(node.id());
        counts.add(p);
        sizes.add(size);
      }
      below.put(node.id(), size);
      presentBelow.put(node.id(), p);
    }
    return new Availability(year, areas, indicators, inner, counts.toArray(int[][]::new),
        sizes.stream().mapToInt(Integer::intValue).toArray(), areasWith);
  }

  private static boolean contains(int[] years, int year) {
    for (int y : years) {
      if (y == year) {
        return true;
      }
    }
    return false;
  }

  /**
   * The year counted.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The areas audited, in the order given.
   *
   * @return the area ids
   */
  public List<String> areas() {
    return areas;
  }

  /**
   * The framework's indicators, depth first.
   *
   * @return the indicator ids
   */
  public List<String> indicators() {
    return indicators;
  }

  /**
   * The framework's inner nodes, children before their parents, the root last.
   *
   * @return the node ids
   */
  public List<String> nodes() {
    return nodes;
  }

  /**
   * The share of all the framework's indicators that an area has.
   *
   * @param area an audited area
   * @return present / indicators, in [0, 1]
   * @throws InvalidInputException if the area was not audited
   */
  public double share(String area) {
    return share(area, nodes.get(nodes.size() - 1));
  }

  /**
   * The share of the indicators under an inner node that an area has.
   *
   * @param area an audited area
   * @param node an inner node of the framework
   * @return present / indicators under the node, in [0, 1]
   * @throws InvalidInputException if the area was not audited or the node is not an inner node
   */
  public double share(String area, String node) {
    int n = index(nodeIndex, node, "node", "inner node");
    return (double) presentUnder[n][index(areaIndex, area, "area", "audited area")] / leavesUnder[n];
  }

  /**
   * How many of the indicators under an inner node an area has.
   *
   * @param area an audited area
   * @param node an inner node of the framework
   * @return the count present
   * @throws InvalidInputException if the area was not audited or the node is not an inner node
   */
  public int present(String area, String node) {
    return presentUnder[index(nodeIndex, node, "node", "inner node")][index(areaIndex, area, "area", "audited area")];
  }

  /**
   * How many indicators are under an inner node.
   *
   * @param node an inner node of the framework
   * @return the count of indicators below it
   * @throws InvalidInputException if the node is not an inner node
   */
  public int indicatorsUnder(String node) {
    return leavesUnder[index(nodeIndex, node, "node", "inner node")];
  }

  /**
   * The share of the audited areas that have a value of an indicator.
   *
   * @param indicator an indicator of the framework
   * @return areas with a value / areas, in [0, 1]
   * @throws InvalidInputException if the framework has no such indicator
   */
  public double indicatorShare(String indicator) {
    return (double) areasWith[index(indicatorIndex, indicator, "indicator", "indicator of the framework")] / areas.size();
  }

  private static int index(Map<String, Integer> index, String id, String field, String what) {
    Integer i = index.get(id);
    if (i == null) {
      throw InvalidInputException.at(field, "availability: '" + id + "' is not an " + what);
    }
    return i;
  }
}
