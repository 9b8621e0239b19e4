package io.potentia.scoring.rank;


import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.potentia.core.InvalidInputException;
import io.potentia.core.internal.PotentiaStyle;
import io.potentia.core.internal.Problems;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.internal.Checks;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A decision matrix: alternatives (rows) scored on criteria (columns), for users who rank
 * alternatives without a framework tree. The JSON form is the documented contract of the command
 * line ({@code problem.schema.json}):
 *
 * <pre>{@code
 * {"alternatives": ["A1", "A2"],
 *  "criteria": [{"id": "speed", "direction": "benefit", "weight": 0.2},
 *               {"id": "cost", "direction": "cost", "weight": 0.3,
 *                "preference": {"function": "linear", "q": 1.0, "p": 2.0}}],
 *  "matrix": [[2.0, 1.5], [2.5, 2.7]]}
 * }</pre>
 *
 * <p>Rejects, with the position of each problem, all in one error: duplicate alternative or
 * criterion ids (naming where the first is: {@code criteria[2].id: duplicate criterion 'cost' (first
 * at criteria[0])}), a matrix whose row count differs from the alternatives or whose row length
 * differs from the criteria, values that are not finite, fewer than one alternative or criterion,
 * and weights summing to 0.
 */
@Value.Immutable
@PotentiaStyle
@JsonSerialize(as = ImmutableDecisionProblem.class)
@JsonDeserialize(as = ImmutableDecisionProblem.class)
@JsonPropertyOrder({"alternatives", "criteria", "matrix"})
public abstract class DecisionProblem {
  // only the generated implementation extends this type
  DecisionProblem() {}


  /**
   * A builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DecisionProblem}; get one from {@link #builder()}. */
  public static final class Builder extends ImmutableDecisionProblem.Builder {
    Builder() {}
  }

  /**
   * A problem from its parts.
   *
   * @param alternatives the alternative ids
   * @param criteria the criteria
   * @param matrix rows of values, one row per alternative
   * @return the validated problem
   */
  public static DecisionProblem of(List<String> alternatives, List<Criterion> criteria, double[][] matrix) {
    Builder b = builder().alternatives(alternatives).criteria(criteria);
    for (double[] row : matrix) {
      b.addMatrix(java.util.Arrays.stream(row).boxed().toList());
    }
    return b.build();
  }

  /**
   * Reads a problem from a JSON file.
   *
   * @param file the file
   * @return the validated problem
   * @throws InvalidInputException naming the file, position, path and problem
   */
  public static DecisionProblem read(Path file) {
    return PotentiaJson.read(file, DecisionProblem.class);
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
  public abstract List<Criterion> criteria();

  /**
   * The values, one row per alternative.
   *
   * @return the rows
   */
  public abstract List<List<Double>> matrix();

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
   * The values column by column: {@code columns()[j][i]} is alternative i on criterion j.
   *
   * @return a new array
   */
  public double[][] columns() {
    double[][] c = new double[criterionCount()][alternativeCount()];
    for (int i = 0; i < alternativeCount(); i++) {
      for (int j = 0; j < criterionCount(); j++) {
        c[j][i] = matrix().get(i).get(j);
      }
    }
    return c;
  }

  /**
   * The criteria's weights scaled to sum 1.
   *
   * @return the weights
   */
  public double[] unitWeights() {
    return Checks.unit(criteria().stream().mapToDouble(Criterion::weight).toArray());
  }

  /**
   * Whether the given weights already summed to 1 (within 1e-9); otherwise results say they were
   * scaled.
   *
   * @return true if no scaling was needed
   */
  @JsonIgnore
  public boolean weightsSumToOne() {
    double sum = 0;
    for (Criterion c : criteria()) {
      sum += c.weight();
    }
    return Math.abs(sum - 1) <= 1e-9;
  }

  /**
   * The same problem without one alternative, for rank-reversal checks.
   *
   * @param index the row to drop
   * @return the smaller problem
   */
  public DecisionProblem without(int index) {
    Builder b = builder().criteria(criteria());
    for (int i = 0; i < alternativeCount(); i++) {
      if (i != index) {
        b.addAlternative(alternatives().get(i)).addMatrix(matrix().get(i));
      }
    }
    return b.build();
  }

  @Value.Check
  void check() {
    Problems problems = new Problems();
    problems.require(!alternatives().isEmpty(), "alternatives", "there are no alternatives");
    problems.require(!criteria().isEmpty(), "criteria", "there are no criteria");
    Map<String, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < alternatives().size(); i++) {
      Integer first = firstAt.putIfAbsent(alternatives().get(i), i);
      problems.require(first == null, "alternatives[" + i + "]",
          "duplicate alternative '" + alternatives().get(i) + "' (first at alternatives[" + first + "])");
    }
    firstAt.clear();
    double sum = 0;
    for (int j = 0; j < criteria().size(); j++) {
      Integer first = firstAt.putIfAbsent(criteria().get(j).id(), j);
      problems.require(first == null, "criteria[" + j + "].id",
          "duplicate criterion '" + criteria().get(j).id() + "' (first at criteria[" + first + "])");
      sum += criteria().get(j).weight();
    }
    problems.require(criteria().isEmpty() || sum > 0, "criteria", "the criteria's weights sum to zero");
    problems.require(matrix().size() == alternatives().size(), "matrix", "the matrix has " + matrix().size()
        + " rows for " + alternatives().size() + " alternatives");
    for (int i = 0; i < matrix().size(); i++) {
      List<Double> row = matrix().get(i);
      problems.require(row.size() == criteria().size(), "matrix[" + i + "]", "row " + i + " has " + row.size()
          + " values for " + criteria().size() + " criteria");
      for (int j = 0; j < row.size(); j++) {
        Double v = row.get(j);
        problems.require(v != null && Double.isFinite(v), "matrix[" + i + "][" + j + "]", "the value of alternative '"
            + (i < alternatives().size() ? alternatives().get(i) : "#" + i) + "' on criterion '"
            + (j < criteria().size() ? criteria().get(j).id() : "#" + j) + "' is " + v + "; it must be finite");
      }
    }
    problems.throwIfAny();
  }
}
