package io.potentia.scoring.result;

import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.result.ScoreReport;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Twelve provinces in three military regions, scored over three years from seeded random values
 * within each indicator's valid range: the reports the HTML report tests draw.
 */
public final class ReportFixture {
  public static final int AREAS = 12;
  public static final int YEARS = 3;

  public final AreaHierarchy hierarchy;
  public final Dataset dataset;
  public final ScoringPipeline pipeline;
  public final List<ScoreReport> reports;

  public ReportFixture() {
    List<Area> areas = new ArrayList<>();
    areas.add(Area.builder().id("N").name("Nation").level(AreaLevel.NATION).build());
    for (int r = 0; r < 3; r++) {
      areas.add(Area.builder().id("R" + r).name("Region " + r).level(AreaLevel.MILITARY_REGION).parent("N").build());
    }
    for (int p = 0; p < AREAS; p++) {
      areas.add(Area.builder().id("P" + p).name("Province " + p).level(AreaLevel.PROVINCE).parent("R" + (p % 3))
          .population(100_000 + p * 1000).build());
    }
    hierarchy = AreaHierarchy.of(areas);
    IndicatorCatalogue catalogue = IndicatorCatalogue.builtIn();
    Framework framework = DefaultFramework.of(catalogue, AreaLevel.PROVINCE);
    SplittableRandom random = new SplittableRandom(5);
    Dataset.Builder b = Dataset.builder().label("test data, random");
    for (int y = 0; y < YEARS; y++) {
      for (String indicator : framework.indicatorIds()) {
        var range = catalogue.get(indicator).validRange();
        double lo = range.min().orElse(0);
        double hi = range.max().orElse(lo + 100);
        String scale = catalogue.get(indicator).scale().id();
        for (int p = 0; p < AREAS; p++) {
          double v = lo + (hi - lo) * random.nextDouble();
          b.put("P" + p, indicator, 2020 + y, scale.equals("count") || scale.equals("ordinal") ? Math.round(v) : v);
        }
      }
    }
    dataset = b.build();
    pipeline = ScoringPipeline.builder().framework(framework).build();
    reports = pipeline.scoreAllYears(dataset);
  }
}
