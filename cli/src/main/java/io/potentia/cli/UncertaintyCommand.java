package io.potentia.cli;

import io.potentia.core.InvalidInputException;
import io.potentia.core.interop.MatrixCsv;
import io.potentia.report.ResultTables;
import io.potentia.scoring.analysis.uncertainty.MonteCarlo;
import io.potentia.scoring.analysis.uncertainty.UncertaintyPlan;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Monte Carlo uncertainty of the ranks of a flat index over a matrix (workload U1 of
 * bench/WORKLOAD.md): reads a matrix CSV ({@code id,i001,...}, one row per area, every indicator a
 * benefit) and an uncertainty plan, normalises the matrix once by the plan's normaliser, and
 * writes per area {@code id,nominal_score,nominal_rank,median_rank,p05_rank,p95_rank,mean_rank,
 * top_k_probability} (one column per percentile of the plan). The nominal index uses the plan's
 * first aggregator, with equal weights. Prints the timing as one JSON line on standard error.
 */
@Command(name = "uncertainty", mixinStandardHelpOptions = true,
    description = "Monte Carlo uncertainty of a matrix index's ranks: random weights and aggregators; writes per-area rank statistics.")
final class UncertaintyCommand implements Callable<Integer> {
  /** The year a matrix's values are stored as: a matrix has no years. */
  static final int YEAR = 2000;
  private static final AtomicBoolean LOADED = new AtomicBoolean();

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "a matrix CSV: id,i001,... one row per area")
  Path data;

  @Option(names = {"--plan", "--spec"}, required = true, paramLabel = "FILE",
      description = "the uncertainty plan (JSON), e.g. bench/u1.json")
  Path planFile;

  @Option(names = "--replications", description = "the number of replications, instead of the plan's")
  Integer replications;

  @Option(names = "--seed", description = "the random seed, instead of the plan's")
  Long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV to write")
  Path out;

  /** Starts the compiler's warm-up on a spare core, to stop when the input is read. */
  static void startWarmUp() {
    WarmUp.start(LOADED::get);
  }

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    WarmUp.readerWanted(); // a value the warm-up cannot read is refused here, by name, not ignored there
    startWarmUp();
    UncertaintyPlan plan;
    MatrixCsv.Matrix matrix;
    try {
      UncertaintyPlan.Builder b = UncertaintyPlan.builder().from(UncertaintyPlan.read(planFile));
      if (replications != null) {
        b.replications(replications);
      }
      if (seed != null) {
        b.seed(seed);
      }
      plan = b.build();
      matrix = MatrixCsv.read(data);
    } finally {
      LOADED.set(true);
    }
    long t1 = System.nanoTime();
    MonteCarlo.Result r;
    try {
      r = MonteCarlo.run(matrix, plan, null, null);
    } catch (InvalidInputException e) {
      throw e.withSource(planFile.toString()); // what the plan asks that a flat index cannot do: said of the plan's file
    }
    long t2 = System.nanoTime();
    ResultTables.workloadRanks(r, "index").write(out);
    long t3 = System.nanoTime();
    spec.commandLine().getErr().printf(Locale.ROOT,
        "{\"units\": %d, \"indicators\": %d, \"replications\": %d, \"load_s\": %.4f, \"compute_s\": %.4f, \"total_s\": %.4f}%n",
        matrix.rows().size(), matrix.names().size(), plan.replications(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t0) / 1e9);
    spec.commandLine().getErr().flush();
    return 0;
  }
}
