package io.potentia.cli;

import io.potentia.core.indicator.Indicator;
import io.potentia.core.indicator.IndicatorCatalogue;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the indicators of the built-in catalogue, or of a catalogue file. */
@Command(name = "catalogue", mixinStandardHelpOptions = true, description = "Lists the built-in indicators (table or JSON).")
final class CatalogueCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--catalogue", paramLabel = "FILE", description = "a catalogue JSON file instead of the built-in one")
  Path file;

  enum Format {
    table,
    json
  }

  @Override
  public Integer call() {
    IndicatorCatalogue catalogue = file == null ? IndicatorCatalogue.builtIn() : IndicatorCatalogue.read(file);
    var out = spec.commandLine().getOut();
    if (format == Format.json) {
      Json.print(out, catalogue);
      return 0;
    }
    out.printf("%-44s %-28s %-8s %-11s %-26s %s%n", "id", "dimension", "direction", "scale", "roll-up", "unit");
    for (Indicator i : catalogue.indicators()) {
      out.printf("%-44s %-28s %-8s %-11s %-26s %s%n", i.id(), i.dimension().map(d -> d.id()).orElse("-"), i.direction().id(), i.scale().id(),
          i.rollUp().id(), i.unit());
    }
    out.printf("%d indicators in catalogue '%s'%n", catalogue.indicators().size(), catalogue.id());
    out.flush();
    return 0;
  }
}
