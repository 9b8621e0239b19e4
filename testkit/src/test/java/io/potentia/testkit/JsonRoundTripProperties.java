package io.potentia.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetDocument;
import io.potentia.core.data.DatasetJson;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.json.PotentiaJson;
import io.potentia.core.profile.AreaProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every model type survives a trip through JSON unchanged, over many seeded random models. */
class JsonRoundTripProperties {

  private static <T> T roundTrip(T value, Class<T> type) {
    return PotentiaJson.readString("round-trip.json", PotentiaJson.write(value), type);
  }

  @Test
  void indicatorsRoundTrip() {
    PropertyRunner.forAll(Generators.indicator()).check(i -> assertEquals(i, roundTrip(i, Indicator.class)));
  }

  @Test
  void cataloguesRoundTrip() {
    PropertyRunner.forAll(Generators.catalogue()).cases(100)
        .check(c -> assertEquals(c, roundTrip(c, IndicatorCatalogue.class)));
  }

  @Test
  void areaHierarchiesRoundTrip() {
    PropertyRunner.forAll(Generators.areaHierarchy()).maxSize(60)
        .check(h -> assertEquals(h, roundTrip(h, AreaHierarchy.class)));
  }

  @Test
  void frameworksRoundTrip() {
    List<String> ids = IndicatorCatalogue.builtIn().indicators().stream().map(Indicator::id).toList();
    PropertyRunner.forAll((random, size) -> Generators.framework(ids.subList(0, 1 + random.nextInt(ids.size())))
            .generate(random, size))
        .check(f -> assertEquals(f, roundTrip(f, Framework.class)));
  }

  @Test
  void datasetsRoundTripBitForBit() {
    PropertyRunner.forAll(Generators.dataset()).cases(100).check(d -> {
      DatasetDocument document = roundTrip(DatasetJson.toDocument(d), DatasetDocument.class);
      Dataset back = DatasetJson.toDataset("round-trip.json", document, null);
      assertEquals(d, back);
    });
  }

  @Test
  void areaProfilesRoundTrip() {
    PropertyRunner.forAll(Generators.areaProfile()).check(p -> assertEquals(p, roundTrip(p, AreaProfile.class)));
  }
}
