package io.potentia.scoring.analysis.whatif;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.core.indicator.Direction;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.internal.Stats;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What would have to change for an area to move up {@code k} ranks of the index: the smallest
 * change of its indicator values, within stated bounds, that brings its rank from {@code r} to
 * {@code r - k} or better (ties count, as the pipeline's tie policy ranks them).
 *
 * <p>A change is measured in shares of each indicator's room: moving an indicator from {@code v}
 * to {@code v'} within bounds {@code [lower, upper]} costs {@code |v' - v| / (upper - lower)},
 * and a plan costs the sum over its indicators (an L1 distance in bound-scaled units). Benefit
 * indicators only rise and cost indicators only fall.
 *
 * <p>Two answers: for each indicator alone, the least change that reaches the target rank (by
 * bisection on the way to its bound, 50 steps); and a combined plan that spends change where it
 * buys the most score first: indicators in order of their score gain per share (a finite
 * difference over 1% of the room), each taken to its bound until the next one, by bisection,
 * reaches the target. When the index is linear in the area's values along the way (a weighted
 * arithmetic mean of normalised values whose normalisation the change does not move), that is a
 * fractional knapsack and the plan is the least L1 change; otherwise it is an upper bound on it.
 * Every candidate is checked by scoring the whole pipeline, so the ranks reported are real.
 *
 * <p>Bounds default to the range of the indicator's values among the areas that year: no
 * indicator is asked to go past the best area's value. An indicator the area lacks a value for,
 * or whose bound it already stands at, is not varied and is listed as such.
 */
public final class RankImprovement {
  private static final int BISECTION_STEPS = 50;
  private static final double PROBE = 0.01;

  private RankImprovement() {}

  /**
   * The interval an indicator's value may move in.
   *
   * @param lower the lower bound
   * @param upper the upper bound, &ge; the lower
   */
  public record Bound(double lower, double upper) {
    /**
     * Validates the bound.
     *
     * @param lower the lower bound
     * @param upper the upper bound
     */
    public Bound {
      if (!Double.isFinite(lower) || !Double.isFinite(upper) || upper < lower) {
        throw InvalidInputException.at("bounds", "bound [" + lower + ", " + upper + "] must be finite with lower <= upper");
      }
    }
  }

  /**
   * One indicator's change.
   *
   * @param indicator the indicator id
   * @param from the area's value now
   * @param to the value the plan asks for
   * @param share {@code |to - from|} over the bound's width
   */
  public record Change(String indicator, double from, double to, double share) {}

  /**
   * A set of changes and where they take the area.
   *
   * @param changes the changes, in the order the plan takes them
   * @param cost the sum of the changes' shares
   * @param rank the area's rank after the changes
   * @param score the area's index score after the changes
   */
  public record Plan(List<Change> changes, double cost, double rank, double score) {}

  /**
   * The answer.
   *
   * @param area the area
   * @param year the year
   * @param rank the area's rank now
   * @param targetRank the rank asked for
   * @param combined the combined plan, or empty if even every indicator at its bound falls short
   * @param singleIndicator the single-indicator plans that reach the target, least costly first
   * @param bestReachableRank the rank with every varied indicator at its bound
   * @param notVaried per indicator not varied, why
   */
  public record Result(String area, int year, double rank, double targetRank, Optional<Plan> combined,
      List<Plan> singleIndicator, double bestReachableRank, Map<String, String> notVaried) {}

  /**
   * Finds the changes.
   *
   * @param pipeline the pipeline
   * @param data the dataset
   * @param year the year
   * @param area the area to move up
   * @param k how many ranks to gain, at least 1
   * @param bounds per indicator, the interval its value may move in; others default to the range
   *     of that year's values
   * @return the plans
   * @throws InvalidInputException if the area is unknown, k is less than 1 or more than the area
   *     can gain, a bound names an indicator the framework lacks, or the area's value lies
   *     outside its bound
   */
  public static Result moveUp(ScoringPipeline pipeline, Dataset data, int year, String area, int k, Map<String, Bound> bounds) {
    if (!data.hasArea(area)) {
      throw InvalidInputException.at("area", "area '" + area + "' is not in the dataset");
    }
    ScoreReport now = pipeline.score(data, year);
    String root = now.root();
    double rank = now.rank(root, area);
    if (k < 1 || rank - k < 1) {
      throw InvalidInputException.at("k", "area '" + area + "' ranks " + (long) rank + "; it cannot move up " + k
          + " ranks (k must be from 1 to " + (long) (rank - 1) + ")");
    }
    List<String> indicators = pipeline.framework().indicatorIds().stream().distinct().toList();
    for (String id : bounds.keySet()) {
      if (!indicators.contains(id)) {
        throw InvalidInputException.at("bounds." + id, "indicator '" + id + "' is not in framework '" + pipeline.framework().id() + "'");
      }
    }
    Search search = new Search(pipeline, data, year, area, root, rank - k);
    Map<String, String> notVaried = new LinkedHashMap<>();
    List<Lever> levers = new ArrayList<>();
    for (String id : indicators) {
      OptionalDouble v = data.value(area, id, year);
      if (v.isEmpty()) {
        notVaried.put(id, "the area has no value for " + year);
        continue;
      }
      Bound bound = Objects.requireNonNullElseGet(bounds.get(id), () -> observedRange(data, id, year));
      double value = v.getAsDouble();
      if (value < bound.lower() || value > bound.upper()) {
        throw InvalidInputException.at("bounds." + id, "area '" + area + "' has " + id + " = " + value + ", outside its bound ["
            + bound.lower() + ", " + bound.upper() + "]");
      }
      boolean rises = pipeline.catalogue().get(id).direction() == Direction.BENEFIT;
      double end = rises ? bound.upper() : bound.lower();
      if (end == value) {
        notVaried.put(id, "the value is already at its bound " + end);
        continue;
      }
      levers.add(new Lever(id, value, end, bound.upper() - bound.lower()));
    }
    double base = now.score(root, area);
    levers.parallelStream().forEach(l -> l.gainPerShare = (search.score(List.of(l.at(PROBE))) - base) / l.at(PROBE).share());

    List<Plan> singles = levers.parallelStream()
        .map(l -> search.least(List.of(), l))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparingDouble(Plan::cost))
        .toList();

    List<Lever> order = new ArrayList<>(levers);
    order.sort(Comparator.comparingDouble((Lever l) -> -l.gainPerShare));
    List<Change> full = new ArrayList<>();
    Optional<Plan> combined = Optional.empty();
    for (Lever l : order) {
      Optional<Plan> reached = search.least(full, l);
      if (reached.isPresent()) {
        combined = reached;
        break;
      }
      full.add(l.at(1));
    }
    double best = search.report(levers.stream().map(l -> l.at(1)).toList()).rank(root, area);
    return new Result(area, year, rank, rank - k, combined, singles, best, notVaried);
  }

  /** The range of the indicator's present values that year; the area's own value is among them. */
  private static Bound observedRange(Dataset data, String indicator, int year) {
    double[] column = data.column(data.indicatorIndex(indicator), data.yearIndex(year));
    return new Bound(Stats.min(column), Stats.max(column));
  }

  /** An indicator the area can move, from its value towards the improving bound. */
  private static final class Lever {
    final String id;
    final double from;
    final double end;
    final double width;
    volatile double gainPerShare;

    Lever(String id, double from, double end, double width) {
      this.id = id;
      this.from = from;
      this.end = end;
      this.width = width;
    }

    /** The change that takes fraction t of the way to the bound. */
    Change at(double t) {
      double to = t >= 1 ? end : from + t * (end - from);
      return new Change(id, from, to, Math.abs(to - from) / width);
    }
  }

  /** Scores candidate changes of one area through the pipeline. */
  private record Search(ScoringPipeline pipeline, Dataset data, int year, String area, String root, double target) {
    ScoreReport report(List<Change> changes) {
      List<Observation> observations = changes.stream().map(c -> Observation.of(area, c.indicator(), year, c.to())).toList();
      return pipeline.score(observations.isEmpty() ? data : data.withValues(observations), year);
    }

    double score(List<Change> changes) {
      return report(changes).score(root, area);
    }

    /** With {@code fixed} made, the least move of {@code lever} that reaches the target, if its bound does. */
    Optional<Plan> least(List<Change> fixed, Lever lever) {
      if (report(with(fixed, lever.at(1))).rank(root, area) > target) {
        return Optional.empty();
      }
      double lo = 0;
      double hi = 1;
      for (int step = 0; step < BISECTION_STEPS; step++) {
        double mid = (lo + hi) / 2;
        if (report(with(fixed, lever.at(mid))).rank(root, area) <= target) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      List<Change> changes = with(fixed, lever.at(hi));
      ScoreReport after = report(changes);
      return Optional.of(new Plan(changes, changes.stream().mapToDouble(Change::share).sum(), after.rank(root, area),
          after.score(root, area)));
    }

    private static List<Change> with(List<Change> fixed, Change change) {
      List<Change> all = new ArrayList<>(fixed);
      all.add(change);
      return all;
    }
  }
}
