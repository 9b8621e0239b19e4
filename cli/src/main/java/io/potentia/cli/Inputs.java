package io.potentia.cli;

import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.data.DatasetJson;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.scoring.StrategySpec;
import io.potentia.scoring.engine.ScoringPipeline;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that say what to score, shared by {@code score} and {@code report}. */
final class Inputs {
  @Option(names = "--data", required = true, paramLabel = "FILE", description = "the dataset: CSV (long or wide form) or JSON")
  Path data;

  @Option(names = "--framework", paramLabel = "FILE", description = "the framework JSON (default: the default framework)")
  Path framework;

  @Option(names = "--spec", paramLabel = "FILE", description = "the strategy spec JSON (default: min-max and arithmetic means)")
  Path spec;

  @Option(names = "--catalogue", paramLabel = "FILE", description = "the indicator catalogue (default: the built-in one)")
  Path catalogue;

  @Option(names = "--hierarchy", paramLabel = "FILE", description = "the area hierarchy JSON, for group imputation and roll-up")
  Path hierarchy;

  @Option(names = "--level", paramLabel = "LEVEL", description = "score only the areas at this level of the hierarchy, e.g. province")
  String level;

  @Option(names = "--group-level", paramLabel = "LEVEL", defaultValue = "military-region",
      description = "the ancestor level that groups areas for group-mean imputation (default: ${DEFAULT-VALUE})")
  String groupLevel;

  @Option(names = "--scenario", paramLabel = "ID", description = "the scenario whose weights apply (overrides the spec's)")
  String scenario;

  IndicatorCatalogue catalogue() {
    return catalogue == null ? IndicatorCatalogue.builtIn() : IndicatorCatalogue.read(catalogue);
  }

  AreaHierarchy hierarchy() {
    return hierarchy == null ? null : AreaHierarchy.read(hierarchy);
  }

  Dataset dataset(IndicatorCatalogue c, AreaHierarchy h) {
    Dataset d = data.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? DatasetJson.read(data, c)
        : DatasetCsv.read(data, c);
    if (level != null) {
      if (h == null) {
        throw io.potentia.core.InvalidInputException.at("--level", "--level " + level + " needs --hierarchy");
      }
      AreaLevel l = AreaLevel.fromId(level);
      d = d.restrictTo(h.at(l).stream().map(Area::id).filter(d::hasArea).toList());
    }
    return d;
  }

  Framework framework(IndicatorCatalogue c) {
    if (framework != null) {
      return Framework.read(framework);
    }
    return level == null ? DefaultFramework.of(c) : DefaultFramework.of(c, AreaLevel.fromId(level));
  }

  StrategySpec spec() {
    StrategySpec s = spec == null ? StrategySpec.defaults() : StrategySpec.read(spec);
    return scenario == null ? s : StrategySpec.builder().from(s).scenario(scenario).build();
  }

  ScoringPipeline pipeline(IndicatorCatalogue c, AreaHierarchy h) {
    ScoringPipeline.Builder b = ScoringPipeline.builder().framework(framework(c)).catalogue(c).spec(spec());
    if (h != null) {
      b.hierarchy(h, AreaLevel.fromId(groupLevel));
    }
    return b.build();
  }
}
