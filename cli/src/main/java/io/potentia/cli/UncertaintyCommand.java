package io.potentia.cli;

import io.potentia.core.indicator.Direction;
import io.potentia.scoring.spec.Strategies;
import io.potentia.scoring.analysis.uncertainty.MonteCarloRanks;
import io.potentia.scoring.analysis.uncertainty.UncertaintySpec;
import io.potentia.scoring.normalise.Normaliser;
import io.potentia.scoring.spi.StrategyKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Monte Carlo uncertainty of the ranks of an index (workload U1 of bench/WORKLOAD.md): reads a
 * matrix CSV ({@code id,i001,...}, one row per area, every indicator a benefit), normalises,
 * replicates with random weights and aggregators, and writes per area {@code
 * id,nominal_score,nominal_rank,median_rank,p05_rank,p95_rank,mean_rank} (one column per
 * percentile of the spec). Prints the timing as one JSON line on standard error.
 */
@Command(name = "uncertainty", mixinStandardHelpOptions = true,
    description = "Monte Carlo uncertainty of an index's ranks: random weights and aggregators; writes per-area rank statistics.")
final class UncertaintyCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "a matrix CSV: id,i001,... one row per area")
  Path data;

  @Option(names = "--spec", required = true, paramLabel = "FILE", description = "the uncertainty spec, e.g. bench/u1.json")
  Path specFile;

  @Option(names = "--replications", required = true, description = "the number of replications")
  int replications;

  @Option(names = "--seed", defaultValue = "1", description = "the random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the CSV to write")
  Path out;

  private static final java.util.concurrent.atomic.AtomicBoolean LOADED = new java.util.concurrent.atomic.AtomicBoolean();
  private static Thread warmUp;

  /**
   * While the main thread parses the command line and reads the input, a spare core has the
   * analysis's loops compiled; it stops when the input is read. Started at most once.
   */
  static synchronized void startWarmUp() {
    if (warmUp == null) {
      warmUp = new Thread(() -> {
        // the strategy registry and min-max first: loading their classes would otherwise open the
        // compute phase, and the normalisation is its first loop
        Normaliser minMax = (Normaliser) Strategies.registry().create(StrategyKind.NORMALISATION,
            io.potentia.scoring.spec.StepSpec.of("min-max"));
        double[] column = new double[1000];
        for (int i = 0; i < column.length; i++) {
          column[i] = 1 + (i * 7919L % 1000);
        }
        for (int k = 0; k < 200 && !LOADED.get(); k++) {
          minMax.normalise(column, Direction.BENEFIT);
        }
        MonteCarloRanks.warmUp(LOADED::get);
      }, "potentia-warm-up");
      warmUp.setDaemon(true);
      warmUp.start();
    }
  }

  @Override
  public Integer call() {
    long t0 = System.nanoTime();
    startWarmUp();
    UncertaintySpec u;
    List<String> ids = new ArrayList<>();
    double[][] columns;
    try {
      u = UncertaintySpec.read(specFile);
      columns = readMatrix(data, ids);
    } finally {
      LOADED.set(true);
    }
    long t1 = System.nanoTime();
    double[][] z = normalised(u, columns);
    MonteCarloRanks.Config config = u.config(replications, seed);
    MonteCarloRanks.Result r = MonteCarloRanks.run(z, config, null, null);
    long t2 = System.nanoTime();
    // written to a temporary file and moved into place: an interrupted run leaves no half-written table
    io.potentia.core.json.AtomicFiles.write(out, w -> {
      // the median first, as workload U1 writes its columns
      int[] order = java.util.stream.IntStream.range(0, config.percentiles().length).boxed()
          .sorted(java.util.Comparator.comparing(k -> config.percentiles()[k] == 50 ? -1 : k)).mapToInt(Integer::intValue).toArray();
      StringBuilder header = new StringBuilder("id,nominal_score,nominal_rank");
      for (int k : order) {
        double p = config.percentiles()[k];
        header.append(',').append(p == 50 ? "median_rank" : String.format(Locale.ROOT, "p%02.0f_rank", p));
      }
      w.write(header.append(",mean_rank\n").toString());
      for (int i = 0; i < ids.size(); i++) {
        StringBuilder row = new StringBuilder(ids.get(i)).append(',').append(r.nominalScores()[i]).append(',')
            .append((long) r.nominalRanks()[i]);
        for (int k : order) {
          row.append(',').append(r.percentileRanks()[k][i]);
        }
        w.write(row.append(',').append(r.meanRanks()[i]).append('\n').toString());
      }
    });
    long t3 = System.nanoTime();
    spec.commandLine().getErr().printf(Locale.ROOT,
        "{\"units\": %d, \"indicators\": %d, \"replications\": %d, \"load_s\": %.4f, \"compute_s\": %.4f, \"total_s\": %.4f}%n",
        ids.size(), columns.length, replications, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t0) / 1e9);
    spec.commandLine().getErr().flush();
    return 0;
  }

  /** Every column normalised as the spec says, each indicator a benefit. */
  static double[][] normalised(UncertaintySpec u, double[][] columns) {
    Normaliser normaliser = (Normaliser) Strategies.registry().create(StrategyKind.NORMALISATION, u.normalisation());
    double[][] z = new double[columns.length][];
    java.util.stream.IntStream.range(0, columns.length).parallel()
        .forEach(j -> z[j] = normaliser.normalise(columns[j], Direction.BENEFIT));
    return z;
  }

  /** Reads {@code id,i001,...} with {@link MatrixCsv}. */
  static double[][] readMatrix(Path file, List<String> ids) {
    return MatrixCsv.read(file, ids, new ArrayList<>());
  }
}
