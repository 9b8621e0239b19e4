package io.potentia.cli;

import io.potentia.core.InvalidInputException;
import io.potentia.core.area.Area;
import io.potentia.core.area.AreaHierarchy;
import io.potentia.core.area.AreaLevel;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.DatasetCsv;
import io.potentia.core.data.DatasetJson;
import io.potentia.core.framework.DefaultFramework;
import io.potentia.core.framework.Framework;
import io.potentia.core.indicator.IndicatorCatalogue;
import io.potentia.core.interop.CoinrTables;
import io.potentia.core.interop.ImportedIndex;
import io.potentia.report.xlsx.DatasetXlsx;
import io.potentia.scoring.spec.StrategySpec;
import io.potentia.scoring.ScoringPipeline;
import io.potentia.scoring.PipelineBuilder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that say what to score, shared by {@code score} and {@code report}. */
final class Inputs {
  @Option(names = "--data", paramLabel = "FILE", description = "the dataset: CSV (long or wide form), an Excel workbook"
      + " (.xlsx, the same forms on a sheet) or JSON")
  Path data;

  @Option(names = "--sheet", paramLabel = "NAME", description = "the sheet of an .xlsx --data workbook that holds the"
      + " dataset (default: the first)")
  String sheet;

  @Option(names = "--coinr-data", paramLabel = "FILE", description = "an index in COINr's table form: the indicator data CSV (with --coinr-meta, instead of --data, --framework and --catalogue)")
  Path coinrData;

  @Option(names = "--coinr-meta", paramLabel = "FILE", description = "an index in COINr's table form: the indicator metadata CSV")
  Path coinrMeta;

  @Option(names = "--coinr-year", paramLabel = "YEAR", defaultValue = "2024", description = "the year of COINr data without a Time column (default: ${DEFAULT-VALUE})")
  int coinrYear;

  private ImportedIndex coinr;

  private ImportedIndex coinr() {
    if (coinr == null && (coinrData != null || coinrMeta != null)) {
      if (coinrData == null || coinrMeta == null) {
        throw InvalidInputException.at("--coinr-data", "COINr tables need both --coinr-data and --coinr-meta");
      }
      if (data != null || framework != null || catalogue != null) {
        throw InvalidInputException.at("--coinr-data", "COINr tables bring their own data, framework and catalogue: "
            + "leave out --data, --framework and --catalogue");
      }
      coinr = CoinrTables.read(coinrData, coinrMeta, coinrYear);
    }
    return coinr;
  }

  /** The data file's name, for provenance. */
  String dataName() {
    return coinrData != null ? coinrData.getFileName() + " and " + coinrMeta.getFileName() : data.getFileName().toString();
  }

  @Option(names = "--framework", paramLabel = "FILE", description = "the framework JSON (default: the default framework)")
  Path framework;

  @Option(names = "--doctrine", description = "the built-in doctrine framework instead of the default one: political"
      + " potential as the catalyst of the others, I = H (P / 100), with the mechanism of leadership, management and"
      + " counsel under political potential (needs --level; not with --framework or COINr tables)")
  boolean doctrine;

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
    if (coinr() != null) {
      return coinr().catalogue();
    }
    return catalogue == null ? IndicatorCatalogue.builtIn() : IndicatorCatalogue.read(catalogue);
  }

  AreaHierarchy hierarchy() {
    return hierarchy == null ? null : AreaHierarchy.read(hierarchy);
  }

  Dataset dataset(IndicatorCatalogue c, AreaHierarchy h) {
    if (coinr() == null && data == null) {
      throw InvalidInputException.at("--data", "give the data: --data FILE, or --coinr-data and --coinr-meta");
    }
    if (sheet != null && (data == null || !isWorkbook(data))) {
      throw InvalidInputException.at("--sheet", "--sheet " + sheet + " names a sheet of an Excel workbook (.xlsx), but"
          + " the data " + (data == null ? "are COINr tables" : "file " + data + " is not one"));
    }
    Dataset d = coinr() != null ? coinr().dataset() : data.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? DatasetJson.read(data, c)
        : isWorkbook(data) ? DatasetXlsx.read(data, sheet, c) : DatasetCsv.read(data, c);
    if (level != null) {
      if (h == null) {
        throw InvalidInputException.at("--level", "--level " + level + " needs --hierarchy");
      }
      AreaLevel l = AreaLevel.fromId(level);
      d = d.restrictTo(h.at(l).stream().map(Area::id).filter(d::hasArea).toList());
    }
    return d;
  }

  /** Whether a file is named as a workbook; the old binary .xls form is refused by the reader, by name. */
  static boolean isWorkbook(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
  }

  /**
   * What a scoring command works on, read once: the catalogue, the hierarchy (or null), the
   * dataset and the pipeline of these inputs.
   */
  record Loaded(IndicatorCatalogue catalogue, AreaHierarchy hierarchy, Dataset data, ScoringPipeline pipeline) {
    /** The year asked for, or the dataset's last when none is. */
    int year(Integer asked) {
      return yearOf(data, asked);
    }
  }

  /** Reads the catalogue, hierarchy and dataset, and builds the pipeline. */
  Loaded load() {
    IndicatorCatalogue c = catalogue();
    AreaHierarchy h = hierarchy();
    Dataset d = dataset(c, h);
    return new Loaded(c, h, d, pipeline(c, h));
  }

  /** The year asked for, or the dataset's last when none is. */
  static int yearOf(Dataset data, Integer asked) {
    int[] years = data.years();
    if (asked == null && years.length == 0) {
      throw InvalidInputException.at("--data", "the dataset has no year to score");
    }
    return asked != null ? asked : years[years.length - 1];
  }

  Framework framework(IndicatorCatalogue c) {
    if (doctrine) {
      if (coinr() != null || framework != null) {
        throw InvalidInputException.at("--doctrine", "--doctrine chooses the built-in doctrine framework: leave out "
            + (framework != null ? "--framework " + framework : "the COINr tables, which bring their own framework"));
      }
      if (level == null) {
        throw InvalidInputException.at("--doctrine", "--doctrine needs --level, the level of the areas to score,"
            + " since the framework keeps the indicators that apply there");
      }
      return DefaultFramework.doctrine(c, AreaLevel.fromId(level));
    }
    if (coinr() != null) {
      return coinr().framework();
    }
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
    return pipeline(c, h, framework(c), spec());
  }

  /** A pipeline of these inputs' catalogue and hierarchy with another framework or spec. */
  ScoringPipeline pipeline(IndicatorCatalogue c, AreaHierarchy h, Framework f, StrategySpec s) {
    PipelineBuilder b = ScoringPipeline.builder().framework(f).catalogue(c).spec(s);
    if (h != null) {
      b.hierarchy(h, AreaLevel.fromId(groupLevel));
    }
    return b.build();
  }
}
