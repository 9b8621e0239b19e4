package io.potentia.core.data;

import io.potentia.core.Problem;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.internal.Problems;
import java.util.List;

/**
 * The rules a dataset's values follow, and the wording of the messages about single cells that the
 * builder, the readers and {@link Dataset#check} share, so that a value is named the same way
 * wherever it fails.
 */
final class DatasetCheck {
  private DatasetCheck() {}

  /** The check behind {@link Dataset#check}; reads the dataset through its public methods only. */
  static List<Problem> check(Dataset data, IndicatorCatalogue catalogue, AreaHierarchy hierarchy) {
    Problems problems = new Problems();
    List<String> areas = data.areas();
    List<String> indicators = data.indicators();
    int[] years = data.years();
    double[] column = new double[areas.size()];
    for (int i = 0; i < indicators.size(); i++) {
      if (!catalogue.contains(indicators.get(i))) {
        problems.add(Problem.at("indicator", notInCatalogue(indicators.get(i), catalogue)));
        continue;
      }
      Indicator indicator = catalogue.get(indicators.get(i));
      for (int y = 0; y < years.length; y++) {
        data.copyColumn(i, y, column, 0);
        for (int a = 0; a < column.length; a++) {
          double v = column[a];
          if (Double.isNaN(v)) {
            continue;
          }
          String area = areas.get(a);
          if (!indicator.validRange().contains(v)) {
            problems.add(Problem.at("value", Dataset.rangeMessage(indicator, area, years[y], v)));
          }
          if (hierarchy != null && hierarchy.contains(area) && !indicator.appliesAt(hierarchy.area(area).level())) {
            problems.add(Problem.at("value", valueMessage(indicator.id(), area, years[y], v,
                "the indicator does not apply at level '" + hierarchy.area(area).level().id() + "'")));
          }
        }
      }
    }
    if (hierarchy != null) {
      for (String area : areas) {
        problems.require(hierarchy.contains(area), "area", "area '" + area + "' is not in the hierarchy");
      }
    }
    return problems.list();
  }

  /** The first and last years a dataset can hold: four digits. */
  static final int FIRST_YEAR = 1000;
  static final int LAST_YEAR = 9999;

  /** Whether a year is one a dataset can hold: four digits. */
  static boolean isYear(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** For example "indicator 'economic.gdp' of area 'VN-HN' in 2023". */
  static String cellName(String indicator, String area, int year) {
    return "indicator '" + indicator + "' of area '" + area + "' in " + year;
  }

  /**
   * For example "indicator 'economic.gdp' of area 'VN-HN' in 2023 is given twice: 12.5 (first at
   * line 3, column 4: 11.0)": the cell, the repeating value, where the first was and its value.
   *
   * @param repeat the cell given twice
   * @param firstAt where the first was, for example {@code line 3} or {@code observations[2]}, or ""
   *     when unknown
   * @return the message
   */
  static String repeatMessage(ObservationLog.Repeat repeat, String firstAt) {
    return cellName(repeat.indicator(), repeat.area(), repeat.year()) + " is given twice: " + shown(repeat.value())
        + " (first" + (firstAt.isEmpty() ? "" : " at " + firstAt) + ": " + shown(repeat.firstValue()) + ")";
  }

  /** A value as messages show it: the number, or "missing" for NaN. */
  private static String shown(double value) {
    return Double.isNaN(value) ? "missing" : Double.toString(value);
  }

  /** For example "indicator 'economic.gdp' of area 'VN-HN' in 2023 is -5.0; " followed by the rule. */
  static String valueMessage(String indicator, String area, int year, double value, String rule) {
    return cellName(indicator, area, year) + " is " + value + "; " + rule;
  }

  /** For example "indicator 'economic.gdpp' is not in catalogue 'potentia.builtin'". */
  static String notInCatalogue(String indicator, IndicatorCatalogue catalogue) {
    return "indicator '" + indicator + "' is not in catalogue '" + catalogue.id() + "'";
  }
}
