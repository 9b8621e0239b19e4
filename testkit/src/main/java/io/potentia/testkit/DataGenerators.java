package io.potentia.testkit;

import io.potentia.core.data.Dataset;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.profile.AreaProfile;
import java.util.LinkedHashMap;
import java.util.Map;

/** Observed values, behind {@link Generators#dataset()} and {@link Generators#areaProfile()}. */
final class DataGenerators {
  private DataGenerators() {}

  static Gen<Dataset> dataset() {
    return (random, size) -> {
      int areas = 1 + random.nextInt(size + 1);
      int indicators = 1 + random.nextInt(size / 2 + 1);
      int years = 1 + random.nextInt(4);
      Dataset.Builder b = Dataset.builder().label("generated, seeded");
      for (int y = 0; y < years; y++) {
        for (int i = 0; i < indicators; i++) {
          for (int a = 0; a < areas; a++) {
            double r = random.nextDouble();
            if (r < 0.1) {
              b.putMissing("A" + a, "gen.i" + i, 2000 + y);
            } else if (r < 0.2) {
              b.add(io.potentia.core.data.Observation.builder().area("A" + a).indicator("gen.i" + i)
                  .year(2000 + y).value(Generators.anyFinite().generate(random, size)).source("src " + random.nextInt(3))
                  .build());
            } else {
              b.put("A" + a, "gen.i" + i, 2000 + y, Generators.anyFinite().generate(random, size));
            }
          }
        }
      }
      return b.build();
    };
  }

  static Gen<AreaProfile> areaProfile() {
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    return (random, size) -> {
      Map<String, Double> values = new LinkedHashMap<>();
      for (Indicator indicator : catalogue.indicators()) {
        if (random.nextDouble() < 0.5) {
          values.put(indicator.id(), Generators.inRange(random, indicator.validRange()));
        }
      }
      if (random.nextBoolean()) {
        values.put("own.indicator" + random.nextInt(10), random.nextGaussian());
      }
      return AreaProfile.fromValues("A" + random.nextInt(100), 2000 + random.nextInt(30), values);
    };
  }
}
