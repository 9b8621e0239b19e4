package io.potentia.scoring.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.potentia.core.internal.Ids;

/**
 * A change over years that replaces an indicator's values before outlier treatment and
 * normalisation, set per leaf by a strategy spec's {@code "transform"}. It compares a year {@code t}
 * with the calendar year before, {@code t - 1}, as the dataset holds it after denomination and
 * imputation. A value is missing, and reported as a gap with the reason, where there is nothing to
 * compare with: in the dataset's first year, where the dataset has no year {@code t - 1}, and where
 * either value is missing. It is never taken as 0.
 */
public enum Transform {
  /**
   * The growth rate as a fraction, {@code (x_t - x_{t-1}) / |x_{t-1}|}: from 100 to 110 is {@code
   * 0.1}, from -100 to -90 also {@code 0.1} (the absolute value in the divisor keeps an improvement
   * positive). A base {@code x_{t-1} = 0} leaves the value missing, reported as a gap ("growth from
   * 0 is undefined"); so does a rate that overflows a double. Never infinite.
   */
  GROWTH("growth"),
  /**
   * The change, {@code x_t - x_{t-1}}, in the indicator's own unit: from 100 to 110 is {@code 10}. A
   * change that overflows a double leaves the value missing, reported as a gap.
   */
  CHANGE("change");

  private final String id;

  Transform(String id) {
    this.id = id;
  }

  /**
   * The id used in JSON.
   *
   * @return {@code growth} or {@code change}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * The constant with the given id.
   *
   * @param id {@code growth} or {@code change}
   * @return the constant
   * @throws io.potentia.core.InvalidInputException if no constant has this id; lists the known ids
   */
  @JsonCreator
  public static Transform fromId(String id) {
    return Ids.byId(values(), Transform::id, "transform", id);
  }
}
