package io.potentia.scoring.analysis.budget;

import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.scoring.analysis.balance.LineFit;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Is each area's defence and security budget squared with its economic potential? The doctrine
 * notes that "several localities' budget for this task has been limited and not squared with their
 * economic condition and potential"; this measures it.
 *
 * <p>Across areas, spending {@code y} (an indicator's value as given, such as local defence and
 * security spending per capita) is regressed on the economic potential score {@code x} by ordinary
 * least squares ({@link LineFit}), {@code y = a + b x}. An area's gap is its residual {@code e = y -
 * a - b x}, in the spending's unit: negative when it spends less than areas of its economic
 * potential do. The standardised residual is {@code z = e / s}, with {@code s = sqrt(SSE / (n -
 * 2))}; an area is flagged {@link Status#UNDER} when {@code z < -threshold} and {@link Status#OVER}
 * when {@code z > threshold}, otherwise {@link Status#SQUARED}.
 */
public final class BudgetAdequacy {
  /** Where an area stands against what its economic potential predicts. */
  public enum Status {
    /** Standardised gap below minus the threshold. */
    UNDER,
    /** Within the threshold either side. */
    SQUARED,
    /** Standardised gap above the threshold. */
    OVER
  }

  /**
   * One area's budget against its economic potential.
   *
   * @param area the area
   * @param economic its economic potential score (x)
   * @param spending its spending (y)
   * @param predicted {@code a + b x}
   * @param gap {@code y - predicted}, in the spending's unit
   * @param standardised {@code gap / s}
   * @param status under, squared or over
   */
  public record Area(String area, double economic, double spending, double predicted, double gap, double standardised,
      Status status) {}

  /**
   * The regression and every area's gap.
   *
   * @param intercept a
   * @param slope b
   * @param rSquared the share of spending's variance economic potential explains
   * @param residualStandardError s
   * @param threshold the |z| above which an area is flagged
   * @param areas the areas with both values, in the report's order
   * @param notScored the areas without an economic score or a spending value
   */
  public record Result(double intercept, double slope, double rSquared, double residualStandardError, double threshold,
      List<Area> areas, List<String> notScored) {
    /**
     * Copies the lists.
     *
     * @param intercept a
     * @param slope b
     * @param rSquared R squared
     * @param residualStandardError s
     * @param threshold the threshold
     * @param areas the areas
     * @param notScored the areas left apart
     */
    public Result {
      areas = List.copyOf(areas);
      notScored = List.copyOf(notScored);
    }

    /**
     * The flagged areas, largest gap (in absolute value) first.
     *
     * @return the areas under- or over-spending
     */
    public List<Area> flagged() {
      List<Area> out = new ArrayList<>(areas.stream().filter(a -> a.status() != Status.SQUARED).toList());
      out.sort((p, q) -> Double.compare(Math.abs(q.gap()), Math.abs(p.gap())));
      return out;
    }
  }

  private BudgetAdequacy() {}

  /**
   * Assesses the report's areas, reading their spending from the data of the report's year.
   *
   * @param report the scores, holding the economic node
   * @param data the data, holding the spending indicator (which need not be in the framework)
   * @param economic the economic potential node, such as {@code economic}
   * @param spending the spending indicator, such as {@code economic.defence_security_spending_per_capita}
   * @param threshold the |standardised gap| above which an area is flagged, positive and finite (1 is usual)
   * @return the fit and each area's gap
   * @throws InvalidInputException if the node is not in the report, the indicator not in the data,
   *     the threshold not positive and finite, fewer than 3 areas have both values, every area has
   *     the same economic score, or the fit is exact (no spread to standardise by)
   */
  public static Result assess(ScoreReport report, Dataset data, String economic, String spending, double threshold) {
    if (!data.hasIndicator(spending)) {
      throw InvalidInputException.at("spending", "the data have no indicator '" + spending + "'");
    }
    double[] x = report.scores(economic);
    List<String> areas = new ArrayList<>();
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    List<String> notScored = new ArrayList<>();
    for (int a = 0; a < report.areas().size(); a++) {
      String area = report.areas().get(a);
      OptionalDouble y = data.hasArea(area) ? data.value(area, spending, report.year()) : OptionalDouble.empty();
      if (Double.isNaN(x[a]) || y.isEmpty() || Double.isNaN(y.getAsDouble())) {
        notScored.add(area);
        continue;
      }
      areas.add(area);
      xs.add(x[a]);
      ys.add(y.getAsDouble());
    }
    return assess(areas, xs.stream().mapToDouble(Double::doubleValue).toArray(),
        ys.stream().mapToDouble(Double::doubleValue).toArray(), threshold, notScored);
  }

  /**
   * Assesses areas given their economic scores and spending.
   *
   * @param areas the areas
   * @param economic their economic potential scores (x)
   * @param spending their spending (y)
   * @param threshold the |standardised gap| above which an area is flagged, positive and finite
   * @param notScored areas the caller left apart, carried into the result
   * @return the fit and each area's gap
   * @throws InvalidInputException as {@link #assess(ScoreReport, Dataset, String, String, double)}
   */
  public static Result assess(List<String> areas, double[] economic, double[] spending, double threshold,
      List<String> notScored) {
    if (!(threshold > 0) || !Double.isFinite(threshold)) {
      throw InvalidInputException.at("threshold", "threshold " + threshold + " must be positive and finite");
    }
    if (areas.size() != economic.length) {
      throw InvalidInputException.at("areas", areas.size() + " areas for " + economic.length + " scores");
    }
    if (areas.size() < 3) {
      throw InvalidInputException.at("areas", areas.size() + " area(s) have both an economic score and spending;"
          + " a regression with a residual needs at least 3");
    }
    LineFit fit = LineFit.of(economic, spending);
    double s = fit.residualStandardError();
    if (!(s > 0)) {
      throw InvalidInputException.at("spending", "spending lies exactly on a line of economic potential; no gap to standardise");
    }
    double[] e = fit.residuals();
    List<Area> out = new ArrayList<>();
    for (int k = 0; k < e.length; k++) {
      double z = e[k] / s;
      Status status = z < -threshold ? Status.UNDER : z > threshold ? Status.OVER : Status.SQUARED;
      out.add(new Area(areas.get(k), economic[k], spending[k], spending[k] - e[k], e[k], z, status));
    }
    return new Result(fit.intercept(), fit.slope(), fit.rSquared(), s, threshold, out, notScored);
  }
}
