package io.potentia.scoring.outlier;

import static io.potentia.scoring.spi.Trait.ACCEPTS_MISSING;
import static io.potentia.scoring.spi.Trait.ACCEPTS_NON_POSITIVE;
import static io.potentia.scoring.spi.Trait.ANONYMOUS;
import static io.potentia.scoring.spi.Trait.DETERMINISTIC;
import static io.potentia.scoring.spi.Trait.MONOTONE;
import static io.potentia.scoring.spi.Trait.SCALE_INVARIANT;
import static io.potentia.scoring.spi.Trait.TRANSLATION_INVARIANT;

import io.potentia.scoring.spi.StrategyKind;
import io.potentia.scoring.spi.StrategyDescriptor;
import java.util.EnumSet;
import java.util.List;

/**
 * The built-in outlier treatments: {@code skew-kurtosis} (parameters skew = 2, kurtosis = 3.5,
 * maxWinsorised = 5) and {@code none}. Each reports what it did in its {@link
 * OutlierTreatment.Treated} result: which points were winsorised, whether the column was
 * log-transformed, and the skewness and kurtosis after treatment.
 */
public final class OutlierTreatments {
  private OutlierTreatments() {}

  /**
   * The outlier rule of composite-indicator audits (the JRC's audits; COINr's {@code Treat}): a
   * column needs treatment when {@code |skewness| > skewLimit} and {@code kurtosis > kurtosisLimit}
   * (sample skewness and excess kurtosis, as Excel's SKEW and KURT; 2 and 3.5 in specs). It is then
   * winsorised one step at a time: the largest value (positive skew) or the smallest (negative
   * skew), with every value tied to it, is replaced by the next distinct value inward, for at most
   * {@code maxWinsorised} steps, until the rule holds. If it still fails, the winsorising is undone
   * and the column is log-transformed instead: {@code ln(x - min + 0.01 (max - min))} for positive
   * skew and {@code -ln(max - x + 0.01 (max - min))} for negative skew, which keeps the order of
   * the values (COINr's default "CTlog").
   *
   * <p>Missing values stay missing and are left out of the statistics. A column with fewer than
   * four present values is returned as it is, with NaN skewness and kurtosis (kurtosis is
   * undefined), and says so. Rejects, when treating, infinite values. Traits: {@code MONOTONE},
   * {@code DETERMINISTIC}, {@code ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code
   * ACCEPTS_NON_POSITIVE}, {@code SCALE_INVARIANT}, {@code TRANSLATION_INVARIANT}.
   *
   * @param skewLimit the {@code |skewness|} above which a column is suspect, {@code > 0}
   * @param kurtosisLimit the excess kurtosis above which a column is suspect, finite
   * @param maxWinsorised the most winsorising steps before the log transform is used, {@code >= 0}
   *     (5 in specs); tied extremes are replaced in one step, so more points may be replaced
   * @return the treatment, named {@code skew-kurtosis}
   * @throws io.potentia.core.InvalidInputException if {@code skewLimit} is not {@code > 0}, {@code
   *     kurtosisLimit} is not finite, or {@code maxWinsorised < 0}
   */
  public static OutlierTreatment skewKurtosis(double skewLimit, double kurtosisLimit, int maxWinsorised) {
    return new SkewKurtosisRule(skewLimit, kurtosisLimit, maxWinsorised);
  }

  /**
   * No treatment: the column is returned as it is (a copy), with NaN skewness and kurtosis and the
   * note "not treated". Never throws. Traits: {@code MONOTONE}, {@code DETERMINISTIC}, {@code
   * ANONYMOUS}, {@code ACCEPTS_MISSING}, {@code ACCEPTS_NON_POSITIVE}, {@code SCALE_INVARIANT},
   * {@code TRANSLATION_INVARIANT}.
   *
   * @return the treatment, named {@code none}
   */
  public static OutlierTreatment none() {
    return column -> new OutlierTreatment.Treated(column.clone(), List.of(), false, Double.NaN, Double.NaN, "not treated");
  }

  /**
   * The descriptors of the built-in treatments.
   *
   * @return the descriptors
   */
  public static List<StrategyDescriptor> descriptors() {
    StrategyKind k = StrategyKind.OUTLIERS;
    return List.of(
        StrategyDescriptor.of(k, "none", "no treatment",
            EnumSet.of(MONOTONE, DETERMINISTIC, ANONYMOUS, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE, SCALE_INVARIANT,
                TRANSLATION_INVARIANT),
            p -> none()),
        StrategyDescriptor.of(k, "skew-kurtosis", "winsorise while |skew| > 2 and kurtosis > 3.5, else log; parameters"
            + " skew = 2, kurtosis = 3.5, maxWinsorised = 5",
            EnumSet.of(MONOTONE, DETERMINISTIC, ANONYMOUS, ACCEPTS_MISSING, ACCEPTS_NON_POSITIVE, SCALE_INVARIANT,
                TRANSLATION_INVARIANT),
            p -> skewKurtosis(p.number("skew", 2), p.number("kurtosis", 3.5), (int) p.number("maxWinsorised", 5))));
  }
}
