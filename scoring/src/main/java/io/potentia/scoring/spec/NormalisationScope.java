package io.potentia.scoring.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.potentia.core.internal.Ids;

/**
 * Over which values a normaliser whose parameters come from the data (min-max's minimum and
 * maximum, fraction-of-max's maximum) takes them: the areas of one year, or the areas of every year
 * of the dataset. Set by a strategy spec's {@code "normalisationScope"}.
 */
public enum NormalisationScope {
  /**
   * Each year on its own (the default): min-max maps each year's worst area to the lower bound and
   * its best to the upper, so scores rank areas within a year but do not compare across years.
   */
  YEAR("year"),
  /**
   * All years of the dataset as one panel: each leaf's values of every year, after the steps before
   * normalisation, are normalised as one column, so min-max takes {@code min} and {@code max} over
   * all areas and years, {@code l + (u - l)(x - min_panel)/(max_panel - min_panel)}, and the same
   * value scores the same in every year, and adding a year whose values lie within the panel's
   * range changes no other year's scores. Outlier treatment still runs per year, before. Supported by the normalisers that declare {@link
   * io.potentia.scoring.spi.Trait#RANGE_FITTED} (of the built-ins: min-max, goalposts,
   * distance-to-target, distance-to-best, fraction-of-max, max); a pipeline refuses any other.
   */
  PANEL("panel");

  private final String id;

  NormalisationScope(String id) {
    this.id = id;
  }

  /**
   * The id used in JSON.
   *
   * @return {@code year} or {@code panel}
   */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * The constant with the given id.
   *
   * @param id {@code year} or {@code panel}
   * @return the constant
   * @throws io.potentia.core.InvalidInputException if no constant has this id; lists the known ids
   */
  @JsonCreator
  public static NormalisationScope fromId(String id) {
    return Ids.byId(values(), NormalisationScope::id, "normalisation scope", id);
  }
}
