package io.potentia.core.interop;

import io.potentia.core.data.Dataset;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;

/**
 * An index read from another tool's tables: its framework, the catalogue of its indicators and
 * its data, ready for a scoring pipeline.
 *
 * @param framework the framework, checked against the catalogue
 * @param catalogue the indicators
 * @param dataset the values
 */
public record ImportedIndex(Framework framework, IndicatorCatalogue catalogue, Dataset dataset) {

  /**
   * The id an imported code takes: lower case, every character other than a letter, digit,
   * {@code _} or {@code -} turned into {@code _}, and {@code i_} in front when it would not start
   * with a letter (so {@code GDP} becomes {@code gdp} and {@code 1st.Score} becomes {@code
   * i_1st_score}).
   *
   * @param code the code as the other tool writes it
   * @return the id
   */
  public static String idOf(String code) {
    String id = code.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
    return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "i_" + id : id;
  }
}
