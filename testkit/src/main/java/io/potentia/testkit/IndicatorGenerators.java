package io.potentia.testkit;

import static io.potentia.testkit.Draws.pick;
import static io.potentia.testkit.Draws.word;

import io.potentia.core.area.AreaLevel;
import io.potentia.core.indicator.Direction;
import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.indicator.RollUp;
import io.potentia.core.indicator.Scale;
import io.potentia.core.indicator.ValidRange;
import io.potentia.core.potential.Dimension;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Indicators and catalogues, behind {@link Generators#indicator()} and {@link Generators#catalogue()}. */
final class IndicatorGenerators {
  private IndicatorGenerators() {}

  static Gen<Indicator> indicator() {
    return (random, size) -> {
      Scale scale = pick(random, Scale.values());
      Indicator.Builder b = Indicator.builder()
          .id("gen." + word(random) + random.nextInt(1_000_000))
          .name("Indicator " + word(random))
          .unit(pick(random, new String[] {"%", "count", "VND billion", "per 1,000 people", "rating"}))
          .direction(pick(random, Direction.values()))
          .scale(scale)
          .dimension(pick(random, Dimension.all().toArray(new Dimension[0])))
          .description("Generated: " + word(random) + " \"quoted\" \u0111\u1ed9 " + word(random));
      if (random.nextBoolean()) {
        b.nameVi("Ch\u1ec9 s\u1ed1 " + word(random));
      }
      // a count cannot be negative, and only counts and ratios add up across areas
      if (scale == Scale.COUNT) {
        b.validRange(ValidRange.atLeast(0));
      } else if (random.nextBoolean()) {
        double lo = Math.floor(random.nextGaussian() * 10);
        b.validRange(ValidRange.of(lo, lo + 1 + random.nextInt(1000)));
      }
      List<RollUp> rollUps = new ArrayList<>(List.of(RollUp.values()));
      if (scale != Scale.COUNT && scale != Scale.RATIO) {
        rollUps.remove(RollUp.SUM);
      }
      b.rollUp(rollUps.get(random.nextInt(rollUps.size())));
      EnumSet<AreaLevel> levels = EnumSet.noneOf(AreaLevel.class);
      for (AreaLevel level : AreaLevel.values()) {
        if (random.nextBoolean()) {
          levels.add(level);
        }
      }
      if (levels.isEmpty()) {
        levels.add(AreaLevel.NATION);
      }
      b.levels(levels);
      if (random.nextBoolean()) {
        b.source("Source " + word(random));
      }
      return b.build();
    };
  }

  static Gen<IndicatorCatalogue> catalogue() {
    return (random, size) -> {
      Map<String, Indicator> byId = new LinkedHashMap<>();
      int n = 1 + random.nextInt(size + 1);
      while (byId.size() < n) {
        Indicator i = indicator().generate(random, size);
        byId.putIfAbsent(i.id(), i);
      }
      return IndicatorCatalogue.builder().id("gen.catalogue").version("1").addAllIndicators(byId.values()).build();
    };
  }
}
