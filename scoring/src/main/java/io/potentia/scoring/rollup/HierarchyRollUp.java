package io.potentia.scoring.rollup;

import io.potentia.core.InvalidInputException;
import io.potentia.core.Problem;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.RollUp;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls values up the area hierarchy: raw indicator values by each indicator's own {@link RollUp}
 * rule (counts and money summed, rates weighted by population or land area, ratings by minimum or
 * mean), or scores by a chosen rule; and checks that an observed parent equals the roll-up of its
 * children where it should.
 *
 * <p>A parent is rolled up only when every one of its children has a value: an incomplete sum or
 * mean would look right and be wrong. Such parents stay missing and are reported. Weighted means
 * need the children's population or land area; a child without it is an error naming the area.
 */
public final class HierarchyRollUp {
  private HierarchyRollUp() {}

  /**
   * The outcome of a raw roll-up.
   *
   * @param dataset the dataset with parent values filled in
   * @param filled how many parent values were computed
   * @param notes each parent left missing, and why
   */
  public record Result(Dataset dataset, int filled, List<String> notes) {
    /**
   * Copies the notes.
   *
   * @param dataset the dataset with parent values filled in
   * @param filled how many parent values were computed
   * @param notes each parent left missing, and why
   */
    public Result {
      notes = List.copyOf(notes);
    }
  }

  /**
   * How the scores of the scored areas below a parent combine into the parent's score.
   *
   * <p>The two unweighted means differ when the parent's children hold different numbers of scored
   * areas. Worked example: a nation whose region D1 holds provinces scored 10, 20 and 30 and whose
   * region D2 holds one province scored 60 gets {@link #MEAN_OF_SCORED_AREAS} (10 + 20 + 30 + 60) / 4
   * = 30, every province counting once; and {@link #MEAN_OF_CHILD_MEANS} (20 + 60) / 2 = 40, every
   * region counting once, which is what the raw-data roll-up {@link RollUp#MEAN} does level by level.
   */
  public enum ScoreRule {
    /** The sum of the scored areas' scores. */
    SUM,
    /**
     * The mean of the scored areas weighted by their population; level by level gives the same
     * number, since a parent weighs as the population of its areas.
     */
    POPULATION_WEIGHTED_MEAN,
    /** The unweighted mean of every scored area below the parent, each counting once (pooled). */
    MEAN_OF_SCORED_AREAS,
    /**
     * The unweighted mean taken level by level: each child's value is the mean of its own
     * children's, down to the scored areas, so each child counts once whatever its size (as
     * {@link RollUp#MEAN} rolls up raw values).
     */
    MEAN_OF_CHILD_MEANS,
    /** The weakest scored area, the same pooled or level by level. */
    MIN
  }

  /**
   * Fills missing parent values from their children, level by level from the bottom, by each
   * indicator's rule; observed parent values are kept (check them with {@link #checkConsistency}).
   *
   * @param data the dataset; its areas must be in the hierarchy
   * @param hierarchy the areas
   * @param catalogue the indicators and their rules
   * @return the dataset with parents filled, with notes on what could not be
   */
  public static Result rollUp(Dataset data, AreaHierarchy hierarchy, IndicatorCatalogue catalogue) {
    Dataset.Builder out = Dataset.builder();
    data.labels().forEach(out::label);
    List<Observation> observations = data.observations();
    Map<String, Double> cell = new java.util.HashMap<>(); // area, indicator, year to value
    for (Observation o : observations) {
      if (!hierarchy.contains(o.area())) {
        throw InvalidInputException.at("area", "area '" + o.area() + "' of the dataset is not in the hierarchy");
      }
      if (o.value().isPresent()) {
        cell.put(key(o.area(), o.indicator(), o.year()), o.value().getAsDouble());
      }
      out.add(o);
    }
    List<Area> parents = new ArrayList<>(hierarchy.areas());
    parents.removeIf(a -> hierarchy.children(a.id()).isEmpty());
    parents.sort(Comparator.comparingInt(a -> a.level().rank()));
    List<String> notes = new ArrayList<>();
    int filled = 0;
    for (Area parent : parents) {
      List<Area> children = hierarchy.children(parent.id());
      for (String indicatorId : data.indicators()) {
        if (!catalogue.contains(indicatorId)) {
          continue;
        }
        Indicator indicator = catalogue.get(indicatorId);
        if (indicator.rollUp() == RollUp.NOT_AGGREGABLE || !indicator.appliesAt(parent.level())) {
          continue;
        }
        for (int year : data.years()) {
          if (cell.containsKey(key(parent.id(), indicatorId, year))) {
            continue;
          }
          double[] x = new double[children.size()];
          List<String> lacking = new ArrayList<>();
          for (int c = 0; c < x.length; c++) {
            Double v = cell.get(key(children.get(c).id(), indicatorId, year));
            x[c] = v == null ? Double.NaN : v;
            if (v == null) {
              lacking.add(children.get(c).id());
            }
          }
          if (!lacking.isEmpty()) {
            if (lacking.size() < children.size()) {
              notes.add("'" + indicatorId + "' of '" + parent.id() + "' in " + year + " is not rolled up: children "
                  + lacking + " have no value");
            }
            continue;
          }
          double v = combine(indicator.rollUp(), x, children, indicatorId, hierarchy);
          cell.put(key(parent.id(), indicatorId, year), v);
          out.put(parent.id(), indicatorId, year, v);
          filled++;
        }
      }
    }
    return new Result(out.build(), filled, notes);
  }

  /**
   * Lists observed parent values that differ from the roll-up of their children by more than a
   * relative tolerance.
   *
   * @param data the dataset
   * @param hierarchy the areas
   * @param catalogue the indicators and their rules
   * @param relativeTolerance for example 1e-6; accounting data rounded to units may need 1e-3
   * @return one problem per inconsistent parent value, naming area, indicator, year and both values
   */
  public static List<Problem> checkConsistency(Dataset data, AreaHierarchy hierarchy, IndicatorCatalogue catalogue,
      double relativeTolerance) {
    List<Problem> problems = new ArrayList<>();
    for (Area parent : hierarchy.areas()) {
      List<Area> children = hierarchy.children(parent.id());
      if (children.isEmpty() || !data.hasArea(parent.id())) {
        continue;
      }
      for (String indicatorId : data.indicators()) {
        if (!catalogue.contains(indicatorId) || catalogue.get(indicatorId).rollUp() == RollUp.NOT_AGGREGABLE) {
          continue;
        }
        Indicator indicator = catalogue.get(indicatorId);
        for (int year : data.years()) {
          var observed = data.value(parent.id(), indicatorId, year);
          if (observed.isEmpty()) {
            continue;
          }
          double[] x = new double[children.size()];
          boolean complete = true;
          for (int c = 0; c < x.length; c++) {
            String child = children.get(c).id();
            var v = data.hasArea(child) ? data.value(child, indicatorId, year) : java.util.OptionalDouble.empty();
            complete &= v.isPresent();
            x[c] = v.orElse(Double.NaN);
          }
          if (!complete) {
            continue;
          }
          double expected = combine(indicator.rollUp(), x, children, indicatorId, hierarchy);
          double got = observed.getAsDouble();
          if (Math.abs(got - expected) > relativeTolerance * Math.max(Math.abs(expected), Math.abs(got))) {
            problems.add(Problem.at("value", "indicator '" + indicatorId + "' of area '" + parent.id() + "' in " + year + " is "
                + got + " but the " + indicator.rollUp().id() + " of its children " + children.stream().map(Area::id).toList()
                + " is " + expected));
          }
        }
      }
    }
    return problems;
  }

  /**
   * Rolls a node's scores up to the areas of a higher level: each parent gets the rule's
   * combination of its descendants in the report (see {@link ScoreRule} for how the two means
   * differ, with a worked example).
   *
   * @param report the report
   * @param node the node whose scores roll up
   * @param hierarchy the areas
   * @param parentLevel the level rolled up to
   * @param rule how children combine
   * @return parent id to score, NaN where a parent has no scored descendant or a score is missing
   */
  public static Map<String, Double> rollUpScores(ScoreReport report, String node, AreaHierarchy hierarchy,
      AreaLevel parentLevel, ScoreRule rule) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Area parent : hierarchy.at(parentLevel)) {
      List<Area> scored = hierarchy.descendants(parent.id()).stream().filter(a -> report.areas().contains(a.id())).toList();
      if (scored.isEmpty()) {
        out.put(parent.id(), Double.NaN);
        continue;
      }
      double[] x = scored.stream().mapToDouble(a -> report.score(node, a.id())).toArray();
      boolean missing = java.util.Arrays.stream(x).anyMatch(Double::isNaN);
      out.put(parent.id(), missing ? Double.NaN : switch (rule) {
        case SUM -> combine(RollUp.SUM, x, scored, node, hierarchy);
        case POPULATION_WEIGHTED_MEAN -> combine(RollUp.POPULATION_WEIGHTED_MEAN, x, scored, node, hierarchy);
        case MEAN_OF_SCORED_AREAS -> combine(RollUp.MEAN, x, scored, node, hierarchy);
        case MEAN_OF_CHILD_MEANS -> meanOfChildMeans(parent.id(), report, node, hierarchy);
        case MIN -> combine(RollUp.MIN, x, scored, node, hierarchy);
      });
    }
    return out;
  }

  /** An area's score if it was scored, else the mean of its children that have scored areas below them. */
  private static double meanOfChildMeans(String area, ScoreReport report, String node, AreaHierarchy hierarchy) {
    if (report.areas().contains(area)) {
      return report.score(node, area);
    }
    double sum = 0;
    int n = 0;
    for (Area child : hierarchy.children(area)) {
      boolean scoredBelow = report.areas().contains(child.id())
          || hierarchy.descendants(child.id()).stream().anyMatch(a -> report.areas().contains(a.id()));
      if (scoredBelow) {
        sum += meanOfChildMeans(child.id(), report, node, hierarchy);
        n++;
      }
    }
    return sum / n;
  }

  private static double combine(RollUp rule, double[] x, List<Area> children, String what, AreaHierarchy hierarchy) {
    switch (rule) {
      case SUM: {
        double s = 0;
        for (double v : x) {
          s += v;
        }
        return s;
      }
      case MEAN: {
        double s = 0;
        for (double v : x) {
          s += v;
        }
        return s / x.length;
      }
      case MIN: {
        double m = x[0];
        for (double v : x) {
          m = Math.min(m, v);
        }
        return m;
      }
      case MAX: {
        double m = x[0];
        for (double v : x) {
          m = Math.max(m, v);
        }
        return m;
      }
      case POPULATION_WEIGHTED_MEAN:
      case AREA_WEIGHTED_MEAN: {
        boolean byPopulation = rule == RollUp.POPULATION_WEIGHTED_MEAN;
        double s = 0;
        double w = 0;
        for (int c = 0; c < x.length; c++) {
          Area child = children.get(c);
          double weight = weight(child, byPopulation, hierarchy);
          if (Double.isNaN(weight)) {
            throw InvalidInputException.at(byPopulation ? "population" : "landAreaKm2", "'" + what + "' rolls up by "
                + (byPopulation ? "population" : "land area") + ", but area '" + child.id() + "' has no "
                + (byPopulation ? "population" : "landAreaKm2") + " (nor do all its children)");
          }
          s += weight * x[c];
          w += weight;
        }
        if (w == 0) {
          throw InvalidInputException.at("population", "'" + what + "': the children's weights sum to zero");
        }
        return s / w;
      }
      default:
        throw new IllegalStateException("not aggregable: " + rule);
    }
  }

  /**
   * An area's population or land area: its own, or else the sum of its children's (so that a
   * military region without a census figure weighs as its provinces do); NaN when unknown.
   */
  private static double weight(Area area, boolean byPopulation, AreaHierarchy hierarchy) {
    if (byPopulation && area.population().isPresent()) {
      return area.population().getAsLong();
    }
    if (!byPopulation && area.landAreaKm2().isPresent()) {
      return area.landAreaKm2().getAsDouble();
    }
    List<Area> children = hierarchy.children(area.id());
    if (children.isEmpty()) {
      return Double.NaN;
    }
    double sum = 0;
    for (Area child : children) {
      sum += weight(child, byPopulation, hierarchy);
    }
    return sum;
  }

  private static String key(String area, String indicator, int year) {
    return area + '\u0000' + indicator + '\u0000' + year;
  }
}
