package io.potentia.scoring.analysis.readiness;

import io.potentia.scoring.sort.SortingCriterion;
import io.potentia.scoring.sort.SortingMethod;
import io.potentia.scoring.sort.SortingMethods;
import io.potentia.scoring.sort.SortingProblem;
import io.potentia.scoring.sort.SortingResult;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.InvalidInputException;
import io.potentia.core.PotentiaException;
import io.potentia.core.indicator.Direction;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import io.potentia.scoring.internal.ClassChecks;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.result.ScoreReport;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.spi.Parameters;
import io.potentia.scoring.spi.StrategyDescriptor;
import io.potentia.scoring.spi.StrategyKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Readiness classes of scored areas: class names worst first, a sorting method by name, and for
 * each framework node classed on (pillars, the index) the scores that bound the classes. The JSON
 * form ({@code potentia score --classes}, {@code classes.schema.json}):
 *
 * <pre>{@code
 * {"method": "mr-sort",
 *  "categories": ["weak", "fair", "strong", "comprehensively strong"],
 *  "lambda": 0.6,
 *  "criteria": [{"node": "political", "thresholds": [40, 55, 70], "weight": 2},
 *               {"node": "economic", "thresholds": [40, 55, 70]},
 *               {"node": "military", "thresholds": [35, 50, 65]}]}
 * }</pre>
 *
 * <p>{@link #classify(ScoreReport)} sorts a year's areas on their node scores (higher is better)
 * as a {@link SortingProblem} whose criteria are the nodes in the order given and whose profile
 * {@code h} is every node's {@code thresholds[h]}; an area without a score on a node is left
 * unclassed, with the reason. The method's own checks (a cut level needed or refused, thresholds
 * or weights that would take no effect) then name the scheme's fields: {@code lambda}, {@code
 * criteria[j].q}, {@code criteria[j].weight}.
 *
 * <p>Rejects, all at once with field and value: an unknown method (listing the known), fewer than
 * two classes, a blank or repeated class, no criteria, a repeated node, a node whose thresholds
 * number other than the classes less one, a threshold that is not finite, thresholds that fall
 * from one class to the next, a boundary equal to the one below on every node, {@code lambda}
 * outside {@code [0.5, 1]}, a bad weight, and a {@code q}, {@code p} or {@code v} that is negative
 * or out of order.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableClassScheme.class)
@JsonDeserialize(as = ImmutableClassScheme.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"method", "categories", "lambda", "criteria"})
public abstract class ClassScheme {
  // only the generated implementation extends this type
  ClassScheme() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClassScheme}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableClassScheme.Builder {
    Builder() {}
  }

  /**
   * Reads a scheme from a JSON file.
   *
   * @param file the file
   * @return the validated scheme
   * @throws InvalidInputException naming the file, position, path and problem, every problem at once
   */
  public static ClassScheme read(Path file) {
    return PotentiaJson.read(file, ClassScheme.class);
  }

  /**
   * The sorting method's registered name: {@code conjunctive}, {@code mr-sort}, {@code
   * electre-tri-b} or a user's own.
   *
   * @return the name
   */
  public abstract String method();

  /**
   * The classes, worst first.
   *
   * @return the class names
   */
  public abstract List<String> categories();

  /**
   * The cut level (MR-Sort, ELECTRE TRI-B).
   *
   * @return lambda, in {@code [0.5, 1]}
   */
  public abstract Optional<Double> lambda();

  /**
   * The nodes classed on, with their thresholds.
   *
   * @return the criteria, in order
   */
  public abstract List<NodeThresholds> criteria();

  /**
   * Classes the areas of a year's report.
   *
   * @param report the scores
   * @return the class of every area with a score on every node, and the areas left out with why
   * @throws InvalidInputException if a node is not in the report (naming it and listing the
   *     report's nodes), if no area has a score on every node, or if the method refuses the scheme
   */
  public AreaClasses classify(ScoreReport report) {
    Problems problems = new Problems();
    for (int j = 0; j < criteria().size(); j++) {
      String node = criteria().get(j).node();
      problems.require(report.nodes().contains(node), "criteria[" + j + "].node", "node '" + node
          + "' is not in the framework '" + report.frameworkId() + "'; its nodes: " + report.nodes());
    }
    problems.throwIfAny();
    Map<String, List<String>> unscored = new LinkedHashMap<>();
    List<String> areas = new ArrayList<>();
    List<List<Double>> rows = new ArrayList<>();
    for (String area : report.areas()) {
      List<Double> row = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (NodeThresholds c : criteria()) {
        double s = report.score(c.node(), area);
        row.add(s);
        if (!Double.isFinite(s)) {
          missing.add(c.node());
        }
      }
      if (missing.isEmpty()) {
        areas.add(area);
        rows.add(row);
      } else {
        unscored.put(area, missing);
      }
    }
    if (areas.isEmpty()) {
      throw InvalidInputException.at("criteria", "no area has a score on every node of the classes ("
          + criteria().stream().map(NodeThresholds::node).toList() + ") in " + report.year());
    }
    SortingResult result = method(method()).sort(problem(areas, rows));
    return new AreaClasses(report.year(), this, result, unscored);
  }

  /**
   * The sorting problem of some areas' node scores under this scheme.
   *
   * @param areas the areas, in row order
   * @param rows each area's score on every node, in the scheme's order
   * @return the problem
   */
  public SortingProblem problem(List<String> areas, List<List<Double>> rows) {
    List<SortingCriterion> criteria = new ArrayList<>();
    for (NodeThresholds c : criteria()) {
      criteria.add(SortingCriterion.builder().id(c.node()).direction(Direction.BENEFIT).weight(c.weight()).q(c.q())
          .p(c.p()).v(c.v()).build());
    }
    List<List<Double>> profiles = new ArrayList<>();
    for (int h = 0; h < categories().size() - 1; h++) {
      List<Double> profile = new ArrayList<>();
      for (NodeThresholds c : criteria()) {
        profile.add(c.thresholds().get(h));
      }
      profiles.add(profile);
    }
    return SortingProblem.builder().alternatives(areas).criteria(criteria).matrix(rows).categories(categories())
        .profiles(profiles).lambda(lambda()).build();
  }

  private static SortingMethod method(String name) {
    return Strategies.registry().sorting(name, Parameters.none(name)).strategy();
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    List<String> known = known();
    problems.require(known.contains(method()), "method", "sorting method '" + method() + "' is unknown; known: "
        + String.join(", ", known));
    ClassChecks.categories(categories(), problems);
    ClassChecks.lambda(lambda(), problems);
    problems.require(!criteria().isEmpty(), "criteria", "there are no criteria: name the nodes to class on");
    checkCriteria(problems);
    problems.throwIfAny();
  }

  private void checkCriteria(Problems problems) {
    int boundaries = Math.max(0, categories().size() - 1);
    Map<String, Integer> firstAt = new HashMap<>();
    boolean shaped = true;
    for (int j = 0; j < criteria().size(); j++) {
      NodeThresholds c = criteria().get(j);
      String at = "criteria[" + j + "]";
      String name = "node '" + c.node() + "': ";
      problems.require(!c.node().isBlank(), at + ".node", "criterion " + j + " names no node");
      Integer first = firstAt.putIfAbsent(c.node(), j);
      problems.require(first == null, at + ".node", "duplicate node '" + c.node() + "' (first at criteria[" + first + "])");
      problems.require(Double.isFinite(c.weight()) && c.weight() >= 0, at + ".weight", name + "weight " + c.weight()
          + " must be finite and >= 0");
      problems.addAll(SortingCriterion.builder().id(c.node()).direction(Direction.BENEFIT).q(c.q()).p(c.p()).v(c.v())
          .build().thresholdProblems(), at);
      List<Double> t = c.thresholds();
      if (t.size() != boundaries) {
        shaped = false;
        problems.require(false, at + ".thresholds", name + t.size() + " thresholds for " + categories().size()
            + " classes; give one per boundary between two classes (" + boundaries + "), worst first");
      }
      for (int h = 0; h < t.size(); h++) {
        Double x = t.get(h);
        if (x == null || !Double.isFinite(x)) {
          shaped = false;
          problems.require(false, at + ".thresholds[" + h + "]", name + "threshold " + h + " is " + x
              + "; it must be finite");
        } else if (h > 0 && t.get(h - 1) != null) {
          problems.require(x >= t.get(h - 1), at + ".thresholds[" + h + "]", name + "threshold " + h + " is " + x
              + ", below " + t.get(h - 1) + " of threshold " + (h - 1) + "; thresholds run from worst to best");
        }
      }
    }
    if (shaped) {
      for (int h = 1; h < boundaries; h++) {
        int at = h;
        boolean rises = criteria().stream().anyMatch(c -> c.thresholds().get(at) > c.thresholds().get(at - 1));
        problems.require(rises, "criteria", "threshold " + h + " equals threshold " + (h - 1) + " on every node: the"
            + " class '" + categories().get(h) + "' between them could hold no area");
      }
    }
    double sum = criteria().stream().mapToDouble(NodeThresholds::weight).sum();
    problems.require(sum > 0 || !Double.isFinite(sum) || criteria().isEmpty(),
        "criteria", "the criteria's weights sum to zero");
  }

  private static List<String> known() {
    try {
      return Strategies.registry().list(StrategyKind.SORTING).stream().map(StrategyDescriptor::name).toList();
    } catch (PotentiaException e) {
      // a clash of providers is reported where a strategy is looked up; here it leaves only the built-ins
      return SortingMethods.descriptors().stream().map(StrategyDescriptor::name).toList();
    }
  }
}
