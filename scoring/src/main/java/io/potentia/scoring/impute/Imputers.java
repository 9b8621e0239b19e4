package io.potentia.scoring.impute;

import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.StrategyDescriptor;
import java.util.List;

/**
 * The built-in imputers: {@code none}, {@code mean}, {@code median}, {@code group-mean} (by the
 * panel's groups, for example the military region), {@code locf}, {@code linear-interpolation},
 * and {@code em} (parameters tolerance = 1e-6, maxIterations = 500).
 */
public final class Imputers {
  private Imputers() {}

  /**
   * No imputation; gaps are reported.
   *
   * @return the imputer
   */
  public static Imputer none() {
    return new NoImputation();
  }

  /**
   * The mean of the indicator over all areas in the year.
   *
   * @return the imputer
   */
  public static Imputer mean() {
    return new ColumnImputer("mean", ColumnImputer.Statistic.MEAN, false);
  }

  /**
   * The median of the indicator over all areas in the year.
   *
   * @return the imputer
   */
  public static Imputer median() {
    return new ColumnImputer("median", ColumnImputer.Statistic.MEDIAN, false);
  }

  /**
   * The mean of the indicator over the areas of the same group in the year.
   *
   * @return the imputer
   */
  public static Imputer groupMean() {
    return new ColumnImputer("group-mean", ColumnImputer.Statistic.MEAN, true);
  }

  /**
   * Last observation carried forward.
   *
   * @return the imputer
   */
  public static Imputer lastObservationCarriedForward() {
    return new TimeImputer(false);
  }

  /**
   * Linear interpolation between observed years.
   *
   * @return the imputer
   */
  public static Imputer linearInterpolation() {
    return new TimeImputer(true);
  }

  /**
   * Expectation-maximisation under a multivariate normal model.
   *
   * @param tolerance the largest move, in standard deviations, at which iteration stops
   * @param maxIterations the most iterations
   * @return the imputer
   */
  public static Imputer expectationMaximisation(double tolerance, int maxIterations) {
    return new ExpectationMaximisation(tolerance, maxIterations);
  }

  /**
   * The descriptors of the built-in imputers.
   *
   * @return the descriptors
   */
  public static List<StrategyDescriptor> descriptors() {
    StrategyKind k = StrategyKind.IMPUTATION;
    return List.of(
        new StrategyDescriptor(k, "none", "leave every gap, reported", p -> none()),
        new StrategyDescriptor(k, "mean", "mean of all areas in the year", p -> mean()),
        new StrategyDescriptor(k, "median", "median of all areas in the year", p -> median()),
        new StrategyDescriptor(k, "group-mean", "mean of the areas of the same group in the year", p -> groupMean()),
        new StrategyDescriptor(k, "locf", "last observation carried forward", p -> lastObservationCarriedForward()),
        new StrategyDescriptor(k, "linear-interpolation", "linear between observed years", p -> linearInterpolation()),
        new StrategyDescriptor(k, "em", "expectation-maximisation, multivariate normal; parameters tolerance = 1e-6,"
            + " maxIterations = 500",
            p -> expectationMaximisation(p.number("tolerance", 1e-6), (int) p.number("maxIterations", 500))));
  }
}
