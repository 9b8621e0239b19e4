package io.potentia.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.indicator.IndicatorCatalogue;
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

}
