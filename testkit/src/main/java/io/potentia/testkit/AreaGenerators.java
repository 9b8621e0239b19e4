package io.potentia.testkit;

import static io.potentia.testkit.Draws.pick;

import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.area.AreaTag;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Area hierarchies, behind {@link Generators#areaHierarchy()}. */
final class AreaGenerators {
  private AreaGenerators() {}

  static Gen<AreaHierarchy> areaHierarchy() {
    return (random, size) -> {
      List<Area> areas = new ArrayList<>();
      areas.add(area(random, "N", AreaLevel.NATION, null));
      int regions = 1 + random.nextInt(Math.max(1, size / 8) + 1);
      int id = 0;
      for (int r = 0; r < regions && areas.size() <= size + 1; r++) {
        String region = "MR" + r;
        areas.add(area(random, region, AreaLevel.MILITARY_REGION, "N"));
        int provinces = 1 + random.nextInt(4);
        for (int p = 0; p < provinces && areas.size() <= size + 1; p++) {
          String province = "P" + (id++);
          areas.add(area(random, province, AreaLevel.PROVINCE, region));
          // some provinces keep districts, others have communes directly, as where districts were abolished
          boolean districts = random.nextBoolean();
          int below = random.nextInt(3);
          for (int c = 0; c < below && areas.size() <= size + 1; c++) {
            if (districts) {
              String district = province + "-D" + c;
              areas.add(area(random, district, AreaLevel.DISTRICT, province));
              areas.add(area(random, district + "-C0", AreaLevel.COMMUNE, district));
            } else {
              areas.add(area(random, province + "-C" + c, AreaLevel.COMMUNE, province));
            }
          }
        }
      }
      return AreaHierarchy.builder().label("generated").areas(areas).build();
    };
  }

  private static Area area(RandomGenerator random, String id, AreaLevel level, String parent) {
    Area.Builder b = Area.builder().id(id).name("Area " + id).level(level);
    if (parent != null) {
      b.parent(parent);
    }
    if (random.nextBoolean()) {
      b.population(random.nextLong(0, 20_000_000));
    }
    if (random.nextBoolean()) {
      b.landAreaKm2(1 + random.nextDouble() * 20_000);
    }
    if (random.nextDouble() < 0.3) {
      b.addTags(pick(random, AreaTag.values()));
    }
    if (random.nextDouble() < 0.2) {
      b.strategicDirection(pick(random, new String[] {"north", "north-west", "central", "south-west", "sea"}));
    }
    return b.build();
  }
}
