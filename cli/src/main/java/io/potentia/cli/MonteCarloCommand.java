package io.potentia.cli;

import io.potentia.core.data.Dataset;
import io.potentia.core.json.AtomicFiles;
import io.potentia.report.ResultTables;
import io.potentia.core.json.PotentiaJson;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import io.potentia.scoring.ScoringPipeline;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Monte Carlo through the whole pipeline, as an {@link UncertaintyPlan} file says (weights,
 * alternative normalisers, aggregators and imputers, indicators left out, value distributions):
 * writes per node and area the nominal, mean and percentile ranks and the top-k probability as
 * CSV, and optionally what each replication used as JSON.
 */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
    description = "Monte Carlo through the whole pipeline as a plan file says; writes per node and area the rank statistics.")
final class MonteCarloCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  Inputs inputs;

  @Option(names = "--plan", required = true, paramLabel = "FILE", description = "the uncertainty plan (JSON)")
  Path plan;

  @Option(names = "--out", required = true, paramLabel = "FILE.csv",
      description = "write node,area,nominal_rank,mean_rank,pNN_rank...,top_k_probability,replications")
  Path out;

  @Option(names = "--record", paramLabel = "FILE.json", description = "also write what each replication used")
  Path record;

  @Option(names = "--year", description = "the year to score (default: the last)")
  Integer year;

  @Override
  public Integer call() {
    UncertaintyPlan p = UncertaintyPlan.read(plan);
    Inputs.Loaded in = inputs.load();
    Dataset data = in.data();
    ScoringPipeline pipeline = in.pipeline();
    int y = in.year(year);
    MonteCarlo.Result r = Progress.withBar("montecarlo", "replications",
        listener -> MonteCarlo.run(pipeline, data, y, p, listener, null));
    ResultTables.rankStatistics(r).write(out);
    if (record != null) {
      Map<String, Object> used = new LinkedHashMap<>();
      used.put("year", y);
      used.put("plan", p);
      used.put("replications", r.replications());
      AtomicFiles.writeString(record, PotentiaJson.write(used));
    }
    spec.commandLine().getOut().println("wrote " + out + (record == null ? "" : " and " + record) + ": " + r.replications().size()
        + " replications, " + r.nodes().size() + " nodes, " + r.areas().size() + " areas, " + y);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
