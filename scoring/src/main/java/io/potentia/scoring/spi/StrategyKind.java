package io.potentia.scoring.spi;

import io.potentia.scoring.spi.StrategyKind;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.potentia.core.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The steps of the composite-indicator pipeline, and whole-matrix ranking and sorting beside them. */
public enum StrategyKind {
  /** Filling missing values. */
  IMPUTATION("imputation"),
  /** Treating outliers before normalisation. */
  OUTLIERS("outliers"),
  /** Bringing indicators to a common scale. */
  NORMALISATION("normalisation"),
  /** Setting the weights of the children of a node. */
  WEIGHTING("weighting"),
  /** Combining the children of a node into its score. */
  AGGREGATION("aggregation"),
  /** Ranking the alternatives of a decision matrix as a whole. */
  RANKING("ranking"),
  /** Sorting the alternatives of a decision matrix into ordered classes. */
  SORTING("sorting");

  private final String id;

  StrategyKind(String id) {
    this.id = id;
  }

  /**
   * The id used in strategy specs.
   *
   * @return the id
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * The kind with the given id.
   *
   * @param id the id
   * @return the kind
   * @throws InvalidInputException if unknown, listing the known ids
   */
  @JsonCreator
  public static StrategyKind fromId(String id) {
    for (StrategyKind k : values()) {
      if (k.id.equals(id)) {
        return k;
      }
    }
    throw InvalidInputException.at("", "unknown strategy kind '" + id + "'; known: "
        + Arrays.stream(values()).map(StrategyKind::id).collect(Collectors.joining(", ")));
  }
}
