package io.potentia.cli.guide;

import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.spec.StepSpec;
import io.potentia.scoring.spec.StrategySpec;

/**
 * The bundled synthetic provinces scored as chapter 3 scores them, for the chapters whose snippets
 * start from a pipeline, its data and the areas.
 */
final class Bundled {
  private Bundled() {}

  static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.builtIn();
  static final AreaHierarchy AREAS = AreaHierarchy.read(Guide.DATA.resolve("synthetic-areas.json"));
  /** The 42 provinces, 2019-2023 (the bundled dataset also holds the nation and six communes). */
  static final Dataset DATA = DatasetCsv.read(Guide.DATA.resolve("synthetic-dataset.csv"), CATALOGUE)
      .restrictTo(AREAS.at(AreaLevel.PROVINCE).stream().map(Area::id).toList());
  static final ScoringPipeline PIPELINE = ScoringPipeline.builder()
      .framework(DefaultFramework.of(CATALOGUE, AreaLevel.PROVINCE))
      .catalogue(CATALOGUE)
      .spec(StrategySpec.builder().imputation(StepSpec.of("group-mean")).build())
      .hierarchy(AREAS, AreaLevel.MILITARY_REGION)
      .build();
}
