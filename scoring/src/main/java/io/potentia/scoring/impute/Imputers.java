package io.potentia.scoring.impute;

import static io.potentia.scoring.spi.Trait.ACCEPTS_MISSING;
import static io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE;
import static io.potentia.scoring.spi.Trait.ANONYMOUS;
import static io.potentia.scoring.spi.Trait.DETERMINISTIC;

import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.StrategyDescriptor;
import java.util.EnumSet;
import java.util.List;

/**
 * The built-in imputers: {@code none}, {@code mean}, {@code median}, {@code group-mean} (by the
 * panel's groups, for example the military region), {@code locf}, {@code linear-interpolation},
 * and {@code em} (parameters tolerance = 1e-6, maxIterations = 500).
 *
 * <p>Each returns an {@link ImputationResult} recording every value it filled, with how, and every
 * gap it left, with why: a gap is never filled silently nor dropped silently.
 */
public final class Imputers {
  private Imputers() {}

  /**
   * No imputation: every gap is left and reported ("no imputation was asked for"), for aggregators
   * that handle missing values themselves. Never throws. Traits: {@code DETERMINISTIC}, {@code
   * ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @return the imputer, named {@code none}
   */
  public static Imputer none() {
    return new NoImputation();
  }

  /**
   * Unconditional mean imputation (OECD/JRC Handbook 2008, section 4, single imputation): each
   * missing value of an indicator in a year is replaced by the mean of the present values of that
   * indicator over all areas in that year, recorded as "mean of n areas". An indicator with no
   * present value in a year leaves its gaps, reported. Never throws; the values are not otherwise
   * checked. Traits: {@code DETERMINISTIC}, {@code ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code
   * ACCEPTS_NON_POSITIVE}.
   *
   * @return the imputer, named {@code mean}
   */
  public static Imputer mean() {
    return new ColumnImputer("mean", ColumnImputer.Statistic.MEAN, false);
  }

  /**
   * Unconditional median imputation (OECD/JRC Handbook 2008, section 4, single imputation): each
   * missing value of an indicator in a year is replaced by the median of the present values over
   * all areas in that year (the mean of the middle two for an even count). An indicator with no
   * present value in a year leaves its gaps, reported. Never throws. Traits: {@code DETERMINISTIC},
   * {@code ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @return the imputer, named {@code median}
   */
  public static Imputer median() {
    return new ColumnImputer("median", ColumnImputer.Statistic.MEDIAN, false);
  }

  /**
   * Group mean imputation: each missing value is replaced by the mean of the present values of the
   * indicator in that year over the areas of the same group (the {@link Panel}'s groups, for
   * example the military region). An area with no group, or a group with no present value, leaves
   * the gap, reported. Never throws. Traits: {@code DETERMINISTIC}, {@code ANONYMOUS}, {@code
   * ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @return the imputer, named {@code group-mean}
   */
  public static Imputer groupMean() {
    return new ColumnImputer("group-mean", ColumnImputer.Statistic.MEAN, true);
  }

  /**
   * Last observation carried forward: each gap of an area and indicator takes the value of the
   * nearest earlier year in which it was observed, gaps after the last observation included. A gap
   * before the first observation is left, reported. Never throws. Traits: {@code DETERMINISTIC},
   * {@code ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @return the imputer, named {@code locf}
   */
  public static Imputer lastObservationCarriedForward() {
    return new TimeImputer(false);
  }

  /**
   * Linear interpolation between the nearest observed years {@code t0} before and {@code t1} after
   * a gap in year {@code t}, for the same area and indicator: {@code x(t) = x(t0) + (x(t1) -
   * x(t0))(t - t0)/(t1 - t0)}, with real year distances. No extrapolation: a gap before the first
   * or after the last observation is left, reported. Never throws. Traits: {@code DETERMINISTIC},
   * {@code ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @return the imputer, named {@code linear-interpolation}
   */
  public static Imputer linearInterpolation() {
    return new TimeImputer(true);
  }

  /**
   * Expectation-maximisation under a multivariate normal model (Dempster, Laird and Rubin 1977;
   * Little and Rubin 2002, Statistical Analysis with Missing Data, section 11.2), run separately
   * for each year across the indicators, with the areas as the observations. Starting from the
   * mean-filled data, each iteration replaces a missing value by its conditional expectation given
   * the area's observed values, {@code mu_m + S_mo S_oo^+ (x_o - mu_o)}, and re-estimates the mean
   * and the covariance (divisor m), adding the conditional covariance {@code S_mm - S_mo S_oo^+
   * S_om} of the filled values; it stops once no filled value moves by {@code tolerance} times its
   * indicator's standard deviation or more. The pseudo-inverse {@code S_oo^+} (Hipparchus SVD)
   * keeps collinear indicators usable. The OECD/JRC Handbook 2008 (section 4) recommends it over
   * single imputation.
   *
   * <p>An indicator with fewer than two present values in a year cannot be modelled: its gaps are
   * left and reported. Rejects, when imputing, a year that has not converged after {@code
   * maxIterations}, saying by how much. Traits: {@code DETERMINISTIC}, {@code ANONYMOUS}, {@code
   * ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}.
   *
   * @param tolerance the largest move, in standard deviations, at which iteration stops; {@code >
   *     0} (1e-6 in specs)
   * @param maxIterations the most iterations, {@code >= 1} (500 in specs)
   * @return the imputer, named {@code em}
   * @throws io.potentia.core.InvalidInputException if {@code tolerance} is not {@code > 0} or
   *     {@code maxIterations < 1}
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
        StrategyDescriptor.of(k, "none", "leave every gap, reported",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE),
            p -> none()),
        StrategyDescriptor.of(k, "mean", "mean of all areas in the year",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE),
            p -> mean()),
        StrategyDescriptor.of(k, "median", "median of all areas in the year",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE),
            p -> median()),
        StrategyDescriptor.of(k, "group-mean", "mean of the areas of the same group in the year",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE),
            p -> groupMean()),
        StrategyDescriptor.of(k, "locf", "last observation carried forward",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE),
            p -> lastObservationCarriedForward()),
        StrategyDescriptor.of(k, "linear-interpolation", "linear between observed years",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE),
            p -> linearInterpolation()),
        StrategyDescriptor.of(k, "em", "expectation-maximisation, multivariate normal; parameters tolerance = 1e-6,"
            + " maxIterations = 500",
            EnumSet.of(DETERMINISTIC, ANONYMOUS, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE),
            p -> expectationMaximisation(p.number("tolerance", 1e-6), (int) p.number("maxIterations", 500))));
  }
}
