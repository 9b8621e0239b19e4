package io.potentia.scoring.sort;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.InvalidInputException;
import io.potentia.core.indicator.Direction;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import io.potentia.scoring.internal.Checks;
import io.potentia.scoring.internal.ClassChecks;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.rank.Criterion;
import io.potentia.scoring.rank.DecisionProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sorting problem: the decision matrix of {@code potentia rank} (alternatives, criteria, one row
 * of values per alternative) and the model that sorts it: the ordered classes ({@code categories},
 * worst first), the profiles that bound them (one row per boundary between two classes, worst
 * first, in the criteria's units), the cut level {@code lambda} and, per criterion, the thresholds
 * {@code q}, {@code p} and {@code v} of ELECTRE TRI-B. The JSON form:
 *
 * <pre>{@code
 * {"alternatives": ["A1", "A2"],
 *  "criteria": [{"id": "trust", "direction": "benefit", "weight": 2, "q": 2, "p": 5, "v": 30},
 *               {"id": "incidents", "direction": "cost", "weight": 1}],
 *  "matrix": [[62, 40], [48, 75]],
 *  "categories": ["weak", "fair", "strong"],
 *  "profiles": [[45, 80], [60, 50]],
 *  "lambda": 0.75}
 * }</pre>
 *
 * <p>Profile {@code h} (0-based) is the upper boundary of class {@code h} and the lower boundary of
 * class {@code h + 1}. Profiles must run from worst to best: each at least as good as the one
 * before on every criterion (not lower on a benefit criterion, not higher on a cost one) and
 * better on at least one, so that no class is empty by construction.
 *
 * <p>Rejects, all problems at once with the field, row and value of each: what {@link
 * DecisionProblem} rejects (duplicate ids, a matrix of the wrong shape, values that are not finite,
 * weights summing to 0, a blank id or a bad weight); fewer than two classes, a blank or repeated
 * class; a number of profiles other than the number of classes less one, a profile row whose
 * length differs from the criteria, a profile value that is not finite, profiles out of order or
 * equal; {@code lambda} outside {@code [0.5, 1]}; a threshold that is negative or not finite, {@code
 * q > p} and {@code p > v}. Which of {@code lambda} and the thresholds a method needs, or refuses
 * because they would take no effect, the method checks ({@link SortingMethods}).
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableSortingProblem.class)
@JsonDeserialize(as = ImmutableSortingProblem.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"alternatives", "criteria", "matrix", "categories", "profiles", "lambda"})
public abstract class SortingProblem {
  // only the generated implementation extends this type
  SortingProblem() {}

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SortingProblem}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableSortingProblem.Builder {
    Builder() {}

    /**
     * Sets the rows of values, one per alternative.
     *
     * @param rows the values
     * @return this builder
     */
    public Builder rows(double[][] rows) {
      List<List<Double>> m = new ArrayList<>();
      for (double[] row : rows) {
        m.add(Arrays.stream(row).boxed().toList());
      }
      matrix(m);
      return this;
    }

    /**
     * Sets the profiles, one row per boundary between two classes, worst first.
     *
     * @param rows the profiles
     * @return this builder
     */
    public Builder profileRows(double[][] rows) {
      List<List<Double>> m = new ArrayList<>();
      for (double[] row : rows) {
        m.add(Arrays.stream(row).boxed().toList());
      }
      profiles(m);
      return this;
    }
  }

  /**
   * Reads a problem from a JSON file.
   *
   * @param file the file
   * @return the validated problem
   * @throws InvalidInputException naming the file, position, path and problem, every problem at once
   */
  public static SortingProblem read(Path file) {
    return PotentiaJson.read(file, SortingProblem.class);
  }

  /**
   * The alternative ids, in row order.
   *
   * @return the alternatives
   */
  public abstract List<String> alternatives();

  /**
   * The criteria, in column order.
   *
   * @return the criteria
   */
  public abstract List<SortingCriterion> criteria();

  /**
   * The values, one row per alternative, in the criteria's units.
   *
   * @return the rows
   */
  public abstract List<List<Double>> matrix();

  /**
   * The classes, worst first.
   *
   * @return the class names
   */
  public abstract List<String> categories();

  /**
   * The profiles, one row per boundary between two classes, worst first; profile {@code h} is the
   * lower boundary of class {@code h + 1}.
   *
   * @return the rows, each one value per criterion
   */
  public abstract List<List<Double>> profiles();

  /**
   * The cut level: the credibility (ELECTRE TRI-B) or share of the weights (MR-Sort) at which an
   * alternative is taken to reach a profile.
   *
   * @return lambda, in {@code [0.5, 1]}
   */
  public abstract Optional<Double> lambda();

  /**
   * The number of alternatives.
   *
   * @return m
   */
  @JsonIgnore
  public int alternativeCount() {
    return alternatives().size();
  }

  /**
   * The number of criteria.
   *
   * @return n
   */
  @JsonIgnore
  public int criterionCount() {
    return criteria().size();
  }

  /**
   * The value of an alternative on a criterion.
   *
   * @param alternative the row
   * @param criterion the column
   * @return the value, in the criterion's units
   */
  public double value(int alternative, int criterion) {
    return matrix().get(alternative).get(criterion);
  }

  /**
   * The value of a profile on a criterion.
   *
   * @param profile the boundary, 0 = the lowest
   * @param criterion the column
   * @return the value, in the criterion's units
   */
  public double profile(int profile, int criterion) {
    return profiles().get(profile).get(criterion);
  }

  /**
   * The criteria's weights scaled to sum 1.
   *
   * @return the weights
   */
  public double[] unitWeights() {
    return Checks.unit(criteria().stream().mapToDouble(SortingCriterion::weight).toArray());
  }

  /**
   * The decision matrix alone, as {@code potentia rank} reads it (the thresholds, classes and
   * profiles left out).
   *
   * @return the decision problem
   */
  public DecisionProblem decisionProblem() {
    List<Criterion> criteria = new ArrayList<>();
    for (SortingCriterion c : criteria()) {
      criteria.add(Criterion.of(c.id(), c.direction(), c.weight()));
    }
    return DecisionProblem.builder().alternatives(alternatives()).criteria(criteria).matrix(matrix()).build();
  }

  /**
   * The same problem with other values for one alternative, for what-if questions and checks.
   *
   * @param alternative the row to replace
   * @param values the new values, one per criterion
   * @return the new problem
   */
  public SortingProblem withRow(int alternative, List<Double> values) {
    List<List<Double>> rows = new ArrayList<>(matrix());
    rows.set(alternative, List.copyOf(values));
    return builder().from(this).matrix(rows).build();
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    checkDecisionMatrix(problems);
    checkThresholds(problems);
    ClassChecks.categories(categories(), problems);
    checkProfiles(problems);
    ClassChecks.lambda(lambda(), problems);
    problems.throwIfAny();
  }

  /** The checks of {@code potentia rank}'s reader, each criterion's under its position. */
  private void checkDecisionMatrix(Problems problems) {
    List<Criterion> criteria = new ArrayList<>();
    for (int j = 0; j < criteria().size(); j++) {
      SortingCriterion c = criteria().get(j);
      try {
        criteria.add(Criterion.of(c.id(), c.direction(), c.weight()));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems(), "criteria[" + j + "]");
      }
    }
    if (criteria.size() == criteria().size()) {
      try {
        DecisionProblem.builder().alternatives(alternatives()).criteria(criteria).matrix(matrix()).build();
      } catch (InvalidInputException e) {
        problems.addAll(e.problems(), "");
      }
    }
  }

  private void checkThresholds(Problems problems) {
    for (int j = 0; j < criteria().size(); j++) {
      problems.addAll(criteria().get(j).thresholdProblems(), "criteria[" + j + "]");
    }
  }

  private void checkProfiles(Problems problems) {
    int expected = Math.max(0, categories().size() - 1);
    problems.require(profiles().size() == expected, "profiles", "there are " + profiles().size() + " profiles for "
        + categories().size() + " classes; give one per boundary between two classes (" + expected + "), worst first");
    int n = criteria().size();
    boolean shaped = true;
    for (int h = 0; h < profiles().size(); h++) {
      List<Double> row = profiles().get(h);
      if (row.size() != n) {
        shaped = false;
        problems.require(false, "profiles[" + h + "]", "profile " + h + " has " + row.size() + " values for " + n
            + " criteria");
      }
      for (int j = 0; j < row.size(); j++) {
        Double x = row.get(j);
        if (x == null || !Double.isFinite(x)) {
          shaped = false;
          problems.require(false, "profiles[" + h + "][" + j + "]", "the value of profile " + h + " on criterion '"
              + (j < n ? criteria().get(j).id() : "#" + j) + "' is " + x + "; it must be finite");
        }
      }
    }
    if (shaped) {
      checkOrder(problems);
    }
  }

  /** Each profile at least as good as the one below it on every criterion, and better on one. */
  private void checkOrder(Problems problems) {
    for (int h = 1; h < profiles().size(); h++) {
      boolean better = false;
      boolean worse = false;
      for (int j = 0; j < criteria().size(); j++) {
        SortingCriterion c = criteria().get(j);
        double sign = c.direction() == Direction.BENEFIT ? 1 : -1;
        double below = profile(h - 1, j);
        double here = profile(h, j);
        problems.require(sign * here >= sign * below, "profiles[" + h + "][" + j + "]", "profile " + h + " is " + here
            + " on criterion '" + c.id() + "' (" + c.direction().id() + "), worse than " + below + " of profile " + (h - 1)
            + "; profiles run from worst to best");
        better |= sign * here > sign * below;
        worse |= sign * here < sign * below;
      }
      if (!better && !worse) {
        problems.require(false, "profiles[" + h + "]", "profile " + h + " equals profile " + (h - 1)
            + ": the class between them could hold no alternative; profiles run from worst to best");
      }
    }
  }
}
