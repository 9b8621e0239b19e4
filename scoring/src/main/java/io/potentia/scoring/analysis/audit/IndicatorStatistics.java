package io.potentia.scoring.analysis.audit;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.internal.DoubleSort;
import io.potentia.scoring.internal.Stats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Per indicator and year, the statistics an audit reads before trusting a column, with flags
 * (COINr's {@code get_stats}; OECD/JRC Handbook 2008, step 4): count present and missing, minimum,
 * maximum, mean, median, sample standard deviation ({@code n - 1}), sample skewness and excess
 * kurtosis (type 2, as Excel's SKEW and KURT), the share of distinct values among those present,
 * and the number of zeros.
 *
 * <p>Flags: {@link Flag#OUTLIERS} when {@code |skewness| > skew} and {@code kurtosis > kurtosis}
 * (the rule the {@code skew-kurtosis} treatment uses); {@link Flag#NEAR_CONSTANT} when the share of
 * distinct values is below {@code uniqueShare} or every value is equal; {@link Flag#LOW_COVERAGE}
 * when the share of areas with a value is below {@code coverage}. A statistic that needs more
 * values than there are (a mean of none, a skewness of fewer than three or of equal values) is
 * empty, never NaN.
 */
public final class IndicatorStatistics {
  private IndicatorStatistics() {}

  /** What an audit flags in a column. */
  public enum Flag {
    /** Skewness and kurtosis both beyond their limits: a few values dominate the column. */
    OUTLIERS,
    /** Few distinct values: the column barely separates the areas. */
    NEAR_CONSTANT,
    /** Too few areas have a value. */
    LOW_COVERAGE
  }

  /**
   * The limits the flags use.
   *
   * @param skew the {@code |skewness|} above which, with the kurtosis, outliers are flagged, {@code > 0}
   * @param kurtosis the excess kurtosis above which, with the skewness, outliers are flagged, finite
   * @param uniqueShare the share of distinct values below which a column is near-constant, in [0, 1]
   * @param coverage the share of areas with a value below which coverage is low, in [0, 1]
   */
  public record Thresholds(double skew, double kurtosis, double uniqueShare, double coverage) {
    /**
     * Checks the limits.
     *
     * @param skew the skewness limit
     * @param kurtosis the kurtosis limit
     * @param uniqueShare the distinct-value share limit
     * @param coverage the coverage limit
     * @throws InvalidInputException naming the limit out of range
     */
    public Thresholds {
      if (!(skew > 0) || !Double.isFinite(skew)) {
        throw InvalidInputException.at("skew", "statistics: the skewness limit " + skew + " must be finite and > 0");
      }
      if (!Double.isFinite(kurtosis)) {
        throw InvalidInputException.at("kurtosis", "statistics: the kurtosis limit " + kurtosis + " must be finite");
      }
      if (!(uniqueShare >= 0 && uniqueShare <= 1)) {
        throw InvalidInputException.at("uniqueShare", "statistics: the distinct-value share " + uniqueShare
            + " is not in [0, 1]");
      }
      if (!(coverage >= 0 && coverage <= 1)) {
        throw InvalidInputException.at("coverage", "statistics: the coverage " + coverage + " is not in [0, 1]");
      }
    }

    /**
     * COINr's defaults: skewness 2, kurtosis 3.5, distinct-value share 0.5, coverage 0.65.
     *
     * @return the defaults
     */
    public static Thresholds defaults() {
      return new Thresholds(2, 3.5, 0.5, 0.65);
    }
  }

  /**
   * The statistics of one indicator in one year.
   *
   * @param indicator the indicator
   * @param year the year
   * @param present the areas with a value
   * @param missing the areas without one
   * @param min the smallest value; empty with none present
   * @param max the largest value; empty with none present
   * @param mean the mean; empty with none present
   * @param median the median; empty with none present
   * @param sd the sample standard deviation; empty with fewer than two present
   * @param skewness the sample skewness; empty with fewer than three present or no spread
   * @param kurtosis the sample excess kurtosis; empty with fewer than four present or no spread
   * @param uniqueShare distinct values / present; 0 with none present
   * @param zeros the values equal to zero
   * @param flags what the audit flags
   */
  public record Column(String indicator, int year, int present, int missing, OptionalDouble min, OptionalDouble max,
      OptionalDouble mean, OptionalDouble median, OptionalDouble sd, OptionalDouble skewness, OptionalDouble kurtosis,
      double uniqueShare, int zeros, Set<Flag> flags) {
    /**
     * Copies the flags.
     *
     * @param indicator the indicator
     * @param year the year
     * @param present the areas with a value
     * @param missing the areas without one
     * @param min the smallest value
     * @param max the largest value
     * @param mean the mean
     * @param median the median
     * @param sd the sample standard deviation
     * @param skewness the sample skewness
     * @param kurtosis the sample excess kurtosis
     * @param uniqueShare distinct values / present
     * @param zeros the zeros
     * @param flags the flags
     */
    public Column {
      flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }
  }

  /**
   * The statistics of every indicator in every year of a dataset, over the areas given.
   *
   * @param data the dataset
   * @param indicators the indicators (for example the framework's); one the dataset lacks counts as
   *     missing everywhere
   * @param areas the areas audited; one the dataset lacks counts as missing
   * @param thresholds the limits of the flags
   * @return one column per indicator and year, indicators in the order given, then years ascending
   * @throws InvalidInputException if no area is given
   */
  public static List<Column> of(Dataset data, List<String> indicators, List<String> areas, Thresholds thresholds) {
    return of(data, indicators, areas, data.years(), thresholds);
  }

  /**
   * The statistics of every indicator in one year of a dataset, over the areas given.
   *
   * @param data the dataset
   * @param indicators the indicators; one the dataset lacks counts as missing everywhere
   * @param areas the areas audited; one the dataset lacks counts as missing
   * @param year the year, which the dataset must have
   * @param thresholds the limits of the flags
   * @return one column per indicator, in the order given
   * @throws InvalidInputException if no area is given or the dataset has no such year
   */
  public static List<Column> of(Dataset data, List<String> indicators, List<String> areas, int year,
      Thresholds thresholds) {
    if (java.util.Arrays.stream(data.years()).noneMatch(y -> y == year)) {
      throw InvalidInputException.at("year", "statistics: the dataset has no year " + year);
    }
    return of(data, indicators, areas, new int[] {year}, thresholds);
  }

  private static List<Column> of(Dataset data, List<String> indicators, List<String> areas, int[] years,
      Thresholds thresholds) {
    if (areas.isEmpty()) {
      throw InvalidInputException.at("areas", "statistics: no areas to audit");
    }
    int[] areaIndex = new int[areas.size()];
    for (int a = 0; a < areaIndex.length; a++) {
      areaIndex[a] = data.hasArea(areas.get(a)) ? data.areaIndex(areas.get(a)) : -1;
    }
    // every indicator and year is a column of its own: measured in parallel, each in its slot
    Column[] out = new Column[indicators.size() * years.length];
    java.util.stream.IntStream.range(0, out.length).parallel().forEach(k -> {
      String indicator = indicators.get(k / years.length);
      int year = years[k % years.length];
      double[] x = new double[areas.size()];
      Arrays.fill(x, Double.NaN);
      if (data.hasIndicator(indicator)) {
        double[] column = data.column(data.indicatorIndex(indicator), data.yearIndex(year));
        for (int a = 0; a < x.length; a++) {
          if (areaIndex[a] >= 0) {
            x[a] = column[areaIndex[a]];
          }
        }
      }
      out[k] = column(indicator, year, x, thresholds);
    });
    return List.of(out);
  }

  /** The median of values already sorted: Stats.median's type-7 interpolation, without sorting a copy again. */
  private static double sortedMedian(double[] sorted) {
    double h = (sorted.length - 1) * 0.5;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * The statistics of one column of values, NaN where missing.
   *
   * @param indicator the indicator
   * @param year the year
   * @param values the values, NaN where missing
   * @param thresholds the limits of the flags
   * @return the statistics
   * @throws InvalidInputException if a value is infinite or there are no values at all
   */
  public static Column column(String indicator, int year, double[] values, Thresholds thresholds) {
    if (values.length == 0) {
      throw InvalidInputException.at(indicator, "statistics: '" + indicator + "' in " + year + " has no areas");
    }
    for (int a = 0; a < values.length; a++) {
      if (Double.isInfinite(values[a])) {
        throw InvalidInputException.at(indicator + "[" + a + "]", "statistics: '" + indicator + "' in " + year
            + " holds " + values[a]);
      }
    }
    double[] x = Stats.present(values);
    int n = x.length;
    DoubleSort.sort(x); // as Arrays.sort, faster for a column of thousands
    int distinct = 0;
    int zeros = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || x[i] != x[i - 1]) {
        distinct++;
      }
      if (x[i] == 0) {
        zeros++;
      }
    }
    double uniqueShare = n == 0 ? 0 : (double) distinct / n;
    double mean = n == 0 ? Double.NaN : Stats.mean(x); // once, for every moment below
    OptionalDouble skew = Finite.orEmpty(Stats.skewness(x, n, mean));
    OptionalDouble kurt = Finite.orEmpty(Stats.kurtosis(x, n, mean));
    Set<Flag> flags = EnumSet.noneOf(Flag.class);
    if (skew.isPresent() && kurt.isPresent() && Math.abs(skew.getAsDouble()) > thresholds.skew()
        && kurt.getAsDouble() > thresholds.kurtosis()) {
      flags.add(Flag.OUTLIERS);
    }
    if (n > 0 && (uniqueShare < thresholds.uniqueShare() || distinct == 1)) {
      flags.add(Flag.NEAR_CONSTANT);
    }
    if ((double) n / values.length < thresholds.coverage()) {
      flags.add(Flag.LOW_COVERAGE);
    }
    return new Column(indicator, year, n, values.length - n, n == 0 ? OptionalDouble.empty() : OptionalDouble.of(x[0]),
        n == 0 ? OptionalDouble.empty() : OptionalDouble.of(x[n - 1]), Finite.orEmpty(mean),
        Finite.orEmpty(n == 0 ? Double.NaN : sortedMedian(x)), Finite.orEmpty(Stats.sd(x, 1, n, mean)), skew, kurt,
        uniqueShare, zeros, flags);
  }

}
