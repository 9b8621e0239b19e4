package io.potentia.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.Area;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.analysis.panel.PoliticalLead;
import io.potentia.scoring.analysis.panel.WithinEstimator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticDataTest {

  @Test
  void theBundledFilesAreExactlyWhatTheGeneratorMakes() {
    assertEquals(SyntheticData.hierarchy(), BundledData.hierarchy());
    assertEquals(SyntheticData.dataset(), BundledData.dataset());
  }

  @Test
  void theBundledDataIsLabelledSyntheticAndPassesEveryCheck() {
    Dataset data = BundledData.dataset();
    assertTrue(data.labels().get(0).startsWith("SYNTHETIC DATA"));
    assertTrue(BundledData.hierarchy().label().orElseThrow().startsWith("SYNTHETIC DATA"));
    assertEquals(java.util.List.of(), data.check(IndicatorCatalogue.builtIn(), BundledData.hierarchy()));
  }

  @Test
  void developedProvincesHaveHigherOutputPerHead() {
    // the development factor drives GDP per capita and internet use together, as in life
    Dataset data = BundledData.dataset();
    int year = SyntheticData.LAST_YEAR;
    double[] gdp = new double[42];
    double[] internet = new double[42];
    int n = 0;
    for (var area : BundledData.hierarchy().at(AreaLevel.PROVINCE)) {
      var g = data.value(area.id(), "economic.gdp_per_capita", year);
      var i = data.value(area.id(), "scitech.internet_users", year);
      if (g.isPresent() && i.isPresent()) {
        gdp[n] = g.getAsDouble();
        internet[n] = i.getAsDouble();
        n++;
      }
    }
    assertTrue(correlation(gdp, internet, n) > 0.3, "correlation " + correlation(gdp, internet, n));
  }

  private static double correlation(double[] x, double[] y, int n) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i] / n;
      my += y[i] / n;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /**
   * The generator builds political potential's lead into the data ({@link SyntheticData#LEAD_EFFECT}
   * of signal per unit of last year's political state, at every indicator of the four led
   * potentials); scored as the flagship scores it, {@code PoliticalLead} must find it.
   *
   * <p>The known effect on the score scale: the same panel drawn with no lead has every other draw
   * equal, so the same political scores and the same area-years; the within estimator is linear in
   * the changes, so estimate(lead) - estimate(no lead) is the slope of the lead's own contribution,
   * about 0.31 to 0.41 score points per political point here. What is left, the no-lead panel's
   * estimate, is noise: the estimate lies within three clustered standard errors of the known
   * effect (a 99.7% normal interval, about 1% for any of the four). The known effect follows the
   * generator's: with half the lead it is half as large, within 20% (the logistic and exponential
   * links and the yearly min-max are not linear). The estimates are positive with t above 4, well
   * beyond the 2 of a 5% two-sided test.
   */
  @Test
  void politicalPotentialLeadsTheFourOtherPotentialsByTheGeneratorsKnownEffect() {
    List<String> followers = List.of("economic", "science-technology", "military", "diplomatic");
    List<WithinEstimator.Estimate> led = lead(BundledData.dataset(), followers);
    List<WithinEstimator.Estimate> notLed = lead(SyntheticData.dataset(0), followers);
    List<WithinEstimator.Estimate> halfLed = lead(SyntheticData.dataset(SyntheticData.LEAD_EFFECT / 2), followers);
    for (int f = 0; f < followers.size(); f++) {
      WithinEstimator.Estimate e = led.get(f);
      double known = e.coefficient() - notLed.get(f).coefficient();
      double halfKnown = halfLed.get(f).coefficient() - notLed.get(f).coefficient();
      String what = followers.get(f) + ": " + e + ", no-lead panel " + notLed.get(f) + ", half-lead panel " + halfLed.get(f);
      assertEquals(168, e.observations(), what); // 42 provinces x 4 yearly changes, every one scored after imputation
      assertTrue(e.coefficient() > 0 && e.t() > 4, what);
      assertTrue(known > 0.25 && known < 0.5, what);
      assertEquals(known, e.coefficient(), 3 * e.standardError(), what);
      assertEquals(0.5, halfKnown / known, 0.1, what);
    }
  }

  private static List<WithinEstimator.Estimate> lead(Dataset dataset, List<String> followers) {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    List<String> provinces = BundledData.hierarchy().at(AreaLevel.PROVINCE).stream().map(Area::id).toList();
    ScoringPipeline pipeline = ScoringPipeline.builder().framework(DefaultFramework.of(catalogue, AreaLevel.PROVINCE))
        .catalogue(catalogue).spec(DefencePotentialIndex.spec()).hierarchy(BundledData.hierarchy(), AreaLevel.MILITARY_REGION)
        .build();
    return PoliticalLead.test(pipeline.scoreAllYears(dataset.restrictTo(provinces)), "political", followers).rows().stream()
        .map(PoliticalLead.Row::estimate).toList();
  }
}
