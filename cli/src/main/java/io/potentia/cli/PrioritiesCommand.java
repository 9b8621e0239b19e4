package io.potentia.cli;

import io.potentia.report.ResultTables;
import io.potentia.core.data.Dataset;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.analysis.planning.BudgetPriorities;
import io.potentia.scoring.analysis.planning.Candidates;
import io.potentia.scoring.ScoringPipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Budget priorities: reads candidate projects and yearly budgets from a JSON file
 * ({@code {"node": "index", "budget": {"2025": 40}, "projects": [{"id", "area", "cost", "effects",
 * "prerequisites", "earliestYear"}]}}) and prints the funded roadmap as JSON.
 */
@Command(name = "priorities", mixinStandardHelpOptions = true,
    description = "A funded roadmap of candidate projects under yearly budgets that maximises the index (or a potential).")
final class PrioritiesCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--projects", required = true, paramLabel = "FILE", description = "the candidate projects and budgets (JSON)")
  Path projects;

  @Option(names = "--method", defaultValue = "EXACT",
      description = "${COMPLETION-CANDIDATES} (exact takes at most 16 projects; default: ${DEFAULT-VALUE})")
  BudgetPriorities.Method method;

  @Option(names = "--year", description = "the year whose data the projects change (default: the last)")
  Integer year;

  @Option(names = "--csv", paramLabel = "FILE", description = "also write the roadmap as priority,project,year,gain")
  Path csv;

  @Override
  public Integer call() {
    Inputs.Loaded in = inputs.load();
    Dataset data = in.data();
    ScoringPipeline pipeline = in.pipeline();
    int y = in.year(year);
    BudgetPriorities.Roadmap roadmap = Candidates.read(projects).roadmap(pipeline, data, y, method);
    if (csv != null) {
      ResultTables.roadmap(roadmap).write(csv);
    }
    Json.print(spec.commandLine().getOut(), roadmap);
    return 0;
  }
}
