package io.potentia.core.indicator;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.potentia.core.internal.Ids;

/** The measurement scale of an indicator, which decides the operations that are meaningful on it (Stevens, 1946, On the theory of scales of measurement). */
public enum Scale {
  /** A true zero: ratios and sums are meaningful (money, persons, km). */
  RATIO("ratio"),
  /** Differences are meaningful but zero is arbitrary (governance estimates from -2.5 to 2.5). */
  INTERVAL("interval"),
  /** Only the order is meaningful (a readiness rating from 1 to 5). */
  ORDINAL("ordinal"),
  /** A share or rate in percent; usually, but not always, between 0 and 100. */
  PERCENTAGE("percentage"),
  /** A non-negative count of things (agreements, exercises). */
  COUNT("count");

  private final String id;

  Scale(String id) {
    this.id = id;
  }

  /**
   * The id used in JSON and CSV.
   *
   * @return the lower-case id
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * The constant with the given id.
   *
   * @param id the lower-case id
   * @return the constant
   * @throws io.potentia.core.InvalidInputException if no constant has this id; lists the known ids
   */
  @JsonCreator
  public static Scale fromId(String id) {
    return Ids.byId(values(), Scale::id, "scale", id);
  }
}
