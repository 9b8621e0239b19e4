package io.potentia.core.profile;

import java.util.Map;

/** A typed group of indicator values, such as one potential of one area in one year. */
public interface IndicatorGroup {

  /**
   * The values present, indicator id to value, in field order; missing values are left out.
   *
   * @return the values
   */
  Map<String, Double> values();
}
