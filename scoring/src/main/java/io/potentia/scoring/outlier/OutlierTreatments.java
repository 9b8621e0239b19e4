package io.potentia.scoring.outlier;

import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.StrategyDescriptor;
import java.util.List;

/** The built-in outlier treatments: {@code skew-kurtosis} (and {@code none}). */
public final class OutlierTreatments {
  private OutlierTreatments() {}

  /**
   * The skewness and kurtosis rule with winsorisation, then a log transform.
   *
   * @param skewLimit |skewness| above which a column is suspect (2)
   * @param kurtosisLimit excess kurtosis above which a column is suspect (3.5)
   * @param maxWinsorised the most points winsorised before the log transform is used (5)
   * @return the treatment
   */
  public static OutlierTreatment skewKurtosis(double skewLimit, double kurtosisLimit, int maxWinsorised) {
    return new SkewKurtosisRule(skewLimit, kurtosisLimit, maxWinsorised);
  }

  /**
   * No treatment.
   *
   * @return the treatment
   */
  public static OutlierTreatment none() {
    return new OutlierTreatment() {
      @Override
      public String name() {
        return "none";
      }

      @Override
      public java.util.Set<io.potentia.scoring.spi.Trait> traits() {
        return java.util.EnumSet.of(io.potentia.scoring.spi.Trait.MONOTONE, io.potentia.scoring.spi.Trait.DETERMINISTIC,
            io.potentia.scoring.spi.Trait.ANONYMOUS, io.potentia.scoring.spi.Trait.ACCEPTS_MISSING,
            io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE, io.potentia.scoring.spi.Trait.SCALE_INVARIANT,
            io.potentia.scoring.spi.Trait.TRANSLATION_INVARIANT);
      }

      @Override
      public Treated treat(double[] column) {
        return new Treated(column.clone(), List.of(), false, Double.NaN, Double.NaN, "not treated");
      }
    };
  }

  /**
   * The descriptors of the built-in treatments.
   *
   * @return the descriptors
   */
  public static List<StrategyDescriptor> descriptors() {
    StrategyKind k = StrategyKind.OUTLIERS;
    return List.of(
        new StrategyDescriptor(k, "none", "no treatment", p -> none()),
        new StrategyDescriptor(k, "skew-kurtosis", "winsorise while |skew| > 2 and kurtosis > 3.5, else log; parameters"
            + " skew = 2, kurtosis = 3.5, maxWinsorised = 5",
            p -> skewKurtosis(p.number("skew", 2), p.number("kurtosis", 3.5), (int) p.number("maxWinsorised", 5))));
  }
}
