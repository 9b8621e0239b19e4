package io.potentia.cli;

import io.potentia.report.ResultTables;
import io.potentia.core.InvalidInputException;
import io.potentia.core.data.Dataset;
import io.potentia.core.data.Observation;
import io.potentia.scoring.analysis.whatif.RankImprovement;
import io.potentia.scoring.analysis.whatif.WhatIf;
import io.potentia.scoring.ScoringPipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What-if: rescores with values changed ({@code --set AREA:INDICATOR=VALUE}, repeatable) and prints
 * per area the score and rank change; or prints the marginal effect of each indicator of one area
 * ({@code --marginal AREA}); or the smallest change that moves an area up k ranks ({@code
 * --move-up AREA:K}, with optional {@code --bound INDICATOR=LOW:HIGH}), as JSON.
 */
@Command(name = "whatif", mixinStandardHelpOptions = true,
    description = "Rescore with changed values (--set AREA:INDICATOR=VALUE), print an area's marginal effects (--marginal AREA)"
        + " or the smallest change that moves it up k ranks (--move-up AREA:K).")
final class WhatIfCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--set", paramLabel = "AREA:INDICATOR=VALUE", description = "a changed value (repeatable)")
  List<String> sets = new ArrayList<>();

  @Option(names = "--marginal", paramLabel = "AREA", description = "print the marginal effect of each of the area's indicators")
  String marginal;

  @Option(names = "--step", defaultValue = "0.05",
      description = "the marginal step as a share of each indicator's range (default: ${DEFAULT-VALUE})")
  double step;

  @Option(names = "--move-up", paramLabel = "AREA:K", description = "print the smallest change that moves the area up K ranks")
  String moveUp;

  @Option(names = "--bound", paramLabel = "INDICATOR=LOW:HIGH",
      description = "with --move-up, the interval an indicator may move in (repeatable; default: the range of that year's values)")
  List<String> boundSpecs = new ArrayList<>();

  @Option(names = "--year", description = "the year to score (default: the last)")
  Integer year;

  @Option(names = "--csv", paramLabel = "FILE",
      description = "also write the table: per area the change (--set), or per indicator the marginal effect (--marginal)")
  java.nio.file.Path csv;

  @Override
  public Integer call() {
    int modes = (sets.isEmpty() ? 0 : 1) + (marginal == null ? 0 : 1) + (moveUp == null ? 0 : 1);
    if (modes != 1) {
      throw InvalidInputException.at("--set", "give one of --set AREA:INDICATOR=VALUE (one or more), --marginal AREA or --move-up AREA:K");
    }
    Inputs.Loaded in = inputs.load();
    Dataset data = in.data();
    ScoringPipeline pipeline = in.pipeline();
    int y = in.year(year);
    if (marginal != null) {
      WhatIf.Marginals effects = WhatIf.marginalEffects(pipeline, data, y, marginal, step);
      if (csv != null) {
        ResultTables.marginals(effects).write(csv);
      }
      Json.print(spec.commandLine().getOut(), effects);
      return 0;
    }
    if (moveUp != null) {
      if (csv != null) {
        throw InvalidInputException.at("--csv", "--move-up prints a plan, not a table: leave out --csv");
      }
      int colon = moveUp.lastIndexOf(':');
      int k;
      try {
        k = Integer.parseInt(moveUp.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw InvalidInputException.at("--move-up", "'" + moveUp + "' is not AREA:K with K a whole number");
      }
      if (colon <= 0) {
        throw InvalidInputException.at("--move-up", "'" + moveUp + "' is not AREA:K");
      }
      Map<String, RankImprovement.Bound> bounds = new LinkedHashMap<>();
      for (String b : boundSpecs) {
        String[] parts = b.split("[=:]", -1);
        try {
          bounds.put(parts[0], new RankImprovement.Bound(Double.parseDouble(parts[1]), Double.parseDouble(parts[2])));
        } catch (RuntimeException e) {
          if (e instanceof InvalidInputException invalid) {
            throw invalid;
          }
          throw InvalidInputException.at("--bound", "'" + b + "' is not INDICATOR=LOW:HIGH with numbers");
        }
      }
      Json.print(spec.commandLine().getOut(), RankImprovement.moveUp(pipeline, data, y, moveUp.substring(0, colon), k, bounds));
      return 0;
    }
    List<Observation> changes = new ArrayList<>();
    for (String s : sets) {
      changes.add(parse(s, y));
    }
    WhatIf.Outcome o = WhatIf.apply(pipeline, data, y, changes);
    if (csv != null) {
      ResultTables.comparison(o.comparison()).write(csv);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("year", y);
    out.put("changes", sets);
    out.put("comparison", o.comparison());
    Json.print(spec.commandLine().getOut(), out);
    return 0;
  }

  private static Observation parse(String set, int year) {
    int colon = set.indexOf(':');
    int equals = set.lastIndexOf('=');
    if (colon <= 0 || equals <= colon + 1 || equals == set.length() - 1) {
      throw InvalidInputException.at("--set", "'" + set + "' is not AREA:INDICATOR=VALUE");
    }
    String value = set.substring(equals + 1);
    try {
      double v = Double.parseDouble(value);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return Observation.of(set.substring(0, colon), set.substring(colon + 1, equals), year, v);
    } catch (NumberFormatException e) {
      throw InvalidInputException.at("--set", "'" + set + "': value '" + value + "' is not a finite number");
    }
  }
}
