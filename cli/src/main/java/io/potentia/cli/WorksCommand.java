package io.potentia.cli;

import io.potentia.core.json.PotentiaJson;
import io.potentia.report.works.WorksPlanFile;
import io.potentia.report.works.WorksTables;
import io.potentia.scoring.analysis.planning.works.WorksPlanner;
import io.potentia.scoring.analysis.planning.works.WorksSchedule;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Defensive works, essential first: reads a works plan (JSON, schema works-plan.schema.json),
 * plans it under its yearly budgets and prints the schedule as JSON; with {@code --out DIR} also
 * writes {@code works-schedule.json} and {@code works-payments.csv} there.
 */
@Command(name = "works", mixinStandardHelpOptions = true,
    description = "A roadmap of defensive works under yearly budgets: essential works first, stage by stage.")
final class WorksCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--plan", required = true, paramLabel = "FILE", description = "the works and budgets (JSON)")
  Path plan;

  @Option(names = "--method", defaultValue = "EXACT",
      description = "${COMPLETION-CANDIDATES} (exact for small plans, list for large ones; default: ${DEFAULT-VALUE})")
  WorksPlanner.Method method;

  @Option(names = "--year", description = "the year whose data the works' effects change (default: the last)")
  Integer year;

  @Option(names = "--out", paramLabel = "DIR", description = "also write works-schedule.json and works-payments.csv here")
  Path out;

  @Override
  public Integer call() {
    Inputs.Loaded in = inputs.load();
    WorksSchedule schedule = WorksPlanFile.read(plan).plan(in.pipeline(), in.data(), in.year(year), method);
    if (out != null) {
      PotentiaJson.write(out.resolve("works-schedule.json"), schedule);
      WorksTables.payments(schedule).write(out.resolve("works-payments.csv"));
    }
    Json.print(spec.commandLine().getOut(), schedule);
    return 0;
  }
}
